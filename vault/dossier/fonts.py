"""Embedded fonts, from resources/fonts: DejaVu Sans and Serif for Latin, Greek and Cyrillic
(Kazakh included), and one font per other script, registered only when a dossier uses it
(ReportLab then embeds only the glyphs drawn)."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from ..errors import VaultError
from ..resources import resources_dir

log = logging.getLogger(__name__)

SANS, SANS_BOLD, SANS_ITALIC = "EVSans", "EVSans-Bold", "EVSans-Oblique"
SERIF, SERIF_BOLD = "EVSerif", "EVSerif-Bold"
_FILES = {
    SANS: "DejaVuSans.ttf",
    SANS_BOLD: "DejaVuSans-Bold.ttf",
    SANS_ITALIC: "DejaVuSans-Oblique.ttf",
    SERIF: "DejaVuSerif.ttf",
    SERIF_BOLD: "DejaVuSerif-Bold.ttf",
}
BOLD_FACES = frozenset({SANS_BOLD, SERIF_BOLD})
# script -> (regular, bold); the same file twice where the family has no bold we ship.
SCRIPT_FILES: dict[str, tuple[str, str]] = {
    "arabic": ("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
    "hebrew": ("NotoSansHebrew-Regular.ttf", "NotoSansHebrew-Bold.ttf"),
    "thai": ("NotoSansThai-Regular.ttf", "NotoSansThai-Bold.ttf"),
    "devanagari": ("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"),
    "armenian": ("NotoSansArmenian-Regular.ttf", "NotoSansArmenian-Bold.ttf"),
    "georgian": ("NotoSansGeorgian-Regular.ttf", "NotoSansGeorgian-Bold.ttf"),
    "cjk": ("DroidSansFallbackFull.ttf", "DroidSansFallbackFull.ttf"),
    "hangul": ("NanumGothic.ttf", "NanumGothic.ttf"),
}
_lock = threading.Lock()
_done = False
_script_fonts: dict[str, str] = {}  # file -> registered name


def _find(name: str) -> Path:
    path = resources_dir() / "fonts" / name
    if path.is_file():
        return path
    raise VaultError(f"font {name} is missing from the installation ({path})")


def register_fonts() -> None:
    """Register once per process; ReportLab embeds only the glyphs used (subsets)."""
    global _done
    with _lock:
        if _done:
            return
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for face, file in _FILES.items():
            pdfmetrics.registerFont(TTFont(face, str(_find(file))))
        addMapping(SANS, 0, 0, SANS)
        addMapping(SANS, 1, 0, SANS_BOLD)
        addMapping(SANS, 0, 1, SANS_ITALIC)
        addMapping(SANS, 1, 1, SANS_BOLD)
        addMapping(SERIF, 0, 0, SERIF)
        addMapping(SERIF, 1, 0, SERIF_BOLD)
        addMapping(SERIF, 0, 1, SERIF)
        addMapping(SERIF, 1, 1, SERIF_BOLD)
        # A Table sets its cells' default font (Helvetica, never embedded) even when every cell
        # is a Paragraph; PDF/A and "every font embedded" need that default to be ours.
        from reportlab.platypus import tables

        tables.CellStyle.fontname = SANS
        _done = True


def script_font(script: str, bold: bool = False) -> str:
    """The registered name of the font for `script` (loaded on first use)."""
    file = SCRIPT_FILES[script][1 if bold else 0]
    with _lock:
        name = _script_fonts.get(file)
        if name is None:
            from reportlab.pdfbase import pdfmetrics

            from .shaping import ShapedFont

            name = "EV" + file.removesuffix(".ttf")
            pdfmetrics.registerFont(ShapedFont(name, str(_find(file))))
            _script_fonts[file] = name
            log.debug("dossier font %s loaded", name)
    return name


def has_glyph(font_name: str, ch: str) -> bool:
    from reportlab.pdfbase import pdfmetrics

    face = pdfmetrics.getFont(font_name).face
    return ord(ch) in face.charToGlyph
