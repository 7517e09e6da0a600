"""The custody tab: one row per event, as a sentence ("Tagged “Torture and ill-treatment”")
over a second line with its local time and who did it; a mark for a verified signature; the
event hash (copyable). Two lines rather than more columns: the details panel is narrow.
Rows are built on the UI thread from a CustodyView the worker prepared (names, verified seqs)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QPushButton, QTreeView, QVBoxLayout, QWidget

from ..custody_sentences import CustodyView, sentence
from ..format import local_datetime

Index = QModelIndex | QPersistentModelIndex
WHAT, SIGNED, HASH = range(3)
_OK, _BAD = QColor("#1a7f4b"), QColor("#a40000")


class CustodyModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, str, bool, str]] = []
        self._headers = [self.tr("What happened"), self.tr("Signature"), self.tr("Hash")]

    def set_view(self, view: CustodyView | None) -> None:
        self.beginResetModel()
        self._rows = []
        if view is not None:
            for e in view.events:
                self._rows.append(
                    (local_datetime(e.time), sentence(e, view.names), e.actor, e.seq in view.verified, e.hash)
                )
        self.endResetModel()

    def event_hash(self, row: int) -> str:
        return self._rows[row][4] if 0 <= row < len(self._rows) else ""

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        when, what, who, ok, digest = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == SIGNED:
                return "✓ " + self.tr("verified") if ok else "✗ " + self.tr("does not verify")
            if col == HASH:
                return digest[:8] + "…"
            return f"{what}\n{when} · {who}"
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == HASH:
                return self.tr("SHA-256 of the event: %1 (double-click to copy)").replace("%1", digest)
            if col == SIGNED:
                if ok:
                    return self.tr("The event's hash and signature check out under this vault's key.")
                return self.tr("This event's hash or signature does not check out: run Vault ▸ Verify vault…")
            return f"{what}\n{when} · {who}"
        if role == Qt.ItemDataRole.ForegroundRole and col == SIGNED:
            return QBrush(_OK if ok else _BAD)
        return None


class CustodyPanel(QWidget):
    copy_text = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = CustodyModel(self)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)  # every row is two lines
        self.view.setAlternatingRowColors(True)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)  # the whole sentence is in the tooltip
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(WHAT, QHeaderView.ResizeMode.Stretch)
        for col in (SIGNED, HASH):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.view.doubleClicked.connect(lambda index: self.copy_text.emit(self.model.event_hash(index.row())))
        self.copy_button = QPushButton(self.tr("Copy event hash"))
        self.copy_button.clicked.connect(self._copy_selected)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view, 1)
        lay.addLayout(buttons)

    def sentences(self) -> list[str]:
        """What each row says (its first line), oldest first."""
        m = self.model
        return [str(m.data(m.index(r, WHAT))).split("\n")[0] for r in range(m.rowCount())]

    def set_view(self, view: CustodyView | None) -> None:
        self.model.set_view(view)
        if self.model.rowCount():
            self.view.setCurrentIndex(self.model.index(self.model.rowCount() - 1, WHAT))

    def _copy_selected(self) -> None:
        digest = self.model.event_hash(self.view.currentIndex().row())
        if digest:
            self.copy_text.emit(digest)
