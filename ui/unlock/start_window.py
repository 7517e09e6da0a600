"""The start window: unlock the last vault, or create / open one. All key derivation and
database opening happens on the worker; the passphrase fields are cleared after each try."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from vault.config import vault_settings
from vault.store import Vault, is_vault

from .. import file_dialogs
from ..format import error_text
from ..lock import ClipboardGuard
from ..worker import Job, VaultWorker
from .pages import ChoosePage, CreatePage, UnlockPage, show_error
from .recover_page import RecoverPage, recover_vault
from .recovery_key_page import RecoveryPage


class StartWindow(QWidget):
    opened = Signal(str)  # the vault path, once the worker holds the open vault
    forget_recent = Signal(str)

    def __init__(
        self,
        worker: VaultWorker,
        vault_dir: Path,
        clipboard: ClipboardGuard,
        recent: tuple[str, ...] = (),
        language: str = "en",
    ) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Evidence Vault"))
        self.resize(620, 440)
        self._worker = worker
        self._clipboard = clipboard
        self.vault_dir = vault_dir
        self.language = language  # of the emergency kit
        self.stack = QStackedWidget()
        self.unlock_page = UnlockPage()
        self.choose_page = ChoosePage()
        self.create_page = CreatePage()
        self.recovery_page = RecoveryPage()
        self.recover_page = RecoverPage()
        for page in (self.unlock_page, self.choose_page, self.create_page, self.recovery_page, self.recover_page):
            self.stack.addWidget(page)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(24, 24, 24, 24)
        lay.addWidget(self.stack)
        self.unlock_page.unlock_requested.connect(self._unlock)
        self.unlock_page.other_vault.connect(self._choose_existing)
        self.unlock_page.create_vault.connect(self.show_create)
        self.unlock_page.forgot.connect(self.show_recover)
        self.recover_page.back.connect(lambda: self.show_for(self.vault_dir))
        self.recover_page.recover_requested.connect(self._recover)
        self.choose_page.open_vault.connect(self._choose_existing)
        self.choose_page.create_vault.connect(self.show_create)
        self.choose_page.open_recent.connect(self.open_recent)
        self.choose_page.forget_recent.connect(self.forget_recent)
        self.choose_page.set_recent(recent)
        self.create_page.create_requested.connect(self._create)
        self.create_page.choose_folder.connect(self._choose_new_folder)
        self.create_page.back.connect(lambda: self.show_for(self.vault_dir))
        self.recovery_page.copy_requested.connect(self._clipboard.copy)
        self.recovery_page.confirmed.connect(self._recovery_confirmed)
        self.recovery_page.save_kit_requested.connect(self._save_kit)
        self.show_for(vault_dir)

    # ----- navigation ------------------------------------------------------------------------

    def show_for(self, vault_dir: Path, note: str = "") -> None:
        self.vault_dir = vault_dir
        if is_vault(vault_dir):
            self.unlock_page.set_path(str(vault_dir))
            self.unlock_page.passphrase.clear()
            self.unlock_page.set_busy(False)
            self.unlock_page.message.setText(note)
            self.stack.setCurrentWidget(self.unlock_page)
            self.unlock_page.passphrase.setFocus()
        else:
            self.choose_page.note.setText(note)
            self.stack.setCurrentWidget(self.choose_page)

    def show_welcome(self, note: str = "") -> None:
        self.choose_page.note.setText(note)
        self.stack.setCurrentWidget(self.choose_page)

    def set_recent(self, recent: tuple[str, ...]) -> None:
        self.choose_page.set_recent(recent)

    def open_recent(self, path: str) -> None:
        if is_vault(Path(path)):
            self.show_for(Path(path))
        else:
            self.show_welcome(
                self.tr("No vault was found at %1 (moved, or on a disk that is not connected).").replace("%1", path)
            )

    def show_create(self) -> None:
        if not self.create_page.folder.text():
            empty = not self.vault_dir.exists() or (self.vault_dir.is_dir() and not any(self.vault_dir.iterdir()))
            self.create_page.folder.setText(str(self.vault_dir) if empty else "")
        self.create_page.message.clear()
        self.stack.setCurrentWidget(self.create_page)

    def _choose_existing(self) -> None:
        folder = file_dialogs.existing_directory(self, self.tr("Choose the vault folder"), str(self.vault_dir.parent))
        if not folder:
            return
        if is_vault(Path(folder)):
            self.show_for(Path(folder))
        else:
            self.show_for(self.vault_dir, self.tr("That folder is not an Evidence Vault."))

    def _choose_new_folder(self) -> None:
        folder = file_dialogs.existing_directory(self, self.tr("Choose an empty folder for the new vault"))
        if folder:
            self.create_page.folder.setText(folder)

    # ----- unlock ----------------------------------------------------------------------------

    def _unlock(self, passphrase: str) -> None:
        path = self.vault_dir
        self.unlock_page.set_busy(True)

        def open_vault(job: Job) -> str:
            job.set_vault(Vault.open(path, passphrase, settings=vault_settings()))
            return str(path)

        self._worker.submit(open_vault, done=self._unlocked, error=self._unlock_failed, needs_vault=False)

    def show_recover(self) -> None:
        self.recover_page.reset()
        self.stack.setCurrentWidget(self.recover_page)
        self.recover_page.key.setFocus()

    def _recover(self, recovery_key: str, new_passphrase: str) -> None:
        path = self.vault_dir
        self.recover_page.set_busy(True)

        def done(opened: str) -> None:
            self.recover_page.reset()
            self.opened.emit(opened)

        def failed(exc: object) -> None:
            self.recover_page.passphrase.clear()
            self.recover_page.repeat.clear()
            self.recover_page.failed(exc)

        self._worker.submit(
            lambda job: recover_vault(job, path, recovery_key, new_passphrase),
            done=done,
            error=failed,
            needs_vault=False,
        )

    def _unlocked(self, path: str) -> None:
        self.unlock_page.passphrase.clear()
        self.unlock_page.set_busy(False)
        self.unlock_page.message.clear()
        self.opened.emit(path)

    def _unlock_failed(self, exc: object) -> None:
        self.unlock_page.set_busy(False)
        self.unlock_page.passphrase.clear()
        self.unlock_page.failed(error_text(exc))
        self.unlock_page.passphrase.setFocus()

    # ----- create ----------------------------------------------------------------------------

    def _create(self, folder: str, passphrase: str, owner: str) -> None:
        path = Path(folder).expanduser()
        self.create_page.set_busy(True)

        def create(job: Job) -> str:
            vault, recovery_key = Vault.create(path, passphrase, owner=owner, settings=vault_settings())
            job.set_vault(vault)
            return recovery_key

        def created(key: str) -> None:
            self.vault_dir = path
            self.create_page.set_busy(False)
            self.create_page.passphrase.clear()
            self.create_page.repeat.clear()
            self.create_page.message.clear()
            self.recovery_page.show_key(key)
            self.stack.setCurrentWidget(self.recovery_page)

        def failed(exc: object) -> None:
            self.create_page.set_busy(False)
            show_error(self.create_page.message, error_text(exc))

        self._worker.submit(create, done=created, error=failed, needs_vault=False)

    def _save_kit(self) -> None:
        """An explicit export of the recovery key, to a file the user names."""
        from vault.emergency_kit import default_file_name, write_kit

        start = str(Path.home() / default_file_name(self.language))
        out = file_dialogs.save_file_name(
            self, self.tr("Save the emergency kit as"), start, self.tr("PDF documents (*.pdf)"), suffix="pdf"
        )
        if not out:
            return
        key, language, page = self.recovery_page.key_label.text(), self.language, self.recovery_page

        def write(job: Job) -> str:
            vault = job.vault
            created = next((e.time for e in vault.custody.events(vault.vault_id) if e.action == "create"), "")
            write_kit(Path(out), key, vault_id=vault.vault_id, created=created, language=language, overwrite=True)
            return out

        def written(path: str) -> None:
            page.kit_message.setText(self.tr("Saved to %1. Print it, then delete the file.").replace("%1", path))

        self._worker.submit(write, done=written, error=lambda exc: show_error(page.kit_message, error_text(exc)))

    def _recovery_confirmed(self) -> None:
        self._clipboard.clear_now()
        self.opened.emit(str(self.vault_dir))
