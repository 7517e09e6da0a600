"""Per item and profile: does the original travel, a derivative, or nothing (withheld)?

The rule below `internal` is "when in doubt, leave it out". Only two kinds of content can be
checked completely by this program: a testimony written in the vault (its text is redacted) and
a photo (re-encoded from its pixels, so no metadata survives). Every other file (PDF, office
documents, audio, video, unknown) can carry names where no text extraction looks (metadata,
annotations, embedded pictures, later pages, tags), so it is withheld unless a person cleared it
for the profile. Two exceptions: a PDF whose whole content PDFium reads and finds free of
hidden names and of pictures travels as page images re-encoded from pixels
(vault.exports.document_pages); and a plain-text or office document (DOCX, ODT, RTF) whose whole
text was read at intake travels as that text, redacted like a testimony (`document_text`; ADR
028): the words are what a partner needs of an imported testimony, and nothing else of the file
(metadata, pictures, parts the reader skipped) leaves; one whose text was cut short or could not
be read stays withheld.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from ..db import scalar
from ..intake.office import MIMES as OFFICE_MIMES
from ..items import blob_of
from ..models import Item, PersonLink
from ..received_pages import is_paged
from ..redaction import Redactor, item_withheld_by_links
from ..store import Vault
from . import document_pages as dp
from . import reasons as rs

MAX_PHOTO_BYTES = 256 * 1024 * 1024
# Plain-text kinds the intake reads whole (vault.intake.text); office kinds: vault.intake.office.
TEXT_MIMES = frozenset({"text/plain", "text/markdown", "text/csv", "text/tab-separated-values"})


@dataclass(frozen=True)
class Decision:
    content: str  # original | derivative | withheld
    reason_key: str = ""  # when withheld (reasons.REASON_TEXT)
    derived_kind: str = ""  # when derivative or cleared original (reasons.DERIVED_TEXT)
    cleared: bool = False

    def reason_text(self, kind: str) -> str:
        return rs.reason_text(self.reason_key, kind)


def _strings(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for k, v in value.items():
            yield str(k)
            yield from _strings(v)
    elif isinstance(value, list | tuple):
        for v in value:
            yield from _strings(v)


def names_hidden(vault: Vault, red: Redactor, item: Item) -> bool:
    """Whether anything this program knows of the file (title, name, extracted text, metadata)
    names a hidden person. A False here proves nothing about the file's other parts."""
    texts = [item.title, item.original_name, item.original_name.replace("_", " "), extracted_text(vault, item)]
    return any(red.mentions_hidden(s) for s in (*texts, *_strings(item.metadata)) if s)


def extracted_text(vault: Vault, item: Item) -> str:
    return str(scalar(vault.conn, "SELECT extracted_text FROM items WHERE id = ?", (item.id,)) or "")


def body_text(vault: Vault, item: Item) -> str:
    """The document's own text: the extracted text without what intake read aside after it
    (an office file's authors, properties, comments' authors…; metadata `body_chars`)."""
    text = extracted_text(vault, item)
    cut = item.metadata.get("body_chars")
    if isinstance(cut, int) and not isinstance(cut, bool) and 0 <= cut <= len(text):
        return text[:cut]
    return text


def is_text_document(vault: Vault, item: Item) -> bool:
    """A plain-text or office document whose whole text was read at intake."""
    mime = (item.mime or "").split(";")[0].strip().lower()
    if item.kind != "document" or not (mime in TEXT_MIMES or mime in OFFICE_MIMES):
        return False
    return not item.metadata.get("text_truncated") and bool(body_text(vault, item).strip())


def document_text(vault: Vault, red: Redactor, item: Item) -> str:
    """What a `document-text` derivative shows: the document's own text, redacted."""
    return red.text(body_text(vault, item))


def is_kept_chat(item: Item, links: list[PersonLink]) -> bool:
    """A messenger chat kept as a testimony (vault.provenance.messenger): its lines are headed by
    members' names, most of them nobody this vault records, so under `public` (which shows only
    people marked public) they cannot be checked. Chats kept before the flag existed are known by
    their title and their senders' links."""
    if item.metadata.get("kept_chat"):
        return True
    titled = item.title.startswith(("Telegram: ", "WhatsApp: "))
    return titled and any(lk.role == "sender" for lk in links)


def is_text_testimony(vault: Vault, item: Item) -> bool:
    """A testimony written in the vault (its text lives in `revisions`, not in a blob)."""
    return item.kind == "testimony" and blob_of(vault, item.id) is None


def decide(vault: Vault, red: Redactor, item: Item, links: list[PersonLink], cleared: bool) -> Decision:
    """What the profile lets out of `item` (photos are assumed decodable: the caller finds out)."""
    text_testimony = is_text_testimony(vault, item)
    if not text_testimony and (blob_of(vault, item.id) is None or item.sha256 is None):
        return Decision("withheld", rs.NO_ORIGINAL)
    if red.profile == "internal":  # received page images are what this vault holds: all of them, exact
        return Decision("derivative", derived_kind=rs.DOCUMENT_PAGES) if is_paged(item) else Decision("original")
    if cleared:
        return Decision("original", derived_kind=rs.CLEARED_ORIGINAL, cleared=True)
    if item_withheld_by_links(red.profile, links):
        return Decision("withheld", rs.LINKED_TO_HIDDEN)
    if text_testimony:
        if red.profile == "public" and is_kept_chat(item, links):
            return Decision("withheld", rs.CHAT_MEMBERS)
        return Decision("derivative", derived_kind=rs.REDACTED_TEXT)
    if item.kind == "photo":
        if (item.size or 0) > MAX_PHOTO_BYTES:
            return Decision("withheld", rs.TOO_LARGE)
        return Decision("derivative", derived_kind=rs.PHOTO_REENCODED)
    if is_text_document(vault, item):
        return Decision("derivative", derived_kind=rs.DOCUMENT_TEXT)
    if names_hidden(vault, red, item):
        return Decision("withheld", rs.CONTAINS_HIDDEN_NAME)
    if is_paged(item):  # received as page images: pixels only, nothing left to read (ADR 025)
        return Decision("derivative", derived_kind=rs.DOCUMENT_PAGES)
    if dp.is_pdf(item):
        why = dp.check(vault, red, item)
        return Decision("withheld", why) if why else Decision("derivative", derived_kind=rs.DOCUMENT_PAGES)
    if dp.is_office(item):
        return Decision("withheld", rs.OFFICE_NOT_RENDERED)
    return Decision("withheld", rs.COULD_NOT_CHECK)
