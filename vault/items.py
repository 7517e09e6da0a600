"""Items (evidence): reading, listing, tags, case links, extract, delete and destroy."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .db import Row, column, named_row, named_rows, scalar
from .errors import IntegrityError, NotFound, UsageError
from .fsutil import atomic_output
from .models import Item
from .search import Filters, filter_sql, reindex_item
from .store import Vault
from .tags import ensure_tag, normalise_tag

_COLS = (
    "id, kind, title, created, sha256, size, mime, original_name, original_mtime, metadata, "
    "language, notes, warning, source, deleted"
)


def _row_to_item(vault: Vault, row: Row) -> Item:
    item_id = row["id"]
    tags = tuple(column(vault.conn, "SELECT tag FROM item_tags WHERE item_id = ? ORDER BY tag", (item_id,)))
    cases = tuple(column(vault.conn, "SELECT case_id FROM item_cases WHERE item_id = ?", (item_id,)))
    values = dict(row)  # sqlcipher3.Row has keys(): by column name
    values["metadata"] = json.loads(values["metadata"])
    return Item(**values, tags=tags, case_ids=cases)


def get_item(vault: Vault, item_id: str, *, include_deleted: bool = False) -> Item:
    row = named_row(vault.conn, f"SELECT {_COLS} FROM items WHERE id = ?", (item_id,))
    if row is None or (row["deleted"] is not None and not include_deleted):
        raise NotFound(f"no item with id {item_id}")
    return _row_to_item(vault, row)


def list_items(
    vault: Vault,
    *,
    case_id: str | None = None,
    tag: str | None = None,
    kind: str | None = None,
    person_id: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[Item]:
    where, params = filter_sql(Filters(case_id=case_id, tag=tag, kind=kind, person_id=person_id))
    columns = ", ".join("d." + c.strip() for c in _COLS.split(","))
    sql = f"SELECT {columns} FROM items d WHERE {' AND '.join(where)} ORDER BY d.created, d.rowid"
    if limit is not None:
        sql += " LIMIT ? OFFSET ?"
        params += [limit, offset]
    return [_row_to_item(vault, r) for r in named_rows(vault.conn, sql, params)]


def tag_item(vault: Vault, item_id: str, tags: list[str]) -> tuple[str, ...]:
    get_item(vault, item_id)
    clean = [normalise_tag(t) for t in tags]
    with vault.transaction() as conn:
        added = []
        for t in clean:
            ensure_tag(conn, t)
            if conn.execute("INSERT OR IGNORE INTO item_tags (item_id, tag) VALUES (?, ?)", (item_id, t)).rowcount:
                added.append(t)
        if added:
            vault.record("tag", item_id, {"tags": added})
            reindex_item(conn, item_id)
    return get_item(vault, item_id).tags


def untag_item(vault: Vault, item_id: str, tags: list[str]) -> tuple[str, ...]:
    get_item(vault, item_id)
    clean = [normalise_tag(t) for t in tags]
    with vault.transaction() as conn:
        removed = [
            t
            for t in clean
            if conn.execute("DELETE FROM item_tags WHERE item_id = ? AND tag = ?", (item_id, t)).rowcount
        ]
        if removed:
            vault.record("untag", item_id, {"tags": removed})
            reindex_item(conn, item_id)
    return get_item(vault, item_id).tags


def link_item_to_case(vault: Vault, item_id: str, case_id: str) -> None:
    get_item(vault, item_id)
    with vault.transaction() as conn:
        if scalar(conn, "SELECT 1 FROM cases WHERE id = ?", (case_id,)) is None:
            raise NotFound(f"no case with id {case_id}")
        if conn.execute(
            "INSERT OR IGNORE INTO item_cases (item_id, case_id) VALUES (?, ?)", (item_id, case_id)
        ).rowcount:
            vault.record("link", item_id, {"case": case_id}, also=(case_id,))


def set_notes(vault: Vault, item_id: str, notes: str) -> None:
    get_item(vault, item_id)
    with vault.transaction() as conn:
        conn.execute("UPDATE items SET notes = ? WHERE id = ?", (notes, item_id))
        vault.record("edit", item_id, {"fields": ["notes"]})
        reindex_item(conn, item_id)


def set_title(vault: Vault, item_id: str, title: str) -> None:
    if not title.strip():
        raise UsageError("an item needs a title")
    get_item(vault, item_id)
    with vault.transaction() as conn:
        conn.execute("UPDATE items SET title = ? WHERE id = ?", (title.strip(), item_id))
        vault.record("edit", item_id, {"fields": ["title"]})
        reindex_item(conn, item_id)


def blob_of(vault: Vault, item_id: str, purpose: str = "original") -> str | None:
    blob_id: str | None = scalar(
        vault.conn,
        "SELECT id FROM blobs WHERE item_id = ? AND purpose = ? AND destroyed IS NULL ORDER BY created LIMIT 1",
        (item_id, purpose),
    )
    return blob_id


def thumbnail(vault: Vault, item_id: str) -> bytes | None:
    """JPEG bytes of the item's thumbnail, decrypted in memory, or None."""
    blob_id = blob_of(vault, item_id, "thumbnail")
    return vault.blobs.read_bytes(blob_id, limit=4 * 1024 * 1024) if blob_id else None


