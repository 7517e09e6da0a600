"""Red team: a file name that is not UTF-8 (KZ-1048 bytes from an old Windows machine or a zip
archive) is kept by the intake as its raw bytes in hex beside the readable name. No name check
can read hex, so those bytes never travel below internal: before, a photo or a document sent as a
derivative carried them in its metadata, and hex decodes back to her name."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.support.leaks import befriend, byte_leaks, pdf_leaks
from tests.support.travel_files import NAME, jpeg_with_gps
from tests.support.vaults import VaultFactory
from vault import keys
from vault.bundle import export_bundle
from vault.cases import add_case
from vault.dossier import build_dossier
from vault.intake import import_paths
from vault.people import add_person, link_person_to_case


@pytest.mark.parametrize(
    ("name", "data"),
    [("Сейтқазиева_суреті.jpg", jpeg_with_gps()), ("Сейтқазиева_хаты.txt", "Хат мәтіні, ешкім аталмаған.\n".encode())],
)
def test_raw_name_bytes_stay_home(make_vault: VaultFactory, tmp_path: Path, name: str, data: bytes) -> None:
    import pyrage

    vault = make_vault(tmp_path / "sender")
    receiver = make_vault(tmp_path / "receiver")
    witness = add_person(vault, NAME, pseudonym="Куәгер К", protected=True, role="witness")
    case = add_case(vault, "Іс 9")
    link_person_to_case(vault, case, witness, "witness")
    folder = tmp_path / "files"
    folder.mkdir()
    raw = name.encode("kz1048")
    with open(os.path.join(os.fsencode(folder), raw), "wb") as fh:
        fh.write(data)
    report = import_paths(vault, [folder], case_id=case)
    (item,) = report.imported
    assert vault.conn.execute("SELECT metadata FROM items WHERE id = ?", (item.id,)).fetchone()[0].count(raw.hex())

    out = tmp_path / "p.age"
    result = export_bundle(vault, case, [befriend(vault, receiver)], out, profile="partner")
    assert item.id in result.items  # it travels (a re-encoded photo, the note's text)
    plain = pyrage.decrypt(out.read_bytes(), [keys.identity(receiver)])
    assert raw.hex().encode() not in plain and raw not in plain
    assert byte_leaks(plain) == []

    pdf = tmp_path / "p.pdf"
    build_dossier(vault, case, pdf, profile="partner", language="kk")
    assert pdf_leaks(pdf) == [] and raw.hex().encode() not in pdf.read_bytes()
