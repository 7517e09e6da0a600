"""The fonts shipped for dossiers and the UI cover Russian and Kazakh, and carry their licence."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.pdfbase.ttfonts import TTFont

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"
SHIPPED = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf"]
KAZAKH = "әғқңөұүһі" + "ӘҒҚҢӨҰҮҺІ"
RUSSIAN = "абвгдеёжзийклмнопрстуфхцчшщъыьэюя" + "АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ"
OTHER = "«»—–№€ABCxyz0123456789"


@pytest.mark.parametrize("name", SHIPPED)
def test_font_covers_kazakh_and_russian(name: str) -> None:
    cmap = TTFont(name, str(FONTS / name)).face.charToGlyph
    assert [c for c in KAZAKH + RUSSIAN + OTHER if ord(c) not in cmap] == []
    assert ord("中") not in cmap  # the check can fail: DejaVu has no CJK


def test_licence_is_shipped_with_the_fonts() -> None:
    licence = (FONTS / "LICENSE-DejaVu.txt").read_text(encoding="utf-8")
    assert "Bitstream" in licence and "Permission is hereby granted" in licence
