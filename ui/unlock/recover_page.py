"""'Forgot passphrase?': open the vault with the recovery key and set a new passphrase. The key
derivation, the unlock and the slot rewrite all run on the worker (`recover_vault`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from vault.config import vault_settings
from vault.errors import UsageError, WrongPassphrase
from vault.store import Vault

from ..format import error_text
from ..worker import Job
from .pages import heading, message_label, passphrase_problem, show_error, show_note
from .strength import KeyWatcher, StrengthMeter


def recover_vault(job: Job, path: Path, recovery_key: str, new_passphrase: str) -> str:
    """On the worker: unlock with the recovery key, replace the passphrase slot (logged as
    'recover'), and install the open vault as the session's."""
    vault = Vault.open_with_recovery_key(path, recovery_key, settings=vault_settings())
    try:
        vault.change_passphrase(new_passphrase, via="recover")
    except BaseException:
        vault.close()
        raise
    job.set_vault(vault)
    return str(path)


class RecoverPage(QWidget):
    recover_requested = Signal(str, str)  # recovery key, new passphrase
    back = Signal()

    def __init__(self) -> None:
        super().__init__()
        intro = QLabel(
            self.tr(
                "Type the recovery key you wrote down when the vault was created (8 groups of 4 letters and "
                "digits), then choose a new passphrase. The old passphrase stops working."
            )
        )
        intro.setWordWrap(True)
        self.key = QLineEdit()
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.key.setFont(mono)
        self.key.setEchoMode(QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.show_key = QCheckBox(self.tr("Show what I type"))
        self.show_key.toggled.connect(self._show_typed)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.meter = StrengthMeter()
        self.passphrase.textChanged.connect(self.meter.update_for)
        self.keys = KeyWatcher(self)
        self.hints = message_label()
        self.keys.changed.connect(lambda: self.hints.setText("  ·  ".join(self.keys.warnings())))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.returnPressed.connect(self._submit)
        for field in (self.key, self.passphrase, self.repeat):
            self.keys.watch(field)
        form = QFormLayout()
        form.addRow(self.tr("Recovery key"), self.key)
        form.addRow("", self.show_key)
        form.addRow(self.tr("New passphrase"), self.passphrase)
        form.addRow("", self.meter)
        form.addRow(self.tr("Repeat"), self.repeat)
        form.addRow("", self.hints)
        self.message = message_label()
        self.recover_button = QPushButton(self.tr("Unlock and set the new passphrase"))
        self.recover_button.setDefault(True)
        self.recover_button.clicked.connect(self._submit)
        back = QPushButton(self.tr("Back"))
        back.clicked.connect(self.back)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.recover_button)
        lay = QVBoxLayout(self)
        lay.addWidget(heading(self.tr("Forgot the passphrase?")))
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addStretch(1)
        lay.addLayout(buttons)

    def _show_typed(self, on: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password
        for field in (self.key, self.passphrase, self.repeat):
            field.setEchoMode(mode)

    def reset(self) -> None:
        for field in (self.key, self.passphrase, self.repeat):
            field.clear()
        self.show_key.setChecked(False)
        self.message.clear()
        self.set_busy(False)

    def set_busy(self, busy: bool) -> None:
        for w in (self.key, self.passphrase, self.repeat, self.recover_button):
            w.setEnabled(not busy)
        if busy:
            show_note(self.message, self.tr("Unlocking with the recovery key and setting the new passphrase…"))

    def failed(self, exc: object) -> None:
        self.set_busy(False)
        if isinstance(exc, WrongPassphrase):
            show_error(self.message, self.tr("That recovery key did not open this vault. Nothing was changed."))
        elif isinstance(exc, UsageError) and "recovery key" in str(exc):
            show_error(
                self.message,
                self.tr(
                    "A recovery key has 32 letters and digits, in 8 groups of 4. Please check it and type it again."
                ),
            )
        else:
            show_error(self.message, error_text(exc))
        self.key.setFocus()

    def _submit(self) -> None:
        if not self.key.text().strip():
            show_error(self.message, self.tr("Type the recovery key."))
        elif problem := passphrase_problem(self.passphrase.text()):
            show_error(self.message, problem)
        elif self.passphrase.text() != self.repeat.text():
            show_error(self.message, self.tr("The two passphrases differ. Please type them again."))
            self.repeat.clear()
        else:
            self.recover_requested.emit(self.key.text(), self.passphrase.text())
