"""Leak route 2 of issue 12, form by form: each way of writing the protected witness's name
that went out unchanged in the first version is replaced whole by her pseudonym, and nothing
else of the sentence changes. Also case titles (every page header, the PDF /Title, bookmarks)
and file names."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pytest

from tests.support.leaks import FORMS, NAME, PSEUDONYM, leaks, pdf_leaks, pdf_text
from vault import cases, people
from vault.dossier import build_dossier
from vault.models import Person, PersonLink
from vault.protection.inflect import variants
from vault.redaction import Redactor, file_name_for
from vault.store import Vault

GULNARA = Person("g1", NAME, PSEUDONYM, "witness", True, ("Гуля",))
HUSBAND = Person("m1", "Марат Ахметов", "", "relative", False)
LINKS = [PersonLink(GULNARA, "witness"), PersonLink(HUSBAND, "relative")]


@pytest.mark.parametrize("sentence", FORMS)
@pytest.mark.parametrize("profile", ["partner", "public"])
def test_every_form_is_replaced_whole(sentence: str, profile: str) -> None:
    red = Redactor(profile, "ru", LINKS)
    assert leaks(sentence), "the detector must see her in the input"
    out = red.text(sentence)
    assert leaks(out) == [], out
    # "Со слов Гульнары" reads "Со слов Свидетельницы К": the pseudonym in any of its cases.
    assert any(form in out for form in (PSEUDONYM, *variants(PSEUDONYM))), out
    assert "К Сейт" not in out and "Гуля" not in out  # never half-replaced
    assert red.mentions_hidden(sentence)
    assert red.removal_counts()["name-mentions-replaced"] >= 1


def test_the_words_around_a_mention_stay_as_written() -> None:
    red = Redactor("partner", "ru", LINKS)
    tail = " подписала протокол; ёлка стояла."
    assert red.text("Гуля Сейтқазиева" + tail) == PSEUDONYM + tail
    assert red.text("Марат Ахметов пришёл.") == "Марат Ахметов пришёл."
    assert red.text("Сейтқа-\nзиева пришла") == f"{PSEUDONYM} пришла"


@pytest.mark.parametrize(
    "name", ["photo_Сейтқазиева-Г.Н..jpg", "Seitqazieva_G.jpg", "сейтказиева гульнара.pdf", "IMG_Гульнараның.png"]
)
def test_file_names_naming_her_are_withheld(name: str) -> None:
    red = Redactor("partner", "ru", LINKS)
    assert file_name_for(red, name) is None
    assert red.file_name_for(name) is None
    assert red.removal_counts()["file-names-withheld"] == 2
    assert file_name_for(red, "ivs-building.jpg") == "ivs-building.jpg"


def test_case_title_is_rewritten_on_every_page_info_and_bookmarks(vault: Vault, tmp_path: Path) -> None:
    witness = people.add_person(vault, NAME, pseudonym=PSEUDONYM, protected=True, role="witness")
    case_id = cases.add_case(vault, "Дело Сейтқазиевой Г.Н. (Seitqazieva)", "Гульнара Сейтказиева задержана.")
    people.link_person_to_case(vault, case_id, witness, "witness")
    for n in range(40):  # enough chronology for several pages, each with the title in its header
        cases.add_case_event(vault, case_id, "2026-03-14", f"Событие {n}: Сейтқазиеваға қоңырау шалды", "other")
    out = tmp_path / "title.pdf"
    build_dossier(vault, case_id, out, profile="partner", language="ru")
    assert pdf_leaks(out) == []
    text = pdf_text(out)
    with pikepdf.open(out) as pdf:
        assert len(pdf.pages) >= 3
        assert "/Title" not in pdf.docinfo  # below internal the metadata names no case at all
    assert text.count(f"Дело {PSEUDONYM}") >= 3


def test_words_resembling_her_name_are_replaced_and_other_suspects_stay() -> None:
    """A misspelt name (one letter off) is replaced like the name below internal, counted as
    "similar"; a capitalised word sharing her stem is still only a suspect."""
    red = Redactor("partner", "ru", LINKS)
    out = red.text("Сейткозиева и Гульнура пришли, Сейтқазиева тоже. Гульнарский проспект.")
    assert out == f"{PSEUDONYM} и {PSEUDONYM} пришли, {PSEUDONYM} тоже. Гульнарский проспект."
    assert red.removal_counts()["similar-names-replaced"] == 2
    assert red.removal_counts()["name-mentions-replaced"] == 1
    found = red.suspects(out)
    assert [(s.text, s.reason, s.key) for s in found] == [("Гульнарский", "shares-stem-with-name", "g1")]
    assert all(out[s.start : s.end] == s.text for s in found)
    assert red.matcher.contains("Seitqazieva") and not red.matcher.contains("Марат Ахметов")
    assert Redactor("internal", "ru", LINKS).suspects("Сейткозиева") == []
    assert Redactor("internal", "ru", LINKS).text("Сейткозиева") == "Сейткозиева"
