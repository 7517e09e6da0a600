"""A partner's document derived as page images arrives whole (docs/adr/025-received-page-images.md):
the receiving vault keeps every page byte-exact and in order, each page's SHA-256 is the one the
sender signed, verify passes (and catches a page that goes missing), `show` says 3 pages, the
receiver's dossier shows the 3 pages, and a re-export carries all of them again."""

from __future__ import annotations

import hashlib
import io
import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from tests.support import doc_pages as dp
from tests.support.received_pages import received_document, send, sender_with_pdf
from tests.support.vaults import PASSPHRASE, VaultFactory
from vault import received_pages as rp
from vault.bundle import import_bundle, inspect_bundle, merge_pages
from vault.cli.main import main
from vault.dossier import build_dossier
from vault.dossier.labels import Labels
from vault.items import get_item
from vault.verify import verify_vault


def _dark(png: bytes) -> int:
    with Image.open(io.BytesIO(png)) as im:
        return sum(im.convert("L").histogram()[:128])


def test_every_page_arrives_in_order_and_checks(make_vault: VaultFactory, tmp_path: Path) -> None:
    sender, case = sender_with_pdf(make_vault, tmp_path)
    receiver = make_vault(tmp_path / "receiver")
    sent = send(sender, case, receiver, tmp_path / "p.age")
    assert len(sent["bytes"]) == 3 and len(set(sent["shas"])) == 3  # distinct content on each page
    summary = inspect_bundle(receiver, tmp_path / "p.age")  # what the import dialog shows first
    assert summary.revisions == 0 and summary.total_bytes >= sum(len(b) for b in sent["bytes"])

    item = received_document(receiver)
    pages = rp.pages_of(receiver, item)
    assert [p.page for p in pages] == [1, 2, 3]
    assert [p.sha256 for p in pages] == sent["shas"]  # what the sender signed, in order
    stored = rp.read_pages(receiver, item)
    assert stored == sent["bytes"]  # byte-exact
    assert all(hashlib.sha256(b).hexdigest() == s for b, s in zip(stored, sent["shas"], strict=True))
    assert all(_dark(b) > 50 for b in stored)  # each page's text is there as pixels
    assert item.metadata["pages"] == 3 and item.sha256 == sent["sha256"]
    event = [e for e in receiver.custody.events(item.id) if e.action == "receive"][0]
    assert event.details["pages"] == sent["shas"]

    report = verify_vault(receiver)
    assert report.ok, [p.__dict__ for p in report.problems]


