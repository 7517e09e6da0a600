"""Body text and metadata of DOCX, ODT and RTF, read in the limited child process.

DOCX and ODT are zip archives of XML: read with the standard library's zipfile and expat under
vault.intake.safexml's limits (no DTD, capped inflation). RTF is parsed by vault.intake.rtf.
Text goes to items.extracted_text (searchable, checked by redaction); author, title, dates
go to items.metadata under the names search indexes. Embedded images are noted, not decoded.
"""

from __future__ import annotations

from typing import Any, BinaryIO

from .safexml import SafeZip, XmlRefused, ZipRefused
from .text import MAX_TEXT_CHARS, TextResult, clean_text

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT = "application/vnd.oasis.opendocument.text"
RTF = "application/rtf"
MIMES = frozenset({DOCX, ODT, RTF})
MAX_RTF_BYTES = 64 * 1024 * 1024
MAX_META_CHARS = 2000

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
TEXT_NS = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
DC = "{http://purl.org/dc/elements/1.1/}"
DCTERMS = "{http://purl.org/dc/terms/}"
CP = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"
META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"
EXTP = "{http://schemas.openxmlformats.org/officeDocument/2006/extended-properties}"

DOCX_META = {
    DC + "creator": "author",
    CP + "lastModifiedBy": "last_modified_by",
    DC + "title": "title",
    DC + "subject": "subject",
    CP + "keywords": "keywords",
    DC + "description": "description",
    DCTERMS + "created": "created",
    DCTERMS + "modified": "modified",
    EXTP + "Application": "creator",
    EXTP + "Company": "company",
}
ODT_META = {
    META + "initial-creator": "author",
    DC + "creator": "last_modified_by",
    DC + "title": "title",
    DC + "subject": "subject",
    META + "keyword": "keywords",
    DC + "description": "description",
    META + "creation-date": "created",
    DC + "date": "modified",
    META + "generator": "creator",
}
DOCX_PARTS = ("word/document.xml",)
DOCX_EXTRA = ("word/header", "word/footer", "word/footnotes", "word/endnotes", "word/comments")


