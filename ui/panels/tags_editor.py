"""Tags of the selected item: a list with remove, and a field with completion to add."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..tag_labels import tag_label


class TagsEditor(QWidget):
    add_tag = Signal(str)
    remove_tags = Signal(list)

    def __init__(self) -> None:
        super().__init__()
        self.list = QListWidget()
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.list.setMaximumHeight(140)
        self.field = QLineEdit()
        self.field.setPlaceholderText(self.tr("Add a tag, e.g. violation/torture"))
        self.completions = QStringListModel(self)
        completer = QCompleter(self.completions, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.field.setCompleter(completer)
        self.field.returnPressed.connect(self._add)
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.clicked.connect(self._add)
        self.remove_button = QPushButton(self.tr("Remove selected"))
        self.remove_button.clicked.connect(self._remove)
        row = QHBoxLayout()
        row.addWidget(self.field, 1)
        row.addWidget(self.add_button)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.list)
        lay.addLayout(row)
        lay.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignLeft)

    def set_tags(self, tags: tuple[str, ...] | list[str], known: list[str]) -> None:
        self.list.clear()
        for tag in tags:  # the label in the interface language; the path (the tag itself) as a hint
            row = QListWidgetItem(tag_label(tag, ""))
            row.setToolTip(tag)
            row.setData(Qt.ItemDataRole.UserRole, tag)
            self.list.addItem(row)
        self.completions.setStringList(known)

    def paths(self) -> list[str]:
        return [str(self.list.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.list.count())]

    def _add(self) -> None:
        text = self.field.text().strip()
        if text:
            self.field.clear()
            self.add_tag.emit(text)

    def _remove(self) -> None:
        chosen = [str(i.data(Qt.ItemDataRole.UserRole)) for i in self.list.selectedItems()]
        if chosen:
            self.remove_tags.emit(chosen)
