"""Records in the core: full-text search in Latin, Cyrillic and Kazakh with filters, testimony
revisions, and tags as normalised paths."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from vault import items, tags, testimony
from vault.cases import add_case
from vault.errors import UsageError
from vault.models import SearchHit
from vault.people import add_person, link_person_to_item
from vault.search import Filters, build_match, search
from vault.store import Vault


def ids(hits: list[SearchHit]) -> set[str]:
    return {h.id for h in hits}


@pytest.fixture
def corpus(vault: Vault) -> dict[str, str]:
    """Three testimonies in Kazakh, Russian and English, in two cases, with tags and a person."""
    case_a = add_case(vault, "Case A")
    case_b = add_case(vault, "Case B")
    kk = testimony.add_testimony(
        vault,
        title="Куәгердің айғағы",
        case_id=case_a,
        language="kk",
        text="Ол Қазақстан азаматы. Тергеу изоляторында ұрып-соққан.",
        tags=["Violation / Torture"],
    )
    ru = testimony.add_testimony(
        vault,
        title="Показания матери",
        case_id=case_a,
        language="ru",
        text="Его задержали ещё в сентябре; ёлка стояла во дворе. Следователь угрожал.",
        tags=["violation/arbitrary-detention"],
    )
    en = testimony.add_testimony(
        vault,
        title="Lawyer's Note",
        case_id=case_b,
        language="en",
        text="The Defender was denied access to counsel in Almaty.",
        tags=["place/court"],
    )
    person = add_person(vault, "Әлия Нұрланқызы", pseudonym="Witness K", role="witness")
    link_person_to_item(vault, kk, person, "witness")
    return {"kk": kk, "ru": ru, "en": en, "case_a": case_a, "case_b": case_b, "person": person}


def find(vault: Vault, query: str, **filters: str) -> set[str]:
    return ids(search(vault.conn, query, Filters(**filters)))


@pytest.mark.parametrize("query", ["Қазақстан", "ҚАЗАҚСТАН", "қазақстан", "қазақ", "ҚАЗ", "изоляторында"])
def test_kazakh_search_is_case_insensitive_with_prefixes(vault: Vault, corpus: dict[str, str], query: str) -> None:
    assert find(vault, query) == {corpus["kk"]}


@pytest.mark.parametrize("query", ["ещё", "еще", "ЕЩЁ", "елка", "ёлка", "ЁЛКА", "Елк"])
def test_yo_and_ye_are_folded_both_ways(vault: Vault, corpus: dict[str, str], query: str) -> None:
    assert find(vault, query) == {corpus["ru"]}


def test_yo_in_the_text_is_found_by_ye(vault: Vault) -> None:
    item = testimony.add_testimony(vault, title="Т", text="Пришёл утром, всё забрали.")
    assert find(vault, "пришел") == {item}
    assert find(vault, "все забрали") == {item}


@pytest.mark.parametrize("query", ["defender", "DEFENDER", "Almaty", "almat", "COUNSEL access", "lawyer"])
def test_latin_search_is_case_insensitive(vault: Vault, corpus: dict[str, str], query: str) -> None:
    assert find(vault, query) == {corpus["en"]}


def test_search_requires_every_word_and_misses_what_is_absent(vault: Vault, corpus: dict[str, str]) -> None:
    assert find(vault, "Ташкент") == set()
    assert find(vault, "Almaty Қазақстан") == set()
    assert find(vault, "следователь угрожал") == {corpus["ru"]}


def test_people_names_and_tags_are_searchable(vault: Vault, corpus: dict[str, str]) -> None:
    assert find(vault, "нұрлан") == {corpus["kk"]}
    assert find(vault, "НҰРЛАНҚЫЗЫ") == {corpus["kk"]}
    assert find(vault, "torture") == {corpus["kk"]}


@pytest.mark.parametrize("query", ['"', "AND", "OR NOT", "NEAR(a b)", "title:x", "*", "a'b", "(", "-"])
def test_operator_characters_are_never_a_syntax_error(vault: Vault, corpus: dict[str, str], query: str) -> None:
    search(vault.conn, query)


def test_empty_query_lists_everything_and_filters_still_apply(vault: Vault, corpus: dict[str, str]) -> None:
    assert build_match("  ,;  ") is None
    assert find(vault, "") == {corpus["kk"], corpus["ru"], corpus["en"]}
    assert find(vault, "", case_id=corpus["case_b"]) == {corpus["en"]}


def test_filters_by_case_tag_kind_and_person(vault: Vault, corpus: dict[str, str]) -> None:
    everything = {corpus["kk"], corpus["ru"], corpus["en"]}
    assert find(vault, "", case_id=corpus["case_a"]) == {corpus["kk"], corpus["ru"]}
    assert find(vault, "қазақ", case_id=corpus["case_b"]) == set()
    assert find(vault, "", tag="violation") == {corpus["kk"], corpus["ru"]}
    assert find(vault, "", tag="violation/torture") == {corpus["kk"]}
    assert find(vault, "", tag="viol") == set()
    assert find(vault, "", tag="place") == {corpus["en"]}
    assert find(vault, "", kind="testimony") == everything
    assert find(vault, "", kind="photo") == set()
    assert find(vault, "", person_id=corpus["person"]) == {corpus["kk"]}
    assert find(vault, "his", person_id=corpus["person"]) == set()


def test_deleted_items_are_not_found(vault: Vault, corpus: dict[str, str]) -> None:
    items.delete_item(vault, corpus["en"], reason="duplicate")
    assert find(vault, "almaty") == set()
    assert corpus["en"] not in {i.id for i in items.list_items(vault)}


# ----- testimony revisions -----------------------------------------------------------------------


def test_revisions_keep_the_first_text(vault: Vault, tmp_path: Path) -> None:
    first = "Меня задержали 5 марта. Били в ИВС."
    item_id = testimony.add_testimony(vault, title="Показания", text=first, language="ru")
    sealed = hashlib.sha256(first.encode()).hexdigest()
    assert items.get_item(vault, item_id).sha256 == sealed
    assert testimony.revise_testimony(vault, item_id, first) == 1  # unchanged text: nothing added
    assert testimony.revise_testimony(vault, item_id, first + " Исправлено: 6 марта.") == 2
    assert testimony.revise_testimony(vault, item_id, "Третья редакция, Қарағанды.") == 3
    revs = testimony.revisions(vault, item_id)
    assert [r.rev for r in revs] == [1, 2, 3]
    assert revs[0].text == first and revs[0].sha256 == sealed
    assert testimony.current_text(vault, item_id) == "Третья редакция, Қарағанды."
    assert items.get_item(vault, item_id).sha256 == sealed  # the item's hash is the first text's
    revise_events = [e for e in vault.custody.events(item_id) if e.action == "revise"]
    assert [e.details["rev"] for e in revise_events] == [2, 3]
    assert revise_events[0].details["previous"] == sealed
    assert find(vault, "қарағанды") == {item_id}
    out = tmp_path / "original.txt"
    assert items.extract(vault, item_id, out) == sealed
    assert out.read_text(encoding="utf-8") == first


def test_testimony_needs_title_and_text(vault: Vault) -> None:
    with pytest.raises(UsageError):
        testimony.add_testimony(vault, title=" ", text="text")
    with pytest.raises(UsageError):
        testimony.add_testimony(vault, title="title", text="  \n")
    assert items.list_items(vault) == []


# ----- tags -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw,expected",
    [
        ("Violation / Torture", "violation/torture"),
        ("  /Status/Needs Verification/ ", "status/needs-verification"),
        ("ПЫТКИ/Избиение", "пытки/избиение"),
        ("Орын/Қамау", "орын/қамау"),
        ("evidence", "evidence"),
    ],
)
def test_tags_normalise(raw: str, expected: str) -> None:
    assert tags.normalise_tag(raw) == expected


@pytest.mark.parametrize("raw", ["", "  ", "/", "a//b", "a/ /b", "tab\there", "x" * 201])
def test_invalid_tags_are_refused(raw: str) -> None:
    with pytest.raises(UsageError):
        tags.normalise_tag(raw)


def test_tagging_normalises_creates_parents_and_parent_filter_finds_children(vault: Vault) -> None:
    item_id = testimony.add_testimony(vault, title="T", text="text")
    other = testimony.add_testimony(vault, title="U", text="text")
    assert items.tag_item(vault, item_id, ["Violation / Torture", "Custom / Sub Topic / Leaf"]) == (
        "custom/sub-topic/leaf",
        "violation/torture",
    )
    known = {path for path, _label, _n in tags.all_tags(vault.conn)}
    assert {"custom", "custom/sub-topic", "custom/sub-topic/leaf"} <= known
    assert {i.id for i in items.list_items(vault, tag="violation")} == {item_id}
    assert {i.id for i in items.list_items(vault, tag="Violation")} == {item_id}
    assert {i.id for i in items.list_items(vault, tag="custom/sub-topic")} == {item_id}
    assert items.list_items(vault, tag="viol") == []
    assert find(vault, "", tag="violation") == {item_id}
    assert other not in find(vault, "", tag="violation")
    assert items.untag_item(vault, item_id, ["VIOLATION/torture"]) == ("custom/sub-topic/leaf",)
    assert items.list_items(vault, tag="violation") == []
    assert [e.action for e in vault.custody.events(item_id)][-2:] == ["tag", "untag"]
    counts = {path: n for path, _label, n in tags.all_tags(vault.conn)}
    assert counts["custom/sub-topic/leaf"] == 1 and counts["violation/torture"] == 0
    items.delete_item(vault, item_id)
    assert {path: n for path, _label, n in tags.all_tags(vault.conn)}["custom/sub-topic/leaf"] == 0


def test_default_vocabulary_is_installed(vault: Vault) -> None:
    vocabulary = {path: label for path, label, _n in tags.all_tags(vault.conn)}
    for path in (
        "violation/torture",
        "violation/arbitrary-detention",
        "violation/forced-psychiatric-treatment",
        "violation/unfair-trial",
        "violation/freedom-of-assembly",
        "violation/persecution-of-defenders",
    ):
        assert path in vocabulary and vocabulary[path]
