"""The left panel's tree: all items, cases, people, tags (as a tree of paths), saved searches."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QMimeData, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel

from ..data import NavData
from ..format import role_label
from ..privacy import shown_name
from ..tag_labels import tag_label
from .items_model import ITEMS_MIME, decode_ids

NAV_KIND_ROLE = Qt.ItemDataRole.UserRole + 1
NAV_ID_ROLE = Qt.ItemDataRole.UserRole + 2

ALL, SECTION, CASE, PERSON, TAG, SAVED = "all", "section", "case", "person", "tag", "saved"


def _node(text: str, kind: str, ident: str = "", tooltip: str = "") -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setDragEnabled(False)
    item.setDropEnabled(kind in (CASE, PERSON))  # items dragged from the list land on these only
    item.setData(kind, NAV_KIND_ROLE)
    item.setData(ident, NAV_ID_ROLE)
    if tooltip:
        item.setToolTip(tooltip)
    if kind == SECTION:
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        item.setSelectable(False)
    return item


class NavModel(QStandardItemModel):
    """Cases and people accept item ids dropped from the item list; the model only reports the
    drop (`items_dropped`), the window decides what to do (a person's drop asks for a role)."""

    items_dropped = Signal(str, str, list)  # CASE or PERSON, its id, the item ids

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.invisibleRootItem().setDropEnabled(False)
        self.populate(None)

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt API
        return [ITEMS_MIME]

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt API
        return Qt.DropAction.LinkAction | Qt.DropAction.CopyAction

    def _target(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> tuple[str, str] | None:
        # Dropped onto a node (row == -1) or between nodes (row >= 0 under parent): only a node
        # itself is a target, never the gap between two cases.
        if row != -1 or not parent.isValid():
            return None
        kind = parent.data(NAV_KIND_ROLE)
        return (str(kind), str(parent.data(NAV_ID_ROLE))) if kind in (CASE, PERSON) else None

    def canDropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,  # noqa: N802
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        return bool(decode_ids(data)) and self._target(row, parent) is not None

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,  # noqa: N802
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        ids, target = decode_ids(data), self._target(row, parent)
        if not ids or target is None or action == Qt.DropAction.IgnoreAction:
            return False
        self.items_dropped.emit(target[0], target[1], ids)
        return True

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:  # noqa: N802
        return QMimeData()  # nothing is dragged out of the navigator

    def populate(self, nav: NavData | None) -> None:
        self.clear()
        root = self.invisibleRootItem()
        root.appendRow(_node(self.tr("All items"), ALL))
        cases = _node(self.tr("Cases"), SECTION, "cases")
        people = _node(self.tr("People"), SECTION, "people")
        tags = _node(self.tr("Tags"), SECTION, "tags")
        saved = _node(self.tr("Saved searches"), SECTION, "saved")
        for section in (cases, people, tags, saved):
            root.appendRow(section)
        if nav is None:
            return
        for c in nav.cases:
            tip = "\n".join(t for t in (c.title, c.summary[:300]) if t)  # the whole title, when elided
            cases.appendRow(_node(f"{c.title} ({c.items})", CASE, c.id, tip))
        for p in nav.people:
            label = shown_name(p) + (f" — {role_label(p.role)}" if p.role else "")
            if p.protected:
                label += " · " + self.tr("protected")
            tip = (
                self.tr("Protected: shown as “%1” in partner and public exports").replace("%1", p.pseudonym or "—")
                if p.protected
                else ""
            )
            people.appendRow(_node(label, PERSON, p.id, "\n".join(t for t in (label, tip) if t)))
        nodes: dict[str, QStandardItem] = {}
        for tag in nav.tags:
            path = tag.path
            parent_path = path.rpartition("/")[0]
            shown = tag_label(path, tag.label)
            text = f"{shown} ({tag.items})" if tag.items else shown
            node = _node(text, TAG, path, path)
            nodes[path] = node
            nodes.get(parent_path, tags).appendRow(node)
        for s in nav.saved:
            saved.appendRow(_node(s.name, SAVED, s.id, s.query))
