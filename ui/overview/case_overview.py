"""A case at a glance, shown when a case is selected in the navigator: summary, chronology (edited
here), people with roles, item counts by kind, the case's custody summary, and the exports.
Everything is loaded and changed on the worker."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHBoxLayout, QListView, QPushButton, QVBoxLayout, QWidget

from vault import cases
from vault.case_overview import CaseOverview, case_overview

from ..format import error_text, role_label
from ..privacy import shown_name
from ..worker import VaultWorker
from .chronology_editor import ChronologyEditor
from .parts import CustodyBox, KindCounts, group, overview_layout, title_label, wrapped


def people_rows(model: QStandardItemModel, ov: CaseOverview, protected_text: str) -> None:
    model.clear()
    for link in ov.people:
        roles = ", ".join(role_label(r) for r in link.role.split(", ") if r)
        text = shown_name(link.person) + (f" — {roles}" if roles else "")
        row = QStandardItem(text + (f" · {protected_text}" if link.person.protected else ""))
        row.setEditable(False)
        row.setToolTip(text)
        row.setData(link.person.id, Qt.ItemDataRole.UserRole + 1)
        model.appendRow(row)


class CaseOverviewWidget(QWidget):
    loaded = Signal(object)  # the CaseOverview shown
    changed = Signal()  # the chronology was edited (counts elsewhere may change)
    edit_case = Signal(str)
    dossier_requested = Signal(str)
    bundle_requested = Signal(str)
    person_chosen = Signal(str)

    def __init__(self, worker: VaultWorker) -> None:
        super().__init__()
        self._worker = worker
        self.case_id = ""
        self.title = title_label()
        self.summary = wrapped(selectable=True)
        self.summary.setStyleSheet("color: palette(placeholder-text);")
        self.edit_button = QPushButton(self.tr("Edit case…"))
        self.edit_button.clicked.connect(lambda: self.edit_case.emit(self.case_id))
        self.dossier_button = QPushButton(self.tr("Dossier…"))
        self.dossier_button.setToolTip(self.tr("Export this case as a PDF dossier"))
        self.dossier_button.clicked.connect(lambda: self.dossier_requested.emit(self.case_id))
        self.bundle_button = QPushButton(self.tr("Bundle…"))
        self.bundle_button.setToolTip(self.tr("Send this case to partners as an encrypted bundle"))
        self.bundle_button.clicked.connect(lambda: self.bundle_requested.emit(self.case_id))
        self.chronology = ChronologyEditor()
        self.chronology.add_entry.connect(self._add_entry)
        self.chronology.edit_entry.connect(self._edit_entry)
        self.chronology.remove_entry.connect(self._remove_entry)
        self.people_model = QStandardItemModel(self)
        self.people = QListView()
        self.people.setModel(self.people_model)
        self.people.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.people.setWordWrap(True)
        self.people.setSpacing(2)
        self.people.activated.connect(lambda i: self.person_chosen.emit(str(i.data(Qt.ItemDataRole.UserRole + 1))))
        self.no_people = wrapped(self.tr("Nobody linked yet. Drag items onto a person, or link one in “Tags & links”."))
        self.kinds = KindCounts()
        self.custody = CustodyBox()
        self.message = wrapped()
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        for b in (self.edit_button, self.dossier_button, self.bundle_button):
            head.addWidget(b, 0, Qt.AlignmentFlag.AlignTop)
        people_box = QVBoxLayout()
        people_box.addWidget(self.people, 1)
        people_box.addWidget(self.no_people)
        overview_layout(
            self,
            head,
            (self.summary, self.message),
            group(self.tr("Chronology"), self.chronology),
            [
                (group(self.tr("People"), people_box), 1),
                (group(self.tr("Items"), self.kinds), 0),
                (group(self.tr("Custody"), self.custody), 0),
            ],
        )

    def show_case(self, case_id: str) -> None:
        self.case_id = case_id
        self.reload()

    def reload(self) -> None:
        if not self.case_id:
            return
        case_id = self.case_id
        self._worker.submit(lambda job: case_overview(job.vault, case_id), done=self._loaded, error=self._failed)

    def _loaded(self, ov: CaseOverview) -> None:
        if ov.case.id != self.case_id:
            return  # another case was chosen meanwhile
        self.title.setText(ov.case.title)
        self.title.setToolTip(ov.case.title)
        self.summary.setText(ov.case.summary or self.tr("No summary yet: “Edit case…” adds one."))
        self.chronology.model.set_events(ov.chronology)
        people_rows(self.people_model, ov, self.tr("protected"))
        self.people.setVisible(bool(ov.people))
        self.no_people.setVisible(not ov.people)
        self.kinds.set_counts(ov.kinds)
        self.custody.set_summary(ov.custody)
        self.message.hide()
        self.loaded.emit(ov)

    def _failed(self, exc: object) -> None:
        self.message.setText(error_text(exc))
        self.message.show()

    def _run(self, fn: object) -> None:
        self._worker.submit(fn, done=lambda _r: self._edited(), error=self._failed)  # type: ignore[arg-type]

    def _edited(self) -> None:
        self.reload()
        self.changed.emit()

    def _add_entry(self, date: str, kind: str, text: str) -> None:
        case_id = self.case_id
        self._run(lambda job: cases.add_case_event(job.vault, case_id, date, text, kind))

    def _edit_entry(self, event_id: str, date: str, kind: str, text: str) -> None:
        self._run(lambda job: cases.update_case_event(job.vault, event_id, date, text, kind))

    def _remove_entry(self, event_id: str) -> None:
        self._run(lambda job: cases.delete_case_event(job.vault, event_id))
