"""The database side of a document received as page images (docs/adr/025-received-page-images.md):
every page the bundle carried is kept, byte-exact, in order, under the one item.

Versions of the program before this kept page 1 only. Importing the same bundle (or a later one
from the same sender) again gives such an item the pages it lacks, with a 'receive' event
("op": "pages") naming them; nothing else of the item changes."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from ..blobs import StoredBlob
from ..db import Connection, named_row, scalar
from ..received_pages import PAGE_PURPOSE, PAGES_KEY, metadata_for
from ..store import Vault
from . import format as fmt
from . import manifest as mf

if TYPE_CHECKING:
    from .receive import Staged


def is_page_images(item: mf.MItem) -> bool:
    """A document that travels as page images (one page or more): its own file is page 1."""
    return item.kind == "document" and item.content == "derivative" and item.file == fmt.page_path(item.id, 1)


def staged_pages(staged: Staged, item: mf.MItem) -> list[StoredBlob]:
    """Pages 1..N of `item` as stored during the import (page 1 is its own file), or [] when the
    item is not a document's page images."""
    if not is_page_images(item) or item.id not in staged.blobs:
        return []
    return [staged.blobs[item.id]] + [staged.pages[(item.id, n)] for n in range(2, len(item.pages) + 2)]


def insert_pages(conn: Connection, item_id: str, pages: list[StoredBlob], now: str) -> None:
    """Rows for pages 2..N (page 1 is the item's original, inserted with it)."""
    for blob in pages[1:]:
        conn.execute(
            "INSERT INTO blobs (id, item_id, purpose, size, sha256, created) VALUES (?,?,?,?,?,?)",
            (blob.blob_id, item_id, PAGE_PURPOSE, blob.size, blob.sha256, now),
        )


def used_blobs(staged: Staged, new_items: set[str]) -> set[str]:
    """The page blobs (2..N) of the sender's items that became new items here."""
    return {blob.blob_id for (item_id, _n), blob in staged.pages.items() if item_id in new_items}


def _short_local(vault: Vault, item: mf.MItem, local: str) -> bool:
    """Whether our `local` copy of the sender's `item` holds its page 1 and no page list."""
    row = named_row(vault.conn, "SELECT sha256, metadata FROM items WHERE id = ?", (local,))
    if row is None or row["sha256"] != item.sha256:
        return False
    try:
        meta = json.loads(row["metadata"] or "{}")
    except ValueError:
        return False
    return isinstance(meta, dict) and PAGES_KEY not in meta


def missing_pages(vault: Vault, m: mf.Manifest, present: dict[str, str]) -> set[str]:
    """Sender's ids of page-image documents here with page 1 only (kept by an older version)."""
    return {
        i.id
        for i in m.files()
        if i.pages and is_page_images(i) and i.id in present and _short_local(vault, i, present[i.id])
    }


def complete(vault: Vault, staged: Staged, item: mf.MItem, local: str, claims: dict[str, Any]) -> bool:
    """Give our `local` copy of `item`, kept with page 1 only, its pages 2..N; True if it did.
    Only ever the sender's own item (merge.commit leaves others' alone), inside its transaction."""
    later = [staged.pages.get((item.id, n)) for n in range(2, len(item.pages) + 2)]
    if not item.pages or not _short_local(vault, item, local) or any(b is None for b in later):
        return False
    row = named_row(
        vault.conn,
        "SELECT id, size, sha256 FROM blobs WHERE item_id = ? AND purpose = 'original' AND destroyed IS NULL",
        (local,),
    )
    if row is None or row["sha256"] != item.sha256:
        return False  # destroyed, or not page 1: left as it is
    pages = [StoredBlob(row["id"], int(row["size"]), row["sha256"]), *(b for b in later if b is not None)]
    insert_pages(vault.conn, local, pages, vault.env.now_iso())
    meta = json.loads(scalar(vault.conn, "SELECT metadata FROM items WHERE id = ?", (local,)) or "{}")
    meta.update(metadata_for(pages))
    vault.conn.execute(
        "UPDATE items SET metadata = ? WHERE id = ?", (json.dumps(meta, ensure_ascii=False, sort_keys=True), local)
    )
    vault.record(
        "receive",
        local,
        {"op": "pages", "sha256": item.sha256, "pages": [b.sha256 for b in pages], "sender_item": item.id,
         "content": item.content, **claims},
    )  # fmt: skip
    return True
