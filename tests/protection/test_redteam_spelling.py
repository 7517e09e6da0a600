"""Red team, names written so that no word of the text is her name. Four routes each took her
name out in a partner bundle and a public dossier (the testimony's text) although the matcher
knew her: (1) a misspelling, one letter off ("Сейтказива"), was only listed as a suspect;
(2) her name letter-spaced ("Г у л ь н а р а", "G u l n a r a", "Г-у-л-ь-н-а-р-а"); (3) a
diminutive coined with a productive suffix that no table lists (Гульнарочка, Гулечка, Гуленька,
Гуляша; Маратик, Маратка for a hidden Марат), declined; (4) a note pasted from a file saved as
Windows-1251 and opened as Latin-1 ("Ãóëüíàðà Ñåéòêàçèåâà"), or UTF-8 opened as Windows-1252.
Now the Redactor replaces misspellings like the name (counted as similar-names-replaced), the
matcher closes letter-spaced words up, coins the diminutives, and re-reads mojibake."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.leak_text import bundle_text, dossier_text
from tests.support.leaks import NAME, PSEUDONYM, befriend
from tests.support.vaults import VaultFactory
from vault.bundle import export_bundle
from vault.cases import add_case
from vault.dossier import build_dossier
from vault.exports.review import review_export
from vault.models import Person, PersonLink
from vault.names import HiddenName, NameMatcher
from vault.people import add_person, link_person_to_case
from vault.redaction import Redactor
from vault.store import Vault
from vault.testimony import add_testimony

MOJIBAKE_1251 = "Гульнара Сейтказиева".encode("cp1251").decode("cp1252")
MOJIBAKE_UTF8 = "Гульнара Сейтқазиева".encode().decode("cp1252", "replace")
ROUTES = {
    "misspelt": ["Сейтказива", "Сейтказивой", "Seitkaziva", "Гульнра"],
    "letter-spaced": ["Г у л ь н а р а", "G u l n a r a", "Г-у-л-ь-н-а-р-а", "С е й т қ а з и е в а"],
    "diminutive": ["Гульнарочка", "Гулечка", "Гуленька", "Гуля\u0301ша", "Гулечкой", "Маратик", "Маратка", "Маратику"],
    "mojibake": [MOJIBAKE_1251, MOJIBAKE_UTF8],
}


def _text(forms: list[str]) -> str:
    return "\n".join(f"Записано со слов: {f} видела задержание у ИВС." for f in forms)


def _sender(make_vault: VaultFactory, tmp_path: Path, route: str) -> tuple[Vault, str]:
    v = make_vault(tmp_path / "sender", owner="Sender NGO")
    case = add_case(v, "Дело 9")
    for name, pseudonym in ((NAME, PSEUDONYM), ("Марат Жумабеков", "Свидетель М")):
        person = add_person(v, name, pseudonym=pseudonym, protected=True, role="witness")
        link_person_to_case(v, case, person, "witness")
    add_testimony(v, title="Показания", case_id=case, language="ru", people=[], text=_text(ROUTES[route]))
    return v, case


@pytest.mark.parametrize("route", sorted(ROUTES))
def test_partner_bundle_and_public_dossier_carry_no_form(make_vault: VaultFactory, tmp_path: Path, route: str) -> None:
    v, case = _sender(make_vault, tmp_path, route)
    r = make_vault(tmp_path / "receiver", owner="Receiver NGO")
    out = Path(export_bundle(v, case, [befriend(v, r)], tmp_path / "b.age", profile="partner").path)
    sent = bundle_text(r, out)
    assert "видела задержание у ИВС" in sent  # the testimony did travel
    assert [f for f in ROUTES[route] if f in sent] == []
    pdf = tmp_path / "public.pdf"
    build_dossier(v, case, pdf, profile="public", language="ru")
    shown = dossier_text(pdf)
    assert "задержание" in shown
    assert [f for f in ROUTES[route] if f in shown] == []


def test_the_dry_run_counts_misspellings_as_replaced(make_vault: VaultFactory, tmp_path: Path) -> None:
    v, case = _sender(make_vault, tmp_path, "misspelt")
    review = review_export(v, case, "partner", "ru")
    doc = review.to_json()
    assert doc["replaced"]["similar-names-replaced"] == 4
    assert not any(s["text"] in ROUTES["misspelt"] for s in doc["suspects"])
    assert set(doc) == {"replaced", "withheld", "derived", "suspects"}  # the JSON keeps its shape
    near = [(w.text, w.replacement, w.context_before[-18:], w.context_after[:10]) for w in review.near_misses]
    assert near[0] == ("Сейтказива", PSEUDONYM, "Записано со слов: ", " видела за")
    assert [w.text for w in review.near_misses] == ROUTES["misspelt"]


def _matcher() -> NameMatcher:
    return NameMatcher([HiddenName("p1", (NAME,), PSEUDONYM), HiddenName("p2", ("Марат Жумабеков",), "Свидетель М")])


@pytest.mark.parametrize(
    "text",
    [
        "в н и м а н и е: суд отложен",  # emphasis by letter-spacing, no name
        "т. е. и т. д. и т. п.",
        "Мишка и катка, гулять, гуляш, Гуляев, маратон",
        "Müller, café, «цитата» — …",
    ],
)
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert _matcher().replace(text)[0] == text


def test_offsets_map_back_to_the_text_as_written() -> None:
    m = _matcher()
    for form in ROUTES["letter-spaced"] + ROUTES["mojibake"]:
        text = f"Пришла {form}, ушла."
        found = m.mentions(text)
        assert [x.text for x in found] == [form], form
        assert m.replace(text)[0].startswith("Пришла Свидетельница К") and m.replace(text)[0].endswith(", ушла.")


def test_coined_diminutives_count_only_capitalised() -> None:
    m = _matcher()
    assert m.replace("гулечка пришла")[0] == "гулечка пришла"
    assert m.replace("Гулечка пришла")[0] == f"{PSEUDONYM} пришла"
    assert m.replace("гулечка сейтқазиева")[0] == PSEUDONYM  # beside the surname it counts


def test_misspellings_are_replaced_only_when_asked() -> None:
    people = [HiddenName("p1", (NAME,), PSEUDONYM)]
    assert NameMatcher(people).replace("Сейтказива")[0] == "Сейтказива"
    out, found = NameMatcher(people, similar=True).replace("Вчера Сейтказива пришла, а Гульнра нет")
    assert out == f"Вчера {PSEUDONYM} пришла, а {PSEUDONYM} нет" and [x.kind for x in found] == ["similar"] * 2


def test_a_name_shown_in_the_export_is_not_taken_for_a_misspelling() -> None:
    """An officer recorded in the case and shown by name (Марат Ахметов) is one letter from a
    hidden witness (Айгерим Ахмедова): his name stays as written (replacing it would put her
    pseudonym on his acts) and is listed as a suspect; her own misspelt name is replaced."""
    witness = Person("w1", "Айгерим Ахмедова", "Свидетельница А", "witness", True)
    officer = Person("o1", "Марат Ахметов", "", "official", False)
    red = Redactor("partner", "ru", [PersonLink(witness, "witness"), PersonLink(officer, "official")])
    out = red.text("Ахметов ударил Ахмедову; Ахмедва упала, Ахметова не было.")
    # Ахмедову is accusative: her pseudonym is declined to it (Свидетельницу А).
    assert out == "Ахметов ударил Свидетельницу А; Свидетельница А упала, Ахметова не было."
    assert {s.text for s in red.suspects(out)} == {"Ахметов", "Ахметова"}
    alone = Redactor("partner", "ru", [PersonLink(witness, "witness")])  # no one of that name shown
    assert alone.text("Ахметов ударил") == "Свидетельница А ударил"
