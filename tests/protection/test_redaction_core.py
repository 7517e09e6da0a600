"""vault.redaction: who is hidden per profile, text rewriting, image and metadata sanitising."""

from __future__ import annotations

import io
from collections import Counter

import pytest
from PIL import Image

from tests.support.dossier import PHOTO_META, build_case, jpeg_markers, photo_bytes
from vault import people
from vault.errors import UsageError
from vault.exports.review import review_export
from vault.models import Person, PersonLink
from vault.redaction import (
    PROFILES,
    Redactor,
    file_name_for,
    redactor_for,
    sanitize_image,
    sanitize_metadata,
)
from vault.store import Vault

AIGUL = Person(
    "p1",
    "Айгуль Нурланова",
    "",
    "witness",
    True,
    ("Айгуль Нурлановой", "Айгуль Нурланову", "Nurlanova Aigul", "Aigul Nurlanova"),
)
VICTIM = Person("p2", "Dana Serikova", "", "victim", False)
DEFENDER = Person("p3", "Арман Сейткали", "", "defender", False)
LINKS = [PersonLink(AIGUL, "witness"), PersonLink(VICTIM, "victim"), PersonLink(DEFENDER, "defender")]


def test_profiles_decide_who_is_hidden() -> None:
    internal, partner, public = (Redactor(p, "en", LINKS) for p in PROFILES)
    assert [internal.hides(p) for p in (AIGUL, VICTIM, DEFENDER)] == [False, False, False]
    assert [partner.hides(p) for p in (AIGUL, VICTIM, DEFENDER)] == [True, False, False]
    # public is an allow-list: only people marked public appear by name, never a protected one.
    assert [public.hides(p) for p in (AIGUL, VICTIM, DEFENDER)] == [True, True, True]
    official = Person("p7", "Ержан Бекович", "", "official", False, public=True)
    assert not public.hides(official) and public.person_label(official) == "Ержан Бекович"
    assert public.hides(Person("p8", "Both Flags", "", "official", True, public=True))
    assert internal.person_label(AIGUL) == "Айгуль Нурланова"
    assert partner.person_label(DEFENDER) == "Арман Сейткали"


def test_generated_pseudonyms_follow_the_dossier_language_and_role() -> None:
    assert Redactor("public", "en", LINKS).person_label(AIGUL) == "Witness A"
    assert Redactor("public", "en", LINKS).person_label(VICTIM) == "Victim A"
    assert Redactor("public", "ru", LINKS).person_label(AIGUL) == "Свидетель А"
    assert Redactor("public", "kk", LINKS).person_label(AIGUL) == "Куә А"
    second = Person("p4", "Ержан Бекұлы", "", "witness", True)
    red = Redactor("partner", "ru", [*LINKS, PersonLink(second, "witness")])
    assert {red.person_label(AIGUL), red.person_label(second)} == {"Свидетель А", "Свидетель Б"}
    # Stable: the same case gives the same pseudonyms in every export.
    assert Redactor("partner", "ru", LINKS).person_label(AIGUL) == Redactor("partner", "ru", LINKS).person_label(AIGUL)


def test_a_recorded_pseudonym_is_used_unless_it_contains_the_name() -> None:
    named = Person("p5", "Aigul Nurlanova", "Source K", "witness", True)
    leaky = Person("p6", "Aigul Nurlanova", "Aigul N.", "witness", True, ("Aigul",))
    assert Redactor("partner", "en", [PersonLink(named, "witness")]).person_label(named) == "Source K"
    assert Redactor("partner", "en", [PersonLink(leaky, "witness")]).person_label(leaky) == "Witness A"


def test_unlinked_hidden_person_never_gets_their_name() -> None:
    stranger = Person("p9", "Secret Person", "", "witness", True)
    assert Redactor("partner", "en", LINKS).person_label(stranger) != "Secret Person"


@pytest.mark.parametrize(
    "source",
    [
        "Я, Айгуль Нурланова, видела это.",
        "Айгуль Нурлановой угрожали.",
        "АЙГУЛЬ НУРЛАНОВУ вызвали.",
        "айгуль   нурланова пришла",
        "Aigul Nurlanova's phone",
        "NURLANOVA AIGUL said",
        "Aigul\nNurlanova signed",
        "photo_aigul_nurlanova.jpg",  # titles made from file names
        "aigul-nurlanova back",
        "Айгуль.Нурлановой",
    ],
)
def test_text_replaces_every_recorded_form_in_any_case(source: str) -> None:
    red = Redactor("partner", "ru", LINKS)
    out = red.text(source)
    assert "Свидетель А" in out
    assert "нурланов" not in out.casefold() and "nurlanov" not in out.casefold()


def test_text_replaces_whole_mentions_and_counts_without_names() -> None:
    red = Redactor("partner", "en", LINKS)
    # Inflected forms are mentions too (the matcher works on stems and endings, not spellings).
    assert red.text("Айгуль Нурлановой and Aigul Nurlanovas") == "Witness A and Witness A"
    assert red.text("Arman and Dana Serikova") == "Arman and Dana Serikova"
    removed = " ".join(red.removals())
    assert "name mentions replaced by pseudonyms: 2" in removed
    assert "protected people shown by pseudonym: 1" in removed
    assert "Нурлан" not in removed and "Aigul" not in removed
    assert Redactor("internal", "en", LINKS).text("Aigul Nurlanova") == "Aigul Nurlanova"


