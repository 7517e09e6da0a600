"""The search index's rows (FTS5 table `search_index`): what of an item is findable, folded.

The index row of an item is rebuilt from the database whenever the item changes
(`reindex_item`), inside the same transaction, so the index never disagrees with the records.
An import computes a new item's row from what it is about to record (`new_item_row`, on a
helper thread) and writes it with the item (`insert_row`), which spares five queries and a delete
per file. Text is folded by vault.searchtext (the same way for the index and the query); Russian
and Kazakh word forms are found through a `stems` column (vault.stemming).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from .db import Connection, column, named_row, scalar
from .searchtext import fold
from .stemming import stems

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
        "tags_text",  # every other tag of a recording (vault/intake/media_tags.py)
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
_CYRILLIC_WORDS = re.compile(r"[а-яёәғқңөұүһі]{4,}")
_PEOPLE_TEXT = (
    "SELECT p.name || ' ' || p.pseudonym || ' ' || coalesce(group_concat(a.alias, ' '), '') "
    "FROM people p LEFT JOIN person_aliases a ON a.person_id = p.id "
)


def _meta_text(value: Any, key: str = "") -> list[str]:
    if isinstance(value, dict):
        return [t for k, v in value.items() for t in _meta_text(v, str(k))]
    if isinstance(value, list):
        return [t for v in value for t in _meta_text(v, key)]
    if isinstance(value, str) and key in _META_KEYS:
        return [value]
    return []


def meta_text(metadata: Mapping[str, Any]) -> str:
    """The searchable part of an item's metadata (camera, description, author, claims)."""
    return " ".join(_meta_text(dict(metadata)))


def people_text(conn: Connection, person_ids: Iterable[str]) -> str:
    """Names, pseudonyms and aliases of these people, as the index holds them for their items."""
    ids = list(dict.fromkeys(person_ids))
    if not ids:
        return ""
    marks = ",".join("?" * len(ids))
    return " ".join(column(conn, f"{_PEOPLE_TEXT} WHERE p.id IN ({marks}) GROUP BY p.id", ids))


def _stems_of(*texts: str) -> str:
    """Stems of the Cyrillic words (the only ones that have stems), each once."""
    seen: dict[str, None] = {}
    for text in texts:
        for word in set(_CYRILLIC_WORDS.findall(text.casefold())):
            for stem in stems(word):
                seen.setdefault(stem)
    return " ".join(seen)


@dataclass(frozen=True)
class IndexRow:
    """An item's index columns, folded, with the stems of its Cyrillic words."""

    title: str
    body: str
    people: str
    tags: str
    meta: str
    stems: str


def index_row(title: str, body: str, people: str, tags: Iterable[str], meta: str) -> IndexRow:
    """Pure text work, no database: an import computes it on a helper thread while the writer
    thread is inside SQLite (which releases the GIL), so folding overlaps the writing."""
    title, body, people, meta = fold(title), fold(body), fold(people), fold(meta)
    return IndexRow(title, body, people, fold(_tags_text(tags)), meta, _stems_of(title, body, people, meta))


def new_item_row(title: str, text: str, metadata: Mapping[str, Any], people: str, tags: Iterable[str]) -> IndexRow:
    """The row of an item as an import creates it (no notes, no revisions): `people` is
    `people_text` of the people it is linked to. Must equal what `reindex_item` builds later."""
    return index_row(title, text, people, tags, meta_text(metadata))


def insert_row(conn: Connection, rowid: int, item_id: str, row: IndexRow) -> None:
    """Write the row of an item that has none (a new item, or after `reindex_item`'s delete)."""
    conn.execute(
        "INSERT INTO search_index (rowid, item_id, title, body, people, tags, meta, stems) VALUES (?,?,?,?,?,?,?,?)",
        (rowid, item_id, row.title, row.body, row.people, row.tags, row.meta, row.stems),
    )


def _tags_text(tags: Iterable[str]) -> str:
    return " ".join(tag.replace("/", " ") for tag in tags)


def reindex_item(conn: Connection, item_id: str) -> None:
    row = named_row(
        conn,
        "SELECT rowid AS rowid, deleted, title, extracted_text, notes, kind, metadata FROM items WHERE id = ?",
        (item_id,),
    )
    if row is None:
        return
    conn.execute("DELETE FROM search_index WHERE rowid = ?", (row["rowid"],))
    if row["deleted"] is not None:
        return
    body = [row["extracted_text"], row["notes"]]
    if row["kind"] == "testimony":
        latest = scalar(conn, "SELECT text FROM revisions WHERE item_id = ? ORDER BY rev DESC LIMIT 1", (item_id,))
        if latest:
            body.insert(0, latest)
    try:
        meta = meta_text(json.loads(row["metadata"] or "{}"))
    except ValueError:
        meta = ""
    people = " ".join(
        column(
            conn,
            f"{_PEOPLE_TEXT} JOIN item_people ip ON ip.person_id = p.id WHERE ip.item_id = ? GROUP BY p.id",
            (item_id,),
        )
    )
    tags = column(conn, "SELECT tag FROM item_tags WHERE item_id = ?", (item_id,))
    text = "\n".join(b for b in body if b)
    insert_row(conn, row["rowid"], item_id, index_row(row["title"], text, people, tags, meta))


def reindex_all(conn: Connection) -> int:
    """Rebuild every item's index row (after the folding rules change). Returns the item count."""
    ids = column(conn, "SELECT id FROM items")
    for item_id in ids:
        reindex_item(conn, item_id)
    return len(ids)


def reindex_person(conn: Connection, person_id: str) -> None:
    for item_id in column(conn, "SELECT DISTINCT item_id FROM item_people WHERE person_id = ?", (person_id,)):
        reindex_item(conn, item_id)