def read_original(vault: Vault, item_id: str, limit: int = 512 * 1024 * 1024, *, log_view: bool = True) -> bytes:
    """The original bytes, in memory, for an in-app viewer; logged as a view."""
    blob_id = blob_of(vault, item_id)
    if blob_id is None:
        raise NotFound(f"item {item_id} has no stored original")
    data = vault.blobs.read_bytes(blob_id, limit=limit)
    if log_view:
        with vault.transaction():
            vault.record("view", item_id, {})
    return data


def view_original(vault: Vault, item_id: str, limit: int = 512 * 1024 * 1024) -> tuple[Item, bytes]:
    """What an in-app viewer shows, decrypted in memory, with the rule that opening it is a
    custody 'view' event: the sealed original, or for a testimony written in the vault (it has no
    file) its current revision as UTF-8 text. Thumbnails and the details panel are not views."""
    item = get_item(vault, item_id)
    if item.kind == "testimony" and blob_of(vault, item_id) is None:
        from .testimony import current_text

        data = current_text(vault, item_id).encode("utf-8")
        with vault.transaction():
            vault.record("view", item_id, {})
        return item, data
    return item, read_original(vault, item_id, limit)


def extract(vault: Vault, item_id: str, out: Path, on_progress: Callable[[int], None] | None = None) -> str:
    """Write the original bytes to `out` (an explicit, logged export of plaintext). The SHA-256 is
    checked against the intake hash before the file is given its final name."""
    item = get_item(vault, item_id, include_deleted=True)
    if out.exists():
        raise UsageError(f"{out} already exists; refusing to overwrite")
    sha = hashlib.sha256()
    if item.kind == "testimony" and blob_of(vault, item_id) is None:
        from .testimony import revisions

        data = revisions(vault, item_id)[0].text.encode("utf-8")
        chunks: Any = [data]
    else:
        blob_id = blob_of(vault, item_id)
        if blob_id is None:
            raise NotFound(f"item {item_id} has no stored original (destroyed?)")
        chunks = vault.blobs.iter_plaintext(blob_id)
    done = 0
    # Checked before the rename: bytes that do not match the intake hash never get the name.
    with atomic_output(out, overwrite=False) as fh:
        for chunk in chunks:
            sha.update(chunk)
            fh.write(chunk)
            done += len(chunk)
            if on_progress:
                on_progress(done)
        if item.sha256 and sha.hexdigest() != item.sha256:
            raise IntegrityError(f"item {item_id}: extracted bytes do not match the intake hash")
    with vault.transaction():
        vault.record("extract", item_id, {"sha256": sha.hexdigest()})
    return sha.hexdigest()


def delete_item(vault: Vault, item_id: str, reason: str = "") -> None:
    """Hide the item; its original stays sealed in the vault (only `destroy` removes it)."""
    get_item(vault, item_id)
    with vault.transaction() as conn:
        conn.execute("UPDATE items SET deleted = ? WHERE id = ?", (vault.env.now_iso(), item_id))
        vault.record("delete", item_id, {"reason": reason} if reason else {})
        reindex_item(conn, item_id)


def destroy_item(vault: Vault, item_id: str, reason: str) -> None:
    """Irreversibly remove a deleted item's blobs. Requires a reason, which is logged."""
    if not reason.strip():
        raise UsageError("destroying evidence requires a reason")
    item = get_item(vault, item_id, include_deleted=True)
    if item.deleted is None:
        raise UsageError("delete the item before destroying its original")
    blob_ids = column(vault.conn, "SELECT id FROM blobs WHERE item_id = ? AND destroyed IS NULL", (item_id,))
    with vault.transaction() as conn:
        now = vault.env.now_iso()
        conn.execute("UPDATE blobs SET destroyed = ? WHERE item_id = ? AND destroyed IS NULL", (now, item_id))
        vault.record("destroy", item_id, {"reason": reason.strip(), "blobs": blob_ids, "sha256": item.sha256})
    # Files go after the commit: a crash in between leaves orphans, which verify reports and
    # the next open sweeps; the reverse could leave rows pointing at nothing.
    for blob_id in blob_ids:
        vault.blobs.delete(blob_id)
