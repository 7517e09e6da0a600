"""Text for search: decoding plain-text files, bounded. PDFs (vault.intake.pdf) and office
documents (vault.intake.office) are read in the limited child process; every failure becomes a
warning, never an exception, because a file that cannot be read as text is still evidence.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from typing import Any

MAX_TEXT_BYTES = 2 * 1024 * 1024  # of a text file, decoded
MAX_TEXT_CHARS = 2_000_000  # of text kept from a PDF or an office document

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
    return TextResult(clean_text(text), meta)


def clean_text(text: str) -> str:
    return _CONTROLS.sub(" ", text)


def scan_javascript(chunk: bytes) -> bool:
    """Whether raw PDF bytes name a JavaScript action (in uncompressed objects)."""
    return _JS_NAME.search(chunk) is not None
