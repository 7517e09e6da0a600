"""Red team, tags. A tag is stored in lower case whatever the user typed, and a diminutive
("Гули") or a name that is also a word ("Вера") counts as a name only when capitalised, so the
tags "показания-гули" and "вера" went out in a partner bundle beside a photo. Now a tag is also
checked word by word capitalised; ordinary tags still travel."""

from __future__ import annotations

import json
from pathlib import Path

import pyrage
from PIL import Image

from tests.support.leaks import NAME, PSEUDONYM, befriend
from tests.support.vaults import VaultFactory
from vault import keys
from vault.bundle import export_bundle
from vault.cases import add_case
from vault.intake import import_paths
from vault.items import tag_item
from vault.people import add_person, link_person_to_case

HIDING = ["показания-гули", "вера", "от/веры", "гуля_фото", "ким.в"]
ORDINARY = ["задержание", "акимат/2026", "вещдок", "алматы", "свидетель"]


def test_lower_case_tags_naming_her_stay_home(make_vault: VaultFactory, tmp_path: Path) -> None:
    v = make_vault(tmp_path / "sender", owner="Sender NGO")
    witness = add_person(v, NAME, pseudonym=PSEUDONYM, protected=True, role="witness")
    add_person(v, "Вера Ким", pseudonym="Свидетельница В", protected=True, role="witness")
    case = add_case(v, "Дело 3")
    link_person_to_case(v, case, witness, "witness")
    (tmp_path / "in").mkdir()
    Image.new("RGB", (40, 30), (9, 90, 9)).save(tmp_path / "in" / "IMG_0001.jpg", "JPEG")
    photo = import_paths(v, [tmp_path / "in"], case_id=case).imported[0].id
    tag_item(v, photo, HIDING + ORDINARY)
    r = make_vault(tmp_path / "receiver", owner="Receiver NGO")
    out = Path(export_bundle(v, case, [befriend(v, r)], tmp_path / "b.age", profile="partner").path)
    plain = pyrage.decrypt(out.read_bytes(), [keys.identity(r)])
    manifest = json.loads(plain[plain.index(b"{") : plain.index(b"\n}\n") + 2])
    sent = next(i for i in manifest["items"] if i["kind"] == "photo")["tags"]
    assert sorted(sent) == sorted(ORDINARY)
    for tag in HIDING:
        assert tag.encode() not in plain