def test_show_says_three_pages(
    make_vault: VaultFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    sender, case = sender_with_pdf(make_vault, tmp_path)
    receiver = make_vault(tmp_path / "receiver")
    sent = send(sender, case, receiver, tmp_path / "p.age")
    item_id = received_document(receiver).id
    receiver.close()
    monkeypatch.setenv("EVIDENCE_VAULT_KDF_TARGET", "0")
    (tmp_path / "pass").write_text(PASSPHRASE + "\n", encoding="utf-8")
    argv = ["--vault", str(tmp_path / "receiver"), "--passphrase-file", str(tmp_path / "pass")]
    assert main([*argv, "show", item_id, "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["metadata"]["pages"] == 3
    assert [p["sha256"] for p in doc["pages"]] == sent["shas"] and [p["page"] for p in doc["pages"]] == [1, 2, 3]
    out = tmp_path / "page-2.png"
    assert main([*argv, "extract", item_id, "--page", "2", "--out", str(out), "--json"]) == 0
    assert out.read_bytes() == sent["bytes"][1] and json.loads(capsys.readouterr().out)["page"] == 2
    assert main([*argv, "extract", item_id, "--page", "4", "--out", str(tmp_path / "none.png")]) == 2
    assert not (tmp_path / "none.png").exists()
    assert main([*argv, "verify", "--json"]) == 0


def test_receivers_dossier_shows_every_page(make_vault: VaultFactory, tmp_path: Path) -> None:
    sender, case = sender_with_pdf(make_vault, tmp_path)
    receiver = make_vault(tmp_path / "receiver")
    send(sender, case, receiver, tmp_path / "p.age")
    local_case = receiver.conn.execute("SELECT id FROM cases").fetchone()[0]
    for profile in ("partner", "internal"):
        out = tmp_path / f"{profile}.pdf"
        build_dossier(receiver, local_case, out, profile=profile, language="ru", pages=5)
        listing = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True).stdout
        images = [line.split() for line in listing.splitlines()[2:] if line.strip()]
        assert len([row for row in images if int(row[3]) > 500]) == 3, listing  # width: the page images
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
        assert Labels("ru")("page", n=3, total=3) in text
        assert dp.WITNESS.split()[1] not in text


def test_reexport_carries_every_page(make_vault: VaultFactory, tmp_path: Path) -> None:
    sender, case = sender_with_pdf(make_vault, tmp_path)
    receiver = make_vault(tmp_path / "receiver")
    first = send(sender, case, receiver, tmp_path / "p.age")
    local_case = receiver.conn.execute("SELECT id FROM cases").fetchone()[0]

    third = make_vault(tmp_path / "third")
    again = send(receiver, local_case, third, tmp_path / "again.age")  # partner: re-encoded from pixels
    assert again["content"] == "derivative" and again["metadata"] == {} and len(again["bytes"]) == 3
    for before, after in zip(first["bytes"], again["bytes"], strict=True):
        with Image.open(io.BytesIO(before)) as a, Image.open(io.BytesIO(after)) as b:
            assert a.convert("RGB").tobytes() == b.convert("RGB").tobytes()  # the same pixels, page by page
    assert rp.read_pages(third, received_document(third)) == again["bytes"]
    assert verify_vault(third).ok

    fourth = make_vault(tmp_path / "fourth")
    whole = send(receiver, local_case, fourth, tmp_path / "internal.age", profile="internal")
    assert whole["content"] == "derivative" and whole["shas"] == first["shas"]  # the sender's pages, byte-exact
    assert whole["metadata"] == {}  # this vault's blob ids stay home
    assert rp.read_pages(fourth, received_document(fourth)) == first["bytes"]
    assert verify_vault(fourth).ok


def test_verify_names_a_lost_or_swapped_page(make_vault: VaultFactory, tmp_path: Path) -> None:
    sender, case = sender_with_pdf(make_vault, tmp_path)
    receiver = make_vault(tmp_path / "receiver")
    send(sender, case, receiver, tmp_path / "p.age")
    item = received_document(receiver)
    meta = dict(item.metadata)
    pages = meta[rp.PAGES_KEY]

    def verify_with(listed: list[dict[str, Any]]) -> list[str]:
        with receiver.transaction() as conn:
            conn.execute(
                "UPDATE items SET metadata = ? WHERE id = ?", (json.dumps({**meta, rp.PAGES_KEY: listed}), item.id)
            )
        return [p.detail for p in verify_vault(receiver).problems if p.subject == item.id]

    swapped = [pages[0], {**pages[2], "page": 2}, {**pages[1], "page": 3}]
    assert any("differ from those event" in d for d in verify_with(swapped))
    assert any("differ from those event" in d for d in verify_with(pages[:2]))  # page 3 dropped
    with pytest.raises(Exception, match="page"):
        rp.pages_of(receiver, get_item(receiver, item.id))  # a shorter document is never shown silently
    assert verify_with(pages) == []


def test_a_one_page_document_is_kept_as_page_images_too(make_vault: VaultFactory, tmp_path: Path) -> None:
    sender, case = sender_with_pdf(make_vault, tmp_path, dp.long_pdf(1))
    receiver = make_vault(tmp_path / "receiver")
    sent = send(sender, case, receiver, tmp_path / "p.age")
    item = received_document(receiver)
    assert rp.is_paged(item) and item.metadata["pages"] == 1
    assert rp.read_pages(receiver, item) == sent["bytes"]
    local_case = receiver.conn.execute("SELECT id FROM cases").fetchone()[0]
    again = send(receiver, local_case, make_vault(tmp_path / "third"), tmp_path / "again.age")
    assert again["content"] == "derivative" and len(again["bytes"]) == 1  # not withheld on the way on
    assert verify_vault(receiver).ok


def test_importing_again_recovers_pages_an_older_version_dropped(
    make_vault: VaultFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sender, case = sender_with_pdf(make_vault, tmp_path)
    receiver = make_vault(tmp_path / "receiver")
    with monkeypatch.context() as m:  # what versions before ADR 025 did: page 1 kept, the rest checked and dropped
        m.setattr(merge_pages, "staged_pages", lambda staged, item: [])
        sent = send(sender, case, receiver, tmp_path / "p.age")
    item = received_document(receiver)
    assert not rp.is_paged(item) and receiver.conn.execute("SELECT count(*) FROM blobs").fetchone()[0] == 2
    assert verify_vault(receiver).ok  # page 1 and its thumbnail; nothing left behind

    result = import_bundle(receiver, tmp_path / "p.age")  # the same bundle again
    assert result.imported == 0 and result.already_present == 1
    item = get_item(receiver, item.id)
    assert rp.read_pages(receiver, item) == sent["bytes"] and item.metadata["pages"] == 3
    ops = [e.details.get("op") for e in receiver.custody.events(item.id) if e.action == "receive"]
    assert ops.count("pages") == 1
    assert verify_vault(receiver).ok
    events = len(receiver.custody.events())
    import_bundle(receiver, tmp_path / "p.age")
    assert [e.details.get("op") for e in receiver.custody.events(item.id)].count("pages") == 1  # once only
    assert len(receiver.custody.events()) == events + 1  # the bundle's own 'receive' event, nothing else
