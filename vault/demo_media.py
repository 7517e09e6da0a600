"""Generated demo media: photos with EXIF (time, GPS, camera) and a court-decision PDF.

Fictional content only. Used by `demo` so a newcomer sees real-looking evidence.
"""

from __future__ import annotations

import io
from datetime import datetime
from fractions import Fraction
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

from .resources import font_path


def _dms(value: float) -> tuple[Fraction, Fraction, Fraction]:
    value = abs(value)
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    seconds = round((value - degrees - minutes / 60) * 3600, 2)
    return Fraction(degrees), Fraction(minutes), Fraction(seconds).limit_denominator(100)


def photo_jpeg(
    caption: str,
    *,
    taken: datetime,
    lat: float,
    lon: float,
    colour: tuple[int, int, int],
    size: tuple[int, int] = (1600, 1200),
    make: str = "Demo",
    model: str = "Phone 1",
    serial: str = "SN-000000",
) -> bytes:
    img = Image.new("RGB", size, colour)
    draw = ImageDraw.Draw(img)
    w, h = size
    for i in range(0, w, 80):
        draw.line([(i, 0), (i + h // 2, h)], fill=tuple(min(255, c + 25) for c in colour), width=6)
    font = ImageFont.truetype(str(font_path("DejaVuSans-Bold.ttf")), size=h // 14)
    small = ImageFont.truetype(str(font_path("DejaVuSans.ttf")), size=h // 28)
    draw.rectangle([(0, h * 2 // 3), (w, h)], fill=(20, 20, 20))
    draw.text((w // 20, h * 2 // 3 + h // 24), caption, font=font, fill=(240, 240, 240))
    draw.text((w // 20, h - h // 10), "DEMO — fictional sample photo", font=small, fill=(200, 200, 120))
    exif = Image.Exif()
    exif[0x010F] = make
    exif[0x0110] = model
    exif[0x0132] = taken.strftime("%Y:%m:%d %H:%M:%S")
    exif_ifd = exif.get_ifd(0x8769)
    exif_ifd[36867] = taken.strftime("%Y:%m:%d %H:%M:%S")
    exif_ifd[42033] = serial
    gps = exif.get_ifd(0x8825)
    gps[1] = "N" if lat >= 0 else "S"
    gps[2] = _dms(lat)
    gps[3] = "E" if lon >= 0 else "W"
    gps[4] = _dms(lon)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=85, exif=exif)
    return out.getvalue()


def court_decision_pdf(title: str, paragraphs: list[str]) -> bytes:
    from reportlab import rl_config
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer

    rl_config.useA85 = 0
    if "DemoSerif" not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont("DemoSerif", str(font_path("DejaVuSerif.ttf"))))
    body = ParagraphStyle("body", fontName="DemoSerif", fontSize=11, leading=15)
    head = ParagraphStyle("head", parent=body, fontSize=14, leading=18, alignment=1)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, title="", author="", invariant=1)
    story = [Paragraph(title, head), Spacer(1, 12)]
    for text in paragraphs:
        story += [Paragraph(text, body), Spacer(1, 8)]
    doc.build(story)
    return out.getvalue()


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
