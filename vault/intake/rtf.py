"""Text and metadata of an RTF document: a small tokenizer, bounded and exception-safe.

Handles what Cyrillic and Kazakh RTF really contain: \\uN escapes (with \\ucN fallback skipping),
\\'xx bytes in the code page of the current font's \\fcharset (204 → cp1251) or of \\ansicpgN,
the \\info group (author, operator, title, subject, keywords, creation time) and \\pict images,
which are counted, never decoded. Destinations that are not body text are skipped.
"""

from __future__ import annotations

import re
from typing import Any

from .text import MAX_TEXT_CHARS, TextResult, clean_text

_TOKEN = re.compile(rb"\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\(.)|([{}])|([^\\{}\r\n]+)|[\r\n]+", re.S)
_CHARSETS = {
    0: "cp1252",
    161: "cp1253",
    162: "cp1254",
    177: "cp1255",
    178: "cp1256",
    186: "cp1257",
    204: "cp1251",
    238: "cp1250",
    128: "cp932",
    134: "gbk",
    136: "big5",
    129: "cp949",
    222: "cp874",
}
# Destinations that hold no words: tables and binary data.
_NO_WORDS = frozenset(
    {
        "fonttbl",
        "colortbl",
        "stylesheet",
        "listtable",
        "listoverridetable",
        "rsidtbl",
        "generator",
        "xmlnstbl",
        "themedata",
        "colorschememapping",
        "latentstyles",
        "datastore",
        "pgdsctbl",
    }
)
_SKIP = _NO_WORDS | {
    "filetbl",
    "revtbl",
    "header",
    "footer",
    "headerl",
    "headerr",
    "headerf",
    "footerl",
    "footerr",
    "footerf",
    "object",
    "fldinst",
    "bkmkstart",
    "bkmkend",
}
# Skipped destinations that hold no words (tables, binary data): everything else skipped (headers,
# footers, annotations and their authors, the revision authors' table, field codes, bookmarks,
# user properties, shape text…) is read aside, after the body, so a hidden name there is found.
_BINARY = _NO_WORDS | {"pict", "objdata", "panose", "blipuid", "passwordhash"}
_HEX = re.compile(r"[0-9a-fA-F\s]*")
_INFO = {
    "author": "author",
    "operator": "last_modified_by",
    "title": "title",
    "subject": "subject",
    "keywords": "keywords",
    "doccomm": "description",
    "company": "company",
}
_BREAKS = {
    "par": "\n",
    "line": "\n",
    "tab": "\t",
    "cell": "\t",
    "row": "\n",
    "sect": "\n",
    "page": "\n",
    "emdash": "\u2014",
    "endash": "\u2013",
    "bullet": "\u2022",
    "lquote": "\u2018",
    "rquote": "\u2019",
    "ldblquote": "\u201c",
    "rdblquote": "\u201d",
    "~": "\u00a0",
    "_": "\u2011",
}
MAX_DEPTH = 256


class _State:
    __slots__ = ("skip", "aside", "uc", "font", "dest", "fonttbl")

    def __init__(self) -> None:
        self.skip = False
        self.aside = False  # skipped, but its words are read aside (not a table, not binary)
        self.uc = 1
        self.font = -1
        self.dest: str | None = None
        self.fonttbl = False


def rtf_text(data: bytes) -> TextResult:
    if not data.lstrip().startswith(b"{\\rtf"):
        return TextResult(warning="text could not be extracted: not an RTF document")
    try:
        return _parse(data)
    except Exception:  # noqa: BLE001 - a damaged file costs its text, never the import
        return TextResult(warning="text could not be extracted")


