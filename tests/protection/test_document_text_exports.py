"""An imported testimony file (.txt, DOCX, ODT, RTF) whose whole text was read travels below
`internal` as that text, her name replaced like in a testimony written in the vault: before,
a case built from imported files went to a partner without its testimonies ("withheld: contains
a hidden name"). The file itself (metadata, pictures, layout) stays home; a document whose text
was cut short or could not be read stays withheld."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pyrage
import pytest

from tests.support.documents import docx, odt, rtf
from tests.support.dossier import pdftotext
from tests.support.leaks import NAME, PSEUDONYM, add_witness, befriend, bundle_leaks, leaks, pdf_leaks
from tests.support.vaults import VaultFactory
from vault import keys
from vault.bundle import export_bundle, import_bundle
from vault.cases import add_case
from vault.db import scalar
from vault.dossier import build_dossier
from vault.exports import reasons as rs
from vault.exports.review import review_export
from vault.intake import import_paths
from vault.items import list_items
from vault.links import link_items_to_case
from vault.people import get_person, list_people, update_person
from vault.search import search
from vault.store import Vault
from vault.verify import verify_vault

RU = "Я видела, как Сейтқазиеву вывели. Следователь угрожал Гульнаре Сейтқазиевой.\n\nПотом её отпустили."
RU_OUT = "Я видела, как Свидетельницу К вывели. Следователь угрожал Свидетельнице К."
KK = "Гүлнараның апасы бәрін көрді."


def _imported_then_organised(vault: Vault, folder: Path) -> tuple[str, dict[str, str]]:
    """A monitor imports a folder first, and builds the case from it later."""
    folder.mkdir()
    (folder / "показания.txt").write_text(RU, encoding="utf-8")
    (folder / "cp1251.txt").write_bytes(f"Записка: {NAME} дома.".encode("cp1251", "replace"))
    (folder / "хат.docx").write_bytes(docx([KK, "Екінші абзац."], author=NAME, title=f"Хат {NAME}"))
    (folder / "акт.odt").write_bytes(odt([f"Акт осмотра. {NAME} жалуется на боль."], author=NAME))
    (folder / "заявление.rtf").write_bytes(rtf(f"Заявление {NAME}", "Прошу защиты.", author=NAME))
    report = import_paths(vault, [folder])
    assert not report.rejected, report.rejected
    ids = {Path(i.path).name: i.id for i in report.imported}
    witness = add_witness(vault)
    case = add_case(vault, "Дело 21")
    from vault.people import link_person_to_case

    link_person_to_case(vault, case, witness, "witness")
    link_items_to_case(vault, list(ids.values()), case)
    return case, ids


@pytest.fixture
def job(make_vault: VaultFactory, tmp_path: Path) -> tuple[Vault, str, dict[str, str]]:
    vault = make_vault(tmp_path / "sender", owner="Sender NGO")
    case, ids = _imported_then_organised(vault, tmp_path / "in")
    return vault, case, ids


def test_the_review_sends_each_document_as_its_redacted_text(job: tuple[Vault, str, dict[str, str]]) -> None:
    vault, case, ids = job
    review = review_export(vault, case, "partner", language="ru")
    assert review.withheld == []
    assert {d.item_id: d.kind for d in review.derived} == dict.fromkeys(ids.values(), rs.DOCUMENT_TEXT)
    assert leaks(json.dumps(review.to_json(), ensure_ascii=False)) == []
    replaced = {c.category: c.count for c in review.replaced}
    assert replaced["name-mentions-replaced"] >= 6


def test_partner_dossier_prints_the_texts_without_her_name(
    job: tuple[Vault, str, dict[str, str]], tmp_path: Path
) -> None:
    vault, case, _ids = job
    out = tmp_path / "d.pdf"
    result = build_dossier(vault, case, out, profile="partner", language="ru")
    assert result.withheld == {}
    text = " ".join(pdftotext(out).split())
    assert RU_OUT in text and "Потом её отпустили." in text  # declined, paragraphs kept
    assert "Свидетельница К-ның апасы бәрін көрді." in text and "Екінші абзац." in text
    assert "Акт осмотра. Свидетельница К жалуется на боль." in text and "Прошу защиты." in text
    assert "Сам файл (его оформление, изображения и метаданные) в эту редакцию не входит." in text
    assert pdf_leaks(out) == []
    # The appendix ties each text to its sealed original by a commitment and the text's own hash.
    shown = hashlib.sha256(RU.replace("Сейтқазиеву", "Свидетельницу К").encode()).hexdigest()
    assert shown not in text  # the shown text is not the file's text
    export = vault.custody.events(case)[-1]
    commitments = export.details["commitments"]
    assert len(commitments) == 5 and all(c["shown"] for c in commitments)


def test_partner_bundle_carries_redacted_texts_that_the_receiver_can_search(
    job: tuple[Vault, str, dict[str, str]], make_vault: VaultFactory, tmp_path: Path
) -> None:
    vault, case, ids = job
    receiver = make_vault(tmp_path / "receiver", owner="Receiver NGO")
    befriend(receiver, vault, "Sender NGO")
    out = tmp_path / "p.age"
    result = export_bundle(vault, case, [befriend(vault, receiver)], out, profile="partner")
    assert result.withheld == [] and sorted(result.items) == sorted(ids.values())
    assert bundle_leaks(receiver, out) == []
    plain = pyrage.decrypt(out.read_bytes(), [keys.identity(receiver)])
    assert b"PK\x03\x04" not in plain and b"{\\rtf" not in plain  # no DOCX/ODT/RTF bytes
    assert RU_OUT.encode() in plain

    got = import_bundle(receiver, out)
    assert got.imported == 5 and got.withheld == 0
    manifest = json.loads(plain[plain.index(b"{") : plain.index(b"\n}\n") + 2])
    assert all(i["file"].endswith(".txt") and i["mime"] == "text/plain" for i in manifest["items"])
    # the name of the original file is kept as information, as for a re-encoded photo
    docs = {i.original_name: i for i in list_items(receiver) if i.kind == "document"}
    assert set(docs) == {"показания.txt", "cp1251.txt", "хат.docx", "акт.odt", "заявление.rtf"}
    assert all(i.mime == "text/plain" for i in docs.values())
    hits = {h.id for h in search(receiver.conn, "вывели")}
    assert hits == {docs["показания.txt"].id}
    kept = scalar(receiver.conn, "SELECT extracted_text FROM items WHERE id = ?", (docs["показания.txt"].id,))
    assert kept.startswith(RU_OUT)
    assert verify_vault(receiver).ok
    # The witness arrived under her pseudonym only; the receiver can still keep notes on her.
    (witness,) = [p for p in list_people(receiver) if p.protected]
    update_person(receiver, witness.id, notes="Связаться через адвоката.")
    assert get_person(receiver, witness.id).notes == "Связаться через адвоката."
    # The receiver's own partner export sends the texts on, checked again by its own redactor.
    again = tmp_path / "again.pdf"
    build_dossier(receiver, got.case_id, again, profile="partner", language="ru")
    # The witness arrived as "Свидетельница К" (known here only by that pseudonym): it stays as written.
    assert RU_OUT in " ".join(pdftotext(again).split()) and pdf_leaks(again) == []


def test_internal_still_sends_the_originals(job: tuple[Vault, str, dict[str, str]], make_vault: VaultFactory) -> None:
    vault, case, ids = job
    review = review_export(vault, case, "internal")
    assert review.derived == [] and review.withheld == []


def test_a_text_cut_short_or_not_read_stays_home(
    make_vault: VaultFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vault.intake import text as intake_text

    vault = make_vault(tmp_path / "v")
    folder = tmp_path / "in"
    folder.mkdir()
    monkeypatch.setattr(intake_text, "MAX_TEXT_BYTES", 64)
    (folder / "long.txt").write_text("Показания. " * 40 + NAME, encoding="utf-8")  # her name past the cut
    (folder / "empty.docx").write_bytes(docx([]))
    report = import_paths(vault, [folder])
    ids = {Path(i.path).name: i.id for i in report.imported}
    witness = add_witness(vault)
    case = add_case(vault, "Дело 22")
    from vault.people import link_person_to_case

    link_person_to_case(vault, case, witness, "witness")
    link_items_to_case(vault, list(ids.values()), case)
    review = review_export(vault, case, "partner")
    assert {w.item_id: w.reason_key for w in review.withheld} == {
        ids["long.txt"]: rs.COULD_NOT_CHECK,
        ids["empty.docx"]: rs.OFFICE_NOT_RENDERED,
    }
    assert PSEUDONYM not in json.dumps(review.to_json(), ensure_ascii=False)
