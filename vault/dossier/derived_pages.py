"""Page images of PDF exhibits in a `partner` or `public` dossier.

A PDF exhibit below `internal` is one vault.exports.decide let through as page images (or one a
person cleared). Its pages are checked again and rendered here (vault.exports.document_pages:
every string PDFium reads names nobody hidden, no embedded pictures, at most 30 pages), re-encoded
from pixels as JPEG; they replace the text excerpt. A document that fails the check now shows no
page at all, never some of them.
"""

from __future__ import annotations

from collections.abc import Callable

from ..errors import Cancelled
from ..exports.document_pages import derived_pages
from ..intake.sandbox import PdfSandbox
from ..items import get_item
from ..redaction import Redactor
from ..store import Vault
from .collect import DossierContent


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