class _Text:
    """Collects character data with paragraph breaks, stopping at MAX_TEXT_CHARS."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.size = 0

    def add(self, text: str) -> None:
        if self.size < MAX_TEXT_CHARS:
            self.parts.append(text)
            self.size += len(text)

    def value(self) -> str:
        return clean_text("".join(self.parts)[:MAX_TEXT_CHARS]).strip()


def office_text(src: BinaryIO, *, mime: str) -> TextResult:
    """Text and metadata of a DOCX, ODT or RTF; every failure a warning."""
    try:
        if mime == RTF:
            from .rtf import rtf_text

            return rtf_text(src.read(MAX_RTF_BYTES + 1)[:MAX_RTF_BYTES])
        archive = SafeZip(src)
        if mime == DOCX:
            return _docx(archive)
        if mime == ODT:
            return _odt(archive)
    except ZipRefused as error:
        return TextResult(warning=f"text could not be extracted: the document is unsafe to unpack ({error})")
    except XmlRefused as error:
        return TextResult(warning=f"text could not be extracted: the document's XML was refused ({error})")
    except Exception:  # noqa: BLE001 - any other failure on a hostile or damaged file
        return TextResult(warning="text could not be extracted")
    return TextResult(warning="text could not be extracted: unknown document type")


def _docx(archive: SafeZip) -> TextResult:
    body = _Text()
    in_text = [False]

    def start(name: str, _attrs: dict[str, str]) -> None:
        if name == W + "t" or name == W + "delText":
            in_text[0] = True
        elif name in (W + "tab", W + "ptab"):
            body.add("\t")
        elif name in (W + "br", W + "cr"):
            body.add("\n")

    def end(name: str) -> None:
        if name in (W + "t", W + "delText"):
            in_text[0] = False
        elif name == W + "p":
            body.add("\n")

    def text(data: str) -> None:
        if in_text[0]:
            body.add(data)

    if "word/document.xml" not in archive.names:
        return TextResult(warning="text could not be extracted: no document body in the DOCX")
    extra = sorted(n for n in archive.names if n.startswith(DOCX_EXTRA) and n.endswith(".xml"))
    for part in (*DOCX_PARTS, *extra):
        archive.parse(part, start, end, text)
        body.add("\n")
    meta: dict[str, Any] = {}
    for part in ("docProps/core.xml", "docProps/app.xml"):
        if part in archive.names:
            meta.update(_properties(archive, part, DOCX_META))
    images = sum(1 for n in archive.names if n.startswith("word/media/"))
    held = dict.fromkeys((*DOCX_PARTS, *extra), frozenset({"t", "delText"}))
    _add_extra(body, archive, {**held, **_DOCX_PROPS_HELD}, meta)
    return _result(body, meta, images)


def _odt(archive: SafeZip) -> TextResult:
    body = _Text()
    depth = [0]
    blocks = {TEXT_NS + "p", TEXT_NS + "h"}

    def start(name: str, attrs: dict[str, str]) -> None:
        if name in blocks:
            depth[0] += 1
        elif name == TEXT_NS + "s":
            body.add(" " * min(_int(attrs.get(TEXT_NS + "c", "1")), 64))
        elif name == TEXT_NS + "tab":
            body.add("\t")
        elif name == TEXT_NS + "line-break":
            body.add("\n")

    def end(name: str) -> None:
        if name in blocks:
            depth[0] -= 1
            body.add("\n")

    def text(data: str) -> None:
        if depth[0] > 0:
            body.add(data)

    if "content.xml" not in archive.names:
        return TextResult(warning="text could not be extracted: no content in the ODT")
    archive.parse("content.xml", start, end, text)
    meta = _properties(archive, "meta.xml", ODT_META) if "meta.xml" in archive.names else {}
    images = sum(1 for n in archive.names if n.startswith("Pictures/") and not n.endswith("/"))
    _add_extra(body, archive, {"content.xml": frozenset({"p", "h"}), "meta.xml": _ODT_META_HELD}, meta)
    return _result(body, meta, images)


# Parts and elements whose text the metadata already holds (not repeated in the text).
_DOCX_PROPS_HELD = {"docProps/core.xml": frozenset({"coreProperties"}), "docProps/app.xml": frozenset({"Properties"})}
_ODT_META_HELD = frozenset(k.rsplit("}", 1)[-1] for k in ODT_META)


def _add_extra(body: _Text, archive: SafeZip, held: dict[str, frozenset[str]], meta: dict[str, Any]) -> None:
    """Text outside the body (authors, properties, SmartArt, headers in styles.xml…), after it.
    `body_chars` says where it starts: an export that shows the document's text shows the body
    only (vault.exports.decide.document_text); the rest is for search and the name checks."""
    from .office_extra import extra_text

    extra = extra_text(archive, held)
    if extra:
        meta["body_chars"] = len(body.value())
        body.add("\n" + extra)


def _properties(archive: SafeZip, part: str, wanted: dict[str, str]) -> dict[str, str]:
    found: dict[str, str] = {}
    current: list[str | None] = [None]
    buffer: list[str] = []

    def start(name: str, _attrs: dict[str, str]) -> None:
        current[0] = wanted.get(name)
        buffer.clear()

    def end(_name: str) -> None:
        key = current[0]
        value = clean_text("".join(buffer)).strip()[:MAX_META_CHARS]
        if key and value:
            found[key] = f"{found[key]}, {value}" if key == "keywords" and key in found else value
        current[0] = None

    def text(data: str) -> None:
        if current[0] and sum(map(len, buffer)) < MAX_META_CHARS:
            buffer.append(data)

    archive.parse(part, start, end, text)
    return found


def _result(body: _Text, meta: dict[str, Any], images: int) -> TextResult:
    text = body.value()
    if images:
        meta["embedded_images"] = images
    if body.size >= MAX_TEXT_CHARS:
        meta["text_truncated"] = True
    return TextResult(text, meta)


def _int(value: str) -> int:
    try:
        return max(int(value), 0)
    except ValueError:
        return 1
