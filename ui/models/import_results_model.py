"""Per-file results of an import: imported, duplicate or rejected (with the reason)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from ..format import intake_reason
from ..intake_words import intake_warning

Index = QModelIndex | QPersistentModelIndex
IMPORTED, DUPLICATE, REJECTED = "imported", "duplicate", "rejected"


@dataclass(frozen=True)
class FileResult:
    path: str
    status: str
    detail: str = ""


class ImportResultsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[FileResult] = []

    def set_results(self, rows: list[FileResult]) -> None:
        self.beginResetModel()
        order = {REJECTED: 0, DUPLICATE: 1, IMPORTED: 2}
        self._rows = sorted(rows, key=lambda r: (order.get(r.status, 3), r.path))
        self.endResetModel()

    def results(self) -> list[FileResult]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {0: self.tr("File"), 1: self.tr("Result"), 2: self.tr("Details")}.get(section)

    def status_label(self, status: str) -> str:
        return {
            IMPORTED: self.tr("Imported"),
            DUPLICATE: self.tr("Already in the vault"),
            REJECTED: self.tr("Rejected"),
        }.get(status, status)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        r = self._rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return (r.path, self.status_label(r.status), intake_warning(intake_reason(r.detail)))[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and r.status == REJECTED:
            return QBrush(QColor("#a61b1b"))
        return None
