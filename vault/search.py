"""Full-text search (FTS5) over titles, testimony text, notes, extracted text, people, tags and
textual metadata (camera, description, author), in every script.

The index row of an item is rebuilt from the database whenever the item changes
(`reindex_item`), inside the same transaction, so the index never disagrees with the records.
Text is folded by vault.searchtext (the same way for the index and the query); Russian and Kazakh
word forms are found through a `stems` column (vault.stemming).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from .db import Connection
from .errors import UsageError
from .models import ITEM_KINDS, SearchHit
from .searchtext import display_snippet, fold, query_groups
from .stemming import stems
from .tags import normalise_tag

MAX_QUERY_TOKENS = 32
_WORD = re.compile(r"[^\W\d_]+")
# Textual metadata worth finding an item by. Serial numbers and GPS stay out of the index.
_META_KEYS = frozenset(
    {
        "make",
        "model",
        "lens",
        "description",
        "comment",
        "author",
        "creator",
        "title",
        "subject",
        "keywords",
        "artist",
        "album",
        "producer",
        "device",
        "software",
        # provenance claims (vault/provenance): who signed, which chat, who sent it
        "signer",
        "claim_generator",
        "chat",
        "sender",
        "forwarded_from",
        "message",
    }
)


@dataclass(frozen=True)
class Filters:
    case_id: str | None = None
    tag: str | None = None
    kind: str | None = None
    person_id: str | None = None


def _meta_text(value: Any, key: str = "") -> list[str]:
    if isinstance(value, dict):
        return [t for k, v in value.items() for t in _meta_text(v, str(k))]
    if isinstance(value, list):
        return [t for v in value for t in _meta_text(v, key)]
    if isinstance(value, str) and key in _META_KEYS:
        return [value]
    return []


def _item_body(conn: Connection, item_id: str) -> tuple[str, str, str, str]:
    row = conn.execute(
        "SELECT title, extracted_text, notes, kind, metadata FROM items WHERE id = ?", (item_id,)
    ).fetchone()
    title, extracted, notes, kind, metadata = row
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
    try:
        meta = " ".join(_meta_text(json.loads(metadata or "{}")))
    except ValueError:
        meta = ""
    return title, "\n".join(b for b in body if b), " ".join(r[0] for r in people), meta


_CYRILLIC_WORDS = re.compile(r"[а-яёәғқңөұүһі]{4,}")


def _stems_of(*texts: str) -> str:
    """Stems of the Cyrillic words (the only ones that have stems), each once."""
    seen: dict[str, None] = {}
    for text in texts:
        for word in set(_CYRILLIC_WORDS.findall(text.casefold())):
            for stem in stems(word):
                seen.setdefault(stem)
    return " ".join(seen)


def reindex_item(conn: Connection, item_id: str) -> None:
    row = conn.execute("SELECT rowid, deleted FROM items WHERE id = ?", (item_id,)).fetchone()
    if row is None:
        return
    rowid, deleted = row
    conn.execute("DELETE FROM search_index WHERE rowid = ?", (rowid,))
    if deleted is not None:
        return
    title, body, people, meta = (fold(t) for t in _item_body(conn, item_id))
    tags = " ".join(
        r[0].replace("/", " ") for r in conn.execute("SELECT tag FROM item_tags WHERE item_id = ?", (item_id,))
    )
    conn.execute(
        "INSERT INTO search_index (rowid, item_id, title, body, people, tags, meta, stems) VALUES (?,?,?,?,?,?,?,?)",
        (rowid, item_id, title, body, people, fold(tags), meta, _stems_of(title, body, people, meta)),
    )


def reindex_all(conn: Connection) -> int:
    """Rebuild every item's index row (after the folding rules change). Returns the item count."""
    ids = [r[0] for r in conn.execute("SELECT id FROM items")]
    for item_id in ids:
        reindex_item(conn, item_id)
    return len(ids)


def reindex_person(conn: Connection, person_id: str) -> None:
    rows = conn.execute("SELECT DISTINCT item_id FROM item_people WHERE person_id = ?", (person_id,)).fetchall()
    for (item_id,) in rows:
        reindex_item(conn, item_id)


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
            "SELECT d.id, d.kind, d.title, '' FROM items d WHERE "
            + " AND ".join(where)
            + " ORDER BY d.created DESC, d.rowid DESC LIMIT ?"
        )
        return [SearchHit(*r) for r in conn.execute(sql, [*params, limit])]
    base = (
        "FROM search_index JOIN items d ON d.rowid = search_index.rowid "
        "WHERE search_index MATCH ? AND " + " AND ".join(where)
    )
    capped = conn.execute(
        f"SELECT count(*) FROM (SELECT 1 {base} LIMIT ?)", [match, *params, RANK_ALL_BELOW + 1]
    ).fetchone()[0]
    # bm25 over seven columns costs ~0.2 ms a row: only worth it when every match is ranked.
    order = "rank" if capped <= RANK_ALL_BELOW else "search_index.rowid DESC"
    sql = f"SELECT d.id, d.kind, d.title, snippet(search_index, 2, '[', ']', '…', 14) {base} ORDER BY {order} LIMIT ?"
    rows = conn.execute(sql, [match, *params, limit]).fetchall()
    wanted = {s for group in query_groups(query) if len(group) == 1 for s in (group[0], *stems(group[0]))}
    return [SearchHit(r[0], r[1], r[2], _mark_word_forms(display_snippet(r[3]), wanted)) for r in rows]


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
