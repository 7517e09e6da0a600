"""Left panel: cases, people, tags and saved searches. Selecting a node filters the item list."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QVBoxLayout, QWidget

from vault.search import Filters

from ..data import NavData
from ..models.nav_model import ALL, CASE, NAV_ID_ROLE, NAV_KIND_ROLE, PERSON, SAVED, TAG, NavModel


class NavigatorPanel(QWidget):
    filter_chosen = Signal(object, str)  # Filters, query ('' unless a saved search)
    edit_case = Signal(str)
    edit_person = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.model = NavModel(self)
        self.saved: dict[str, tuple[str, Filters]] = {}
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setHeaderHidden(True)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setUniformRowHeights(True)
        self.view.clicked.connect(self._clicked)
        self.view.activated.connect(self._clicked)
        self.view.doubleClicked.connect(self._double_clicked)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.view)

    def populate(self, nav: NavData | None) -> None:
        self.model.populate(nav)
        self.saved = {s.id: (s.query, s.filters) for s in nav.saved} if nav else {}
        for row in range(self.model.rowCount()):
            self.view.expand(self.model.index(row, 0))

    def _clicked(self, index: QModelIndex) -> None:
        kind = index.data(NAV_KIND_ROLE)
        ident = str(index.data(NAV_ID_ROLE) or "")
        if kind == ALL:
            self.filter_chosen.emit(Filters(), "")
        elif kind == CASE:
            self.filter_chosen.emit(Filters(case_id=ident), "")
        elif kind == PERSON:
            self.filter_chosen.emit(Filters(person_id=ident), "")
        elif kind == TAG:
            self.filter_chosen.emit(Filters(tag=ident), "")
        elif kind == SAVED and ident in self.saved:
            query, filters = self.saved[ident]
            self.filter_chosen.emit(filters, query)

    def _double_clicked(self, index: QModelIndex) -> None:
        kind = index.data(NAV_KIND_ROLE)
        ident = str(index.data(NAV_ID_ROLE) or "")
        if kind == CASE:
            self.edit_case.emit(ident)
        elif kind == PERSON:
            self.edit_person.emit(ident)
