"""Leak route 3: under `partner`, originals whose extracted text does not name the protected
witness went out anyway (PDF /Author, XMP, annotations, outlines, page 201; DOCX bodies and
creators; a JPEG with GPS inside a DOCX or a PDF; MP3 ID3 artist; MP4 ©xyz; a file name in
KZ-1048 bytes). Now every one is withheld with its reason, none of its bytes is in the
decrypted bundle or the receiving vault, and an original travels only once a person cleared it."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pyrage
import pytest
from PIL import Image

from tests.support.leaks import befriend, byte_leaks, leaks
from tests.support.travel_files import GPS_MARK, KZ_FILE_NAME, NAME, SERIAL, jpeg_with_gps, write_hostile
from tests.support.vaults import PASSPHRASE, VaultFactory
from vault import keys
from vault.bundle import export_bundle, import_bundle
from vault.cases import add_case
from vault.cli.main import main
from vault.exports import reasons as rs
from vault.exports.clearance import clear_item, unclear_item
from vault.intake import import_paths
from vault.items import get_item
from vault.people import add_person, link_person_to_case
from vault.store import Vault
from vault.testimony import add_testimony

PSEUDONYM = "Свидетельница К"


@pytest.fixture
def sender(make_vault: VaultFactory, tmp_path: Path) -> tuple[Vault, str, dict[str, str], dict[str, bytes]]:
    vault = make_vault(tmp_path / "sender", owner="Sender NGO")
    witness = add_person(vault, NAME, pseudonym=PSEUDONYM, protected=True, role="witness")
    case = add_case(vault, "Дело 44: задержание у суда")
    link_person_to_case(vault, case, witness, "witness")
    add_testimony(
        vault,
        title="Показания",
        case_id=case,
        language="ru",
        text=f"Я, {NAME}, видела задержание.",
        people=[(witness, "witness")],
    )
    files = tmp_path / "files"
    made = write_hostile(files)
    (files / "street.jpg").write_bytes(jpeg_with_gps())
    report = import_paths(vault, [files], case_id=case)
    assert not report.rejected, report.rejected
    ids = {Path(i.path).name: i.id for i in report.imported}
    ids[KZ_FILE_NAME] = next(i for n, i in ids.items() if n.endswith(".txt"))
    return vault, case, ids, made


def _tar(receiver: Vault, bundle: Path) -> bytes:
    return pyrage.decrypt(bundle.read_bytes(), [keys.identity(receiver)])


def test_hostile_originals_are_withheld_with_reasons(
    sender: tuple[Vault, str, dict[str, str], dict[str, bytes]],
    make_vault: VaultFactory,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault, case, ids, made = sender
    receiver = make_vault(tmp_path / "receiver")
    to_r = befriend(vault, receiver)
    befriend(receiver, vault, "Sender NGO")
    out = tmp_path / "p.age"
    result = export_bundle(vault, case, [to_r], out, profile="partner")
    # A document whose whole text was read travels as that text, redacted (the plain note); the
    # rest stays home, these DOCX files too: their parts are not WordprocessingML, no text was read.
    texts = {KZ_FILE_NAME}
    hostile = {ids[n] for n in made if n not in texts}
    assert hostile == set(result.withheld) and ids["street.jpg"] in result.items
    assert {ids[n] for n in texts} <= set(result.items)

    plain = _tar(receiver, out)
    assert byte_leaks(plain) == []
    for needle in (SERIAL, GPS_MARK, "+43.2567", "Seitqazieva"):  # camera make and model may stay
        assert needle.encode() not in plain, needle
    kz = KZ_FILE_NAME.encode("kz1048")
    assert kz not in plain and kz.hex() not in plain.decode("latin-1")
    for name, data in made.items():
        # not one original (a plain note naming nobody is its own text: the same bytes)
        assert name == KZ_FILE_NAME or data not in plain, name
    assert b"PK\x03\x04" not in plain  # no piece of a DOCX, nor the JPEG inside one
    for item_id in hostile:  # no file name (nor the title made from it) of a withheld item either
        item = get_item(vault, item_id)
        assert item.original_name.encode("utf-8", "surrogateescape") not in plain, item.original_name
        # The title as the manifest would carry it ("scan" alone is also a word of a withheld reason).
        assert json.dumps(item.title, ensure_ascii=False).encode() not in plain, item.title

    manifest = json.loads(plain[plain.index(b"{") : plain.index(b"\n}\n") + 2])
    photo = next(i for i in manifest["items"] if i["kind"] == "photo")
    assert photo["content"] == "derivative" and photo["mime"] == "image/jpeg"
    jpeg = plain[plain.index(b"\xff\xd8\xff") :]
    with Image.open(io.BytesIO(jpeg)) as im:  # re-encoded from pixels: nothing else survives
        assert len(im.getexif()) == 0 and not {"exif", "icc_profile", "xmp", "comment"} & set(im.info)
    assert b"Exif\x00" not in plain and b"http://ns.adobe.com/xap" not in plain and b"ICC_PROFILE" not in plain
    withheld = [i for i in manifest["items"] if i["content"] == "withheld"]
    assert len(withheld) == len(hostile)
    assert all(i["file"] is None and i["original_name"] is None and i["metadata"] == {} for i in withheld)
    assert all(i["title"] == "" and i["tags"] == [] for i in withheld)  # titles are often file names
    reasons = {i["derivation"] for i in withheld}  # nothing here can be checked completely
    assert {
        "could not be checked: video",
        "holds pictures (a scan cannot be checked)",
        "contains a hidden name",
        "could not be checked: office documents cannot be rendered as page images",
    } <= reasons
    as_text = [i for i in manifest["items"] if i["mime"] == "text/plain"]
    assert len(as_text) == len(texts) and all(i["content"] == "derivative" for i in as_text)
    assert {i["derivation"] for i in as_text} == {rs.DERIVED_TEXT[rs.DOCUMENT_TEXT]}
    assert b"Plain note, nobody named." in plain
    assert all(r in rs.REASON_TEXT.values() or r.startswith("could not be checked") for r in reasons)

    # The export's custody event: profile, categories and counts, never names.
    export = vault.custody.events(case)[-1]
    assert export.action == "export" and export.details["profile"] == "partner"
    assert sum(export.details["withheld_reasons"].values()) == len(hostile)
    assert leaks(json.dumps(export.details, ensure_ascii=False)) == []

    got = import_bundle(receiver, out)
    assert got.withheld == len(hostile)
    receiver.close()
    monkeypatch.setenv("EVIDENCE_VAULT_PASSPHRASE", PASSPHRASE)
    seen = []

    def cli(*args: str) -> str:
        assert main(["--vault", str(tmp_path / "receiver"), *args, "--json"]) == 0
        text = capsys.readouterr().out
        seen.append(text)
        return text

    for row in json.loads(cli("list")):
        cli("show", row["id"])
    cli("log", "--full")
    for query in ("Сейтқазиева", "Гульнара", "Seitqazieva", "CAMSERIAL"):
        assert json.loads(cli("search", query)) == []
    assert leaks("\n".join(seen)) == [] and SERIAL not in "\n".join(seen)


def test_a_cleared_original_travels_and_unclearing_stops_it(
    sender: tuple[Vault, str, dict[str, str], dict[str, bytes]], make_vault: VaultFactory, tmp_path: Path
) -> None:
    vault, case, ids, made = sender
    receiver = make_vault(tmp_path / "receiver")
    to_r = befriend(vault, receiver)
    docx = ids["attachment.docx"]
    clear_item(vault, docx, "partner", "checked by hand: the photo shows a street sign only")
    first = export_bundle(vault, case, [to_r], tmp_path / "1.age", profile="partner")
    assert docx in first.items
    assert made["attachment.docx"] in _tar(receiver, tmp_path / "1.age")  # the original, byte for byte
    # cleared for partner is not cleared for public
    public = export_bundle(vault, case, [to_r], tmp_path / "pub.age", profile="public")
    assert docx in public.withheld
    unclear_item(vault, docx)
    again = export_bundle(vault, case, [to_r], tmp_path / "2.age", profile="partner")
    assert docx in again.withheld and made["attachment.docx"] not in _tar(receiver, tmp_path / "2.age")
    actions = [(e.action, e.details.get("reason")) for e in vault.custody.events(docx)]
    assert ("clear", "checked by hand: the photo shows a street sign only") in actions
    assert ("unclear", None) in actions
