"""Items into cases and to people, many at once: idempotent, logged, fail-closed on unknown ids;
an import into a case gathers files already in the vault too; the overview's data."""

from __future__ import annotations

from pathlib import Path

import pytest

from vault import cases, items, links, people
from vault.case_overview import case_overview, person_overview
from vault.errors import NotFound, UsageError
from vault.intake import import_paths
from vault.store import Vault


def _three(vault: Vault, tmp_path: Path) -> list[str]:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in (("допрос.txt", "Протокол допроса"), ("жалоба.txt", "Шағым мәтіні"), ("акт.txt", "Акт")):
        (folder / name).write_text(text, encoding="utf-8")
    return [i.id for i in import_paths(vault, [folder]).imported]


def _actions(vault: Vault, subject: str) -> list[tuple[str, dict[str, object]]]:
    return [(e.action, e.details) for e in vault.custody.events(subject) if e.action in ("link", "unlink")]


def test_link_and_unlink_items_and_case_are_idempotent_and_logged(vault: Vault, tmp_path: Path) -> None:
    ids = _three(vault, tmp_path)
    case = cases.add_case(vault, "Дело Сейтқазиевой")
    assert links.link_items_to_case(vault, ids, case) == 3
    assert links.link_items_to_case(vault, ids + ids[:1], case) == 0  # already there: nothing logged
    assert sorted(i.id for i in items.list_items(vault, case_id=case)) == sorted(ids)
    assert cases.get_case(vault, case).items == 3
    assert [a for a, _ in _actions(vault, case)] == ["link"] * 3
    assert _actions(vault, ids[0]) == [("link", {"case": case})]
    assert links.unlink_items_from_case(vault, ids[:2], case) == 1 + 1
    assert links.unlink_items_from_case(vault, ids[:2], case) == 0
    assert [i.id for i in items.list_items(vault, case_id=case)] == [ids[2]]
    assert _actions(vault, ids[0])[-1] == ("unlink", {"case": case})


def test_unknown_ids_change_nothing(vault: Vault, tmp_path: Path) -> None:
    ids = _three(vault, tmp_path)
    case = cases.add_case(vault, "Дело")
    before = len(vault.custody.events())
    with pytest.raises(NotFound, match="no item with id nope"):
        links.link_items_to_case(vault, [ids[0], "nope"], case)
    with pytest.raises(NotFound, match="no case"):
        links.link_items_to_case(vault, ids, "nope")
    with pytest.raises(NotFound, match="no person"):
        links.link_items_to_person(vault, ids, "nope", "witness")
    with pytest.raises(UsageError):
        links.tag_items(vault, ids, ["//"])
    assert len(vault.custody.events()) == before
    assert items.list_items(vault, case_id=case) == []


def test_people_links_and_bulk_tags(vault: Vault, tmp_path: Path) -> None:
    ids = _three(vault, tmp_path)
    witness = people.add_person(vault, "Ержан Сейтқазиев", protected=True, pseudonym="Свидетель К")
    assert links.link_items_to_person(vault, ids[:2], witness, "witness") == 2
    assert links.link_items_to_person(vault, ids[:2], witness, "witness") == 0
    assert [(p.person.id, p.role) for p in people.item_people(vault, ids[0])] == [(witness, "witness")]
    assert _actions(vault, witness)[0] == ("link", {"person": witness, "role": "witness"})
    assert links.unlink_items_from_person(vault, ids, witness) == 2
    assert people.item_people(vault, ids[0]) == []
    assert links.tag_items(vault, ids, ["Violation/Torture", "status/verified"]) == 3
    assert links.tag_items(vault, ids, ["violation/torture"]) == 0
    assert items.get_item(vault, ids[1]).tags == ("status/verified", "violation/torture")
    assert links.tags_of_items(vault, ids) == ["status/verified", "violation/torture"]
    assert links.untag_items(vault, ids[:1], ["status/verified"]) == 1
    assert items.get_item(vault, ids[0]).tags == ("violation/torture",)
    tag_events = [e.details for e in vault.custody.events(ids[2]) if e.action == "tag"]
    assert tag_events == [{"tags": ["violation/torture", "status/verified"]}]


def test_import_into_a_case_links_duplicates_and_applies_tags(vault: Vault, tmp_path: Path) -> None:
    ids = _three(vault, tmp_path)
    case = cases.add_case(vault, "Дело")
    again = import_paths(vault, [tmp_path / "in"], case_id=case, tags=["violation/torture"])
    assert again.imported == []
    assert sorted(d.id for d in again.duplicates) == sorted(ids)
    assert all(d.linked_case == case and d.tags_added == ("violation/torture",) for d in again.duplicates)
    assert sorted(i.id for i in items.list_items(vault, case_id=case)) == sorted(ids)
    assert all("violation/torture" in items.get_item(vault, i).tags for i in ids)
    # a third time changes nothing and says so
    third = import_paths(vault, [tmp_path / "in"], case_id=case, tags=["violation/torture"])
    assert all(d.linked_case == "" and d.tags_added == () for d in third.duplicates)


def test_overview_data_and_chronology_edits(vault: Vault, tmp_path: Path) -> None:
    ids = _three(vault, tmp_path)
    case = cases.add_case(vault, "Дело", summary="Задержан 3 марта")
    links.link_items_to_case(vault, ids, case)
    witness = people.add_person(vault, "Айгүл Нұрланова", role="witness")
    links.link_items_to_person(vault, ids[:1], witness, "author")
    people.link_person_to_case(vault, case, witness, "witness")
    ev = cases.add_case_event(vault, case, "2026-03-03", "Задержание", "arrest")
    cases.update_case_event(vault, ev, "2026-03-04", "Задержание в Алматы", "arrest")
    gone = cases.add_case_event(vault, case, "2026-04-01", "Суд", "hearing")
    cases.delete_case_event(vault, gone)
    with pytest.raises(NotFound):
        cases.delete_case_event(vault, gone)
    with pytest.raises(UsageError):
        cases.update_case_event(vault, ev, "04.03.2026", "x", "arrest")
    ov = case_overview(vault, case)
    assert [(e.date, e.text) for e in ov.chronology] == [("2026-03-04", "Задержание в Алматы")]
    assert ov.kinds == {"document": 3}
    assert [(p.person.id, set(p.role.split(", "))) for p in ov.people] == [(witness, {"witness", "author"})]
    assert ov.custody.verified and ov.custody.events >= 7 and ov.custody.last_action == "case-event"
    po = person_overview(vault, witness)
    assert po.cases == [(case, "Дело", "witness")]
    assert [(i.id, i.role) for i in po.items] == [(ids[0], "author")]
    assert po.kinds == {"document": 1} and po.custody.verified
