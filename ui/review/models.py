"""Table models of the review step. One small model serves the four lists (replaced, withheld,
derived, suspects): rows of display texts, an optional check column (clear for this profile),
and for a suspect its context split in three (before, the word, after) for the highlighting
delegate. Checking a row does not change it: the model asks (check_requested) and the review,
re-run after the core recorded the decision, brings the new state."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

KEY_ROLE = Qt.ItemDataRole.UserRole + 1
CONTEXT_ROLE = Qt.ItemDataRole.UserRole + 2  # (before, word, after) on a suspect's context column

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ReviewRow:
    key: str  # an item id, a category key, or a suspect's position
    cells: tuple[str, ...]
    checked: bool | None = None  # None: the row has no checkbox
    context: tuple[str, str, str] | None = None


class ReviewModel(QAbstractTableModel):
    check_requested = Signal(str, bool)  # row key, the state asked for

    def __init__(self, headers: list[str], check_column: int | None = None, context_column: int | None = None) -> None:
        super().__init__()
        self._headers = list(headers)
        self._check_column = check_column
        self._context_column = context_column
        self._rows: list[ReviewRow] = []

    def set_rows(self, rows: list[ReviewRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def set_headers(self, headers: list[str]) -> None:
        self._headers = list(headers)
        if headers:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(headers) - 1)

    def row(self, n: int) -> ReviewRow:
        return self._rows[n]

    def rows(self) -> list[ReviewRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's default argument
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def _checkable(self, index: Index) -> bool:
        return index.column() == self._check_column and self._rows[index.row()].checked is not None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows) or index.column() >= len(self._headers):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return row.cells[col] if col < len(row.cells) else ""
        if role == Qt.ItemDataRole.CheckStateRole and self._checkable(index):
            return Qt.CheckState.Checked if row.checked else Qt.CheckState.Unchecked
        if role == KEY_ROLE:
            return row.key
        if role == CONTEXT_ROLE and col == self._context_column:
            return row.context
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._checkable(index):
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.CheckStateRole or not index.isValid() or not self._checkable(index):
            return False
        wanted = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
        if wanted != self._rows[index.row()].checked:
            self.check_requested.emit(self._rows[index.row()].key, wanted)
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
        if horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        return None
