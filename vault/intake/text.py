"""Text for search: decoding plain-text files and extracting the text layer of PDFs, bounded.

A PDF is only parsed (pypdf, which never runs JavaScript); every failure becomes a warning, never
an exception, because a file that cannot be read as text is still evidence.
"""

from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass, field
from typing import Any, BinaryIO

MAX_TEXT_BYTES = 2 * 1024 * 1024  # of a text file, decoded
MAX_TEXT_CHARS = 2_000_000  # of text kept from a PDF
MAX_PDF_PAGES = 200

# pypdf reports oddities of the file through `logging`; logs must never carry evidence content.
logging.getLogger("pypdf").setLevel(logging.CRITICAL)

# Bytes that are Kazakh letters in KZ-1048 but rare Serbian/Macedonian letters in cp1251.
_KAZAKH_BYTES = frozenset(b"\x8d\x8e\x9d\x9e\xa3\xbc\xbd\xbe")
_JS_NAME = re.compile(rb"/J(?:avaScript|S)(?![A-Za-z0-9])")
_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")


@dataclass
class TextResult:
    text: str = ""
    metadata: dict[str, Any] = field(default_factory=dict)
    warning: str | None = None


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding) of the first MAX_TEXT_BYTES of a text file: UTF-8 (BOM or not),
    UTF-16 (BOM), else the Cyrillic code page: KZ-1048 when Kazakh letters show, cp1251 otherwise."""
    data = data[:MAX_TEXT_BYTES]
    if data.startswith(codecs.BOM_UTF8):
        strict = _utf8_prefix(data[3:])
        return (strict[0] if strict else data[3:].decode("utf-8", "replace")), "utf-8-sig"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        usable = len(data) - (len(data) % 2)
        return data[:usable].decode("utf-16", "replace"), "utf-16"
    utf8 = _utf8_prefix(data)
    if utf8 is not None:
        return utf8[0], "utf-8"
    encoding = "kz1048" if _KAZAKH_BYTES.intersection(data) else "cp1251"
    return data.decode(encoding, "replace"), encoding


def _utf8_prefix(data: bytes) -> tuple[str, str] | None:
    """Strict UTF-8, tolerating only a character cut in half by the size limit."""
    decoder = codecs.getincrementaldecoder("utf-8")("strict")
    try:
        return decoder.decode(data, final=False), "utf-8"
    except UnicodeDecodeError:
        return None


def text_file(data: bytes) -> TextResult:
    if b"\x00" in data[:4096] and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return TextResult(warning="text could not be extracted: the content is not text")
    text, encoding = decode_text(data)
    meta: dict[str, Any] = {"encoding": encoding}
    if len(data) > MAX_TEXT_BYTES:
        meta["text_truncated"] = True
    return TextResult(_clean(text), meta)


def _clean(text: str) -> str:
    return _CONTROLS.sub(" ", text)


def scan_javascript(chunk: bytes) -> bool:
    """Whether raw PDF bytes name a JavaScript action (in uncompressed objects)."""
    return _JS_NAME.search(chunk) is not None


def pdf_text(src: BinaryIO, *, raw_javascript: bool = False) -> TextResult:
    """Text of the first MAX_PDF_PAGES pages, at most MAX_TEXT_CHARS characters."""
    result = TextResult(metadata={"has_javascript": raw_javascript})
    try:
        from pypdf import PdfReader

        reader = PdfReader(src, strict=False)
        if reader.is_encrypted:
            result.metadata["encrypted"] = True
            if not _try_empty_password(reader):
                result.warning = "text could not be extracted: the PDF is password-protected"
                return result
        pages = len(reader.pages)
        result.metadata["pages"] = pages
        if not raw_javascript:
            result.metadata["has_javascript"] = _structured_javascript(reader, pages)
        result.text, failed = _pages_text(reader, pages)
        if pages > MAX_PDF_PAGES or len(result.text) >= MAX_TEXT_CHARS:
            result.metadata["text_truncated"] = True
        if failed:
            result.warning = f"text could not be extracted from {failed} page(s)"
    except Exception:  # any parser failure on a hostile or damaged file
        result.warning = "text could not be extracted"
    return result


def _try_empty_password(reader: Any) -> bool:
    try:
        return bool(reader.decrypt(""))
    except Exception:
        return False


def _pages_text(reader: Any, pages: int) -> tuple[str, int]:
    parts: list[str] = []
    total = failed = 0
    for index in range(min(pages, MAX_PDF_PAGES)):
        try:
            text = reader.pages[index].extract_text() or ""
        except Exception:
            failed += 1
            continue
        parts.append(text)
        total += len(text) + 1
        if total >= MAX_TEXT_CHARS:
            break
    return _clean("\n".join(parts)[:MAX_TEXT_CHARS]), failed


def _structured_javascript(reader: Any, pages: int) -> bool:
    """JavaScript reachable from the catalog (names tree, open action, additional actions) or from
    the actions of the first pages' annotations; object streams hide it from a raw byte scan."""
    try:
        root = reader.trailer["/Root"]
        names = root.get("/Names")
        if names is not None and "/JavaScript" in names.get_object():
            return True
        if "/OpenAction" in root and _is_js_action(root["/OpenAction"]):
            return True
        if "/AA" in root and _aa_has_js(root["/AA"]):
            return True
        for index in range(min(pages, MAX_PDF_PAGES)):
            page = reader.pages[index]
            if "/AA" in page and _aa_has_js(page["/AA"]):
                return True
            for annot in page.get("/Annots") or []:
                action = annot.get_object().get("/A")
                if action is not None and _is_js_action(action):
                    return True
    except Exception:
        return False
    return False


def _is_js_action(obj: Any, depth: int = 0) -> bool:
    """An action dictionary (or a chain of them through /Next) of subtype JavaScript."""
    if depth > 8:
        return False
    obj = obj.get_object() if hasattr(obj, "get_object") else obj
    if isinstance(obj, list):
        return any(_is_js_action(v, depth + 1) for v in obj[:32])
    if not isinstance(obj, dict):
        return False
    if obj.get("/S") == "/JavaScript" or "/JS" in obj:
        return True
    return "/Next" in obj and _is_js_action(obj["/Next"], depth + 1)


def _aa_has_js(aa: Any) -> bool:
    """An additional-actions dictionary: trigger name → action."""
    aa = aa.get_object() if hasattr(aa, "get_object") else aa
    return isinstance(aa, dict) and any(_is_js_action(v) for v in list(aa.values())[:32])
