"""Create or edit a person: name, pseudonym, role (the fixed vocabulary), protected, public,
aliases, notes. A pseudonym too close to the name is refused before anything is saved."""

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
)

from vault import people
from vault.models import PERSON_ROLES, Person
from vault.protection.person_checks import AliasNamesHidden
from vault.protection.pseudonyms import WeakPseudonym, refused

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
        self.pseudonym.setPlaceholderText(
            self.tr("shown instead of the name in protecting exports; empty: one is assigned")
        )
        self.role = QComboBox()
        for role in PERSON_ROLES:
            self.role.addItem(role_label(role), role)
        self.role.setCurrentIndex(self.role.findData("other"))
        self.protected = QCheckBox(self.tr("Protected: never name this person outside internal exports"))
        self.public = QCheckBox(
            self.tr("Public: may appear by real name in public exports (officials, public figures)")
        )
        self.public.setToolTip(
            self.tr("Public exports name only people marked public; everyone else is pseudonymised.")
        )
        self.aliases = QLineEdit()
        self.aliases.setPlaceholderText(self.tr("other spellings, separated by commas"))
        self.notes = QPlainTextEdit()
        form = QFormLayout()
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Pseudonym"), self.pseudonym)
        form.addRow(self.tr("Role"), self.role)
        form.addRow("", self.protected)
        form.addRow("", self.public)
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
        self.role.setCurrentIndex(idx if idx >= 0 else self.role.findData("other"))
        self.protected.setChecked(p.protected)
        self.public.setChecked(p.public)
        self.aliases.setText(", ".join(p.aliases))
        self.notes.setPlainText(p.notes)

    def save(self) -> None:
        name = self.name.text().strip()
        if not name:
            self.message.setText(self.tr("A person needs a name."))
            return
        aliases = [a.strip() for a in self.aliases.text().split(",") if a.strip()]
        if refused(self.pseudonym.text(), [name, *aliases]):
            self._refused_pseudonym()
            return
        values = {
            "pseudonym": self.pseudonym.text().strip(),
            "role": str(self.role.currentData()),
            "protected": self.protected.isChecked(),
            "notes": self.notes.toPlainText(),
            "aliases": aliases,
            "public": self.public.isChecked(),
        }
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

    def _refused_pseudonym(self) -> None:
        self.message.setText(
            self.tr(
                "This pseudonym shares a stem with the name or an alias, so it would point to the person. "
                "Choose another, or leave it empty to have one assigned."
            )
        )
        self.pseudonym.setFocus()
        self.pseudonym.selectAll()

    def _error(self, exc: object) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, WeakPseudonym):
            self._refused_pseudonym()
        elif isinstance(exc, AliasNamesHidden):
            self.message.setText(
                self.tr(
                    "An alias carries the name of a person who is hidden in exports. Aliases of people shown "
                    "by name must not; remove it."
                )
            )
        else:
            self.message.setText(error_text(exc))
