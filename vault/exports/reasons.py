"""Stable keys for what an export withholds or derives, with English text for the CLI and the
custody log (the desktop app translates the keys). Never a name, never a file name."""

from __future__ import annotations

# Why an item's file does not leave under partner/public.
CONTAINS_HIDDEN_NAME = "contains-hidden-name"
COULD_NOT_CHECK = "could-not-check"
LINKED_TO_HIDDEN = "linked-to-hidden-person"
UNDECODABLE = "undecodable"
TOO_LARGE = "too-large"
NO_ORIGINAL = "no-stored-original"
# Documents (vault.exports.document_pages): why a PDF could not travel as page images.
MAY_NAME_HIDDEN = "may-name-hidden-person"
HOLDS_PICTURES = "holds-pictures"
NOT_READ_COMPLETELY = "not-read-completely"
TOO_LONG = "too-long-to-check"
OFFICE_NOT_RENDERED = "office-not-rendered"
CHAT_MEMBERS = "chat-members-unchecked"

REASON_TEXT = {
    CONTAINS_HIDDEN_NAME: "contains a hidden name",
    COULD_NOT_CHECK: "could not be checked",
    LINKED_TO_HIDDEN: "depicts or was made by a hidden person",
    UNDECODABLE: "could not be checked: the image could not be decoded",
    TOO_LARGE: "could not be checked: too large to re-encode",
    NO_ORIGINAL: "no stored original",
    MAY_NAME_HIDDEN: "may name a hidden person",
    HOLDS_PICTURES: "holds pictures (a scan cannot be checked)",
    NOT_READ_COMPLETELY: "could not be checked: the document could not be read completely",
    TOO_LONG: "too long to check",
    OFFICE_NOT_RENDERED: "could not be checked: office documents cannot be rendered as page images",
    CHAT_MEMBERS: "a chat's members are not all recorded people (public shows only those marked public)",
}

# What travels instead of an original.
PHOTO_REENCODED = "photo-reencoded"
REDACTED_TEXT = "redacted-text"
CLEARED_ORIGINAL = "cleared-original"
DOCUMENT_PAGES = "document-pages"
DOCUMENT_TEXT = "document-text"

DERIVED_TEXT = {
    PHOTO_REENCODED: "re-encoded from pixels: no EXIF, XMP, ICC, GPS, serials or thumbnails",
    REDACTED_TEXT: "text with hidden people's names replaced by pseudonyms",
    CLEARED_ORIGINAL: "the original, cleared for this profile by a person",
    DOCUMENT_PAGES: "page images re-encoded from pixels: no text layer, metadata or original bytes",
    DOCUMENT_TEXT: "the document's text as read at intake, hidden people's names replaced by pseudonyms; "
    "not the file: no layout, pictures or metadata",
}

KIND_TEXT = {
    "document": "document",
    "audio": "audio",
    "video": "video",
    "other": "file of unknown kind",
    "testimony": "testimony file",
    "photo": "photo",
}


def reason_text(key: str, kind: str = "") -> str:
    """English text for a withheld reason; 'could not be checked' names the item's kind."""
    if key == COULD_NOT_CHECK and kind:
        return f"could not be checked: {KIND_TEXT.get(kind, kind)}"
    return REASON_TEXT.get(key, key)
