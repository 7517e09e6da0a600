"""The centre of the main window: the item list, and above it in a tab the overview of the case
or person selected in the navigator. Selecting a case opens its overview; the "Items" tab
still lists the case's items (and is where the context menu and drags start)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QTabWidget, QWidget

from vault.search import Filters

from ..panels.item_list import ItemListPanel
from ..worker import VaultWorker
from .case_overview import CaseOverviewWidget
from .person_overview import PersonOverviewWidget

OVERVIEW, ITEMS = 0, 1


class CenterPane(QTabWidget):
    overview_active = Signal(bool)  # the overview tab became current (True) or left (False)

    def __init__(self, item_list: ItemListPanel, worker: VaultWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDocumentMode(True)
        self.item_list = item_list
        self.case_overview = CaseOverviewWidget(worker)
        self.person_overview = PersonOverviewWidget(worker)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.case_overview)
        self.stack.addWidget(self.person_overview)
        self.addTab(self.stack, self.tr("Overview"))
        self.addTab(item_list, self.tr("Items"))
        item_list.model.loaded.connect(self._count)
        self.currentChanged.connect(lambda _i: self.overview_active.emit(self.overview_active_now()))
        self.show_for(Filters(), "")

    def show_for(self, filters: Filters, query: str) -> None:
        """Follow the navigator: a case or a person gets its overview; anything else, the list."""
        if filters.case_id and not query:
            self.stack.setCurrentWidget(self.case_overview)
            self.case_overview.show_case(filters.case_id)
            self.setTabText(OVERVIEW, self.tr("Case overview"))
        elif filters.person_id and not query:
            self.stack.setCurrentWidget(self.person_overview)
            self.person_overview.show_person(filters.person_id)
            self.setTabText(OVERVIEW, self.tr("Person overview"))
        if not (filters.case_id or filters.person_id) or query:
            self.setTabVisible(OVERVIEW, False)
            self.tabBar().setVisible(False)
            self.setCurrentIndex(ITEMS)
        else:
            self.setTabVisible(OVERVIEW, True)
            self.tabBar().setVisible(True)
            self.setCurrentIndex(OVERVIEW)
        self.overview_active.emit(self.overview_active_now())

    def overview_active_now(self) -> bool:
        return self.overview_shown() and self.currentIndex() == OVERVIEW

    def overview_shown(self) -> bool:
        return self.isTabVisible(OVERVIEW)

    def reload_overview(self) -> None:
        if self.overview_shown():
            current = self.stack.currentWidget()
            if isinstance(current, CaseOverviewWidget | PersonOverviewWidget):
                current.reload()

    def _count(self, rows: int) -> None:
        more = "+" if self.item_list.model.canFetchMore(self.item_list.model.index(-1, -1)) else ""
        self.setTabText(ITEMS, self.tr("Items (%1)").replace("%1", f"{rows}{more}"))
