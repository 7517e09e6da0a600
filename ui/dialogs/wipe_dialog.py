""" "Wipe vault…": a deliberate confirmation (type a word), then the key slots are destroyed
first and everything else after (vault/field/wipe.py). There is no undo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from vault.errors import VaultLocked
from vault.field.wipe import wipe
from vault.store import Vault

from ..format import error_text
from ..worker import Job, VaultWorker
from .export_common import message_label

CONFIRM_WORD = "WIPE"  # always accepted, whatever the interface language


class WipeDialog(QDialog):
    wiped = Signal()

    def __init__(self, worker: VaultWorker, vault_path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Wipe the vault"))
        self.resize(560, 260)
        self._worker = worker
        self._path = Path(vault_path)
        self.word = self.tr("WIPE")
        warning = QLabel(
            self.tr(
                "This destroys the vault on this computer for good: first its keys (from then on nothing can be "
                "decrypted), then every file. Backups and an escrowed header are not touched. There is no undo.\n\n"
                "To confirm, type %1 below."
            ).replace("%1", self.word)
        )
        warning.setWordWrap(True)
        self.typed = QLineEdit()
        self.typed.setPlaceholderText(self.word)
        self.typed.textChanged.connect(self._typed)
        self.typed.returnPressed.connect(self.start)
        self.message = message_label(self)
        self.wipe_button = QPushButton(self.tr("Wipe now"))
        self.wipe_button.setEnabled(False)
        self.wipe_button.clicked.connect(self.start)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setDefault(True)
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(cancel)
        buttons.addWidget(self.wipe_button)
        lay = QVBoxLayout(self)
        lay.addWidget(warning)
        lay.addWidget(self.typed)
        lay.addWidget(self.message)
        lay.addStretch(1)
        lay.addLayout(buttons)
        self.typed.setFocus()

    def confirmed(self) -> bool:
        text = self.typed.text().strip()
        return text.casefold() in (self.word.casefold(), CONFIRM_WORD.casefold())

    def _typed(self, _text: str) -> None:
        self.wipe_button.setEnabled(self.confirmed())

    def start(self) -> None:
        if not self.confirmed():
            return
        path = self._path

        def work(job: Job) -> None:
            try:  # the session's vault is closed first: the keys leave memory before the disk
                vault: Vault | None = job.vault
            except VaultLocked:
                vault = None
            job.set_vault(None)
            if vault is not None:
                vault.close()
            wipe(path)

        self.wipe_button.setEnabled(False)
        self.typed.setEnabled(False)
        self._worker.submit(work, done=lambda _r: self._done(), error=self._failed, needs_vault=False)

    def _done(self) -> None:
        self.wiped.emit()
        self.accept()

    def _failed(self, exc: object) -> None:
        self.message.setText(error_text(exc))
        self.typed.setEnabled(True)
        self._typed("")
