"""Embedded fonts: DejaVu Sans and Serif (Latin, Cyrillic and Kazakh letters), from resources/fonts."""

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
_lock = threading.Lock()
_done = False


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
        _done = True
