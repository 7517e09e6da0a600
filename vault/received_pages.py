"""A document that arrived as page images (a partner's derived PDF, docs/adr/025-received-page-images.md).

The receiving vault keeps every page byte-exact, as the sender signed it: page 1 is the item's
`original` blob (its SHA-256 is the item's, checked by verify as any original), pages 2..N are
blobs of purpose `derivative` of the same item. The order lives in the item's metadata under
PAGES_KEY, one entry per page: {"page": n, "blob": blob id, "sha256": ..., "size": ...}, and
`pages` holds the count (as intake records it for a PDF). The item's 'receive' event lists every
page's SHA-256 in order, and verify compares that list with the signed manifest
(vault/verify_pages.py). No schema change: `derivative` is a purpose the schema already has.

Every read checks the page's SHA-256 against what was recorded; a page that does not match is an
IntegrityError (run verify), never a silently shorter document.
"""

from __future__ import annotations

import hashlib
import io
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .blobs import StoredBlob
from .db import named_rows
from .errors import IntegrityError, UsageError
from .models import Item
from .store import Vault

log = logging.getLogger(__name__)

PAGES_KEY = "page_images"  # items.metadata: the ordered pages of a received page-image document
COUNT_KEY = "pages"  # items.metadata: how many pages (the same key intake uses for a PDF)
PAGE_PURPOSE = "derivative"  # the schema's purpose for sealed files that are not the original
MAX_PAGE_BYTES = 64 * 1024 * 1024  # one page image read into memory
MAX_PAGE_SIDE = 4000  # pixels: the sender renders at most 1600; anything larger is not a page image


@dataclass(frozen=True)
class Page:
    page: int  # 1-based
    blob_id: str
    sha256: str
    size: int


def is_paged(item: Item) -> bool:
    """Whether `item` is a document that arrived as page images (its metadata lists them; only an
    import writes that key, and it never keeps a sender's own)."""
    return item.kind == "document" and item.source == "bundle" and isinstance(item.metadata.get(PAGES_KEY), list)


def without_pages(metadata: dict[str, Any]) -> dict[str, Any]:
    """`metadata` without the page list: a sender's metadata never names blobs of this vault."""
    return {k: v for k, v in metadata.items() if k != PAGES_KEY}


def metadata_for(blobs: Sequence[StoredBlob]) -> dict[str, Any]:
    """The metadata entries recording `blobs` as pages 1..N, in order."""
    if not blobs:
        return {}
    pages = [{"page": n, "blob": b.blob_id, "sha256": b.sha256, "size": b.size} for n, b in enumerate(blobs, 1)]
    return {PAGES_KEY: pages, COUNT_KEY: len(pages)}


def recorded(item: Item) -> list[Page]:
    """The pages the item's metadata lists, checked for shape and order; IntegrityError if malformed."""
    raw = item.metadata.get(PAGES_KEY)
    if raw is None:
        return []
    if not isinstance(raw, list) or not raw:
        raise IntegrityError(f"item {item.id}: its list of page images is damaged; run verify")
    out = []
    for n, entry in enumerate(raw, 1):
        ok = isinstance(entry, dict) and entry.get("page") == n
        ok = ok and all(isinstance(entry.get(k), str) for k in ("blob", "sha256"))
        size = entry.get("size") if isinstance(entry, dict) else None
        if not ok or not isinstance(size, int) or isinstance(size, bool):
            raise IntegrityError(f"item {item.id}: its list of page images is damaged; run verify")
        out.append(Page(n, entry["blob"], entry["sha256"], size))
    return out


def pages_of(vault: Vault, item: Item) -> list[Page]:
    """The item's pages in order, each matched with its live blob row (page 1 is the original,
    with the item's SHA-256). [] for any other item; IntegrityError when a page is missing."""
    if not is_paged(item):
        return []
    pages = recorded(item)
    sql = "SELECT id, purpose, sha256, size FROM blobs WHERE item_id = ? AND destroyed IS NULL"
    rows = {r["id"]: (r["purpose"], r["sha256"], r["size"]) for r in named_rows(vault.conn, sql, (item.id,))}
    for p in pages:
        purpose = "original" if p.page == 1 else PAGE_PURPOSE
        if rows.get(p.blob_id) != (purpose, p.sha256, p.size) or (p.page == 1 and p.sha256 != item.sha256):
            raise IntegrityError(f"item {item.id}: page {p.page} is missing or does not match its record; run verify")
    logged = next(
        (e.details["pages"] for e in vault.custody.events(item.id) if e.subject == item.id and _lists_pages(e.details)),
        None,
    )
    if logged != [p.sha256 for p in pages]:  # the signed record: no page dropped, added or moved
        raise IntegrityError(f"item {item.id}: its pages differ from those its 'receive' event recorded; run verify")
    return pages


