"""Centre panel: the search field (debounced, searched on the worker) and the item table."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vault.search import Filters

from ..models.items_model import DATE, ITEM_ID_ROLE, KIND, TAKEN, TITLE, ItemsModel
from .empty_state import EmptyState
from .snippet_delegate import SnippetDelegate

DEBOUNCE_MS = 250


class ItemListPanel(QWidget):
    current_item = Signal(str)  # '' when nothing is selected
    open_item = Signal(str)
    save_search = Signal(str, object)  # query, filters
    menu_requested = Signal(list, object)  # selected item ids, global QPoint

    def __init__(self, model: ItemsModel) -> None:
        super().__init__()
        self.model = model
        self._filters = Filters()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search titles, testimonies, notes, people, tags…"))
        self.search.setClearButtonEnabled(True)
        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self._apply)
        self.search.textChanged.connect(lambda _t: self.debounce.start())
        self.save_button = QPushButton(self.tr("Save search"))
        self.save_button.clicked.connect(lambda: self.save_search.emit(self.search.text().strip(), self._filters))
        self.status = QLabel()
        self.view = QTableView()
        self.view.setModel(model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.setDragEnabled(True)  # onto a case or a person in the navigator
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.view.setDefaultDropAction(Qt.DropAction.LinkAction)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setSortingEnabled(True)
        self.view.horizontalHeader().setSortIndicator(DATE, Qt.SortOrder.DescendingOrder)
        self.view.verticalHeader().setVisible(False)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(52)
        self.view.setIconSize(QSize(48, 48))
        self.view.setWordWrap(False)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        metrics = self.view.fontMetrics()
        for col, sample in ((KIND, "Testimony____"), (DATE, "28.11.2026 00:59____"), (TAKEN, "28.11.2026 00:59____")):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(col, metrics.horizontalAdvance(sample))
        self.view.setItemDelegateForColumn(TITLE, SnippetDelegate(self.view))  # search snippets, highlighted
        self.empty_state = EmptyState(self.view)  # what to do next when nothing is shown
        model.modelReset.connect(self.empty_state.label.hide)  # until the new rows (or none) arrive
        self.view.selectionModel().selectionChanged.connect(self._selection_changed)
        # Ctrl+arrows move the current row inside a selection: the details follow it.
        self.view.selectionModel().currentRowChanged.connect(lambda _c, _p: self.current_item.emit(self.selected_id()))
        self.view.activated.connect(self._activated)
        model.loaded.connect(self._loaded)
        model.modelReset.connect(lambda: self.current_item.emit(""))
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.save_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.view, 1)
        lay.addWidget(self.status)

    def set_filters(self, filters: Filters, query: str | None = None) -> None:
        self._filters = filters
        if query is not None and query != self.search.text():
            self.search.blockSignals(True)
            self.search.setText(query)
            self.search.blockSignals(False)
        self.debounce.stop()
        self._apply()

    def refresh(self) -> None:
        self.model.set_view(self._filters, self.search.text())

    def _apply(self) -> None:
        self.status.setText(self.tr("Searching…") if self.search.text().strip() else self.tr("Loading…"))
        self.model.set_view(self._filters, self.search.text())

    def _loaded(self, rows: int) -> None:
        self.empty_state.update_for(self.model.filters, self.model.query, self.model.rowCount(), False)
        if self.model.query:
            self.status.setText(self.tr("%n result(s)", "", rows))
        else:
            more = self.tr(" (scroll for more)") if self.model.canFetchMore(QModelIndex()) else ""
            self.status.setText(self.tr("%n item(s)", "", rows) + more)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.current_item.emit(self.selected_id())
        count = len(self.view.selectionModel().selectedRows())
        if count > 1:
            self.status.setText(self.tr("%n item(s) selected", "", count))

    def _context_menu(self, pos: QPoint) -> None:
        ids = self.selected_ids()
        if ids:
            self.menu_requested.emit(ids, self.view.viewport().mapToGlobal(pos))

    def selected_ids(self) -> list[str]:
        """Ids of the selected rows, in the order shown."""
        rows = sorted(self.view.selectionModel().selectedRows(), key=lambda i: i.row())
        return [str(i.data(ITEM_ID_ROLE)) for i in rows]

    def _activated(self, index: QModelIndex) -> None:
        self.open_item.emit(str(index.data(ITEM_ID_ROLE)))

    def selected_id(self) -> str:
        """The item the details panel shows: the current row if selected, else the first one."""
        current = self.view.currentIndex()
        if current.isValid() and self.view.selectionModel().isRowSelected(current.row()):
            return str(current.siblingAtColumn(TITLE).data(ITEM_ID_ROLE))
        ids = self.selected_ids()
        return ids[0] if ids else ""
