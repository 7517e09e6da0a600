"""Create or edit a person: name, pseudonym, role, protected, aliases, notes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

from vault import people
from vault.models import PERSON_ROLES, Person

from ..format import error_text, role_label
from ..worker import Job, VaultWorker


class PersonDialog(QDialog):
    saved = Signal(str)

    def __init__(self, worker: VaultWorker, person_id: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self.person_id = person_id
        self.setWindowTitle(self.tr("Edit person") if person_id else self.tr("New person"))
        self.resize(560, 420)
        self.name = QLineEdit()
        self.pseudonym = QLineEdit()
        self.pseudonym.setPlaceholderText(self.tr("shown instead of the name in protecting exports"))
        self.role = QComboBox()
        self.role.addItem(self.tr("(none)"), "")
        for role in PERSON_ROLES:
            self.role.addItem(role_label(role), role)
        self.protected = QCheckBox(self.tr("Protected: never name this person outside internal exports"))
        self.aliases = QLineEdit()
        self.aliases.setPlaceholderText(self.tr("other spellings, separated by commas"))
        self.notes = QPlainTextEdit()
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Pseudonym"), self.pseudonym)
        form.addRow(self.tr("Role"), self.role)
        form.addRow("", self.protected)
        form.addRow(self.tr("Aliases"), self.aliases)
        form.addRow(self.tr("Notes"), self.notes)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)
        if person_id:
            worker.submit(lambda job: people.get_person(job.vault, person_id), done=self._loaded, error=self._error)

    def _loaded(self, p: Person) -> None:
        self.name.setText(p.name)
        self.pseudonym.setText(p.pseudonym)
        idx = self.role.findData(p.role)
        self.role.setCurrentIndex(max(idx, 0))
        self.protected.setChecked(p.protected)
        self.aliases.setText(", ".join(p.aliases))
        self.notes.setPlainText(p.notes)

    def save(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.message.setText(self.tr("A person needs a name."))
            return
        if self.protected.isChecked() and not self.pseudonym.text().strip():
            self.message.setText(self.tr("A protected person needs a pseudonym."))
            return
        values = {
            "pseudonym": self.pseudonym.text().strip(), "role": str(self.role.currentData()),
            "protected": self.protected.isChecked(), "notes": self.notes.toPlainText(),
            "aliases": [a.strip() for a in self.aliases.text().split(",") if a.strip()],
        }  # fmt: skip
        person_id = self.person_id

        def work(job: Job) -> str:
            if person_id:
                people.update_person(job.vault, person_id, name=name, **values)  # type: ignore[arg-type]
                return person_id
            return people.add_person(job.vault, name, **values)  # type: ignore[arg-type]

        self.buttons.setEnabled(False)
        self._worker.submit(work, done=self._saved, error=self._error)

    def _saved(self, person_id: str) -> None:
        self.person_id = person_id
        self.saved.emit(person_id)
        self.accept()

    def _error(self, exc: object) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(error_text(exc))
