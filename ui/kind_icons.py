"""Icons for the kinds of item, drawn here so they mean the same on every system (the style's
standard icons vary, and one of them, used for testimonies before, looked like search):
a speech bubble with lines for a testimony, a page with a folded corner for a document, a
landscape for a photo, a loudspeaker for audio, a film frame for video."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

SIZE = 48
_cache: dict[str, QIcon] = {}
_INK = QColor("#37474f")


def kind_icon(kind: str) -> QIcon:
    """The icon for an item kind (drawn once, on the UI thread, then cached)."""
    if kind not in _cache:
        _cache[kind] = QIcon(_draw(kind))
    return _cache[kind]


def _draw(kind: str) -> QPixmap:
    pix = QPixmap(SIZE, SIZE)
    pix.fill(Qt.GlobalColor.transparent)
    p = QPainter(pix)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(_INK, 2.5, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
    {"testimony": _testimony, "document": _document, "photo": _photo, "audio": _audio, "video": _video}.get(
        kind, _document
    )(p)
    p.end()
    return pix


def _testimony(p: QPainter) -> None:
    bubble = QPainterPath()
    bubble.addRoundedRect(QRectF(5, 7, 38, 26), 7, 7)
    tail = QPainterPath()
    tail.addPolygon(QPolygonF([QPointF(13, 31), QPointF(11, 42), QPointF(23, 32)]))
    p.setBrush(QColor("#e3f2fd"))
    p.drawPath(bubble.united(tail))
    for y, width in ((15, 24), (21, 24), (27, 15)):
        p.drawLine(QPointF(12, y), QPointF(12 + width, y))


def _document(p: QPainter) -> None:
    page = QPolygonF([QPointF(11, 5), QPointF(30, 5), QPointF(38, 13), QPointF(38, 43), QPointF(11, 43)])
    p.setBrush(QColor("#fafafa"))
    p.drawPolygon(page)
    p.drawPolyline(QPolygonF([QPointF(30, 5), QPointF(30, 13), QPointF(38, 13)]))
    for y in (20, 26, 32, 38):
        p.drawLine(QPointF(16, y), QPointF(33, y))


def _photo(p: QPainter) -> None:
    p.setBrush(QColor("#e8f5e9"))
    p.drawRoundedRect(QRectF(5, 9, 38, 30), 3, 3)
    p.setBrush(QColor("#81c784"))
    p.drawPolygon(QPolygonF([QPointF(8, 36), QPointF(19, 22), QPointF(27, 31), QPointF(32, 26), QPointF(40, 36)]))
    p.setBrush(QColor("#ffd54f"))
    p.drawEllipse(QPointF(33, 17), 3.5, 3.5)


def _audio(p: QPainter) -> None:
    p.setBrush(QColor("#fff3e0"))
    p.drawPolygon(
        QPolygonF([QPointF(8, 19), QPointF(16, 19), QPointF(26, 10), QPointF(26, 38), QPointF(16, 29), QPointF(8, 29)])
    )
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawArc(QRectF(24, 16, 12, 16), -60 * 16, 120 * 16)
    p.drawArc(QRectF(24, 10, 20, 28), -60 * 16, 120 * 16)


def _video(p: QPainter) -> None:
    p.setBrush(QColor("#ede7f6"))
    p.drawRoundedRect(QRectF(5, 9, 38, 30), 3, 3)
    p.setBrush(_INK)
    for x in (9, 17, 25, 33):
        p.drawRect(QRectF(x, 11, 4, 3))
        p.drawRect(QRectF(x, 34, 4, 3))
    p.setBrush(QColor("#7e57c2"))
    p.drawPolygon(QPolygonF([QPointF(20, 18), QPointF(31, 24), QPointF(20, 30)]))