def test_yo_and_ye_are_the_same_letter() -> None:
    p = Person("p7", "Пётр Семёнов", "", "witness", True)
    red = Redactor("partner", "ru", [PersonLink(p, "witness")])
    assert red.text("Петр Семенов и ПЁТР СЕМЁНОВ") == "Свидетель А и Свидетель А"


def test_text_outside_names_reaches_the_reader_exactly_as_written() -> None:
    p = Person("p8", "Пётр Семёнов", "", "witness", True)
    red = Redactor("partner", "ru", [PersonLink(p, "witness")])
    assert red.text("Ёлочная игрушка; Пётр Семёнов ушёл.") == "Ёлочная игрушка; Свидетель А ушёл."


def test_public_hides_victims_text_too() -> None:
    assert Redactor("public", "en", LINKS).text("Dana Serikova was beaten") == "Victim A was beaten"
    assert Redactor("partner", "en", LINKS).text("Dana Serikova was beaten") == "Dana Serikova was beaten"


def test_file_names_with_a_hidden_name_are_withheld() -> None:
    red = Redactor("partner", "en", LINKS)
    assert file_name_for(red, "aigul_nurlanova-back.jpg") is None
    assert file_name_for(red, "ivs-building.jpg") == "ivs-building.jpg"
    assert file_name_for(Redactor("internal", "en", LINKS), "aigul_nurlanova.jpg") == "aigul_nurlanova.jpg"
    assert "original file names withheld: 1" in red.removals()


def test_unknown_profile_is_a_usage_error() -> None:
    with pytest.raises(UsageError):
        Redactor("everyone", "en", LINKS)
    with pytest.raises(UsageError):
        sanitize_metadata({}, "everyone")


def test_sanitize_metadata_per_profile() -> None:
    meta = {**PHOTO_META, "location": "ул. Абая 10, Бостандыкский район, Алматы"}
    assert sanitize_metadata(meta, "internal") == meta
    counts: Counter[str] = Counter()
    partner = sanitize_metadata(meta, "partner", counts)
    assert "gps" not in partner and "BodySerialNumber" not in partner["exif"] and "Artist" not in partner["exif"]
    assert partner["exif"]["Model"] == "Phone 1" and partner["exif"]["DateTimeOriginal"] == "2026:03:17 10:05:00"
    assert partner["location"] == meta["location"]
    assert counts["gps-removed"] == 1 and counts["serials-removed"] == 2
    public = sanitize_metadata(meta, "public")
    assert public["location"] == "Алматы" and "gps" not in public


def test_sanitize_image_keeps_pixels_only_and_orients_upright() -> None:
    original = photo_bytes(size=(600, 800), orientation=6, comment=b"Aigul Nurlanova")
    assert 0xE1 in jpeg_markers(original) and 0xFE in jpeg_markers(original)
    for profile in PROFILES:
        clean = sanitize_image(original, profile, max_px=400)
        assert clean is not None
        assert set(jpeg_markers(clean)) & {0xE1, 0xE2, 0xED, 0xEE, 0xFE} == set()
        assert b"Exif" not in clean and b"Nurlanova" not in clean and b"SN-4471" not in clean and b"GPS" not in clean
        with Image.open(io.BytesIO(clean)) as im:
            assert im.size == (400, 300)  # orientation 6: rotated upright, then downscaled
            assert not im.info.get("exif") and not im.info.get("icc_profile")


def test_sanitize_image_handles_transparency_garbage_and_bombs() -> None:
    buf = io.BytesIO()
    Image.new("RGBA", (50, 40), (0, 0, 0, 0)).save(buf, "PNG")
    clean = sanitize_image(buf.getvalue(), "partner")
    assert clean is not None and clean[:2] == b"\xff\xd8"
    assert sanitize_image(b"not an image at all", "partner") is None
    assert sanitize_image(photo_bytes()[:300], "partner") is None
    bomb = io.BytesIO()
    Image.new("1", (10_000, 10_000)).save(bomb, "PNG")
    assert sanitize_image(bomb.getvalue(), "internal") is None


def test_redactor_for_and_the_review_on_a_vault(vault: Vault) -> None:
    fx = build_case(vault)
    red = redactor_for(vault, fx.case_id, "partner", "ru")
    assert red.person_label(people.get_person(vault, fx.witness_id)) == "Свидетель А"
    assert review_export(vault, fx.case_id, "internal").to_json()["replaced"] == {}
    partner = review_export(vault, fx.case_id, "partner").to_json()
    assert partner["replaced"]["protected-pseudonymised"] == 1
    assert partner["replaced"]["gps-removed"] == 2
    assert partner["replaced"]["name-mentions-replaced"] >= 1
    assert "Нурлан" not in str(partner) and "Nurlan" not in str(partner)
    assert review_export(vault, fx.case_id, "public").to_json()["replaced"]["not-public-pseudonymised"] == 2
    # The review decrypts nothing and logs nothing.
    head = vault.custody.head()
    review_export(vault, fx.case_id, "public")
    assert vault.custody.head() == head
