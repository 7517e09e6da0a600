"""Page images of PDF exhibits in a `partner` or `public` dossier.

A PDF exhibit below `internal` is one vault.exports.decide let through as page images (or one a
person cleared). Its pages are checked again and rendered here (vault.exports.document_pages:
every string PDFium reads names nobody hidden, no embedded pictures, at most 30 pages), re-encoded
from pixels as JPEG; they replace the text excerpt. A document that fails the check now shows no
page at all, never some of them.

A document that arrived as page images (vault.received_pages) shows its received pages under
every profile (re-encoded from pixels as JPEG): all of them below `internal` (decide let it
through), the first `pages` under `internal`, as for a PDF (vault/dossier/pages.py).
"""

from __future__ import annotations

from collections.abc import Callable

from ..errors import Cancelled
from ..exports.document_pages import derived_pages
from ..intake.sandbox import PdfSandbox
from ..items import get_item
from ..received_pages import is_paged, reencoded_pages
from ..redaction import Redactor
from ..store import Vault
from .collect import DossierContent
from .pages import PAGE_MAX_PX


def attach_derived_pages(
    vault: Vault, content: DossierContent, red: Redactor, should_cancel: Callable[[], bool] | None = None
) -> None:
    if content.profile == "internal":
        return
    with PdfSandbox() as box:
        for ex in content.exhibits:
            if ex.kind != "document" or ex.mime != "application/pdf":
                continue
            if should_cancel is not None and should_cancel():
                raise Cancelled("cancelled")
            images = derived_pages(vault, red, get_item(vault, ex.item_id), box, fmt="JPEG")
            if images:
                ex.page_images, ex.page_total, ex.excerpt = images, len(images), ""


def attach_received_pages(
    vault: Vault, content: DossierContent, pages: int, should_cancel: Callable[[], bool] | None = None
) -> None:
    """Page images of documents received as page images; a page that cannot be decoded leaves the
    exhibit with none (never some of them)."""
    for ex in content.exhibits:
        if ex.kind != "document":
            continue
        item = get_item(vault, ex.item_id)
        if not is_paged(item):
            continue
        if should_cancel is not None and should_cancel():
            raise Cancelled("cancelled")
        images = reencoded_pages(vault, item, "JPEG", PAGE_MAX_PX) or []
        total = len(images)
        if content.profile == "internal":
            images = images[: max(0, pages)]
        if images:
            ex.page_images, ex.page_total, ex.excerpt = images, total, ""
