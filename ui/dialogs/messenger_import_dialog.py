"""Import a messenger export (Telegram Desktop JSON, WhatsApp chat): a preview lists the chat's senders, the user
maps each to a person (or leaves them unlinked), picks a case, and may keep the chat as a record.
Reading the export and importing both run on the worker; the UI thread only shows results."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vault.models import Case, Person
from vault.provenance.messenger import MessengerReport, import_messenger_export, preview
from vault.provenance.telegram import Export

from .. import file_dialogs
from ..format import error_text
from ..worker import Job, VaultWorker

_Index = QModelIndex | QPersistentModelIndex
SENDER, FILES, PERSON = range(3)


class SendersModel(QAbstractTableModel):
    """One row per sender: name, media files sent, the person they are mapped to (id or "")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[list[Any]] = []  # [name, count, person id]
        self.names: dict[str, str] = {}  # person id → name, for display

    def set_senders(self, senders: list[tuple[str, int]], people: list[Person]) -> None:
        self.beginResetModel()
        self.rows = [[name, count, ""] for name, count in senders]
        self.names = {p.id: p.name for p in people}
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else 3

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == PERSON:
                return self.names.get(row[PERSON], self.tr("(not linked)"))
            return str(row[index.column()])
        if role == Qt.ItemDataRole.EditRole and index.column() == PERSON:
            return row[PERSON]
        return None

    def setData(self, index: _Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if not index.isValid() or index.column() != PERSON or role != Qt.ItemDataRole.EditRole:
            return False
        self.rows[index.row()][PERSON] = str(value or "")
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True

    def flags(self, index: _Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.isValid() and index.column() == PERSON else base

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < 3:
            return (self.tr("Sender"), self.tr("Files"), self.tr("Person"))[section]
        return None

    def mapping(self) -> dict[str, str]:
        return {name: pid for name, _count, pid in self.rows if pid}


def _preview(job: Job, folder: Path) -> tuple[Export, list[Person]]:
    from vault.people import list_people

    return preview(folder), list_people(job.vault)


class MessengerImportDialog(QDialog):
    imported = Signal(int)

    def __init__(self, worker: VaultWorker, cases: list[Case], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import a messenger export"))
        self.resize(640, 480)
        self._worker = worker
        self._job: Job | None = None
        self.folder: Path | None = None
        self.people: list[Person] = []
        self.hint = QLabel(
            self.tr(
                "Choose the folder of a chat export: Telegram Desktop's (it holds messages.html or result.json) "
                "or WhatsApp's (the .txt and the media files). Each photo, video, voice message "
                "and file becomes an item that records the chat, the sender, the date and the "
                "message."
            )
        )
        self.hint.setWordWrap(True)
        choose = QPushButton(self.tr("Choose export folder…"))
        choose.clicked.connect(self._choose)
        self.chat = QLabel()
        self.model = SendersModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(SENDER, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(PERSON, QHeaderView.ResizeMode.Stretch)
        self.case = QComboBox()
        self.case.addItem(self.tr("(no case)"), "")
        for c in cases:
            self.case.addItem(c.title, c.id)
        self.keep_chat = QCheckBox(self.tr("Keep the chat itself as a record"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Import"))
        self.start_button.setEnabled(False)
        self.start_button.clicked.connect(self.start)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Case"), self.case)
        form.addRow("", self.keep_chat)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(self.hint)
        lay.addWidget(choose, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(self.chat)
        lay.addWidget(self.table, 1)
        lay.addLayout(form)
        lay.addWidget(self.status)
        lay.addLayout(buttons)

    def _choose(self) -> None:
        folder = file_dialogs.existing_directory(self, self.tr("Choose the export folder"))
        if folder:
            self.load(Path(folder))

    def load(self, folder: Path) -> Job:
        """Read the export on the worker and show its senders."""
        self.folder = folder
        self.start_button.setEnabled(False)
        self.status.setText(self.tr("Reading the export…"))
        return self._worker.submit(lambda job: _preview(job, folder), done=self._previewed, error=self._failed)

    def _previewed(self, result: tuple[Export, list[Person]]) -> None:
        export, self.people = result
        self.model.set_senders(export.senders(), self.people)
        for row in range(self.model.rowCount()):
            combo = QComboBox()
            combo.addItem(self.tr("(not linked)"), "")
            for person in self.people:
                combo.addItem(person.name, person.id)
            combo.currentIndexChanged.connect(
                lambda _i, r=row, c=combo: self.model.setData(self.model.index(r, PERSON), c.currentData())
            )
            self.table.setIndexWidget(self.model.index(row, PERSON), combo)
        self.chat.setText(
            self.tr("Chat: %1 · %2 files")
            .replace("%1", ", ".join(export.chats))
            .replace("%2", str(len(export.media())))
        )
        self.status.setText("")
        self.start_button.setEnabled(bool(export.messages))

    def start(self) -> Job | None:
        if self.folder is None or self._job is not None:
            return None
        folder, mapping = self.folder, self.model.mapping()
        case_id = str(self.case.currentData() or "") or None
        keep = self.keep_chat.isChecked()
        self.start_button.setEnabled(False)
        self.status.setText(self.tr("Importing…"))
        self._job = self._worker.submit(
            lambda job: import_messenger_export(
                job.vault, folder, case_id=case_id, sender_people=mapping, keep_chat=keep, should_cancel=job.cancelled
            ),
            done=self._done,
            error=self._failed,
        )
        return self._job

    def _done(self, result: MessengerReport) -> None:
        self._job = None
        report = result.report
        text = self.tr("%1 imported, %2 already in the vault, %3 rejected").replace("%1", str(len(report.imported)))
        text = text.replace("%2", str(len(report.duplicates))).replace("%3", str(len(report.rejected)))
        if result.missing:
            text += " · " + self.tr("%1 files named in the chat are not in the export").replace(
                "%1", str(len(result.missing))
            )
        self.status.setText(text)
        self.imported.emit(len(report.imported))

    def _failed(self, exc: object) -> None:
        self._job = None
        self.status.setText(error_text(exc))
        self.start_button.setEnabled(self.folder is not None)