def _parse(data: bytes) -> TextResult:  # noqa: C901, PLR0912, PLR0915 - one tokenizer loop
    out: list[str] = []
    aside: list[str] = []
    size = aside_size = 0
    meta: dict[str, Any] = {}
    fonts: dict[int, str] = {}
    ansi = "cp1252"
    stack: list[_State] = []
    st = _State()
    pending = bytearray()  # \'xx bytes waiting to be decoded together (a multi-byte code page)
    skip_chars = 0  # characters still to drop after a \uN
    info_buf: list[str] = []
    created: dict[str, int] = {}
    images = 0
    font_def = -1

    def flush() -> None:
        nonlocal size
        if pending:
            emit(pending.decode(fonts.get(st.font, ansi), "replace"))
            pending.clear()

    def emit(text: str) -> None:
        nonlocal size, aside_size
        if st.dest in _INFO or st.dest == "fontname":
            info_buf.append(text)
        elif not st.skip:
            if size < MAX_TEXT_CHARS:
                out.append(text)
                size += len(text)
        elif st.aside and aside_size < MAX_TEXT_CHARS and not (len(text) > 16 and _HEX.fullmatch(text)):
            aside.append(text)
            aside_size += len(text)

    def skip_group(name: str) -> None:
        st.aside = (st.aside or not st.skip) and name not in _BINARY
        st.skip = True

    for m in _TOKEN.finditer(data):
        word, arg, hexbyte, symbol, brace, plain = m.groups()
        if hexbyte is not None:
            if skip_chars:
                skip_chars -= 1
            else:
                pending.append(int(hexbyte, 16))
            continue
        flush()
        if brace == b"{":
            if len(stack) >= MAX_DEPTH:
                break
            stack.append(st)
            new = _State()
            new.skip, new.uc, new.font, new.dest, new.fonttbl = st.skip, st.uc, st.font, st.dest, st.fonttbl
            new.aside = st.aside
            st = new
        elif brace == b"}":
            if st.dest in _INFO and (not stack or stack[-1].dest != st.dest):
                found = clean_text("".join(info_buf)).strip()[:2000]
                if found:
                    meta[_INFO[st.dest]] = found
                info_buf.clear()
            if st.fonttbl and st.dest == "fontname" and font_def >= 0:
                info_buf.clear()
            if st.aside and aside and aside[-1] != "\n":  # one aside group per line
                aside.append("\n")
            if not stack:
                break
            st = stack.pop()
        elif word is not None:
            name = word.decode("ascii")
            value = int(arg) if arg is not None else None
            if name == "u" and value is not None:
                emit(chr(value % 65536) if -32768 <= value < 65536 else "\ufffd")
                skip_chars = st.uc
                continue
            skip_chars = 0
            if name in _BINARY:
                st.aside = False
            if name == "uc" and value is not None:
                st.uc = max(0, min(value, 4))
            elif name == "ansicpg" and value is not None:
                ansi = _codec(f"cp{value}", ansi)
            elif name == "f" and value is not None:
                if st.fonttbl:
                    font_def = value
                else:
                    st.font = value
            elif name == "fcharset" and value is not None and st.fonttbl and font_def >= 0:
                if value in _CHARSETS:
                    fonts[font_def] = _codec(_CHARSETS[value], ansi)
            elif name == "fonttbl":
                st.fonttbl = True
                st.skip = True
            elif name == "info":
                st.skip = True
                st.dest = "info"
            elif name in _INFO and st.dest == "info" or name in ("creatim", "revtim") and st.dest == "info":
                st.dest = name
            elif name in ("yr", "mo", "dy", "hr", "min") and st.dest == "creatim" and value is not None:
                created[name] = value
            elif name == "pict":
                images += 1
                st.skip = True
            elif name in _SKIP:
                skip_group(name)
            elif name in _BREAKS:
                emit(_BREAKS[name])
        elif symbol is not None:
            skip_chars = 0
            sym = symbol.decode("latin-1")
            if sym == "*":
                skip_group("")
            elif sym in _BREAKS:
                emit(_BREAKS[sym])
            elif sym in "\\{}":
                emit(sym)
        elif plain is not None:
            text = plain.decode(fonts.get(st.font, ansi), "replace")
            if skip_chars:
                dropped = min(skip_chars, len(text))
                text, skip_chars = text[dropped:], skip_chars - dropped
            emit(text)
    flush()
    if "yr" in created:
        meta["created"] = _iso(created)
    if images:
        meta["embedded_images"] = images
    if size >= MAX_TEXT_CHARS:
        meta["text_truncated"] = True
    text = "".join(out)[:MAX_TEXT_CHARS]
    if aside:
        meta["body_chars"] = len(clean_text(text).strip())  # what follows is read aside (see office.py)
        text = f"{text}\n\n{''.join(aside)}"[:MAX_TEXT_CHARS]
    return TextResult(clean_text(text).strip(), meta)


def _codec(name: str, fallback: str) -> str:
    import codecs

    try:
        return codecs.lookup(name).name
    except LookupError:
        return fallback


def _iso(parts: dict[str, int]) -> str:
    y, mo, d = parts.get("yr", 1), parts.get("mo", 1), parts.get("dy", 1)
    h, mi = parts.get("hr", 0), parts.get("min", 0)
    return f"{y:04d}-{mo:02d}-{d:02d}T{h:02d}:{mi:02d}:00"
