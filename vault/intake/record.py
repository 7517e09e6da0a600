"""The database side of an import: one transaction per batch of files, run after their blobs are
durable.

For each file, item row, blob rows, case/tag/person links, the custody event and the search index
commit together or not at all (with the rest of its batch). The duplicate check is repeated
inside the transaction, whose write lock makes check-and-insert atomic against another importer.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Any

from ..blobs import StoredBlob
from ..db import Connection, scalar
from ..faults import crashpoint
from ..search_index import IndexRow, insert_row, new_item_row, people_text
from ..store import Vault
from ..tags import ensure_tag


@dataclass(frozen=True)
class Links:
    case_id: str | None
    tags: tuple[str, ...]  # normalised
    people: tuple[tuple[str, str], ...]  # (person id, role)
    people_text: str  # what the search index holds for these people (search_index.people_text)

    def custody_fields(self) -> dict[str, Any]:
        return {
            "case": self.case_id,
            "tags": list(self.tags),
            "people": [{"person": pid, "role": role} for pid, role in self.people],
        }

    def also(self) -> tuple[str, ...]:
        ids = [self.case_id] if self.case_id else []
        ids += [pid for pid, _ in self.people if pid not in ids]
        return tuple(ids)


@dataclass(frozen=True)
class NewItem:
    item_id: str
    kind: str
    title: str
    mime: str
    original_name: str
    original_mtime: str
    metadata: dict[str, Any]
    text: str
    warning: str | None
    index: IndexRow | None = None  # computed ahead (search_index.new_item_row), else at insert


class DuplicateFound(Exception):
    def __init__(self, item_id: str) -> None:
        super().__init__(item_id)
        self.item_id = item_id


DUPLICATE_QUERY = "SELECT id FROM items WHERE sha256 = ? AND deleted IS NULL ORDER BY created, rowid LIMIT 1"


def commit_item(vault: Vault, item: NewItem, original: StoredBlob, thumb: StoredBlob | None, links: Links) -> None:
    """Raises DuplicateFound (and writes nothing) if the bytes arrived meanwhile."""
    (existing,) = commit_batch(vault, [(item, original, thumb)], links)
    if existing is not None:
        raise DuplicateFound(existing)


def commit_batch(
    vault: Vault, entries: list[tuple[NewItem, StoredBlob, StoredBlob | None]], links: Links
) -> list[str | None]:
    """Record several files in one transaction (all or none of them); their blobs must already be
    durable. For each entry: None when recorded, or the id of the item that already has its bytes
    (a duplicate, found inside the transaction, so also among the batch's own earlier entries)."""
    now = vault.env.now_iso()
    out: list[str | None] = []
    with vault.transaction() as conn:
        # Under the write lock: a person renamed since the import began makes the rows computed
        # ahead stale, and they are computed again here.
        people = people_text(conn, (pid for pid, _ in links.people))
        if people != links.people_text:
            links = replace(links, people_text=people)
            entries = [(replace(item, index=None), original, thumb) for item, original, thumb in entries]
        for item, original, thumb in entries:
            existing = scalar(conn, DUPLICATE_QUERY, (original.sha256,))
            if existing is not None:
                out.append(existing)
                continue
            _insert(vault, conn, (item, original, thumb), links, now)
            out.append(None)
            crashpoint("batch-item-recorded")
    return out


def _insert(
    vault: Vault,
    conn: Connection,
    entry: tuple[NewItem, StoredBlob, StoredBlob | None],
    links: Links,
    now: str,
) -> None:
    """One new item's rows, its custody event and its search index row."""
    item, original, thumb = entry
    cursor = conn.execute(
        "INSERT INTO items (id, kind, title, created, sha256, size, mime, original_name, original_mtime,"
        " metadata, extracted_text, warning, source) VALUES (?,?,?,?,?,?,?,?,?,?,?,?, 'intake')",
        (
            item.item_id,
            item.kind,
            item.title,
            now,
            original.sha256,
            original.size,
            item.mime,
            item.original_name,
            item.original_mtime,
            json.dumps(item.metadata, ensure_ascii=False, sort_keys=True),
            item.text,
            item.warning or "",
        ),
    )
    for blob, purpose in ((original, "original"), (thumb, "thumbnail")):
        if blob is not None:
            conn.execute(
                "INSERT INTO blobs (id, item_id, purpose, size, sha256, created) VALUES (?,?,?,?,?,?)",
                (blob.blob_id, item.item_id, purpose, blob.size, blob.sha256, now),
            )
    if links.case_id:
        conn.execute("INSERT OR IGNORE INTO item_cases VALUES (?, ?)", (item.item_id, links.case_id))
    for tag in links.tags:
        ensure_tag(conn, tag)
        conn.execute("INSERT OR IGNORE INTO item_tags (item_id, tag) VALUES (?, ?)", (item.item_id, tag))
    for person_id, role in links.people:
        conn.execute(
            "INSERT OR IGNORE INTO item_people (item_id, person_id, role) VALUES (?, ?, ?)",
            (item.item_id, person_id, role),
        )
    details: dict[str, Any] = {
        "name": item.original_name,
        "size": original.size,
        "sha256": original.sha256,
        "mtime": item.original_mtime,
        "kind": item.kind,
        "mime": item.mime,
        **links.custody_fields(),
        "warning": item.warning,
    }
    vault.record("import", item.item_id, details, also=links.also())
    row = item.index or new_item_row(item.title, item.text, item.metadata, links.people_text, links.tags)
    insert_row(conn, cursor.lastrowid, item.item_id, row)
