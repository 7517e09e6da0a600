"""Create or edit a case: title, summary and chronology entries."""

from __future__ import annotations

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vault import cases
from vault.models import CASE_EVENT_KINDS

from ..data import case_with_events
from ..format import date_format, error_text, event_kind_label, local_date
from ..worker import Job, VaultWorker


class CaseDialog(QDialog):
    saved = Signal(str)

    def __init__(self, worker: VaultWorker, case_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self.case_id = case_id
        self.new_events: list[tuple[str, str, str]] = []  # date, kind, text
        self.setWindowTitle(self.tr("Edit case") if case_id else self.tr("New case"))
        self.resize(720, 560)
        self.title = QLineEdit()
        self.summary = QPlainTextEdit()
        self.summary.setMaximumHeight(140)
        self.events = QTreeWidget()
        self.events.setHeaderLabels([self.tr("Date"), self.tr("Event"), self.tr("Description")])
        self.events.setRootIsDecorated(False)
        self.event_date = QDateEdit(QDate.currentDate())
        self.event_date.setCalendarPopup(True)
        self.event_date.setDisplayFormat(date_format())
        self.event_kind = QComboBox()
        for kind in CASE_EVENT_KINDS:
            self.event_kind.addItem(event_kind_label(kind), kind)
        self.event_text = QLineEdit()
        self.event_text.setPlaceholderText(self.tr("What happened"))
        add = QPushButton(self.tr("Add entry"))
        add.clicked.connect(self.add_event)
        row = QHBoxLayout()
        row.addWidget(self.event_date)
        row.addWidget(self.event_kind)
        row.addWidget(self.event_text, 1)
        row.addWidget(add)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Summary"), self.summary)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(QLabel(self.tr("Chronology")))
        lay.addWidget(self.events, 1)
        lay.addLayout(row)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)
        if case_id:
            self._worker.submit(lambda job: case_with_events(job.vault, case_id), done=self._loaded, error=self._error)

    def _loaded(self, result: tuple) -> None:
        case, events, _people = result
        self.title.setText(case.title)
        self.summary.setPlainText(case.summary)
        for e in events:
            QTreeWidgetItem(self.events, [local_date(e.date), event_kind_label(e.kind), e.text])
        for col in (0, 1):
            self.events.resizeColumnToContents(col)

    def add_event(self) -> None:
        text = self.event_text.text().strip()
        if not text:
            self.message.setText(self.tr("Describe the event before adding it."))
            return
        date = self.event_date.date().toString("yyyy-MM-dd")
        kind = str(self.event_kind.currentData())
        self.new_events.append((date, kind, text))
        QTreeWidgetItem(self.events, [local_date(date), event_kind_label(kind), text])
        self.events.resizeColumnToContents(1)
        self.event_text.clear()
        self.message.clear()

    def save(self) -> None:
        title, summary = self.title.text().strip(), self.summary.toPlainText()
        if not title:
            self.message.setText(self.tr("A case needs a title."))
            return
        case_id, events = self.case_id, list(self.new_events)

        def work(job: Job) -> str:
            cid = case_id or cases.add_case(job.vault, title, summary)
            if case_id:
                cases.update_case(job.vault, cid, title=title, summary=summary)
            for date, kind, text in events:
                cases.add_case_event(job.vault, cid, date, text, kind)
            return cid

        self.buttons.setEnabled(False)
        self._worker.submit(work, done=self._saved, error=self._error)

    def _saved(self, case_id: str) -> None:
        self.case_id = case_id
        self.saved.emit(case_id)
        self.accept()

    def _error(self, exc: object) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(error_text(exc))
