"""Parts of a PDF that draw on a page where neither PDFium's text nor its page objects look, read
with qpdf (pikepdf) in the limited child (vault.documents.facts).

- A tiling pattern is a little content stream of its own, repeated to fill a shape: it can hold
  text or a photo (red team: her name, and a JPEG, painted through a pattern went out as a page
  image that "held no picture" and "named nobody").
- A Type 3 font draws each glyph with a content stream, often a bitmap (scans compressed into
  glyph fonts, old TeX output): the text PDFium reads comes from the encoding, not from what the
  glyphs show.
Either counts as a picture: the page image would show what no check has read.
"""

from __future__ import annotations

import io
from typing import Any

MAX_OBJECTS = 200_000  # indirect objects looked at; more: the document is not read completely
MAX_DEPTH = 6  # direct (inline) dictionaries inside one object


def draws_unread(data: bytes) -> bool | None:
    """True when the file holds a tiling pattern or a Type 3 font; None when qpdf cannot read
    it or it is too large to look through (the caller fails closed)."""
    import pikepdf

    try:
        with pikepdf.open(io.BytesIO(data)) as pdf:
            for n, obj in enumerate(pdf.objects):
                if n >= MAX_OBJECTS:
                    return None
                if _unread(pikepdf, obj, 0):
                    return True
    except Exception:  # noqa: BLE001 - any failure to look means we could not check
        return None
    return False


def _unread(pikepdf: Any, obj: Any, depth: int) -> bool:
    if isinstance(obj, pikepdf.Stream):
        obj = obj.stream_dict
    if isinstance(obj, pikepdf.Dictionary):
        if obj.get("/PatternType") == 1 or obj.get("/Subtype") == pikepdf.Name.Type3:
            return True
        children = list(obj.values())
    elif isinstance(obj, pikepdf.Array):
        children = list(obj)
    else:
        return False
    if depth >= MAX_DEPTH:
        return False
    return any(
        _unread(pikepdf, child, depth + 1)
        for child in children
        if isinstance(child, pikepdf.Dictionary | pikepdf.Array) and not child.is_indirect
    )
