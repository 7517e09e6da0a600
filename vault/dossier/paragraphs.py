"""Text of any script as ReportLab paragraphs: each script run in its own font, complex scripts
shaped, right-to-left paragraphs laid out right to left.

A left-to-right paragraph (labels, Russian, Chinese...) stays a ReportLab Paragraph whose markup
switches font per run (a right-to-left phrase inside it is drawn in visual order). A paragraph
whose first letter is Arabic or Hebrew becomes an RtlParagraph: lines are filled in logical
order, then each line is reordered and drawn from the right margin. Text without any script
beyond Latin, Greek and Cyrillic takes the old path unchanged (no scanning, no font loading).
"""

from __future__ import annotations

from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from .fonts import BOLD_FACES, has_glyph, script_font
from .scripts import CJK_SCRIPTS, SHAPED_SCRIPTS, base_is_rtl, needs_other_fonts, scripts_in, visual
from .shaping import ShapedFont, shape


def esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_MIRROR = str.maketrans("()[]{}<>«»‹›", ")(][}{><»«›‹")


def pieces(text: str, base_font: str, base_rtl: bool = False) -> list[tuple[str, str]]:
    """(font name, string to draw) for each run of one line, left to right."""
    if not needs_other_fonts(text):
        return [(base_font, text)] if text else []
    out: list[tuple[str, str]] = []
    bold = base_font in BOLD_FACES
    for run in visual(text, base_rtl, lambda script, ch: has_glyph(script_font(script, bold), ch)):
        if run.script is None:
            # Neutrals laid right to left: reversed, brackets mirrored (HarfBuzz does this itself
            # for the shaped runs).
            out.append((base_font, run.text[::-1].translate(_MIRROR) if run.rtl else run.text))
            continue
        font = script_font(run.script, bold)
        drawn = run.text
        if run.script in SHAPED_SCRIPTS:
            from reportlab.pdfbase import pdfmetrics

            shaped = pdfmetrics.getFont(font)
            assert isinstance(shaped, ShapedFont)
            drawn = shape(shaped, run.text, run.rtl)
        out.append((font, drawn))
    return out


def markup(text: str, base_font: str) -> str:
    """Paragraph markup for one left-to-right paragraph (newlines become line breaks)."""
    if not needs_other_fonts(text):
        return esc(text).replace("\n", "<br/>")
    lines = []
    for line in text.split("\n"):
        parts = [esc(s) if f == base_font else f'<font name="{f}">{esc(s)}</font>' for f, s in pieces(line, base_font)]
        lines.append("".join(parts))
    return "<br/>".join(lines)


def _cjk_style(style: ParagraphStyle) -> ParagraphStyle:
    # Chinese, Japanese and Korean break lines between characters, not only at spaces.
    return ParagraphStyle(style.name + "-cjk", style, wordWrap="CJK")


def paragraph(text: str, style: ParagraphStyle) -> Flowable:
    """The flowable for `text` in `style`, whatever its scripts."""
    if not needs_other_fonts(text):
        return Paragraph(esc(text).replace("\n", "<br/>"), style)
    if base_is_rtl(text):
        return RtlParagraph(text, style)
    if scripts_in(text) & CJK_SCRIPTS:
        style = _cjk_style(style)
    return Paragraph(markup(text, style.fontName), style)


def line_width(text: str, font: str, size: float, base_rtl: bool = False) -> float:
    return float(sum(stringWidth(s, f, size) for f, s in pieces(text, font, base_rtl)))


def draw_line(canv: Any, x: float, y: float, text: str, font: str, size: float) -> None:
    """Draw one line starting at x (page headers and the like)."""
    rtl = base_is_rtl(text)
    for f, s in pieces(text, font, rtl):
        canv.setFont(f, size)
        canv.drawString(x, y, s)
        x += stringWidth(s, f, size)


class RtlParagraph(Flowable):
    """A right-to-left paragraph: logical line filling, visual drawing, right aligned."""

    def __init__(self, text: str, style: ParagraphStyle, lines: list[str] | None = None) -> None:
        super().__init__()
        self.text = text
        self.style = style
        self._lines = lines
        self._fixed = lines is not None
        self.width = self.height = 0.0

    def _break(self, width: float) -> list[str]:
        st = self.style
        size, font = st.fontSize, st.fontName
        space = stringWidth(" ", font, size)
        lines: list[str] = []
        for hard in self.text.split("\n"):
            current: list[str] = []
            used = 0.0
            for word in hard.split():
                w = line_width(word, font, size, True)
                if current and used + space + w > width:
                    lines.append(" ".join(current))
                    current, used = [], 0.0
                used += (space if current else 0.0) + w
                current.append(word)
            lines.append(" ".join(current))
        return lines

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if not self._fixed:
            self._lines = self._break(availWidth - self.style.leftIndent - self.style.rightIndent)
        self.width = availWidth
        self.height = len(self._lines or []) * self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        lines = self._lines or []
        fit = int(availHeight // self.style.leading)
        if fit <= 0 or fit >= len(lines):
            return [] if fit <= 0 else [self]
        first = RtlParagraph(self.text, self.style, lines[:fit])
        rest = RtlParagraph(self.text, ParagraphStyle(self.style.name, self.style, spaceBefore=0), lines[fit:])
        return [first, rest]

    def getSpaceBefore(self) -> float:  # noqa: N802
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:  # noqa: N802
        return float(self.style.spaceAfter)

    def draw(self) -> None:
        st = self.style
        canv = self.canv
        canv.saveState()
        canv.setFillColor(st.textColor)
        right = self.width - st.rightIndent
        for i, line in enumerate(self._lines or []):
            y = self.height - i * st.leading - st.fontSize
            drawn = pieces(line, st.fontName, True)
            total = sum(stringWidth(s, f, st.fontSize) for f, s in drawn)
            x = (self.width - total) / 2 if st.alignment == TA_CENTER else right - total
            for f, s in drawn:
                canv.setFont(f, st.fontSize)
                canv.drawString(x, y, s)
                x += stringWidth(s, f, st.fontSize)
        canv.restoreState()
