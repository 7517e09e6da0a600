"""Under the details panel's "People and cases" list: link a person to the selected item with a
role, or unlink the person selected in that list; add the item to a case, or take it out of the
case selected in that list. Only emits; the window runs the work."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QListWidget, QListWidgetItem, QPushButton, QVBoxLayout, QWidget

from vault.models import PERSON_ROLES, Case, Person

from ..format import role_label
from ..privacy import shown_name

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 11
CASE_ID_ROLE = Qt.ItemDataRole.UserRole + 12


def mark_person_row(row: QListWidgetItem, person_id: str) -> None:
    """Tag a row of the links list as a person link (others are cases)."""
    row.setData(PERSON_ID_ROLE, person_id)


def mark_case_row(row: QListWidgetItem, case_id: str) -> None:
    row.setData(CASE_ID_ROLE, case_id)


def two_rows(owner: QWidget, choosers: list[QWidget], buttons: list[QPushButton]) -> None:
    """The choosers on one row (the first takes the room), the buttons right-aligned below: on one
    row the Kazakh and Russian buttons ("Байланысты үзу", "Істен алып тастау") were cut off at the
    details pane's width at 1366×768."""
    top, bottom = QHBoxLayout(), QHBoxLayout()
    for n, w in enumerate(choosers):
        top.addWidget(w, 1 if n == 0 else 0)
    bottom.addStretch(1)
    for b in buttons:
        bottom.addWidget(b)
    lay = QVBoxLayout(owner)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.addLayout(top)
    lay.addLayout(bottom)


class CaseLinker(QWidget):
    link = Signal(str)  # case id
    unlink = Signal(str)  # case id

    def __init__(self, links: QListWidget) -> None:
        super().__init__()
        self._links = links
        self.case = QComboBox()
        self.case.setMinimumContentsLength(12)
        self.case.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.case.setToolTip(self.tr("Case to add this item to"))
        self.link_button = QPushButton(self.tr("Add to case"))
        self.link_button.clicked.connect(self._link)
        self.unlink_button = QPushButton(self.tr("Remove from case"))
        self.unlink_button.setEnabled(False)
        self.unlink_button.setToolTip(self.tr("Take this item out of the case selected above"))
        self.unlink_button.clicked.connect(self._unlink)
        links.currentItemChanged.connect(lambda _c, _p: self._update())
        two_rows(self, [self.case], [self.link_button, self.unlink_button])
        self.set_cases([])

    def set_cases(self, cases: list[Case]) -> None:
        current = self.case.currentData()
        self.case.clear()
        for c in cases:
            self.case.addItem(c.title, c.id)
            self.case.setItemData(self.case.count() - 1, c.title, Qt.ItemDataRole.ToolTipRole)
        if current:
            self.case.setCurrentIndex(max(0, self.case.findData(current)))
        self.link_button.setEnabled(bool(cases))

    def selected_case(self) -> str:
        row = self._links.currentItem()
        return str(row.data(CASE_ID_ROLE) or "") if row is not None else ""

    def _update(self) -> None:
        self.unlink_button.setEnabled(bool(self.selected_case()))

    def _link(self) -> None:
        case_id = str(self.case.currentData() or "")
        if case_id:
            self.link.emit(case_id)

    def _unlink(self) -> None:
        case_id = self.selected_case()
        if case_id:
            self.unlink.emit(case_id)


class PersonLinker(QWidget):
    link = Signal(str, str)  # person id, role
    unlink = Signal(str)  # person id

    def __init__(self, links: QListWidget) -> None:
        super().__init__()
        self._links = links
        self.person = QComboBox()
        self.person.setMinimumContentsLength(12)
        self.person.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.person.setToolTip(self.tr("Person to link to this item"))
        self.role = QComboBox()
        self.role.setMinimumContentsLength(10)  # the longest role must not squeeze the person's name
        self.role.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.role.addItem(self.tr("(role)"), "")
        # An item's own relations first: a photo that shows someone, a text someone wrote (under the
        # public profile such an item is withheld when the person is hidden), then the person roles.
        for role in ("depicted", "author", *PERSON_ROLES):
            self.role.addItem(role_label(role), role)
        self.role.setToolTip(self.tr("The person's role in this item"))
        self.link_button = QPushButton(self.tr("Link"))
        self.link_button.clicked.connect(self._link)
        self.unlink_button = QPushButton(self.tr("Unlink"))
        self.unlink_button.setEnabled(False)
        self.unlink_button.setToolTip(self.tr("Remove the link to the person selected above"))
        self.unlink_button.clicked.connect(self._unlink)
        links.currentItemChanged.connect(lambda _c, _p: self._update())
        two_rows(self, [self.person, self.role], [self.link_button, self.unlink_button])
        self.set_people([])

    def set_people(self, people: list[Person]) -> None:
        current = self.person.currentData()
        self.person.clear()
        for p in people:
            self.person.addItem(shown_name(p) + (" · " + self.tr("protected") if p.protected else ""), p.id)
        if current:
            self.person.setCurrentIndex(max(0, self.person.findData(current)))
        self.link_button.setEnabled(bool(people))

    def selected_person(self) -> str:
        row = self._links.currentItem()
        return str(row.data(PERSON_ID_ROLE) or "") if row is not None else ""

    def _update(self) -> None:
        self.unlink_button.setEnabled(bool(self.selected_person()))

    def _link(self) -> None:
        person_id = str(self.person.currentData() or "")
        if person_id:
            self.link.emit(person_id, str(self.role.currentData() or ""))

    def _unlink(self) -> None:
        person_id = self.selected_person()
        if person_id:
            self.unlink.emit(person_id)
