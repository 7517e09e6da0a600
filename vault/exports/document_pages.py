"""A PDF as page images under `partner` and `public`: when it may travel so, and its pages.

A PDF is derived as page images only when everything PDFium reads of it (every page's text,
annotation contents, form fields, outline titles, metadata, attachment names: vault.documents
`document_facts`, in the limited child) names nobody hidden, leaves no suspect (a word that
resembles a hidden name: fail closed), was read completely, holds no embedded picture (a scan's
pixels cannot be checked) and has at most MAX_PAGES pages. The pages are rendered in the same
child and re-encoded from pixels as PNG by the parent (vault.documents.render_pages): no text
layer, no metadata, no byte of the original travels. Office documents have no renderer here and
stay withheld. A hostile or broken PDF costs its item (withheld), never the export.
"""

from __future__ import annotations

import hashlib
import logging
import re

from ..documents import DocumentFacts, document_facts, render_pages
from ..documents.facts import PDF
from ..documents.render import MAX_PAGES_PER_CALL
from ..errors import DocumentUnreadable, IntegrityError
from ..intake.office import MIMES as OFFICE_MIMES
from ..intake.sandbox import PdfSandbox
from ..items import blob_of
from ..models import Item
from ..protection.national_ids import replace_iins
from ..received_pages import is_paged, reencoded_pages
from ..redaction import Redactor
from ..store import Vault
from . import reasons as rs

log = logging.getLogger(__name__)

MAX_PAGES = 30  # longer documents are withheld "too long to check"
MAX_BYTES = 64 * 1024 * 1024  # a larger PDF is not read into memory for checking
PAGE_MAX_SIDE = 1600  # pixels of a page image's longer side


# Characters PDFium gives for glyphs it cannot map to text (a font without a ToUnicode map, a
# deliberately scrambled encoding): such a page may show a name its text does not contain.
_UNMAPPED = re.compile("[\ufffd\ue000-\uf8ff\x00-\x08\x0b\x0c\x0e-\x1f]")


def is_office(item: Item) -> bool:
    return item.mime in OFFICE_MIMES


def is_pdf(item: Item) -> bool:
    return item.kind == "document" and item.mime == PDF


def facts_strings(facts: DocumentFacts) -> list[str]:
    """Every string the facts hold, each checked on its own (and joined, for a name split across)."""
    meta = [s for kv in facts.metadata.items() for s in kv]
    return [
        *facts.pages,
        *facts.annotations,
        *facts.form_fields,
        *facts.outline,
        *meta,
        *facts.attachments,
        *facts.appearances,
    ]


def verdict(red: Redactor, facts: DocumentFacts) -> str:
    """The reason key that withholds the document, or "" when it may travel as page images."""
    strings = [s for s in facts_strings(facts) if s]
    # Also a name in pieces, as glyph-by-glyph PDFs read ("С ейт қаз иев а"): Redactor, split_names.
    if any(red.mentions_hidden(s) for s in strings):
        return rs.CONTAINS_HIDDEN_NAME
    # A suspect may be her name misspelt; an ИИН names one person, and pixels cannot be redacted.
    if any(red.suspects(s) or replace_iins(s)[1] for s in strings):
        return rs.MAY_NAME_HIDDEN
    if not facts.complete or any(_UNMAPPED.search(page) for page in (*facts.pages, *facts.appearances)):
        return rs.NOT_READ_COMPLETELY
    if len(facts.pages) > MAX_PAGES:
        return rs.TOO_LONG
    if facts.has_images:
        return rs.HOLDS_PICTURES
    return ""


def _original(vault: Vault, item: Item) -> bytes | None:
    blob_id = blob_of(vault, item.id)
    if blob_id is None or (item.size or 0) > MAX_BYTES:
        return None
    data = vault.blobs.read_bytes(blob_id, MAX_BYTES)
    if item.sha256 and hashlib.sha256(data).hexdigest() != item.sha256:
        raise IntegrityError(f"item {item.id}: stored bytes do not match the intake hash; run verify")
    return data


def check(vault: Vault, red: Redactor, item: Item, sandbox: PdfSandbox | None = None) -> str:
    """Why `item` (a PDF) cannot travel as page images under `red`'s profile, or ""."""
    return check_pages(vault, red, item, sandbox)[0]


def check_pages(vault: Vault, red: Redactor, item: Item, sandbox: PdfSandbox | None = None) -> tuple[str, int]:
    """(reason key or "", the number of pages PDFium found)."""
    if (item.size or 0) > MAX_BYTES:
        return rs.TOO_LONG, 0
    data = _original(vault, item)
    if data is None:
        return rs.NO_ORIGINAL, 0
    try:
        facts = document_facts(data, PDF, sandbox=sandbox)
    except DocumentUnreadable:
        log.info("document %s could not be read for the page check", item.id)
        return rs.NOT_READ_COMPLETELY, 0
    return verdict(red, facts), len(facts.pages)


def derived_pages(
    vault: Vault, red: Redactor, item: Item, sandbox: PdfSandbox | None = None, *, fmt: str = "PNG"
) -> list[bytes] | None:
    """Checked again, then every page as images re-encoded from pixels; None when the check fails
    or any page could not be rendered (a document never travels with pages missing). A document
    that arrived here as page images has no text to check: its pages are re-encoded from pixels
    (vault.received_pages; decide let it through as a photo is let through)."""
    if is_paged(item):
        return reencoded_pages(vault, item, fmt, PAGE_MAX_SIDE)
    own = sandbox or PdfSandbox()  # one child for the check and the rendering
    try:
        reason, count = check_pages(vault, red, item, own)
        if reason or count < 1:
            return None
        images = _pages(vault, item, own, fmt)
    finally:
        if sandbox is None:
            own.close()
    return images if images is not None and len(images) == count else None


def _pages(vault: Vault, item: Item, sandbox: PdfSandbox, fmt: str) -> list[bytes] | None:
    data = _original(vault, item)
    if data is None:
        return None
    images: list[bytes] = []
    try:
        for start in range(0, MAX_PAGES + 1, MAX_PAGES_PER_CALL):
            asked = list(range(start, start + MAX_PAGES_PER_CALL))
            chunk = render_pages(data, asked, max_side=PAGE_MAX_SIDE, fmt=fmt, sandbox=sandbox)
            images += chunk
            if len(chunk) < len(asked):
                break
    except DocumentUnreadable:
        log.info("pages of document %s could not be rendered", item.id)
        return None
    return images or None
