"""Red team, file names typed in lower case. A diminutive ("гуля") or a name that is also a
word ("вера") counts as a name only when capitalised, and people often name files in lower
case: a photo "гуля_у_ивс.jpg" went to a partner with that file name and the title "гуля_у_ивс".
Now a file name, and a title when the file name is withheld, are checked word by word
capitalised too; a withheld file name takes its title with it."""

from __future__ import annotations

import json
from pathlib import Path

import pyrage
import pytest
from PIL import Image

from tests.support.leaks import NAME, PSEUDONYM, befriend, pdf_text
from tests.support.vaults import VaultFactory
from vault import keys
from vault.bundle import export_bundle
from vault.cases import add_case
from vault.dossier import build_dossier
from vault.intake import import_paths
from vault.people import add_person, link_person_to_case

NAMES = ["гуля_у_ивс.jpg", "вера-задержание.jpg", "фото гули.jpg"]


@pytest.mark.parametrize("profile", ["partner", "public"])
def test_lower_case_file_names_naming_her_stay_home(make_vault: VaultFactory, tmp_path: Path, profile: str) -> None:
    v = make_vault(tmp_path / "sender", owner="Sender NGO")
    witness = add_person(v, NAME, pseudonym=PSEUDONYM, protected=True, role="witness")
    add_person(v, "Вера Ким", pseudonym="Свидетельница В", protected=True, role="witness")
    case = add_case(v, "Дело 4")
    link_person_to_case(v, case, witness, "witness")
    (tmp_path / "in").mkdir()
    for n, name in enumerate([*NAMES, "акимат_2026.jpg"]):
        Image.new("RGB", (40, 30), (n * 40, 9, 9)).save(tmp_path / "in" / name, "JPEG")
    assert len(import_paths(v, [tmp_path / "in"], case_id=case).imported) == 4
    r = make_vault(tmp_path / "receiver", owner="Receiver NGO")
    out = Path(export_bundle(v, case, [befriend(v, r)], tmp_path / "b.age", profile=profile).path)
    plain = pyrage.decrypt(out.read_bytes(), [keys.identity(r)])
    text = plain.decode("utf-8", "ignore").casefold()
    assert not [w for w in ("гуля", "гули", "вера") if w in text]
    manifest = json.loads(plain[plain.index(b"{") : plain.index(b"\n}\n") + 2])
    assert "акимат_2026.jpg" in [i["original_name"] for i in manifest["items"]]  # ordinary names still travel
    pdf = tmp_path / "d.pdf"
    build_dossier(v, case, pdf, profile=profile, language="ru")
    shown = pdf_text(pdf).casefold()
    assert not [w for w in ("гуля", "гули", "вера") if w in shown] and "акимат_2026" in shown
