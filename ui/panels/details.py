"""Right panel: the selected item's metadata (with EXIF/GPS), tags, links, testimony
revisions and custody history. Data arrives from the worker as an ItemDetails."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..data import ItemDetails
from ..format import (
    display_value,
    human_size,
    kind_label,
    local_datetime,
    local_taken,
    metadata_label,
    role_label,
)
from ..intake_words import intake_warning
from ..privacy import shown_name
from ..viewers.exif import format_gps
from .custody_view import CustodyPanel
from .person_links import CaseLinker, PersonLinker, mark_case_row, mark_person_row
from .provenance_badge import ProvenanceBadges
from .tags_editor import TagsEditor


def _value_label(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def gps_from_metadata(metadata: dict[str, object]) -> tuple[float, float] | None:
    """Find coordinates in intake metadata, whatever nesting the intake used."""
    stack: list[object] = [metadata]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            lat = node.get("lat", node.get("latitude"))
            lon = node.get("lon", node.get("lng", node.get("longitude")))
            if isinstance(lat, int | float) and isinstance(lon, int | float):
                return float(lat), float(lon)
            stack.extend(node.values())
    return None


def _pages(metadata: dict[str, object]) -> str:
    """How many pages a document has (a PDF's count at intake, or the page images received)."""
    count = metadata.get("pages")
    return str(count) if isinstance(count, int) and not isinstance(count, bool) and count > 0 else ""


MIN_WIDTH = 320
_OPTIONAL_FIELDS = frozenset({"name", "gps", "warning", "taken", "pages"})


class DetailsPanel(QWidget):
    open_requested = Signal(str)
    edit_testimony = Signal(str)
    add_tag = Signal(str, str)  # item id, tag
    remove_tags = Signal(str, list)
    copy_text = Signal(str)
    link_person = Signal(str, str, str)  # item id, person id, role
    unlink_person = Signal(str, str)  # item id, person id
    link_case = Signal(str, str)  # item id, case id
    unlink_case = Signal(str, str)  # item id, case id

    def __init__(self) -> None:
        super().__init__()
        self.item_id = ""
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(lambda: self.open_requested.emit(self.item_id))
        self.edit_button = QPushButton(self.tr("Edit testimony…"))
        self.edit_button.clicked.connect(lambda: self.edit_testimony.emit(self.item_id))
        self.fields: dict[str, QLabel] = {}
        self.form = form = QFormLayout()
        for key, label in (
            ("kind", self.tr("Kind")),
            ("created", self.tr("Added")),
            ("taken", self.tr("Taken")),
            ("name", self.tr("Original name")),
            ("size", self.tr("Size")),
            ("mime", self.tr("Type")),
            ("pages", self.tr("Pages")),
            ("sha256", self.tr("SHA-256")),
            ("gps", self.tr("GPS")),
            ("warning", self.tr("Warning")),
        ):
            self.fields[key] = _value_label()
            form.addRow(label, self.fields[key])
        self.copy_hash = QPushButton(self.tr("Copy SHA-256"))
        self.sha256 = ""
        self.copy_hash.clicked.connect(lambda: self.copy_text.emit(self.sha256))
        self.metadata = QTreeWidget()
        self.metadata.setHeaderLabels([self.tr("Metadata"), self.tr("Value")])
        meta_page = QWidget()
        meta_lay = QVBoxLayout(meta_page)
        meta_lay.addLayout(form)
        meta_lay.addWidget(self.copy_hash, 0, Qt.AlignmentFlag.AlignLeft)
        meta_lay.addWidget(self.metadata, 1)
        self.tags = TagsEditor()
        self.tags.add_tag.connect(lambda t: self.add_tag.emit(self.item_id, t))
        self.tags.remove_tags.connect(lambda ts: self.remove_tags.emit(self.item_id, ts))
        self.links = QListWidget()
        self.links.setWordWrap(True)
        links_page = QWidget()
        links_lay = QVBoxLayout(links_page)
        links_lay.addWidget(QLabel(self.tr("Tags")))
        links_lay.addWidget(self.tags)
        links_lay.addWidget(QLabel(self.tr("People and cases")))
        links_lay.addWidget(self.links, 1)
        self.linker = PersonLinker(self.links)
        self.linker.link.connect(lambda p, r: self.link_person.emit(self.item_id, p, r))
        self.linker.unlink.connect(lambda p: self.unlink_person.emit(self.item_id, p))
        links_lay.addWidget(self.linker)
        self.case_linker = CaseLinker(self.links)
        self.case_linker.link.connect(lambda c: self.link_case.emit(self.item_id, c))
        self.case_linker.unlink.connect(lambda c: self.unlink_case.emit(self.item_id, c))
        links_lay.addWidget(self.case_linker)
        self.revisions = QTreeWidget()
        self.revisions.setHeaderLabels([self.tr("Revision"), self.tr("Date"), self.tr("By"), self.tr("SHA-256")])
        self.custody = CustodyPanel()
        self.custody.copy_text.connect(self.copy_text)
        self.tabs = QTabWidget()
        self.tabs.setUsesScrollButtons(True)  # long tab names (ru, kk) never widen the panel
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(meta_page)
        self.tabs.addTab(scroll, self.tr("Details"))
        self.tabs.addTab(links_page, self.tr("Tags && links"))
        self.tabs.addTab(self.revisions, self.tr("Revisions"))
        self.tabs.addTab(self.custody, self.tr("Custody"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.edit_button)
        buttons.addStretch(1)
        self.empty = QLabel(self.tr("Select an item to see its details."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QWidget()
        body_lay = QVBoxLayout(self.body)
        body_lay.setContentsMargins(0, 0, 0, 0)
        body_lay.addWidget(self.title)
        self.provenance = ProvenanceBadges()
        body_lay.addWidget(self.provenance)
        body_lay.addLayout(buttons)
        body_lay.addWidget(self.tabs, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.empty)
        lay.addWidget(self.body)
        # The splitter keeps the width it gave this panel: what is shown inside (a long title, a
        # wide tab bar) wraps, scrolls or elides instead of pushing the other panes around.
        self.setMinimumWidth(MIN_WIDTH)
        self.clear()

    def clear(self) -> None:
        self.item_id = ""
        self.body.hide()
        self.empty.show()
        for label in self.fields.values():
            label.clear()
        for tree in (self.metadata, self.revisions):
            tree.clear()
        self.custody.set_view(None)
        self.links.clear()
        self.tags.set_tags((), [])

    def show_details(self, d: ItemDetails) -> None:
        it = d.item
        self.item_id = it.id
        self.empty.hide()
        self.body.show()
        self.title.setText(it.title)
        self.edit_button.setVisible(it.kind == "testimony")
        self.provenance.show_for(it.metadata)
        values = {
            "kind": kind_label(it.kind),
            "created": local_datetime(it.created),
            "taken": local_taken(str(it.metadata.get("taken") or "")),
            "name": it.original_name,
            "size": human_size(it.size),
            "mime": it.mime,
            "pages": _pages(it.metadata),
            "sha256": it.sha256 or "",
            "gps": format_gps(gps_from_metadata(it.metadata)),
            "warning": intake_warning(it.warning),
        }
        self.sha256 = it.sha256 or ""
        values["sha256"] = "\u200b".join(self.sha256[i : i + 16] for i in range(0, len(self.sha256), 16))
        for key, value in values.items():
            self.fields[key].setText(value)
            if key in _OPTIONAL_FIELDS:
                # A testimony has no file name or GPS; an empty "Warning" row would alarm for nothing.
                self.form.setRowVisible(self.fields[key], bool(value))
        self.metadata.clear()
        self._fill_metadata(self.metadata.invisibleRootItem(), it.metadata)
        self.metadata.expandAll()
        self.metadata.resizeColumnToContents(0)
        self.tags.set_tags(it.tags, d.all_tags)
        self.links.clear()
        for link in d.people:
            name = shown_name(link.person) + (" · " + self.tr("protected") if link.person.protected else "")
            role = role_label(link.role or link.person.role)
            self.links.addItem(self.tr("Person: %1 (%2)").replace("%1", name).replace("%2", role))
            mark_person_row(self.links.item(self.links.count() - 1), link.person.id)
        for case_id, title in d.cases:
            self.links.addItem(self.tr("Case: %1").replace("%1", title))
            mark_case_row(self.links.item(self.links.count() - 1), case_id)
        self.revisions.clear()
        for r in d.revisions:
            QTreeWidgetItem(self.revisions, [str(r.rev), local_datetime(r.created), r.actor, r.sha256[:16] + "…"])
        self.tabs.setTabEnabled(2, bool(d.revisions))
        self.custody.set_view(d.custody)

    def _fill_metadata(self, parent: QTreeWidgetItem, value: object) -> None:
        if isinstance(value, dict):
            for k, v in value.items():
                node = QTreeWidgetItem(
                    parent, [metadata_label(str(k)), "" if isinstance(v, dict | list) else display_value(v)]
                )
                self._fill_metadata(node, v)
        elif isinstance(value, list):
            for i, v in enumerate(value[:200]):
                node = QTreeWidgetItem(parent, [str(i + 1), "" if isinstance(v, dict | list) else display_value(v)])
                self._fill_metadata(node, v)
