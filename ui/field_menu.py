"""Field-safety entries of the Vault menu: back up, split the recovery key, wipe (with an
emergency shortcut), and a reminder when the last backup is old. Work runs on the worker."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu

from vault.field.backup import last_backup_time
from vault.vocab import LANGUAGES

from .dialogs.backup_dialog import BackupDialog
from .dialogs.shares_dialog import SharesDialog
from .dialogs.wipe_dialog import WipeDialog
from .settings import GuiSettings

if TYPE_CHECKING:
    from .main_window import MainWindow

REMIND_AFTER_DAYS = 7
WIPE_SHORTCUT = "Ctrl+Shift+Delete"  # documented in docs/travel-mode.md


def backup_age_days(last: str | None, now: datetime) -> int | None:
    """Whole days since the last backup (None: never backed up)."""
    if last is None:
        return None
    when = datetime.fromisoformat(last.replace("Z", "+00:00"))
    return max(0, (now - when).days)


class FieldMenu(QObject):
    settings_changed = Signal(object)  # GuiSettings with the last backup folder
    wiped = Signal()  # the vault is gone; the app goes back to its start window

    def __init__(self, window: MainWindow, menu: QMenu, vault_path: str, settings: Callable[[], GuiSettings]) -> None:
        super().__init__(window)
        self._w = window
        self._path = vault_path
        self._settings = settings
        self._last_target = settings().last_backup
        self.backup_action = QAction(self.tr("&Back up to…"), window)
        self.backup_action.triggered.connect(lambda _c=False: self.back_up())
        self.shares_action = QAction(self.tr("Split recovery key among &colleagues…"), window)
        self.shares_action.triggered.connect(lambda _c=False: self.split_recovery())
        self.wipe_action = QAction(self.tr("&Wipe vault…"), window)
        self.wipe_action.setShortcut(QKeySequence(WIPE_SHORTCUT))
        self.wipe_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.wipe_action.triggered.connect(lambda _c=False: self.wipe())
        # After Import and Settings, before Lock and Quit.
        anchor = menu.actions()[2]
        for act in (self.backup_action, self.shares_action):
            menu.insertAction(anchor, act)
        menu.insertSeparator(anchor)
        menu.insertAction(anchor, self.wipe_action)
        window.addAction(self.wipe_action)  # the shortcut works even with the menu bar hidden
        window.worker.submit(
            lambda job: (last_backup_time(job.vault), job.vault.swept_on_open), done=self._remind, error=lambda _e: None
        )

    def _remind(self, found: tuple[str | None, int]) -> None:
        last, swept = found
        days = backup_age_days(last, datetime.now(UTC))
        if swept:
            text = self.tr(
                "The vault was not closed properly last time (a power cut or a crash). %1 unfinished "
                "file(s) of an interrupted write were cleaned up; nothing that was saved was lost."
            )
            self._w.statusBar().showMessage(text.replace("%1", str(swept)))
            return
        if days is None:
            text = self.tr("This vault has never been backed up. Vault → Back up to… makes a copy on a USB disk.")
        elif days >= REMIND_AFTER_DAYS:
            text = self.tr("The last backup is %1 days old. Vault → Back up to… updates it.").replace("%1", str(days))
        else:
            return
        self._w.statusBar().showMessage(text)

    def _show(self, dlg: QDialog) -> None:
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.show()

    def back_up(self) -> BackupDialog:
        dlg = BackupDialog(self._w.worker, self._last_target, self._w)
        dlg.target_chosen.connect(self._remember)
        dlg.finished_backup.connect(lambda _r: self._w.statusBar().showMessage(self.tr("Backup finished."), 10_000))
        self._show(dlg)
        return dlg

    def _remember(self, target: str) -> None:
        self._last_target = target
        self.settings_changed.emit(replace(self._settings(), last_backup=target))

    def split_recovery(self) -> SharesDialog:
        language = self._settings().language
        dlg = SharesDialog(self._w.worker, language if language in LANGUAGES else "en", self._w)
        self._show(dlg)
        return dlg

    def wipe(self) -> WipeDialog:
        dlg = WipeDialog(self._w.worker, self._path, self._w)
        dlg.wiped.connect(self.wiped.emit)
        self._show(dlg)
        return dlg
