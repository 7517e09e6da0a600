"""The database side of a document received as page images (docs/adr/025-received-page-images.md):
every page the bundle carried is kept, byte-exact, in order, under the one item."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..blobs import StoredBlob
from ..db import Connection
from ..received_pages import PAGE_PURPOSE
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
