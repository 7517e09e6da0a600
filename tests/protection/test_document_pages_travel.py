"""A clean PDF travels under `partner` as page images re-encoded from pixels: PNG files in the
bundle (no byte of the original, no text chunks or metadata in them, no file name), listed in the
manifest as derived with their SHA-256, received intact; the partner dossier shows the pages.
Under `internal` the original travels as before; a DOCX stays withheld."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image

from tests.support import doc_pages as dp
from tests.support.bundles import TOOL, befriend, decrypt_tar, doc_steps, tar_members
from tests.support.documents import docx
from tests.support.vaults import VaultFactory
from vault import keys
from vault.bundle import export_bundle, import_bundle
from vault.cases import add_case
from vault.db import scalar
from vault.dossier import build_dossier
from vault.dossier.labels import Labels
from vault.exports import reasons as rs
from vault.intake import import_paths
from vault.items import get_item
from vault.people import add_person, link_person_to_case
from vault.search import search
from vault.store import Vault

ORIGINAL_NAME = "protokol_zasedaniya.pdf"


def _sender(make_vault: VaultFactory, tmp_path: Path) -> tuple[Vault, str, dict[str, str], bytes]:
    vault = make_vault(tmp_path / "sender", owner="Sender NGO")
    case = add_case(vault, "Дело 7")
    witness = add_person(vault, dp.WITNESS, pseudonym=dp.PSEUDONYM, protected=True, role="witness")
    link_person_to_case(vault, case, witness, "witness")
    folder = tmp_path / "in"
    folder.mkdir()
    pdf = dp.clean_pdf()
    (folder / ORIGINAL_NAME).write_bytes(pdf)
    (folder / "letter.docx").write_bytes(docx(["Обычное письмо"]))  # travels as its text
    (folder / "empty.docx").write_bytes(docx([]))  # no text was read: stays home
    report = import_paths(vault, [folder], case_id=case)
    assert not report.rejected
    return vault, case, {Path(i.path).name: i.id for i in report.imported}, pdf


def _png_chunks(png: bytes) -> list[bytes]:
    pos, out = 8, []
    while pos < len(png):
        size = int.from_bytes(png[pos : pos + 4], "big")
        out.append(png[pos + 4 : pos + 8])
        pos += 12 + size
    return out


def test_clean_pdf_travels_as_page_images(make_vault: VaultFactory, tmp_path: Path) -> None:
    vault, case, ids, pdf = _sender(make_vault, tmp_path)
    receiver = make_vault(tmp_path / "receiver")
    to_r = befriend(vault, receiver)
    befriend(receiver, vault, "Sender NGO")
    out = tmp_path / "p.age"
    export_bundle(vault, case, [to_r], out, profile="partner")
    plain = decrypt_tar(receiver, out)
    members = tar_members(plain)
    manifest = json.loads(members["manifest.json"])

    assert pdf not in plain and b"%PDF" not in plain
    assert pdf[200:264] not in plain  # not even a piece of the original's bytes
    assert ORIGINAL_NAME.encode() not in plain  # the item's title (checked for names) travels, as a photo's does
    doc = next(i for i in manifest["items"] if i["kind"] == "document" and i["mime"] == "image/png")
    assert doc["original_name"] is None and doc["metadata"] == {} and doc["mime"] == "image/png"
    pngs = [doc["file"]] + [p["file"] for p in doc["pages"]]
    assert [p.rsplit("/", 1)[-1] for p in pngs] == ["page-001.png", "page-002.png", "page-003.png"]
    for path, sha in zip(pngs, [doc["sha256"]] + [p["sha256"] for p in doc["pages"]], strict=True):
        png = members[path]
        assert hashlib.sha256(png).hexdigest() == sha
        assert sha in members["SHA256SUMS"].decode()
        assert set(_png_chunks(png)) <= {b"IHDR", b"IDAT", b"IEND"}, path  # no tEXt/iTXt/eXIf/iCCP
        with Image.open(io.BytesIO(png)) as im:
            assert im.format == "PNG" and max(im.size) > 500
            dark = sum(im.convert("L").histogram()[:128])
            assert dark > 50, "the page's text is drawn as pixels"
    assert "page images" in doc["derivation"]
    letter = next(i for i in manifest["items"] if i["kind"] == "document" and i["content"] == "withheld")
    assert "office documents" in letter["derivation"] or letter["file"] is None

    result = import_bundle(receiver, out)  # every page's SHA-256 checked; the vault keeps page 1
    assert result.withheld == 1 and result.imported == len(manifest["items"]) - 1
    received = [get_item(receiver, i) for i in result.items]
    page1 = next(i for i in received if i.kind == "document" and i.mime == "image/png")
    assert page1.sha256 == doc["sha256"] and page1.original_name != ORIGINAL_NAME
    letter = next(i for i in received if i.mime == "text/plain")  # the DOCX's text, kept as its text
    assert scalar(receiver.conn, "SELECT extracted_text FROM items WHERE id = ?", (letter.id,)) == "Обычное письмо"
    assert [r.id for r in search(receiver.conn, "письмо")] == [letter.id]


def test_internal_sends_the_original_and_an_unread_docx_stays_home(make_vault: VaultFactory, tmp_path: Path) -> None:
    vault, case, ids, pdf = _sender(make_vault, tmp_path)
    receiver = make_vault(tmp_path / "receiver")
    to_r = befriend(vault, receiver)
    out = tmp_path / "i.age"
    export_bundle(vault, case, [to_r], out, profile="internal")
    members = tar_members(decrypt_tar(receiver, out))
    assert pdf in members.values()
    assert not any(name.endswith(".png") for name in members)
    out2 = tmp_path / "p.age"
    result = export_bundle(vault, case, [to_r], out2, profile="partner")
    assert ids["empty.docx"] in result.withheld and ids["letter.docx"] not in result.withheld
    members = tar_members(decrypt_tar(receiver, out2))
    manifest = json.loads(members["manifest.json"])
    assert rs.REASON_TEXT[rs.OFFICE_NOT_RENDERED] in json.dumps(manifest, ensure_ascii=False)
    (letter,) = [i for i in manifest["items"] if i["mime"] == "text/plain"]
    assert letter["file"].endswith("/letter.txt") and members[letter["file"]].decode() == "Обычное письмо"
    assert b"PK\x03\x04" not in b"".join(members.values())  # no piece of the DOCX itself


def test_partner_dossier_shows_the_pages(make_vault: VaultFactory, tmp_path: Path) -> None:
    vault, case, ids, pdf = _sender(make_vault, tmp_path)
    out = tmp_path / "d.pdf"
    build_dossier(vault, case, out, profile="partner", language="ru")
    listing = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True, check=True).stdout
    images = [line.split() for line in listing.splitlines()[2:] if line.strip()]
    pages = [row for row in images if int(row[3]) > 500]  # width: page images, not photos' thumbnails
    assert len(pages) == 3, listing
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True, check=True).stdout
    assert "Протокол заседания" not in text  # the excerpt's text is gone: the pages are pixels
    assert Labels("ru")("no_excerpt") not in text and Labels("ru")("page", n=3, total=3) in text
    assert dp.WITNESS.split()[1] not in text


@pytest.mark.skipif(shutil.which("age") is None, reason="Debian's age is not installed")
def test_stock_tools_check_every_page(make_vault: VaultFactory, tmp_path: Path) -> None:
    """The unchanged steps of docs/verify-a-bundle.md check each page image's SHA-256."""
    vault, case, ids, pdf = _sender(make_vault, tmp_path)
    receiver = make_vault(tmp_path / "receiver")
    work = tmp_path / "partner"
    work.mkdir()
    export_bundle(vault, case, [befriend(vault, receiver)], work / "case.age", profile="partner")
    keys.export_identity(receiver, work / "key.txt")
    shutil.copy(TOOL, work / TOOL.name)
    env = {
        **os.environ,
        "SENDER_KEY": keys.public_identity(vault).signing_key,
        "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}",
    }
    run = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", doc_steps()], cwd=work, env=env, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr + run.stdout
    assert sum(1 for line in run.stdout.splitlines() if "/page-00" in line and line.endswith(": OK")) == 3
