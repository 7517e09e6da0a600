"""The centre item list: a virtualised table over the vault.

Browsing pages in 200 rows at a time (canFetchMore/fetchMore, each page loaded on the worker);
a non-empty query switches to full-text search results (also on the worker). Sorting by
title, kind or date is done by the database when browsing, in memory for search results.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from vault.browse import ItemRow
from vault.search import Filters

from ..data import PAGE_SIZE, load_page, run_search
from ..format import kind_label, local_datetime, local_taken
from ..kind_icons import kind_icon
from ..panels.snippet_delegate import SNIPPET_ROLE
from ..worker import VaultWorker
from .thumbnails import ThumbnailCache

Index = QModelIndex | QPersistentModelIndex
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
TITLE, KIND, DATE, TAKEN = range(4)
# Dragged items carry their ids only: a title or a name must never reach the clipboard or
# another application through a drag.
ITEMS_MIME = "application/x-evidence-vault-item-ids"
_ORDER = {TITLE: "title", KIND: "kind", DATE: "created"}


def encode_ids(ids: Sequence[str]) -> QMimeData:
    mime = QMimeData()
    mime.setData(ITEMS_MIME, QByteArray(json.dumps(list(ids)).encode("ascii")))
    return mime


def decode_ids(mime: QMimeData | None) -> list[str]:
    """The item ids a drag carries, or [] for anything else (or anything malformed)."""
    if mime is None or not mime.hasFormat(ITEMS_MIME):
        return []
    try:
        ids = json.loads(bytes(mime.data(ITEMS_MIME).data()).decode("ascii"))
    except (ValueError, UnicodeDecodeError):
        return []
    return [i for i in ids if isinstance(i, str) and i] if isinstance(ids, list) else []


class ItemsModel(QAbstractTableModel):
    loaded = Signal(int)  # number of rows now in the model, after a page or a search
    failed = Signal(object)

    def __init__(self, worker: VaultWorker, thumbs: ThumbnailCache, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._thumbs = thumbs
        self._rows: list[ItemRow] = []
        self._row_of: dict[str, int] = {}
        self._filters = Filters()
        self._query = ""
        self._order = "created"
        self._descending = True
        self._exhausted = True
        self._pending = False
        self._generation = 0
        thumbs.ready.connect(self._thumbnail_ready)

    # ----- what to show ----------------------------------------------------------------------

    @property
    def filters(self) -> Filters:
        return self._filters

    @property
    def query(self) -> str:
        return self._query

    def set_view(self, filters: Filters, query: str) -> None:
        self._filters = filters
        self._query = query.strip()
        self.reload()

    def reload(self) -> None:
        self._generation += 1
        self.beginResetModel()
        self._rows = []
        self._row_of = {}
        self._pending = False
        self._exhausted = bool(self._query)
        self.endResetModel()
        if self._query:
            self._start_search()
        else:
            self.fetchMore(QModelIndex())

    def clear(self) -> None:
        """On lock: forget every row."""
        self._generation += 1
        self.beginResetModel()
        self._rows, self._row_of = [], {}
        self._exhausted, self._pending = True, False
        self.endResetModel()

    def is_loading(self) -> bool:
        return self._pending

    def row_data(self, row: int) -> ItemRow:
        return self._rows[row]

    def row_of(self, item_id: str) -> int:
        return self._row_of.get(item_id, -1)

    # ----- paging ----------------------------------------------------------------------------

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802 - Qt API
        return not parent.isValid() and not self._exhausted and not self._pending

    def fetchMore(self, parent: Index) -> None:  # noqa: N802 - Qt API
        if parent.isValid() or self._exhausted or self._pending:
            return
        self._pending = True
        gen, filters, order, desc = self._generation, self._filters, self._order, self._descending
        after = self._rows[-1] if self._rows else None
        self._worker.submit(
            lambda job: load_page(job.vault, filters, order, desc, after),
            done=lambda rows: self._page_done(gen, rows),
            error=lambda exc: self._failed(gen, exc),
        )

    def _page_done(self, gen: int, rows: list[ItemRow]) -> None:
        if gen != self._generation:
            return
        self._pending = False
        self._exhausted = len(rows) < PAGE_SIZE
        self._append(rows)

    def _start_search(self) -> None:
        self._pending = True
        gen, query, filters = self._generation, self._query, self._filters
        self._worker.submit(
            lambda job: run_search(job.vault, query, filters),
            done=lambda rows: self._search_done(gen, rows),
            error=lambda exc: self._failed(gen, exc),
        )

    def _search_done(self, gen: int, rows: list[ItemRow]) -> None:
        if gen != self._generation:
            return
        self._pending = False
        if self._order != "relevance":
            rows = self._sorted(rows)
        self._append(rows)

    def _append(self, rows: list[ItemRow]) -> None:
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            for i, r in enumerate(rows, first):
                self._row_of[r.id] = i
            self.endInsertRows()
        self.loaded.emit(len(self._rows))

    def _failed(self, gen: int, exc: object) -> None:
        if gen == self._generation:
            self._pending = False
            self._exhausted = True
            self.failed.emit(exc)

    # ----- sorting ---------------------------------------------------------------------------

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = _ORDER.get(column)
        if key is None:
            return
        self._order, self._descending = key, order == Qt.SortOrder.DescendingOrder
        if self._query:
            if self._pending:
                return
            self.layoutAboutToBeChanged.emit()
            self._rows = self._sorted(self._rows)
            self._row_of = {r.id: i for i, r in enumerate(self._rows)}
            self.layoutChanged.emit()
        elif self._rows or not self._pending:
            self.reload()

    def _sorted(self, rows: list[ItemRow]) -> list[ItemRow]:
        keys = {
            "title": lambda r: (r.title.casefold(), r.created),
            "kind": lambda r: (r.kind, r.created),
            "created": lambda r: (r.created, r.id),
        }
        return sorted(rows, key=keys[self._order], reverse=self._descending)

    # ----- Qt model API ----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt API
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {TITLE: self.tr("Title"), KIND: self.tr("Kind"), DATE: self.tr("Added"), TAKEN: self.tr("Taken")}.get(
            section
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == TITLE:
                return row.title
            if col == KIND:
                return kind_label(row.kind)
            if col == DATE:
                return local_datetime(row.created)
            if col == TAKEN:
                return local_taken(row.taken)
        elif role == Qt.ItemDataRole.DecorationRole and col == TITLE:
            if row.has_thumbnail:
                pix = self._thumbs.get(row.id)
                if pix is not None:
                    return pix
            return kind_icon(row.kind)
        elif role == Qt.ItemDataRole.ToolTipRole and col == TITLE:
            return row.snippet or row.title
        elif role == ITEM_ID_ROLE:
            return row.id
        elif role == SNIPPET_ROLE and col == TITLE:
            return row.snippet
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [ITEMS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        rows = sorted({i.row() for i in indexes if i.isValid() and i.row() < len(self._rows)})
        return encode_ids([self._rows[r].id for r in rows])

    def supportedDragActions(self) -> Qt.DropAction:  # noqa: N802 - Qt API
        return Qt.DropAction.LinkAction | Qt.DropAction.CopyAction

    def _thumbnail_ready(self, item_id: str) -> None:
        row = self._row_of.get(item_id, -1)
        if 0 <= row < len(self._rows) and self._rows[row].id == item_id:
            idx = self.index(row, TITLE)
            self.dataChanged.emit(idx, idx, [Qt.ItemDataRole.DecorationRole])
