"""The pages of the start window: unlock, choose (create or open), create, recovery key."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)  # fmt: skip

MIN_PASSPHRASE = 10


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    return label


def message_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName("message")
    label.setStyleSheet("QLabel#message { color: #7a4b00; }")
    return label


class UnlockPage(QWidget):
    unlock_requested = Signal(str)
    other_vault = Signal()
    create_vault = Signal()
    forgot = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.path_label = QLabel()
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path_label.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self._submit)
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)
        self.message = message_label()
        self.forgot_button = QPushButton(self.tr("Forgot passphrase?"))
        self.forgot_button.setFlat(True)
        self.forgot_button.clicked.connect(self.forgot)
        other = QPushButton(self.tr("Open another vault…"))
        other.clicked.connect(self.other_vault)
        create = QPushButton(self.tr("Create a new vault…"))
        create.clicked.connect(self.create_vault)
        row = QHBoxLayout()
        row.addWidget(self.passphrase, 1)
        row.addWidget(self.unlock_button)
        links = QHBoxLayout()
        links.addWidget(other)
        links.addWidget(create)
        links.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(heading(self.tr("Unlock the vault")))
        lay.addWidget(self.path_label)
        lay.addSpacing(12)
        lay.addLayout(row)
        lay.addWidget(self.message)
        lay.addWidget(self.forgot_button, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addStretch(1)
        lay.addLayout(links)

    def set_path(self, path: str) -> None:
        self.path_label.setText(self.tr("Vault: %1").replace("%1", path))

    def set_busy(self, busy: bool) -> None:
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        if busy:
            self.message.setText(self.tr("Unlocking… (deriving the key takes a moment)"))

    def _submit(self) -> None:
        if self.passphrase.text():
            self.unlock_requested.emit(self.passphrase.text())


class ChoosePage(QWidget):
    open_vault = Signal()
    create_vault = Signal()

    def __init__(self) -> None:
        super().__init__()
        intro = QLabel(self.tr(
            "Evidence Vault keeps testimonies, documents, photos and recordings encrypted in one "
            "folder on this computer. Nothing leaves it unless you export it."
        ))  # fmt: skip
        intro.setWordWrap(True)
        self.note = message_label()
        create = QPushButton(self.tr("Create a new vault…"))
        create.clicked.connect(self.create_vault)
        opener = QPushButton(self.tr("Open an existing vault…"))
        opener.clicked.connect(self.open_vault)
        lay = QVBoxLayout(self)
        lay.addWidget(heading(self.tr("Welcome to Evidence Vault")))
        lay.addWidget(intro)
        lay.addWidget(self.note)
        lay.addSpacing(12)
        lay.addWidget(create)
        lay.addWidget(opener)
        lay.addStretch(1)


class CreatePage(QWidget):
    create_requested = Signal(str, str, str)  # folder, passphrase, owner
    choose_folder = Signal()
    back = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.folder = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.owner = QLineEdit()
        self.owner.setPlaceholderText(self.tr("e.g. your organisation or initials (recorded in the custody log)"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        hint = QLabel(self.tr(
            "Choose a long passphrase (several words). It is never stored; without it or the "
            "recovery key nobody, including us, can open the vault."
        ))  # fmt: skip
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Folder"), folder_row)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Repeat"), self.repeat)
        self.message = message_label()
        self.create_button = QPushButton(self.tr("Create vault"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self._submit)
        back = QPushButton(self.tr("Back"))
        back.clicked.connect(self.back)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        lay = QVBoxLayout(self)
        lay.addWidget(heading(self.tr("Create a new vault")))
        lay.addLayout(form)
        lay.addWidget(hint)
        lay.addWidget(self.message)
        lay.addStretch(1)
        lay.addLayout(buttons)

    def set_busy(self, busy: bool) -> None:
        self.create_button.setEnabled(not busy)
        if busy:
            self.message.setText(self.tr("Creating the vault… (measuring this computer's speed for the key)"))

    def _submit(self) -> None:
        if not self.folder.text().strip():
            self.message.setText(self.tr("Choose a folder for the vault."))
        elif len(self.passphrase.text()) < MIN_PASSPHRASE:
            text = self.tr("The passphrase needs at least %1 characters.")
            self.message.setText(text.replace("%1", str(MIN_PASSPHRASE)))
        elif self.passphrase.text() != self.repeat.text():
            self.message.setText(self.tr("The two passphrases differ. Please type them again."))
            self.repeat.clear()
        else:
            self.create_requested.emit(self.folder.text().strip(), self.passphrase.text(), self.owner.text().strip())


class RecoveryPage(QWidget):
    """Shown once after creation. The key is never stored by the app."""

    confirmed = Signal()
    copy_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.key_label = QLabel()
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSizeF(self.font().pointSizeF() * 1.4)
        self.key_label.setFont(mono)
        self.key_label.setWordWrap(True)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setStyleSheet("padding: 12px; border: 1px solid #999; background: #fffbe6;")
        text = QLabel(self.tr(
            "This is your recovery key. It opens the vault if the passphrase is lost. It is shown "
            "only now and is not stored anywhere.\n\n"
            "• Write it on paper and keep it somewhere safe, away from this computer.\n"
            "• Do not photograph it or keep it in a file on this computer.\n"
            "• Anyone with this key can open the vault."
        ))  # fmt: skip
        text.setWordWrap(True)
        self.check = QCheckBox(self.tr("I have written down the recovery key and keep it in a safe place"))
        self.continue_button = QPushButton(self.tr("Continue"))
        self.continue_button.setEnabled(False)
        self.check.toggled.connect(self.continue_button.setEnabled)
        self.continue_button.clicked.connect(self._continue)
        copy = QPushButton(self.tr("Copy (cleared after 30 s)"))
        copy.clicked.connect(lambda: self.copy_requested.emit(self.key_label.text()))
        buttons = QHBoxLayout()
        buttons.addWidget(copy)
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)
        lay = QVBoxLayout(self)
        lay.addWidget(heading(self.tr("Your recovery key")))
        lay.addWidget(text)
        lay.addWidget(self.key_label)
        lay.addWidget(self.check)
        lay.addStretch(1)
        lay.addLayout(buttons)

    def show_key(self, key: str) -> None:
        self.key_label.setText(key)
        self.check.setChecked(False)

    def _continue(self) -> None:
        if self.check.isChecked():
            self.key_label.clear()
            self.confirmed.emit()
