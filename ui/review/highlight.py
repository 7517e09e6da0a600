"""Paints a suspect in its context: the text before, the suspect word highlighted, the text after.
Rich text from escaped parts only (a word from the vault is never read as markup)."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from .models import CONTEXT_ROLE

HIGHLIGHT = "background-color:#ffe08a; color:#000000; font-weight:bold"


def context_html(before: str, word: str, after: str) -> str:
    """One line: 'before <highlighted word> after', whitespace runs shown as one space."""

    def clean(s: str) -> str:
        return html.escape(" ".join(s.split()))

    sep_b = " " if before[-1:].isspace() else ""
    sep_a = " " if after[:1].isspace() else ""
    return (
        f"{clean(before)}{sep_b}<span style='{HIGHLIGHT}'>&nbsp;{html.escape(word)}&nbsp;</span>{sep_a}{clean(after)}"
    )


class ContextDelegate(QStyledItemDelegate):
    def _document(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDocumentMargin(2)
        doc.setDefaultFont(option.font)
        before, word, after = index.data(CONTEXT_ROLE)
        doc.setHtml(context_html(before, word, after))
        return doc

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if index.data(CONTEXT_ROLE) is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(option, index)
        rect = opt.rect
        painter.save()
        painter.translate(QPointF(rect.left(), rect.top() + max(0, (rect.height() - doc.size().height()) / 2)))
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        ctx = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        ctx.palette.setColor(QPalette.ColorRole.Text, opt.palette.color(role))
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        if index.data(CONTEXT_ROLE) is None:
            return super().sizeHint(option, index)
        doc = self._document(option, index)
        return QSize(int(doc.idealWidth()) + 8, int(doc.size().height()) + 4)
