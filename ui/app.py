"""Entry points of the desktop app and the controller that moves between the start window
(unlock / create) and the main window, and locks."""

from __future__ import annotations

import logging
import sys
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QTranslator, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from vault.config import default_vault_dir
from vault.logsetup import configure_logging
from vault.resources import resources_dir
from vault.store import is_vault

from . import i18n, qt_messages
from . import settings as settings_store
from .dialogs.settings_dialog import SettingsDialog
from .lock import ClipboardGuard, IdleLock
from .main_window import MainWindow
from .models.thumbnails import ThumbnailCache
from .privacy import set_privacy
from .screen_lock import ScreenLockWatcher
from .settings import GuiSettings
from .unlock.first_language import ask_first_language
from .unlock.start_window import StartWindow
from .worker import VaultWorker

log = logging.getLogger(__name__)
APP_FONT = "DejaVu Sans"


def load_fonts() -> list[str]:
    """Register every shipped .ttf and make DejaVu Sans the app font, so Cyrillic and Kazakh
    letters render everywhere (also offscreen, where no system fonts may be found)."""
    families: list[str] = []
    for ttf in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(ttf))
        if font_id >= 0:
            families += QFontDatabase.applicationFontFamilies(font_id)
    if APP_FONT in families:
        font = QFont(APP_FONT)
        font.setPointSize(10)
        QApplication.setFont(font)
    return families


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Load the chosen language's catalogs (see ui/i18n.py); 'system' follows the system locale."""
    i18n.install_translators(app, language)
    return i18n.installed_translators()


class AppController(QObject):
    """Owns the worker, the thumbnail cache, the idle lock and the clipboard guard."""

    unlocked = Signal()
    locked = Signal()

    def __init__(self, vault_dir: Path, gui_settings: GuiSettings, *, save_settings: bool = True) -> None:
        super().__init__()
        self.settings = gui_settings
        self._save_settings = save_settings
        set_privacy(gui_settings.privacy_mode)
        self.worker = VaultWorker(self)
        self.thumbs = ThumbnailCache(self.worker, self)
        self.clipboard = ClipboardGuard(parent=self)
        self.idle = IdleLock(gui_settings.idle_minutes, self)
        self.idle.idle.connect(self.lock)
        self.screen_lock = ScreenLockWatcher(self)  # does nothing without a session bus
        self.screen_lock.screen_locked.connect(self.lock)
        self.main_window: MainWindow | None = None
        self.vault_path = ""
        language = i18n.resolve_language(gui_settings.language)
        self.start_window = StartWindow(self.worker, vault_dir, self.clipboard, gui_settings.recent_vaults, language)
        self.start_window.opened.connect(self._opened)
        self.start_window.forget_recent.connect(self.forget_recent)

    def show(self) -> None:
        self.start_window.show()

    def _opened(self, path: str) -> None:
        self.vault_path = path
        self._store(settings_store.opened(self.settings, str(Path(path).resolve())))
        self.start_window.set_recent(self.settings.recent_vaults)
        self.main_window = MainWindow(self.worker, self.thumbs, self.clipboard, path, lambda: self.settings)
        self.main_window.lock_requested.connect(self.lock)
        self.main_window.settings_requested.connect(self.edit_settings)
        self.main_window.view_menu.privacy_changed.connect(self._privacy_changed)
        self.main_window.field.settings_changed.connect(self._store)
        self.main_window.field.wiped.connect(self._wiped)
        self.main_window.destroyed.connect(self._main_destroyed)
        self.main_window.show()
        self.start_window.hide()
        self.idle.start()
        self.unlocked.emit()

    def lock(self) -> None:
        """Close the DB on the worker, forget thumbnails and models, back to the unlock page."""
        if self.main_window is None:
            return
        self.idle.stop()
        self.clipboard.clear_now()
        window, self.main_window = self.main_window, None
        window.close_for_lock()
        self.thumbs.clear()
        self.worker.lock(done=lambda _r: self.locked.emit())
        self.start_window.show_for(Path(self.vault_path), self.tr("The vault is locked."))
        self.start_window.show()

    def _wiped(self) -> None:
        self.lock()
        note = self.tr("The vault was wiped: its keys first, then its files.")
        self.start_window.show_for(Path(self.vault_path), note)

    def _main_destroyed(self) -> None:
        if self.main_window is not None:  # closed by the user (quit), not by lock()
            self.main_window = None
            self.shutdown()
            app = QApplication.instance()
            if app is not None:
                app.quit()

    def edit_settings(self) -> None:
        dlg = SettingsDialog(self.settings, self.main_window)
        if dlg.exec():
            self._store(dlg.result_settings())
            self.idle.set_minutes(self.settings.idle_minutes)
            self.start_window.set_recent(self.settings.recent_vaults)
            if self.main_window is not None:
                self.main_window.view_menu.set_privacy(self.settings.privacy_mode)

    def _privacy_changed(self, on: bool) -> None:
        if on != self.settings.privacy_mode:
            self._store(replace(self.settings, privacy_mode=on))

    def forget_recent(self, path: str) -> None:
        self._store(settings_store.forget(self.settings, path))
        self.start_window.set_recent(self.settings.recent_vaults)

    def _store(self, new: GuiSettings) -> None:
        self.settings = new
        if self._save_settings:
            try:
                settings_store.save(new)
            except OSError as exc:
                log.warning("could not save settings: %s", exc.strerror)

    def shutdown(self) -> None:
        """On quit: close the vault on the worker and wait for it."""
        self.idle.stop()
        self.clipboard.clear_now()
        self.thumbs.clear()
        self.worker.lock()
        self.worker.wait_idle()


def start_dir(gui_settings: GuiSettings) -> Path:
    """The vault to offer on start: the last one opened (its unlock page), else the first recent
    one still present, else the default place (the welcome page when there is no vault)."""
    for path in (gui_settings.last_vault, *gui_settings.recent_vaults):
        if path and is_vault(Path(path)):
            return Path(path)
    return default_vault_dir()


def first_start(gui_settings: GuiSettings) -> GuiSettings:
    """Ask the interface language (in all three languages) and keep the answer."""
    load_fonts()
    chosen = replace(gui_settings, language=ask_first_language())
    try:
        settings_store.save(chosen)
    except OSError as exc:
        log.warning("could not save settings: %s", exc.strerror)
    return chosen


def run(vault_dir: Path | None = None) -> int:
    qt_messages.install()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Evidence Vault")
    app.setOrganizationName("evidence-vault")
    gui_settings = settings_store.load()
    if not settings_store.settings_path().exists():  # the first start: ask the language first
        gui_settings = first_start(gui_settings)
    install_translators(app, gui_settings.language)
    load_fonts()
    controller = AppController(vault_dir or start_dir(gui_settings), gui_settings)
    app.aboutToQuit.connect(controller.shutdown)
    controller.show()
    return int(app.exec())


def main() -> int:
    configure_logging()
    vault_dir = Path(sys.argv[1]).expanduser() if len(sys.argv) > 1 else None
    return run(vault_dir)


if __name__ == "__main__":
    sys.exit(main())
