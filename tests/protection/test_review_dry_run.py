"""`--dry-run` on `dossier` and `bundle export`, and review_export underneath: writes nothing,
says what is replaced (categories and counts), withheld (with reasons), derived, and which words
left in the output resemble a hidden name, in context."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.leaks import befriend, leaks
from tests.support.vaults import PASSPHRASE, VaultFactory
from vault.cases import add_case, add_case_event
from vault.cli.main import main
from vault.exports.clearance import clear_item
from vault.exports.review import ExportReview, review_export
from vault.intake import import_paths
from vault.people import add_person, link_person_to_case, link_person_to_item
from vault.store import Vault
from vault.testimony import add_testimony

NAME = "Гульнара Сейтқазиева"
PSEUDONYM = "Свидетельница К"


@pytest.fixture
def case(make_vault: VaultFactory, tmp_path: Path) -> tuple[Vault, str, dict[str, str]]:
    vault = make_vault(tmp_path / "v", owner="NGO")
    witness = add_person(vault, NAME, pseudonym=PSEUDONYM, protected=True, role="witness")
    case = add_case(vault, "Дело 9", f"Свидетель {NAME}.")
    link_person_to_case(vault, case, witness, "witness")
    add_case_event(vault, case, "2026-01-02", "Допрошена Сейтқазиевой соседка", "hearing")
    t = add_testimony(
        vault,
        title="Показания",
        case_id=case,
        language="ru",
        text=f"Я, {NAME}, видела задержание. Потом пришла Сейдгазиева и всё записала. Сейтгазиевой звонили.",
        people=[(witness, "witness")],
    )
    files = tmp_path / "files"
    files.mkdir()
    from PIL import Image

    Image.new("RGB", (20, 20), (9, 9, 9)).save(files / "yard.jpg", "JPEG")
    Image.new("RGB", (20, 20), (8, 8, 8)).save(files / "portrait.jpg", "JPEG")
    (files / "decision.pdf").write_bytes(b"%PDF-1.4\n% not parsed here\n%%EOF\n")
    (files / "note.txt").write_text(f"Записка от {NAME}\n", encoding="utf-8")
    report = import_paths(vault, [files], case_id=case)
    ids = {Path(i.path).name: i.id for i in report.imported}
    ids["testimony"] = t
    link_person_to_item(vault, ids["portrait.jpg"], witness, "depicted")
    return vault, case, ids


def _state(vault: Vault) -> tuple[object, ...]:
    rows = [
        tuple(r)
        for t in ("people", "items", "clearances", "custody")
        for r in vault.conn.execute(f"SELECT * FROM {t} ORDER BY 1")
    ]
    return len(rows), hash(tuple(rows)), sum(1 for p in (vault.path / "blobs").rglob("*") if p.is_file())


def test_review_lists_withheld_derived_replaced_and_suspects(case: tuple[Vault, str, dict[str, str]]) -> None:
    vault, case_id, ids = case
    before = _state(vault)
    r = review_export(vault, case_id, "partner", language="ru")
    assert isinstance(r, ExportReview) and _state(vault) == before  # wrote nothing
    withheld = {w.item_id: w for w in r.withheld}
    assert set(withheld) == {ids["decision.pdf"]}
    # Not a readable PDF: PDFium cannot read it, so it cannot travel as page images either.
    assert withheld[ids["decision.pdf"]].reason_key == "not-read-completely"
    derived = {d.item_id: d.kind for d in r.derived}
    assert derived == {
        ids["testimony"]: "redacted-text",
        ids["yard.jpg"]: "photo-reencoded",
        ids["portrait.jpg"]: "photo-reencoded",
        ids["note.txt"]: "document-text",  # the note's text, her name replaced
    }
    assert [s for s in r.suspects if s.item_id == ids["note.txt"]] == []
    replaced = {c.category: c.count for c in r.replaced}
    assert replaced["name-mentions-replaced"] >= 3 and replaced["protected-pseudonymised"] == 1
    # one letter off her name is replaced like it (counted apart); two letters off stays a suspect
    assert replaced["similar-names-replaced"] == 1
    assert "Сейтгазиев" not in json.dumps(r.to_json(), ensure_ascii=False)
    [hit] = [s for s in r.suspects if s.text == "Сейдгазиева"]
    assert (hit.item_id, hit.field) == (ids["testimony"], "text")
    assert hit.context_before.endswith("Потом пришла ") and hit.context_after.startswith(" и всё")
    assert hit.end - hit.start == len("Сейдгазиева")
    assert leaks(json.dumps(r.to_json(), ensure_ascii=False).replace("Сейдгазиева", "")) == []
    # public withholds the photo depicting her; a clearance lets it out again
    public = review_export(vault, case_id, "public")
    assert {w.item_id: w.reason_key for w in public.withheld}[ids["portrait.jpg"]] == "linked-to-hidden-person"
    clear_item(vault, ids["portrait.jpg"], "public", "she asked for it to be published")
    again = review_export(vault, case_id, "public")
    assert ids["portrait.jpg"] not in {w.item_id for w in again.withheld}
    assert (ids["portrait.jpg"], "cleared-original") in {(d.item_id, d.kind) for d in again.derived}
    assert review_export(vault, case_id, "internal").to_json() == {
        "replaced": {},
        "withheld": [],
        "derived": [],
        "suspects": [],
    }


def test_cli_dry_run_writes_nothing(
    case: tuple[Vault, str, dict[str, str]],
    make_vault: VaultFactory,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault, case_id, ids = case
    contact = befriend(vault, make_vault(tmp_path / "r"))
    before = _state(vault)
    vault.close()
    monkeypatch.setenv("EVIDENCE_VAULT_PASSPHRASE", PASSPHRASE)
    base = ["--vault", str(tmp_path / "v")]
    out = tmp_path / "d.pdf"
    assert main([*base, "dossier", case_id, "--out", str(out), "--profile", "partner", "--dry-run", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert set(doc) == {"replaced", "withheld", "derived", "suspects"} and not out.exists()
    assert {"item": ids["note.txt"], "kind": "document-text"} in doc["derived"]
    assert {"item": ids["testimony"], "kind": "redacted-text"} in doc["derived"]
    assert any(s["item"] == ids["testimony"] and s["text"] == "Сейдгазиева" for s in doc["suspects"])
    assert doc["replaced"]["similar-names-replaced"] == 1
    assert main([*base, "bundle", "export", case_id, "--to", contact, "--dry-run", "--json"]) == 0
    bundle = json.loads(capsys.readouterr().out)
    assert bundle["withheld"] == doc["withheld"] and bundle["derived"] == doc["derived"]
    assert main([*base, "bundle", "export", case_id, "--to", contact, "--profile", "public", "--dry-run"]) == 0
    human = capsys.readouterr().out
    assert "nothing written" in human and "depicts or was made by a hidden person" in human
    assert main([*base, "dossier", case_id]) == 2  # neither --out nor --dry-run
    reopened = make_vault.open(tmp_path / "v")
    assert _state(reopened) == before


def test_a_real_export_below_internal_says_on_stderr_how_many_suspects_went_out(
    case: tuple[Vault, str, dict[str, str]],
    make_vault: VaultFactory,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A script exporting without --dry-run never sees the review: the one suspect left in the
    testimony (two letters off her name) is counted in the JSON and named as a warning on stderr;
    an internal export hides nobody, so it says nothing."""
    vault, case_id, _ids = case
    contact = befriend(vault, make_vault(tmp_path / "r"))
    vault.close()
    monkeypatch.setenv("EVIDENCE_VAULT_PASSPHRASE", PASSPHRASE)
    base = ["--vault", str(tmp_path / "v")]
    assert main([*base, "dossier", case_id, "--out", str(tmp_path / "p.pdf"), "--profile", "partner", "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["suspects"] == 1
    assert "warning: 1 word(s) that may be names were left in this partner export" in captured.err
    assert main([*base, "bundle", "export", case_id, "--to", contact, "--out", str(tmp_path / "b.age")]) == 0
    captured = capsys.readouterr()
    assert "1 word(s) that may be names" in captured.err and "files" in captured.out
    assert main([*base, "dossier", case_id, "--out", str(tmp_path / "i.pdf"), "--json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["suspects"] == 0 and "warning" not in captured.err
