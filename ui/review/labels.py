"""Translated labels for the stable keys the core's review returns (removal categories, withheld
reasons, derivative kinds, fields). The core never hands the UI an English sentence to parse."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vault.exports import reasons as rs

translate = QCoreApplication.translate  # lupdate finds translate("Context", "literal") calls only


def category_label(key: str) -> str:
    labels = {
        "protected-pseudonymised": translate("Exports", "Protected people shown by pseudonym"),
        "not-public-pseudonymised": translate("Exports", "People not marked public shown by pseudonym"),
        "victims-witnesses-pseudonymised": translate("Exports", "Victims and witnesses shown by pseudonym"),
        "name-mentions-replaced": translate("Exports", "Name mentions replaced by pseudonyms"),
        "similar-names-replaced": translate("Exports", "Words close to a hidden name replaced by pseudonyms"),
        "phone-numbers-replaced": translate("Exports", "Phone numbers in text replaced"),
        "national-ids-replaced": translate("Exports", "Personal identity numbers (IIN) in text replaced"),
        "pseudonyms-refused": translate("Exports", "Recorded pseudonyms too close to a name, replaced"),
        "gps-removed": translate("Exports", "GPS positions removed"),
        "serials-removed": translate("Exports", "Device serial numbers and owner fields removed"),
        "locations-coarsened": translate("Exports", "Locations coarsened"),
        "file-names-withheld": translate("Exports", "Original file names withheld"),
        "aliases-withheld": translate("Exports", "Aliases carrying a hidden name withheld"),
        "image-metadata-stripped": translate("Exports", "Images re-encoded without metadata"),
    }
    return labels.get(key, key)


def kind_text(kind: str) -> str:
    labels = {
        "document": translate("Review", "document"),
        "audio": translate("Review", "audio recording"),
        "video": translate("Review", "video"),
        "testimony": translate("Review", "testimony file"),
        "photo": translate("Review", "photo"),
    }
    return labels.get(kind, translate("Review", "file of unknown kind"))


def reason_label(key: str, kind: str = "") -> str:
    """Why an item's file stays home."""
    if key == rs.COULD_NOT_CHECK:
        return translate("Review", "could not be checked: %1").replace("%1", kind_text(kind))
    labels = {
        rs.CONTAINS_HIDDEN_NAME: translate("Review", "contains a hidden name"),
        rs.LINKED_TO_HIDDEN: translate("Review", "depicts or was made by a hidden person"),
        rs.CHAT_MEMBERS: translate("Review", "a chat whose members are not all recorded people"),
        rs.UNDECODABLE: translate("Review", "could not be checked: the image could not be decoded"),
        rs.TOO_LARGE: translate("Review", "could not be checked: too large to re-encode"),
        rs.NO_ORIGINAL: translate("Review", "no stored original"),
        rs.MAY_NAME_HIDDEN: translate("Review", "may name a hidden person"),
        rs.HOLDS_PICTURES: translate("Review", "holds pictures (a scan cannot be checked)"),
        rs.NOT_READ_COMPLETELY: translate("Review", "could not be checked: the document could not be read completely"),
        rs.TOO_LONG: translate("Review", "too long to check"),
        rs.OFFICE_NOT_RENDERED: translate(
            "Review", "could not be checked: office documents cannot be shown as page images"
        ),
    }
    return labels.get(key, translate("Review", "could not be checked"))


def derived_label(kind: str) -> str:
    """What travels instead of the original."""
    labels = {
        rs.PHOTO_REENCODED: translate("Review", "photo re-encoded from pixels: no EXIF, GPS, serials or thumbnails"),
        rs.REDACTED_TEXT: translate("Review", "text with hidden people's names replaced by pseudonyms"),
        rs.CLEARED_ORIGINAL: translate("Review", "the original file, cleared for this profile by a person"),
        rs.DOCUMENT_PAGES: translate(
            "Review", "document as page images re-encoded from pixels: no text layer or metadata"
        ),
        rs.DOCUMENT_TEXT: translate(
            "Review", "the document's text, hidden people's names replaced; not the file, its pictures or metadata"
        ),
    }
    return labels.get(kind, kind)


def field_label(field: str) -> str:
    """Where in an item (or the case) a suspect word stands."""
    if field.startswith("text.rev"):
        return translate("Review", "text, revision %1").replace("%1", field.removeprefix("text.rev"))
    labels = {
        "title": translate("Review", "title"),
        "notes": translate("Review", "notes"),
        "text": translate("Review", "text"),
        "file_name": translate("Review", "file name"),
        "case.title": translate("Review", "case title"),
        "case.summary": translate("Review", "case summary"),
        "case.event": translate("Review", "chronology"),
    }
    return labels.get(field, field)
