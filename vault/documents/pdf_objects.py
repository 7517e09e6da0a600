"""What a PDF page shows beyond its text layer, read in the limited child (vault.documents.facts).

A page image shows every pixel the renderer draws, and PDFium's text of a page misses three
ways of drawing words (red team, whole jobs with real material):
- an annotation's appearance (a stamp, a filled form field) is drawn from its own stream, whose
  text is neither the page's text nor the annotation's /Contents. The page is flattened first
  (its annotations' normal appearances become page content, as the renderer draws them) and its
  text read again; the renderer flattens the same way (vault.documents.render);
- marked content with /ActualText replaces what the glyphs say in the text ("x" over a drawn
  name): the text read is not what the page shows, so the page counts as not read completely;
- text drawn as shapes (fonts converted to outlines, a vector QR code, a drawn signature) has no
  text at all. Many curve segments or many small filled shapes count as a picture, which a text
  check cannot see; table borders and underlines (straight lines, long thin boxes) do not.
"""

from __future__ import annotations

import ctypes
from typing import Any

MAX_OBJECTS = 20_000  # page objects looked at, each page; more: not read completely
CURVES_AS_PICTURE = 48  # Bézier segments on one page: letters or a signature drawn as outlines
DOTS_AS_PICTURE = 40  # small filled shapes on one page: glyph pixels, QR modules
DOT_SIDE = 8.0  # points: a filled shape smaller than this both ways is a dot


def inspect_page(doc: Any, index: int, out: dict[str, Any]) -> None:
    """Flatten page `index`'s annotations (in memory) and record what its objects hold: the text
    of the flattened page under "appearances" when there was anything to flatten, and pictures,
    drawings and replaced text in "has_images" / "complete"."""
    import pypdfium2.raw as raw

    from ..intake.pdf import page_text

    page = doc[index]
    try:
        flattened = raw.FPDFPage_Flatten(page, raw.FLAT_NORMALDISPLAY)
    finally:
        page.close()
    if flattened == raw.FLATTEN_FAIL:
        out["complete"] = False
    elif flattened == raw.FLATTEN_SUCCESS:  # the page reloaded shows its annotations as content
        out["appearances"].append(page_text(doc, index))
    page = doc[index]
    try:
        _objects(raw, page, out)
    finally:
        page.close()


def _objects(raw: Any, page: Any, out: dict[str, Any]) -> None:
    curves = dots = 0
    for n, obj in enumerate(page.get_objects(max_depth=8)):
        if n >= MAX_OBJECTS:
            out["complete"] = False
            return
        kind = raw.FPDFPageObj_GetType(obj)
        if kind == raw.FPDF_PAGEOBJ_IMAGE:
            out["has_images"] = True
        elif kind == raw.FPDF_PAGEOBJ_TEXT and _has_actual_text(raw, obj):
            out["complete"] = False
        elif kind == raw.FPDF_PAGEOBJ_PATH:
            curves += _curves(raw, obj)
            dots += _is_dot(raw, obj)
    if curves >= CURVES_AS_PICTURE or dots >= DOTS_AS_PICTURE:
        out["has_images"] = True


def _has_actual_text(raw: Any, obj: Any) -> bool:
    for m in range(raw.FPDFPageObj_CountMarks(obj)):
        mark = raw.FPDFPageObj_GetMark(obj, m)
        if mark and raw.FPDFPageObjMark_GetParamValueType(mark, b"ActualText") != raw.FPDF_OBJECT_UNKNOWN:
            return True
    return False


def _curves(raw: Any, obj: Any) -> int:
    count = 0
    for s in range(max(0, raw.FPDFPath_CountSegments(obj))):
        segment = raw.FPDFPath_GetPathSegment(obj, s)
        count += bool(segment) and raw.FPDFPathSegment_GetType(segment) == raw.FPDF_SEGMENT_BEZIERTO
    return count


def _is_dot(raw: Any, obj: Any) -> bool:
    fill = ctypes.c_int()
    stroke = ctypes.c_int()
    if not raw.FPDFPath_GetDrawMode(obj, ctypes.byref(fill), ctypes.byref(stroke)) or not fill.value:
        return False
    box = [ctypes.c_float() for _ in range(4)]
    if not raw.FPDFPageObj_GetBounds(obj, *(ctypes.byref(b) for b in box)):
        return False
    left, bottom, right, top = (b.value for b in box)
    return right - left < DOT_SIDE and top - bottom < DOT_SIDE
