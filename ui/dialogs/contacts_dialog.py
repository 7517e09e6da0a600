"""Contacts: this vault's public identity (to give to partners) and the partners' public keys,
to which bundles are encrypted and against which received bundles are checked."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vault import keys
from vault.store import Vault

from ..format import error_text, local_datetime
from ..worker import VaultWorker
from .export_common import message_label

CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def mono_label() -> QLabel:
    label = QLabel()
    font = QFont("DejaVu Sans Mono")
    font.setStyleHint(QFont.StyleHint.Monospace)
    label.setFont(font)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def load_contacts(vault: Vault) -> tuple[keys.PublicIdentity, list[keys.Contact]]:
    return keys.public_identity(vault), keys.list_contacts(vault)


class ContactsDialog(QDialog):
    changed = Signal()
    loaded = Signal()

    def __init__(self, worker: VaultWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Contacts and keys"))
        self.resize(820, 620)
        self._worker = worker
        self.identity: keys.PublicIdentity | None = None
        self.recipient, self.signing_key, self.fingerprint = mono_label(), mono_label(), mono_label()
        own = QGroupBox(self.tr("This vault — give these public keys to your partners"))
        own_form = QFormLayout(own)
        self.copy_buttons: dict[str, QPushButton] = {}
        for key, label, widget in (
            ("recipient", self.tr("Recipient (encrypt to)"), self.recipient),
            ("signing_key", self.tr("Signing key"), self.signing_key),
            ("fingerprint", self.tr("Fingerprint"), self.fingerprint),
        ):
            button = QPushButton(self.tr("Copy"))
            button.clicked.connect(lambda _c=False, w=widget: self._copy(w.text()))
            self.copy_buttons[key] = button
            row = QHBoxLayout()
            row.addWidget(widget, 1)
            row.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
            own_form.addRow(label, row)
        hint = QLabel(
            self.tr(
                "Read the fingerprint to your partner by phone or in person: if theirs matches, "
                "the keys were not swapped on the way."
            )
        )
        hint.setWordWrap(True)
        own_form.addRow(hint)
        self.list = QTreeWidget()
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Name"), self.tr("Fingerprint"), self.tr("Added")])
        self.remove_button = QPushButton(self.tr("Remove contact…"))
        self.remove_button.setEnabled(False)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.itemSelectionChanged.connect(self._selection_changed)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("the partner organisation"))
        self.new_recipient = QLineEdit()
        self.new_recipient.setPlaceholderText("age1…")
        self.new_signing_key = QLineEdit()
        self.new_signing_key.setPlaceholderText(self.tr("base64 or 64 hex digits"))
        self.add_button = QPushButton(self.tr("Add contact"))
        self.add_button.clicked.connect(self.add)
        add_box = QGroupBox(self.tr("Add a partner"))
        add_form = QFormLayout(add_box)
        add_form.addRow(self.tr("Name"), self.name)
        add_form.addRow(self.tr("Recipient"), self.new_recipient)
        add_form.addRow(self.tr("Signing key"), self.new_signing_key)
        add_row = QHBoxLayout()
        add_row.addWidget(self.add_button)
        add_row.addStretch(1)
        add_form.addRow("", add_row)
        self.message = message_label()
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        bottom = QHBoxLayout()
        bottom.addWidget(self.remove_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(own)
        lay.addWidget(QLabel(self.tr("Partners")))
        lay.addWidget(self.list, 1)
        lay.addWidget(add_box)
        lay.addWidget(self.message)
        lay.addLayout(bottom)
        self.reload()

    def reload(self) -> None:
        self._worker.submit(lambda job: load_contacts(job.vault), done=self._loaded, error=self._error)

    def _loaded(self, data: tuple[keys.PublicIdentity, list[keys.Contact]]) -> None:
        me, contacts = data
        self.identity = me
        self.recipient.setText(me.recipient)
        self.signing_key.setText(me.signing_key)
        self.fingerprint.setText(me.fingerprint)
        self.list.clear()
        for c in contacts:
            row = QTreeWidgetItem(self.list, [c.name, c.fingerprint, local_datetime(c.created)])
            row.setData(0, CONTACT_ID_ROLE, c.id)
            row.setToolTip(0, c.recipient)
        for col in range(3):
            self.list.resizeColumnToContents(col)
        self.loaded.emit()

    def _selection_changed(self) -> None:
        self.remove_button.setEnabled(bool(self.list.selectedItems()))

    def _copy(self, text: str) -> None:
        if text:  # public keys only: nothing secret, so no clearing timer
            QGuiApplication.clipboard().setText(text)
            self.message.setText(self.tr("Copied."))

    # ----- add / remove ----------------------------------------------------------------------

    def add(self) -> None:
        name, rec = self.name.text().strip(), self.new_recipient.text().strip()
        key = self.new_signing_key.text().strip()
        if not name:
            self.message.setText(self.tr("A contact needs a name."))
        elif not rec.startswith("age1"):
            self.message.setText(self.tr("The recipient is an age public key: it starts with “age1”."))
        elif not key:
            self.message.setText(self.tr("Paste the partner's signing key (base64 or hex)."))
        else:
            self.add_button.setEnabled(False)
            self._worker.submit(
                lambda job: keys.add_contact(job.vault, name, rec, key), done=self._added, error=self._add_failed
            )

    def _added(self, _contact_id: str) -> None:
        self.add_button.setEnabled(True)
        for field in (self.name, self.new_recipient, self.new_signing_key):
            field.clear()
        self.message.setText(self.tr("Contact added. Compare its fingerprint with the partner by phone."))
        self.changed.emit()
        self.reload()

    def _add_failed(self, exc: object) -> None:
        self.add_button.setEnabled(True)
        self._error(exc)

    def selected_contact(self) -> tuple[str, str] | None:
        items = self.list.selectedItems()
        if not items:
            return None
        return str(items[0].data(0, CONTACT_ID_ROLE)), items[0].text(0)

    def remove_selected(self) -> None:
        chosen = self.selected_contact()
        if chosen is None:
            return
        contact_id, name = chosen
        answer = QMessageBox.question(
            self,
            self.tr("Remove contact"),
            self.tr(
                "Remove “%1”? Bundles can no longer be sent to this partner, and bundles signed by "
                "them will be refused until the contact is added again."
            ).replace("%1", name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._worker.submit(
            lambda job: keys.remove_contact(job.vault, contact_id), done=lambda _r: self._removed(), error=self._error
        )

    def _removed(self) -> None:
        self.message.setText(self.tr("Contact removed."))
        self.changed.emit()
        self.reload()

    def _error(self, exc: object) -> None:
        self.message.setText(error_text(exc))
