"""Red team, Kazakh text written in KZ-1048 bytes (old Kazakh software, cameras set up by it)
and read as Windows-1251, as intake reads an EXIF text field that is not UTF-8: қ ң ү ғ ә ө һ
show as ќ ѕ ї є ј ґ ћ, and "Сейтќазиеваєа Гїлнараныѕ" is read at a glance by anyone who knows
Kazakh. Found: the photo's EXIF description went out so in a partner bundle. Now the matcher
also reads such a word as the Kazakh it was."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from tests.support.leaks import NAME, PSEUDONYM, befriend, bundle_has
from tests.support.vaults import VaultFactory
from vault.bundle import export_bundle
from vault.cases import add_case
from vault.intake import import_paths
from vault.items import get_item
from vault.names import HiddenName, NameMatcher
from vault.people import add_person, link_person_to_case

DESCRIPTION = "Сейтқазиеваға Гүлнараның үйі, Алматы"
# What a reader sees of her name in the misread bytes (lower case): any of these is a leak.
SEEN = ("сейтќазиев", "гїлнар", "гульнар", "сейтқазиев", "сейтказиев")


def _misread(text: str) -> str:
    return text.encode("kz1048").decode("cp1251")


@pytest.mark.parametrize(
    "form",
    [
        "Сейтқазиеваға Гүлнараның",
        "Гульнараның Сейтқазиева",
        "Сейтқазиеваның",
        "Гүлнарға",
        "Сейтқазиевамен және Гүлнармен",
    ],
)
def test_kz1048_misread_as_cp1251_is_still_her(form: str) -> None:
    m = NameMatcher([HiddenName("p1", (NAME, "Гүлнар Сейтқазиева"), PSEUDONYM)])
    seen = _misread(f"Бұл {form} туралы.")
    assert seen != f"Бұл {form} туралы."
    out, found = m.replace(seen)
    assert found and not any(s in out.casefold() for s in SEEN), out


def test_words_with_those_letters_are_not_names_by_themselves() -> None:
    m = NameMatcher([HiddenName("p1", (NAME,), PSEUDONYM)])
    text = "Ґрунт і ґанок, Їжак, єдність, Ќерка, Јован"  # Ukrainian, Macedonian, Serbian words
    assert m.replace(text)[0] == text


def test_exif_description_in_kz1048_does_not_reach_a_partner(make_vault: VaultFactory, tmp_path: Path) -> None:
    v = make_vault(tmp_path / "sender", owner="Sender NGO")
    witness = add_person(v, NAME, pseudonym=PSEUDONYM, protected=True, role="witness")
    case = add_case(v, "Дело 12")
    link_person_to_case(v, case, witness, "witness")
    (tmp_path / "in").mkdir()
    exif = Image.Exif()
    exif[0x010E] = DESCRIPTION.encode("kz1048")  # ImageDescription, as the camera wrote it
    Image.new("RGB", (40, 30), (9, 9, 9)).save(tmp_path / "in" / "IMG_0042.jpg", "JPEG", exif=exif)
    photo = import_paths(v, [tmp_path / "in"], case_id=case).imported[0].id
    assert get_item(v, photo).metadata["description"] == _misread(DESCRIPTION)  # the misreading this is about
    r = make_vault(tmp_path / "receiver", owner="Receiver NGO")
    out = Path(export_bundle(v, case, [befriend(v, r)], tmp_path / "b.age", profile="partner").path)
    assert bundle_has(r, out, SEEN) == []
    assert bundle_has(r, out, ("свидетельница к",)) == ["свидетельница к"]  # replaced, not dropped
