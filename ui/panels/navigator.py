"""Left panel: cases, people, tags and saved searches. Selecting a node filters the item list."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QInputDialog, QMenu, QTreeView, QVBoxLayout, QWidget

from vault.models import PERSON_ROLES
from vault.search import Filters

from ..data import NavData
from ..format import role_label
from ..models.nav_model import ALL, CASE, NAV_ID_ROLE, NAV_KIND_ROLE, PERSON, SAVED, TAG, NavModel


class NavigatorPanel(QWidget):
    filter_chosen = Signal(object, str)  # Filters, query ('' unless a saved search)
    edit_case = Signal(str)
    edit_person = Signal(str)
    delete_saved = Signal(str, str)  # saved search id, its name
    link_to_case = Signal(list, str)  # item ids, case id (dropped onto the case)
    link_to_person = Signal(list, str, str)  # item ids, person id, role (dropped onto the person)

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
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.view.setDropIndicatorShown(True)
        self.view.setDefaultDropAction(Qt.DropAction.LinkAction)
        self.model.items_dropped.connect(self._dropped)
        self.delete_action = QAction(self.tr("Delete saved search…"), self.view)
        self.delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(lambda: self.request_delete(self.view.currentIndex()))
        self.view.addAction(self.delete_action)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
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

    def _dropped(self, kind: str, ident: str, ids: list[str]) -> None:
        if kind == CASE:
            self.link_to_case.emit(ids, ident)
        elif kind == PERSON:
            # Asked once the drop is over: a modal dialog inside the drop handler would run while
            # the platform's drag is still in progress.
            QTimer.singleShot(0, lambda: self._ask_role_and_link(ids, ident))

    def _ask_role_and_link(self, ids: list[str], person_id: str) -> None:
        role = self.ask_role(len(ids))
        if role is not None:
            self.link_to_person.emit(ids, person_id, role)

    def ask_role(self, count: int) -> str | None:
        """The role of the person in the dropped items, or None if the user cancelled."""
        labels = [role_label(r) for r in PERSON_ROLES]
        label, ok = QInputDialog.getItem(
            self,
            self.tr("Link person"),
            self.tr("Role of the person in the %n item(s):", "", count),
            labels,
            0,
            False,
        )
        return PERSON_ROLES[labels.index(label)] if ok and label in labels else None

    def _double_clicked(self, index: QModelIndex) -> None:
        kind = index.data(NAV_KIND_ROLE)
        ident = str(index.data(NAV_ID_ROLE) or "")
        if kind == CASE:
            self.edit_case.emit(ident)
        elif kind == PERSON:
            self.edit_person.emit(ident)

    def _context_menu(self, pos: QPoint) -> None:
        index = self.view.indexAt(pos)
        if index.data(NAV_KIND_ROLE) == SAVED:
            self.view.setCurrentIndex(index)
            menu = QMenu(self)
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.addAction(self.delete_action)
            menu.popup(self.view.viewport().mapToGlobal(pos))

    def request_delete(self, index: QModelIndex) -> None:
        """Ask to delete the saved search at `index` (anything else is ignored)."""
        if index.isValid() and index.data(NAV_KIND_ROLE) == SAVED:
            self.delete_saved.emit(str(index.data(NAV_ID_ROLE)), str(index.data()))
