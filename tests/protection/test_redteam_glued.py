"""Red team, e-mail addresses and user names. A lower-case address glues her surname to an
initial or to her given name ("gseitqazieva@mail.ru", "seitqazievag", "gulnaraseitqazieva"),
so no word of it was a name, and a testimony quoting her address went out in a partner bundle.
Now a lower-case word holding the stem of a strong name part is split and read as its pieces."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.leaks import NAME, PSEUDONYM, befriend, bundle_has
from tests.support.vaults import VaultFactory
from vault.bundle import export_bundle
from vault.cases import add_case
from vault.names import HiddenName, NameMatcher
from vault.people import add_person, link_person_to_case
from vault.testimony import add_testimony

GLUED = [
    "gseitqazieva@mail.ru",
    "seitqazievag@mail.ru",
    "gn.seitqazieva@inbox.kz",
    "@gulnaraseitqazieva",
    "seitqazievagulnara.pdf",
    "t.me/gseitkazieva",
    "сейтқазиевагульнара",
    "gulnara_seitqazieva88",
]
STEMS = ("seitqaz", "seitkaz", "сеитказ", "gulnar")


@pytest.mark.parametrize("glued", GLUED)
def test_glued_forms_are_found(glued: str) -> None:
    m = NameMatcher([HiddenName("p1", (NAME,), PSEUDONYM)])
    out, found = m.replace(f"Пишите ей: {glued}, она ответит.")
    assert found and PSEUDONYM in out
    assert not any(s in out.casefold().replace("қ", "к").replace("й", "и") for s in STEMS), out


def test_ordinary_glued_words_stay() -> None:
    m = NameMatcher([HiddenName("p1", (NAME,), PSEUDONYM), HiddenName("p2", ("Нурлан Ахметов",), "Свидетель Н")])
    text = "info@almaty.kz, kazinform.kz, seitkali.ru, ахметовская улица, nurlanovka, gulnarium"
    assert m.replace(text)[0] == text


def test_her_address_in_a_testimony_stays_home(make_vault: VaultFactory, tmp_path: Path) -> None:
    v = make_vault(tmp_path / "sender", owner="Sender NGO")
    witness = add_person(v, NAME, pseudonym=PSEUDONYM, protected=True, role="witness")
    case = add_case(v, "Дело 5")
    link_person_to_case(v, case, witness, "witness")
    add_testimony(
        v,
        title="Показания",
        case_id=case,
        language="ru",
        people=[(witness, "witness")],
        text="Связь со свидетельницей: gseitqazieva@mail.ru, telegram @gulnaraseitqazieva.",
    )
    r = make_vault(tmp_path / "receiver", owner="Receiver NGO")
    out = Path(export_bundle(v, case, [befriend(v, r)], tmp_path / "b.age", profile="partner").path)
    assert bundle_has(r, out, ("seitqaz", "gulnar")) == []
