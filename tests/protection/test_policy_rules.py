"""Who is hidden per profile, vault-wide; pseudonyms assigned, stable, unique and never weak."""

from __future__ import annotations

import pytest

from vault import cases, people
from vault.models import Person, PersonLink
from vault.protection.policy import hidden_from, hidden_people, is_hidden, item_withheld_by_links
from vault.redaction import Redactor, redactor_for
from vault.store import Vault


@pytest.mark.parametrize(
    ("protected", "public", "expected"),
    [
        (False, False, (False, False, True)),
        (True, False, (False, True, True)),
        (False, True, (False, False, False)),
        (True, True, (False, True, True)),
    ],
)
def test_who_is_hidden(protected: bool, public: bool, expected: tuple[bool, bool, bool]) -> None:
    p = Person("x", "Имя Фамилия", "", "other", protected, public=public)
    assert tuple(is_hidden(p, profile) for profile in ("internal", "partner", "public")) == expected


def test_partner_hides_protected_people_of_every_case(vault: Vault) -> None:
    a, b = cases.add_case(vault, "A"), cases.add_case(vault, "B")
    mine = people.add_person(vault, "Айгерим Садыкова", protected=True, role="witness")
    other = people.add_person(vault, "Нұрлан Әбенов", protected=True, role="victim", pseudonym="Источник Н")
    open_ = people.add_person(vault, "Ivan Petrov", role="lawyer")
    people.link_person_to_case(vault, a, mine, "witness")
    people.link_person_to_case(vault, b, other, "victim")
    hidden = hidden_people(vault, "partner", "ru", a)
    assert [h.id for h in hidden] == [mine, other]  # the case's people first, then everyone else
    assert [h.pseudonym for h in hidden] == ["Свидетель А", "Источник Н"]
    assert hidden_people(vault, "partner", "ru", a) == hidden  # stable between exports
    assert open_ not in {h.id for h in hidden}
    assert {h.id for h in hidden_people(vault, "public", "ru")} == {mine, other, open_}
    assert hidden_people(vault, "internal") == []
    red = redactor_for(vault, a, "partner", "ru")
    assert red.text("Нұрлан Әбенов и Айгерим Садыкова") == "Источник Н и Свидетель А"  # B's witness too


def test_generated_pseudonyms_are_unique_and_skip_recorded_ones() -> None:
    everyone = [
        Person("1", "Аслан Ким", "", "witness", True),
        Person("2", "Болат Ли", "Свидетель А", "witness", True),  # recorded: keeps it
        Person("3", "Вера Пак", "", "witness", True),
        Person("4", "Гани Цой", "", "", True),
    ]
    case = [PersonLink(p, "") for p in everyone]
    names = {h.id: h.pseudonym for h in hidden_from(everyone, "partner", "ru", case)}
    assert names == {"1": "Свидетель Б", "2": "Свидетель А", "3": "Свидетель В", "4": "Лицо А"}
    # A person with no role of their own is named after their role in the case.
    links = [PersonLink(everyone[3], "victim")]
    assert hidden_from(everyone, "partner", "en", links)[0].pseudonym == "Victim A"


def test_hidden_people_outside_the_case_get_coded_pseudonyms() -> None:
    """Running letters for people outside the case would count the vault's hidden people, and
    one label in two cases' exports would link them."""
    case_person = Person("c", "Аслан Ким", "", "witness", True)
    outside = [Person(str(n), f"Человек {n}", "", "witness", True) for n in range(30)]
    hidden = hidden_from([case_person, *outside], "partner", "en", [PersonLink(case_person, "witness")], salt="case-1")
    labels = [h.pseudonym for h in hidden]
    assert labels[0] == "Witness A" and len(set(labels)) == 31
    assert all(len(label.split()[1]) == 2 for label in labels[1:])
    again = hidden_from([case_person, *outside], "partner", "en", [PersonLink(case_person, "witness")], salt="case-1")
    assert [h.pseudonym for h in again] == labels  # stable for the same case
    other_case = hidden_from(outside, "partner", "en", salt="case-2")
    assert sum(a.pseudonym == b.pseudonym for a, b in zip(hidden[1:], other_case, strict=True)) < 5


def test_pseudonym_naming_another_hidden_person_is_replaced() -> None:
    a = Person("a", "Гульнара Сейтқазиева", "", "witness", True)
    b = Person("b", "Айдос Омаров", "Сейтқазиева", "witness", True)  # an old record: her name as his pseudonym
    red = Redactor("partner", "ru", [PersonLink(a, "witness"), PersonLink(b, "witness")])
    assert red.person_label(b) not in ("Сейтқазиева",) and "Сейт" not in red.person_label(b)
    assert red.removal_counts()["pseudonyms-refused"] == 1
    assert "Сейт" not in red.text("Айдос Омаров и Сейтқазиева")


def test_unknown_person_gets_a_fresh_pseudonym_never_the_name() -> None:
    red = Redactor("partner", "en", [])
    stranger = Person("s", "Secret Person", "", "witness", True)
    assert red.person_label(stranger) == "Witness A" == red.person_label(stranger)


def test_public_withholds_items_depicting_or_made_by_hidden_people() -> None:
    hidden = Person("h", "Айдана Касымова", "", "witness", False)
    shown = Person("o", "Ержан Бекович", "", "official", False, public=True)
    assert item_withheld_by_links("public", [PersonLink(hidden, "depicted")])
    assert item_withheld_by_links("public", [PersonLink(hidden, " Author ")])
    assert not item_withheld_by_links("public", [PersonLink(hidden, "mentioned"), PersonLink(shown, "depicted")])
    assert not item_withheld_by_links("partner", [PersonLink(hidden, "depicted")])


def test_removal_counts_are_stable_keys_without_names() -> None:
    a = Person("a", "Гульнара Сейтқазиева", "Г. Сейтқазиева", "witness", True)
    red = Redactor("public", "ru", [PersonLink(a, "witness"), PersonLink(Person("b", "Иван", "", "lawyer", False), "")])
    red.text("Сейтқазиева и Сейтказиевой")
    assert red.removal_counts() == {
        "name-mentions-replaced": 2,
        "not-public-pseudonymised": 1,
        "protected-pseudonymised": 1,
        "pseudonyms-refused": 1,
    }
    assert not any("Сейт" in line or "Иван" in line for line in red.removals())
