"""A case's chronology in its overview: a table (model/view) with Add, Edit and Remove. An entry
is edited in a small dialog: the date typed in the locale's format or picked from a calendar,
a kind, a text. The editor only emits; the overview runs the work on the worker."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QDate, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vault.models import CASE_EVENT_KINDS, CaseEvent

from ..format import date_format, event_kind_label, local_date
from ..panels.empty_state import EmptyState

Index = QModelIndex | QPersistentModelIndex
DATE, KIND, TEXT = range(3)
EVENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


class ChronologyModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._events: list[CaseEvent] = []

    def set_events(self, events: list[CaseEvent]) -> None:
        self.beginResetModel()
        self._events = list(events)
        self.endResetModel()

    def event_at(self, row: int) -> CaseEvent:
        return self._events[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._events)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {DATE: self.tr("Date"), KIND: self.tr("Event"), TEXT: self.tr("What happened")}.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._events):
            return None
        e = self._events[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = {DATE: local_date(e.date), KIND: event_kind_label(e.kind), TEXT: e.text}.get(index.column())
            return value if role == Qt.ItemDataRole.DisplayRole or index.column() == TEXT else None
        if role == EVENT_ID_ROLE:
            return e.id
        return None


class EntryDialog(QDialog):
    """One chronology entry: date (typed or picked), kind, text."""

    def __init__(self, parent: QWidget | None, event: CaseEvent | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit chronology entry") if event else self.tr("New chronology entry"))
        self.resize(460, 240)
        self.date = QDateEdit(QDate.fromString(event.date, Qt.DateFormat.ISODate) if event else QDate.currentDate())
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(date_format())
        self.kind = QComboBox()
        for kind in CASE_EVENT_KINDS:
            self.kind.addItem(event_kind_label(kind), kind)
        self.kind.setCurrentIndex(max(0, self.kind.findData(event.kind if event else "other")))
        self.text = QPlainTextEdit(event.text if event else "")
        self.text.setPlaceholderText(self.tr("What happened, where, who was involved"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(self._update)
        form = QFormLayout()
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Event"), self.kind)
        form.addRow(self.tr("What happened"), self.text)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.text.toPlainText().strip()))

    def _accept(self) -> None:
        if self.text.toPlainText().strip():
            self.accept()

    def values(self) -> tuple[str, str, str]:
        """(YYYY-MM-DD, kind, text): what the core stores."""
        return (
            self.date.date().toString(Qt.DateFormat.ISODate),
            str(self.kind.currentData()),
            self.text.toPlainText().strip(),
        )


class ChronologyEditor(QWidget):
    add_entry = Signal(str, str, str)  # date, kind, text
    edit_entry = Signal(str, str, str, str)  # event id, date, kind, text
    remove_entry = Signal(str)  # event id
    dialog_opened = Signal(object)  # the EntryDialog (tests fill it in)

    def __init__(self) -> None:
        super().__init__()
        self.model = ChronologyModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.verticalHeader().setVisible(False)
        self.view.setWordWrap(False)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(DATE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(KIND, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(TEXT, QHeaderView.ResizeMode.Stretch)
        self.view.doubleClicked.connect(lambda _i: self.edit_selected())
        self.empty = EmptyState(self.view)  # a new case: say what the chronology is for
        self.add_button = QPushButton(self.tr("Add entry…"))
        self.add_button.clicked.connect(self.add)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        self.view.selectionModel().selectionChanged.connect(lambda _s, _d: self._update())
        self.model.modelReset.connect(self._update)
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view, 1)
        lay.addLayout(buttons)
        self._update()

    def _update(self) -> None:
        self.empty.show_text(
            ""
            if self.model.rowCount()
            else self.tr(
                "No entries yet. Add what happened and when (detention, complaint, hearing, decision) with "
                "“Add entry…”; the dossier prints them as the case's chronology."
            )
        )
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)

    def selected(self) -> CaseEvent | None:
        rows = self.view.selectionModel().selectedRows()
        return self.model.event_at(rows[0].row()) if rows else None

    def _open(self, event: CaseEvent | None) -> EntryDialog:
        dlg = EntryDialog(self, event)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def accepted() -> None:
            date, kind, text = dlg.values()
            if event is None:
                self.add_entry.emit(date, kind, text)
            else:
                self.edit_entry.emit(event.id, date, kind, text)

        dlg.accepted.connect(accepted)
        dlg.open()
        self.dialog_opened.emit(dlg)
        return dlg

    def add(self) -> EntryDialog:
        return self._open(None)

    def edit_selected(self) -> EntryDialog | None:
        event = self.selected()
        return self._open(event) if event is not None else None

    def remove_selected(self) -> None:
        event = self.selected()
        if event is not None and self.confirm_remove(event):
            self.remove_entry.emit(event.id)

    def confirm_remove(self, event: CaseEvent) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Remove chronology entry"),
            self.tr(
                "Remove the entry of %1 from the chronology? The custody log keeps a record that it was removed."
            ).replace("%1", local_date(event.date)),
        )
        return answer == QMessageBox.StandardButton.Yes
