"""Search results show where they matched: under the title, the search snippet with the matched
words highlighted. The core marks matches as [word] (vault/search.py); the brackets are not
shown. Rows without a snippet (no search) are drawn as usual."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 2
HIGHLIGHT = QColor("#ffe066")
_MARK = re.compile(r"\[([^\[\]]+)\]")


def snippet_parts(snippet: str) -> list[tuple[str, bool]]:
    """'a [match] b' → [('a ', False), ('match', True), (' b', False)]; one line."""
    text = " ".join(snippet.split())
    parts: list[tuple[str, bool]] = []
    at = 0
    for m in _MARK.finditer(text):
        if m.start() > at:
            parts.append((text[at : m.start()], False))
        parts.append((m.group(1), True))
        at = m.end()
    if at < len(text):
        parts.append((text[at:], False))
    return parts


class SnippetDelegate(QStyledItemDelegate):
    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        snippet = index.data(SNIPPET_ROLE)
        if not snippet:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        title, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        area = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, opt.widget).adjusted(2, 2, -2, -2)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        ink = opt.palette.highlightedText().color() if selected else opt.palette.text().color()
        painter.save()
        painter.setClipRect(area)
        bold = QFont(opt.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(ink)
        line = painter.fontMetrics().height()
        top = area.top() + max(0, (area.height() - 2 * line) // 2)
        elided = painter.fontMetrics().elidedText(title, Qt.TextElideMode.ElideRight, area.width())
        painter.drawText(QRect(area.left(), top, area.width(), line), Qt.AlignmentFlag.AlignVCenter, elided)
        painter.setFont(opt.font)
        self._draw_snippet(painter, QRect(area.left(), top + line, area.width(), line), snippet_parts(snippet), ink)
        painter.restore()

    @staticmethod
    def _draw_snippet(painter: QPainter, rect: QRect, parts: list[tuple[str, bool]], ink: QColor) -> None:
        metrics = painter.fontMetrics()
        x, room = rect.left(), rect.width()
        if len(parts) > 1 and not parts[0][1]:  # the first match stays in view: cut the text before it
            lead = metrics.elidedText(parts[0][0], Qt.TextElideMode.ElideLeft, max(room // 4, 1))
            parts = [(lead, False), *parts[1:]]
        for text, hit in parts:
            if room <= 0:
                break
            shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, room)
            width = metrics.horizontalAdvance(shown)
            box = QRect(x, rect.top(), width, rect.height())
            if hit:
                painter.fillRect(box, HIGHLIGHT)
                painter.setPen(QColor("#000000"))
            else:
                painter.setPen(ink)
            painter.drawText(box, Qt.AlignmentFlag.AlignVCenter, shown)
            x += width
            room -= width
            if shown != text:
                break
