"""Complex-script shaping for the dossier: HarfBuzz (uharfbuzz) turns a run of Arabic, Hebrew,
Devanagari or Thai into the font's glyphs (joined Arabic forms, conjuncts, reordered vowel signs)
in visual order, and the text layer keeps the logical letters.

ReportLab draws characters, not glyph ids, so a glyph that has no code point of its own (an
initial Arabic form, a Devanagari conjunct) gets a private-use code in that font, and the font's
ToUnicode map sends that code back to the letters it stands for. `pdftotext` and search in a PDF
reader therefore see the words, not private-use garbage. Only fonts registered here (ShapedFont)
are affected; DejaVu is drawn exactly as before.
"""

from __future__ import annotations

import threading
from collections import Counter
from typing import Any

from reportlab.pdfbase import ttfonts
from reportlab.pdfbase.ttfonts import TTFont

_PUA_FIRST, _PUA_LAST = 0xF0000, 0xFFFFD  # plane-15 private use: never in a font's own cmap
_by_face: dict[bytes, ShapedFont] = {}
_lock = threading.Lock()
_original_to_unicode = ttfonts.makeToUnicodeCMap


class ShapedFont(TTFont):
    """A TrueType font whose unencoded glyphs can be drawn through private-use codes."""

    def __init__(self, name: str, path: str) -> None:
        super().__init__(name, path)
        self.text_of: dict[int, str] = {}  # private-use code -> the logical text it draws
        self._code_of: dict[tuple[int, str], int] = {}
        self._next = _PUA_FIRST
        self._hb: Any = None
        with _lock:
            _by_face[self.face.name] = self
            ttfonts.makeToUnicodeCMap = _to_unicode  # once is enough; idempotent

    def code_for(self, gid: int, text: str, advance: int) -> int:
        """The character code that draws glyph `gid` and extracts as `text`."""
        cmap = self.face.charToGlyph
        if len(text) == 1 and cmap.get(ord(text)) == gid:
            return ord(text)
        key = (gid, text)
        with _lock:
            code = self._code_of.get(key)
            if code is None:
                if self._next > _PUA_LAST:
                    return ord(text[0]) if text else 0x20
                code = self._code_of[key] = self._next
                self._next += 1
                cmap[code] = gid
                self.face.charWidths[code] = advance
                self.text_of[code] = text
        return code

    def harfbuzz(self) -> Any:
        if self._hb is None:
            hb = _uharfbuzz()
            face = hb.Face(hb.Blob(self.face._ttf_data))
            self._hb = hb.Font(face)
        return self._hb


def shape(font: ShapedFont, text: str, rtl: bool) -> str:
    """`text` (logical order) as the string that draws its shaped glyphs left to right."""
    hb = _uharfbuzz()

    hbfont = font.harfbuzz()
    buf = hb.Buffer()
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
    hb.shape(hbfont, buf, {"kern": True, "liga": True})
    infos = buf.glyph_infos
    positions = buf.glyph_positions
    upem = font.face.unitsPerEm or 1000
    clusters = sorted({i.cluster for i in infos})
    ends = {c: (clusters[n + 1] if n + 1 < len(clusters) else len(text)) for n, c in enumerate(clusters)}
    seen: dict[int, int] = {}  # cluster -> glyphs already given a share of its text
    glyphs_in = Counter(i.cluster for i in infos)
    out: list[str] = []
    for info, pos in zip(infos, positions, strict=True):
        c = info.cluster
        chars = text[c : ends[c]]
        k = seen.get(c, 0)
        seen[c] = k + 1
        # Share the cluster's letters over its glyphs in logical order, the last glyph taking the
        # rest, so that a reordered vowel sign still extracts after its consonant.
        n = glyphs_in[c]
        share = chars[k] if k < n - 1 and k < len(chars) else chars[min(k, len(chars)) :] or "\u200b"
        if rtl:
            share = share[::-1]  # readers reverse a right-to-left glyph's text (lam-alef: "لا")
        advance = round(pos.x_advance * 1000 / upem)
        out.append(chr(font.code_for(info.codepoint, share, advance)))
    return "".join(out)


def _uharfbuzz() -> Any:
    # Typed as Any: uharfbuzz ships no type information.
    import uharfbuzz  # type: ignore[import-untyped]

    return uharfbuzz


def _utf16(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


def _to_unicode(fontname: str, subset: list[int]) -> str:
    face = fontname.split("+", 1)[-1].encode("latin-1", "replace")
    font = _by_face.get(face)
    if font is None:
        return str(_original_to_unicode(fontname, subset))
    pairs = [f"<{i:02X}> <{_utf16(font.text_of.get(v) or chr(v))}>" for i, v in enumerate(subset)]
    blocks: list[str] = []
    for start in range(0, len(pairs), 100):  # at most 100 entries per bfchar block (CMap limit)
        chunk = pairs[start : start + 100]
        blocks += [f"{len(chunk)} beginbfchar", *chunk, "endbfchar"]
    return "\n".join(
        [
            "/CIDInit /ProcSet findresource begin",
            "12 dict begin",
            "begincmap",
            f"/CIDSystemInfo << /Registry ({fontname}) /Ordering ({fontname}) /Supplement 0 >> def",
            f"/CMapName /{fontname} def",
            "/CMapType 2 def",
            "1 begincodespacerange",
            f"<00> <{len(subset) - 1:02X}>",
            "endcodespacerange",
            *blocks,
            "endcmap",
            "CMapName currentdict /CMap defineresource pop",
            "end",
            "end",
        ]
    )