def _lists_pages(details: dict[str, Any]) -> bool:
    return isinstance(details.get("pages"), list) and "bundle_sha256" in details and "rev" not in details


def read_page(vault: Vault, item: Item, page: Page) -> bytes:
    """The page image's exact bytes, checked against its recorded SHA-256."""
    data = vault.blobs.read_bytes(page.blob_id, MAX_PAGE_BYTES)
    if hashlib.sha256(data).hexdigest() != page.sha256:
        raise IntegrityError(f"item {item.id}: page {page.page} does not match its recorded SHA-256; run verify")
    return data


def read_pages(vault: Vault, item: Item) -> list[bytes]:
    """Every page's exact bytes, in order (checked)."""
    return [read_page(vault, item, p) for p in pages_of(vault, item)]


def reencoded_pages(vault: Vault, item: Item, fmt: str = "PNG", max_side: int = 1600) -> list[bytes] | None:
    """Every page re-encoded from its pixels (a new export or a dossier: nothing of the received
    file's structure passes on); None when any page cannot be decoded (all pages or none)."""
    out = []
    for data in read_pages(vault, item):
        image = reencode(data, fmt, max_side)
        if image is None:
            log.info("a page of item %s could not be decoded", item.id)
            return None
        out.append(image)
    return out or None


def reencode(data: bytes, fmt: str = "PNG", max_side: int = 1600) -> bytes | None:
    """A PNG page image decoded under the bomb limits and saved again from its pixels only."""
    import warnings

    from PIL import Image

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data), formats=["PNG"]) as img:
                if max(img.size) > MAX_PAGE_SIDE:
                    return None
                pixels = img.convert("RGB")
    except (OSError, ValueError, Image.DecompressionBombError, Image.DecompressionBombWarning):
        return None
    if max(pixels.size) > max_side:
        pixels.thumbnail((max_side, max_side), Image.Resampling.LANCZOS)
    buf = io.BytesIO()
    pixels.save(buf, fmt, **({"quality": 85} if fmt == "JPEG" else {"optimize": True}))
    return buf.getvalue()


def view_pages(vault: Vault, item_id: str) -> tuple[Item, list[bytes]]:
    """What the in-app viewer shows of an item, page by page: for a document received as page
    images every page (checked), else the one original; opening it is one logged 'view' event
    (vault.items.view_original)."""
    from .items import view_original

    item, first = view_original(vault, item_id)
    if not is_paged(item):
        return item, [first]
    return item, [first] + [read_page(vault, item, p) for p in pages_of(vault, item)[1:]]


def extract_page(vault: Vault, item_id: str, page: int, out: Path) -> str:
    """Write page `page` (1-based) of a document received as page images to `out`, byte-exact (an
    explicit, logged export of plaintext, like vault.items.extract). Returns its SHA-256."""
    from .fsutil import atomic_output
    from .items import get_item

    item = get_item(vault, item_id, include_deleted=True)
    pages = pages_of(vault, item)
    if not pages:
        raise UsageError(f"item {item_id} is not a document received as page images")
    if not 1 <= page <= len(pages):
        raise UsageError(f"item {item_id} has {len(pages)} page(s); there is no page {page}")
    if out.exists():
        raise UsageError(f"{out} already exists; refusing to overwrite")
    data = read_page(vault, item, pages[page - 1])  # checked against its SHA-256 before it gets the name
    with atomic_output(out, overwrite=False) as fh:
        fh.write(data)
    with vault.transaction():
        vault.record("extract", item_id, {"sha256": pages[page - 1].sha256, "page": page})
    return pages[page - 1].sha256
