"""The left panel's tree: all items, cases, people, tags (as a tree of paths), saved searches."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from ..data import NavData
from ..format import role_label
from ..tag_labels import tag_label

NAV_KIND_ROLE = Qt.ItemDataRole.UserRole + 1
NAV_ID_ROLE = Qt.ItemDataRole.UserRole + 2

ALL, SECTION, CASE, PERSON, TAG, SAVED = "all", "section", "case", "person", "tag", "saved"


def _node(text: str, kind: str, ident: str = "", tooltip: str = "") -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
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
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.populate(None)

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
            cases.appendRow(_node(f"{c.title} ({c.items})", CASE, c.id, c.summary[:300]))
        for p in nav.people:
            label = p.name + (f" — {role_label(p.role)}" if p.role else "")
            if p.protected:
                label += " · " + self.tr("protected")
            tip = self.tr("Protected: shown as “%1” in partner and public exports").replace(
                "%1", p.pseudonym or "—") if p.protected else ""  # fmt: skip
            people.appendRow(_node(label, PERSON, p.id, tip))
        nodes: dict[str, QStandardItem] = {}
        for path, label, count in nav.tags:
            parent_path = path.rpartition("/")[0]
            shown = tag_label(path, label)
            text = f"{shown} ({count})" if count else shown
            node = _node(text, TAG, path, path)
            nodes[path] = node
            nodes.get(parent_path, tags).appendRow(node)
        for s in nav.saved:
            saved.appendRow(_node(s.name, SAVED, s.id, s.query))
