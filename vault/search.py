"""Full-text search (FTS5) over titles, testimony text, notes, extracted text, people, tags and
textual metadata (camera, description, author), in every script.

The index itself is written by vault.search_index (re-exported here for the modules that change
items); queries are folded the same way as the indexed text (vault.searchtext), and Russian and
Kazakh word forms are found through the index's `stems` column (vault.stemming).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .db import Connection, as_record, named_rows, scalar
from .errors import UsageError
from .models import ITEM_KINDS, SearchHit
from .search_index import reindex_all, reindex_item, reindex_person
from .searchtext import display_snippet, query_groups
from .stemming import stems
from .tags import normalise_tag

MAX_QUERY_TOKENS = 32
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class Filters:
    case_id: str | None = None
    tag: str | None = None
    kind: str | None = None
    person_id: str | None = None


def build_match(query: str) -> str | None:
    """User text → an FTS5 expression: every word must match, each as a prefix. Operators the
    user typed are treated as words, so no query can be a syntax error."""
    groups = query_groups(query)[:MAX_QUERY_TOKENS]
    if not groups:
        return None
    terms = []
    for group in groups:
        if len(group) > 1:  # characters of a run written without spaces: consecutive tokens
            terms.append('"' + " ".join(group) + '"')
            continue
        word = group[0]
        alternatives = [f'"{word}"*', *(f'"{s}"' for s in stems(word))]  # a stem: a word or a stem
        terms.append(alternatives[0] if len(alternatives) == 1 else "(" + " OR ".join(alternatives) + ")")
    return " AND ".join(terms)


# Ranking every match with bm25 costs ~2 µs per matching row; a word found in most of 100,000
# testimonies would take ~200 ms. Past this many matches we rank only the newest matches.
RANK_ALL_BELOW = 2000


def search(conn: Connection, query: str, filters: Filters = Filters(), limit: int = 100) -> list[SearchHit]:
    """Items matching every word of `query` (prefixes, any script, case- and ё/е-insensitive).

    Best matches first. When more than RANK_ALL_BELOW items match, the result is the newest
    matches: the budget is a fast answer over a large vault, and a broad query is narrowed by
    adding words or filters, not by scrolling."""
    match = build_match(query)
    where, params = filter_sql(filters)
    if match is None:
        sql = (
            "SELECT d.id AS id, d.kind AS kind, d.title AS title, '' AS snippet FROM items d WHERE "
            + " AND ".join(where)
            + " ORDER BY d.created DESC, d.rowid DESC LIMIT ?"
        )
        return [as_record(SearchHit, r) for r in named_rows(conn, sql, [*params, limit])]
    base = (
        "FROM search_index JOIN items d ON d.rowid = search_index.rowid "
        "WHERE search_index MATCH ? AND " + " AND ".join(where)
    )
    capped = scalar(conn, f"SELECT count(*) FROM (SELECT 1 {base} LIMIT ?)", [match, *params, RANK_ALL_BELOW + 1])
    # bm25 over seven columns costs ~0.2 ms a row: only worth it when every match is ranked.
    order = "rank" if capped <= RANK_ALL_BELOW else "search_index.rowid DESC"
    sql = (
        "SELECT d.id AS id, d.kind AS kind, d.title AS title, snippet(search_index, 2, '[', ']', '…', 14) AS snippet"
        f" {base} ORDER BY {order} LIMIT ?"
    )
    rows = named_rows(conn, sql, [match, *params, limit])
    wanted = {s for group in query_groups(query) if len(group) == 1 for s in (group[0], *stems(group[0]))}
    return [
        SearchHit(r["id"], r["kind"], r["title"], _mark_word_forms(display_snippet(r["snippet"]), wanted)) for r in rows
    ]


def _mark_word_forms(snippet: str, wanted: set[str]) -> str:
    """Bracket the words the index matched through their stems (FTS5 marks only literal hits)."""
    if not wanted:
        return snippet
    out: list[str] = []
    last = 0
    for m in _WORD.finditer(snippet):
        word = m.group(0)
        if snippet[max(0, m.start() - 1) : m.start()] == "[":
            continue
        folded = word.casefold()
        if folded in wanted or any(s in wanted for s in stems(folded)):
            out += [snippet[last : m.start()], "[", word, "]"]
            last = m.end()
    out.append(snippet[last:])
    return "".join(out)


def filter_sql(filters: Filters) -> tuple[list[str], list[object]]:
    """WHERE clauses (over `items d`) for the filters shared by search, browsing and `list`.
    A tag filter also finds the tag's children (`violation` finds `violation/torture`)."""
    where = ["d.deleted IS NULL"]
    params: list[object] = []
    if filters.case_id:
        where.append("d.id IN (SELECT item_id FROM item_cases WHERE case_id = ?)")
        params.append(filters.case_id)
    if filters.tag:
        tag = normalise_tag(filters.tag)
        where.append("d.id IN (SELECT item_id FROM item_tags WHERE tag = ? OR substr(tag, 1, ?) = ?)")
        params += [tag, len(tag) + 1, tag + "/"]
    if filters.kind:
        if filters.kind not in ITEM_KINDS:
            raise UsageError(f"kind must be one of {', '.join(ITEM_KINDS)}")
        where.append("d.kind = ?")
        params.append(filters.kind)
    if filters.person_id:
        where.append("d.id IN (SELECT item_id FROM item_people WHERE person_id = ?)")
        params.append(filters.person_id)
    return where, params


__all__ = [
    "Filters",
    "build_match",
    "filter_sql",
    "reindex_all",
    "reindex_item",
    "reindex_person",
    "search",
]
