"""A person at a glance, shown when a person is selected in the navigator: role and protection,
the cases they belong to (with their role), the items linked to them, counts and custody."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHBoxLayout, QHeaderView, QListView, QPushButton, QTreeView, QWidget

from vault.case_overview import PersonOverview, person_overview

from ..format import error_text, kind_label, role_label
from ..privacy import shown_name
from ..worker import VaultWorker
from .parts import CustodyBox, KindCounts, group, overview_layout, title_label, wrapped

ID_ROLE = Qt.ItemDataRole.UserRole + 1


def _row(text: str, ident: str = "") -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setToolTip(text)
    item.setData(ident, ID_ROLE)
    return item


class PersonOverviewWidget(QWidget):
    loaded = Signal(object)  # the PersonOverview shown
    edit_person = Signal(str)
    case_chosen = Signal(str)

    def __init__(self, worker: VaultWorker) -> None:
        super().__init__()
        self._worker = worker
        self.person_id = ""
        self.title = title_label()
        self.subtitle = wrapped(selectable=True)
        self.edit_button = QPushButton(self.tr("Edit person…"))
        self.edit_button.clicked.connect(lambda: self.edit_person.emit(self.person_id))
        self.cases_model = QStandardItemModel(self)
        self.cases = QListView()
        self.cases.setModel(self.cases_model)
        self.cases.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.cases.setWordWrap(True)
        self.cases.setSpacing(2)
        self.cases.activated.connect(lambda i: self.case_chosen.emit(str(i.data(ID_ROLE))))
        self.items_model = QStandardItemModel(self)
        self.items = QTreeView()
        self.items.setModel(self.items_model)
        self.items.setRootIsDecorated(False)
        self.items.setEditTriggers(QTreeView.EditTrigger.NoEditTriggers)
        self.items.setAlternatingRowColors(True)
        self.kinds = KindCounts()
        self.custody = CustodyBox()
        self.message = wrapped()
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        overview_layout(
            self,
            head,
            (self.subtitle, self.message),
            group(self.tr("Linked items"), self.items),
            [
                (group(self.tr("Cases"), self.cases), 1),
                (group(self.tr("Items"), self.kinds), 0),
                (group(self.tr("Custody"), self.custody), 0),
            ],
        )

    def show_person(self, person_id: str) -> None:
        self.person_id = person_id
        self.reload()

    def reload(self) -> None:
        if self.person_id:
            pid = self.person_id
            self._worker.submit(lambda job: person_overview(job.vault, pid), done=self._loaded, error=self._failed)

    def _loaded(self, ov: PersonOverview) -> None:
        if ov.person.id != self.person_id:
            return
        p = ov.person
        self.title.setText(shown_name(p))
        parts = [role_label(p.role)] if p.role else []
        if p.protected:
            parts.append(
                self.tr("protected: shown as “%1” in partner and public exports").replace("%1", p.pseudonym or "—")
            )
        self.subtitle.setText(" · ".join(parts))
        self.cases_model.clear()
        for case_id, title, role in ov.cases:
            self.cases_model.appendRow(_row(title + (f" — {role_label(role)}" if role else ""), case_id))
        if not ov.cases:
            self.cases_model.appendRow(_row(self.tr("In no case yet")))
        self.items_model.clear()
        self.items_model.setHorizontalHeaderLabels([self.tr("Title"), self.tr("Kind"), self.tr("Role")])
        for it in ov.items:
            self.items_model.appendRow([_row(it.title, it.id), _row(kind_label(it.kind)), _row(role_label(it.role))])
        header = self.items.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.kinds.set_counts(ov.kinds)
        self.custody.set_summary(ov.custody)
        self.message.hide()
        self.loaded.emit(ov)

    def _failed(self, exc: object) -> None:
        self.message.setText(error_text(exc))
        self.message.show()
