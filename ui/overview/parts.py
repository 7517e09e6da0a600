"""Pieces both overviews use: a titled group, item counts by kind, the custody summary."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget

from vault.case_overview import CustodySummary
from vault.models import ITEM_KINDS

from ..format import action_label, kind_label, local_datetime

SIDE_WIDTH = 300  # the overviews' right-hand column


def overview_layout(
    page: QWidget, head: QLayout, lines: tuple[QWidget, QWidget], main: QWidget, side: list[tuple[QWidget, int]]
) -> None:
    """The shape both overviews share: a title row, a line under it and a message line (hidden
    until needed), then the main box beside a fixed-width column of boxes (each with a stretch)."""
    subtitle, message = lines
    column = QWidget()
    column.setFixedWidth(SIDE_WIDTH)
    column_lay = QVBoxLayout(column)
    column_lay.setContentsMargins(0, 0, 0, 0)
    for box, stretch in side:
        column_lay.addWidget(box, stretch)
    body = QHBoxLayout()
    body.addWidget(main, 1)
    body.addWidget(column)
    lay = QVBoxLayout(page)
    lay.setContentsMargins(8, 8, 8, 8)
    lay.addLayout(head)
    lay.addWidget(subtitle)
    lay.addWidget(message)
    lay.addLayout(body, 1)
    message.hide()


def title_label() -> QLabel:
    """The overview's heading: bold, a third larger, wrapped."""
    label = QLabel()
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 1.3)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def group(title: str, content: QWidget | QLayout) -> QGroupBox:
    box = QGroupBox(title)
    lay = QVBoxLayout(box)
    lay.setContentsMargins(8, 6, 8, 8)
    if isinstance(content, QLayout):
        lay.addLayout(content)
    else:
        lay.addWidget(content)
    return box


def wrapped(text: str = "", selectable: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class KindCounts(QWidget):
    """ "Photo 12, Document 3…": one row per kind present, a hint when there is none."""

    def __init__(self) -> None:
        super().__init__()
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.labels: dict[str, QLabel] = {}
        for kind in ITEM_KINDS:
            self.labels[kind] = QLabel()
            self.labels[kind].setAlignment(Qt.AlignmentFlag.AlignRight)
            self.form.addRow(kind_label(kind), self.labels[kind])
        self.total = QLabel()
        self.form.addRow(self.total)

    def set_counts(self, counts: dict[str, int]) -> None:
        for kind, label in self.labels.items():
            label.setText(str(counts.get(kind, 0)))
            self.form.setRowVisible(label, bool(counts.get(kind)))
        n = sum(counts.values())
        self.total.setText(self.tr("%n item(s) in all", "", n) if n else self.tr("No items yet."))


class CustodyBox(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.count = wrapped()
        self.last = wrapped(selectable=True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.count)
        lay.addWidget(self.last)

    def lines(self, summary: CustodySummary) -> tuple[str, str, str]:
        """(count and verified mark, the last event, a tooltip with the last event's hash)."""
        if not summary.events:
            return self.tr("No custody events yet."), "", ""
        if summary.verified:
            mark = "✔ " + self.tr("signatures verified")
        else:
            mark = "✖ " + self.tr("signature check FAILED — run Verify vault")
        count = self.tr("%n event(s)", "", summary.events) + " · " + mark
        last = self.tr("Last: %1, %2").replace("%1", local_datetime(summary.last_time))
        last = last.replace("%2", action_label(summary.last_action))
        return count, last, self.tr("Hash of the last event: %1").replace("%1", summary.head_hash)

    def set_summary(self, summary: CustodySummary) -> None:
        count, last, tip = self.lines(summary)
        self.count.setText(count)
        color = "#1b7f3b" if summary.verified else "#b3261e"
        self.count.setStyleSheet(f"color: {color};" if summary.events else "")
        self.last.setText(last)
        self.last.setVisible(bool(last))
        self.setToolTip(tip)
