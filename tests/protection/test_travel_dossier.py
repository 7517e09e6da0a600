"""The dossier under partner/public: a withheld exhibit appears only in the appendix, by number,
redacted title and reason ("withheld: contains a hidden name / could not be checked"), without
its file name, its excerpt, its hash or its metadata."""

from __future__ import annotations

from pathlib import Path

import pikepdf

from tests.support.leaks import pdf_leaks, pdf_text
from tests.support.travel_files import NAME, SERIAL, write_hostile
from tests.support.vaults import VaultFactory
from vault.cases import add_case
from vault.dossier import build_dossier
from vault.exports.clearance import clear_item
from vault.intake import import_paths
from vault.items import get_item
from vault.people import add_person, link_person_to_case


def test_withheld_exhibits_listed_with_reasons_only(make_vault: VaultFactory, tmp_path: Path) -> None:
    vault = make_vault(tmp_path / "v")
    witness = add_person(vault, NAME, pseudonym="Свидетельница К", protected=True, role="witness")
    case = add_case(vault, "Дело 12")
    link_person_to_case(vault, case, witness, "witness")
    made = write_hostile(tmp_path / "files")
    (tmp_path / "files" / "letter.txt").write_text(f"Письмо: {NAME} просит защиты.\n", encoding="utf-8")
    report = import_paths(vault, [tmp_path / "files"], case_id=case)
    ids = {Path(i.path).name: i.id for i in report.imported}
    out = tmp_path / "p.pdf"
    result = build_dossier(vault, case, out, profile="partner", language="en")
    text = pdf_text(out)
    flat = " ".join(text.split())
    assert "withheld: could not be checked (video)" in flat  # the MP3 is withheld by its ID3 artist (her name)
    assert "withheld: holds pictures (a scan cannot be checked)" in flat
    assert "withheld: contains a hidden name" in flat  # author.pdf: its Author names her
    # letter.txt's whole text was read: it is printed with her name replaced, the file stays home
    assert "Письмо: Свидетельница К просит защиты." in flat
    assert "Commitment to the original" in flat
    bare = flat.replace("(a scan cannot be checked)", "")  # "scan" is also a word of that reason
    for name in made:
        if name.isascii():  # no file name of a withheld item, nor the title made from it
            assert name not in bare and name.rsplit(".", 1)[0] not in bare, name
    assert pdf_leaks(out) == []
    with pikepdf.open(out) as pdf:
        assert all(SERIAL.encode() not in o.read_bytes() for o in pdf.objects if isinstance(o, pikepdf.Stream))
    note = next(i for n, i in ids.items() if n.endswith(".txt") and n != "letter.txt")  # the KZ-1048-named one
    as_text = {ids["letter.txt"], note}
    for item_id in ids.values():
        if item_id != note:  # the note names nobody and was UTF-8: its text shown is its original, same hash
            assert (get_item(vault, item_id).sha256 or "") not in text.replace("\n", "")
    assert sum(result.withheld.values()) == len(ids) - len(as_text)
    # Cleared for partner: the original travels, listed with its excerpt (still redacted).
    clear_item(vault, ids["letter.txt"], "partner", "she agreed")
    build_dossier(vault, case, tmp_path / "c.pdf", profile="partner", language="en")
    cleared = pdf_text(tmp_path / "c.pdf")
    assert "Свидетельница К просит защиты" in " ".join(cleared.split()) and pdf_leaks(tmp_path / "c.pdf") == []
