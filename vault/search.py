"""Full-text search (FTS5) over titles, testimony text, notes, extracted text, people and tags.

The index row of an item is rebuilt from the database whenever the item changes
(`reindex_item`), inside the same transaction, so the index never disagrees with the records.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .db import Connection
from .errors import UsageError
from .models import ITEM_KINDS, SearchHit
from .tags import normalise_tag
from .textnorm import normalise

_TOKEN = re.compile(r"\w+", re.UNICODE)
MAX_QUERY_TOKENS = 32


@dataclass(frozen=True)
class Filters:
    case_id: str | None = None
    tag: str | None = None
    kind: str | None = None
    person_id: str | None = None


def _item_body(conn: Connection, item_id: str) -> tuple[str, str, str]:
    row = conn.execute(
        "SELECT title, extracted_text, notes, kind FROM items WHERE id = ?", (item_id,)
    ).fetchone()
    title, extracted, notes, kind = row
    body = [extracted, notes]
    if kind == "testimony":
        rev = conn.execute(
            "SELECT text FROM revisions WHERE item_id = ? ORDER BY rev DESC LIMIT 1", (item_id,)
        ).fetchone()
        if rev:
            body.insert(0, rev[0])
    people = conn.execute(
        "SELECT p.name || ' ' || p.pseudonym || ' ' || coalesce(group_concat(a.alias, ' '), '') "
        "FROM item_people ip JOIN people p ON p.id = ip.person_id "
        "LEFT JOIN person_aliases a ON a.person_id = p.id WHERE ip.item_id = ? GROUP BY p.id",
        (item_id,),
    ).fetchall()
    return title, "\n".join(b for b in body if b), " ".join(r[0] for r in people)


def reindex_item(conn: Connection, item_id: str) -> None:
    row = conn.execute("SELECT rowid, deleted FROM items WHERE id = ?", (item_id,)).fetchone()
    if row is None:
        return
    rowid, deleted = row
    conn.execute("DELETE FROM search_index WHERE rowid = ?", (rowid,))
    if deleted is not None:
        return
    title, body, people = _item_body(conn, item_id)
    tags = " ".join(
        r[0].replace("/", " ") for r in conn.execute("SELECT tag FROM item_tags WHERE item_id = ?", (item_id,))
    )
    conn.execute(
        "INSERT INTO search_index (rowid, item_id, title, body, people, tags) VALUES (?,?,?,?,?,?)",
        (rowid, item_id, normalise(title), normalise(body), normalise(people), normalise(tags)),
    )


def reindex_person(conn: Connection, person_id: str) -> None:
    rows = conn.execute("SELECT DISTINCT item_id FROM item_people WHERE person_id = ?", (person_id,)).fetchall()
    for (item_id,) in rows:
        reindex_item(conn, item_id)


def build_match(query: str) -> str | None:
    """User text → an FTS5 expression: every word must match, each as a prefix. Operators the
    user typed are treated as words, so no query can be a syntax error."""
    tokens = _TOKEN.findall(normalise(query))[:MAX_QUERY_TOKENS]
    if not tokens:
        return None
    return " ".join(f'"{t}"*' for t in tokens)


# Ranking every match with bm25 costs ~2 µs per matching row; a word found in most of 100,000
# testimonies would take ~200 ms. Past this many matches we rank only the newest matches.
RANK_ALL_BELOW = 2000


def search(conn: Connection, query: str, filters: Filters = Filters(), limit: int = 100) -> list[SearchHit]:
    """Items matching every word of `query` (prefixes, any script, case- and ё/е-insensitive).

    Best matches first. When more than RANK_ALL_BELOW items match, the result is the best-ranked
    of the newest matches: the budget is a fast answer over a large vault, and a broad query is
    narrowed by adding words or filters, not by scrolling."""
    match = build_match(query)
    where, params = filter_sql(filters)
    if match is None:
        sql = (
            "SELECT d.id, d.kind, d.title, '' FROM items d WHERE "
            + " AND ".join(where) + " ORDER BY d.created DESC, d.rowid DESC LIMIT ?"
        )
        return [SearchHit(*r) for r in conn.execute(sql, [*params, limit])]
    base = (
        "FROM search_index JOIN items d ON d.rowid = search_index.rowid "
        "WHERE search_index MATCH ? AND " + " AND ".join(where)
    )
    capped = conn.execute(
        f"SELECT count(*) FROM (SELECT 1 {base} LIMIT ?)", [match, *params, RANK_ALL_BELOW + 1]
    ).fetchone()[0]
    order = "rank" if capped <= RANK_ALL_BELOW else "search_index.rowid DESC"
    sql = (
        "SELECT d.id, d.kind, d.title, snippet(search_index, -1, '[', ']', '…', 12), "
        f"bm25(search_index) {base} ORDER BY {order} LIMIT ?"
    )
    rows = conn.execute(sql, [match, *params, limit]).fetchall()
    rows.sort(key=lambda r: r[4])
    return [SearchHit(r[0], r[1], r[2], r[3]) for r in rows]


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
