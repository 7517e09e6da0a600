"""Page images of PDF exhibits for the INTERNAL dossier: the first page of each document (more on
request with build_dossier(pages=N)), rendered by PDFium in the limited child and re-encoded from
pixels as JPEG (vault.documents.render_pages). Partner and public dossiers never show them: a
page image cannot be redacted the way text is."""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Callable

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from ..db import named_row
from ..documents import render_pages
from ..documents.render import MAX_PAGES_PER_CALL
from ..errors import Cancelled, DocumentUnreadable, IntegrityError
from ..intake.sandbox import PdfSandbox
from ..items import blob_of
from ..store import Vault
from .collect import DossierContent, Exhibit
from .jpeg import JpegImage

log = logging.getLogger(__name__)

PAGE_BOX = (120 * mm, 170 * mm)
PAGE_MAX_PX = 1400
MAX_PAGES = 50  # per document, whatever is asked


def attach_page_images(
    vault: Vault, content: DossierContent, pages: int, should_cancel: Callable[[], bool] | None = None
) -> None:
    """Fill `page_images` of each PDF exhibit with its first `pages` pages (internal only)."""
    if content.profile != "internal" or pages <= 0:
        return
    wanted = list(range(min(pages, MAX_PAGES)))
    with PdfSandbox() as box:
        for ex in content.exhibits:
            if ex.kind != "document" or ex.mime != "application/pdf":
                continue
            if should_cancel is not None and should_cancel():
                raise Cancelled("cancelled")
            blob_id = blob_of(vault, ex.item_id)
            if blob_id is None:
                continue
            data = vault.blobs.read_bytes(blob_id)
            row = named_row(vault.conn, "SELECT sha256, metadata FROM items WHERE id = ?", (ex.item_id,))
            if row and row["sha256"] and hashlib.sha256(data).hexdigest() != row["sha256"]:
                raise IntegrityError(f"item {ex.item_id}: stored bytes do not match the intake hash; run verify")
            images: list[bytes] = []
            try:
                for start in range(0, len(wanted), MAX_PAGES_PER_CALL):
                    asked = wanted[start : start + MAX_PAGES_PER_CALL]
                    chunk = render_pages(data, asked, max_side=PAGE_MAX_PX, fmt="JPEG", sandbox=box)
                    images += chunk
                    if len(chunk) < len(asked):  # past the last page
                        break
            except DocumentUnreadable:
                log.info("pages of item %s could not be rendered", ex.item_id)
            del data
            ex.page_images = images
            total = json.loads(row["metadata"] or "{}").get("pages") if row else None
            ex.page_total = total if isinstance(total, int) and total >= len(images) else len(images)


def page_flowables(ex: Exhibit, label: Callable[..., str], caption: Callable[[str], Paragraph]) -> list[Flowable]:
    """The exhibit's page images, each with "Page n of total" under it."""
    out: list[Flowable] = []
    for n, jpeg in enumerate(ex.page_images, start=1):
        # A thin frame: a white page would otherwise vanish into the white of the dossier.
        image = JpegImage(jpeg, PAGE_BOX)
        frame = [("BOX", (0, 0), (0, 0), 0.5, colors.grey), ("ALIGN", (0, 0), (-1, -1), "CENTER")]
        rows = [[image], [caption(label("page", n=n, total=ex.page_total))]]
        framed = Table(rows, colWidths=[image.drawWidth + 4 * mm], style=frame)
        out += [Spacer(1, 2 * mm), framed]
    return out
