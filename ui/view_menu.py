"""Menu entries added to the main window: Vault ▸ Verify vault… and View ▸ Privacy mode; and the
"demo — fictional data" banner over a demo vault.

Kept apart from main_window.py so that file stays small; MainWindow creates one ViewMenu
after its own menus."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QSizePolicy

from vault.demo import is_demo

from .dialogs.verify_dialog import VerifyDialog
from .privacy import privacy_on, set_privacy

if TYPE_CHECKING:
    from .main_window import MainWindow


class ViewMenu(QObject):
    privacy_changed = Signal(bool)  # the controller stores it in the settings

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.verify_dialog: VerifyDialog | None = None
        self.verify_action = QAction(self.tr("&Verify vault…"), window)
        self.verify_action.triggered.connect(self.verify)
        vault_menu = window.menuBar().actions()[0].menu()
        if isinstance(vault_menu, QMenu):  # after "Import files…" and "Settings…"
            vault_menu.insertAction(vault_menu.actions()[2], self.verify_action)
        bar = window.menuBar()
        view = QMenu(self.tr("Vie&w"), bar)
        bar.insertMenu(bar.actions()[-1], view)  # before Help, which stays last
        self.privacy_action = QAction(self.tr("&Privacy mode (pseudonyms on screen)"), window)
        self.privacy_action.setCheckable(True)
        self.privacy_action.setChecked(privacy_on())
        self.privacy_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.privacy_action.setToolTip(self.tr("Protected people are shown by their pseudonym everywhere on screen."))
        self.privacy_action.toggled.connect(self.set_privacy)
        view.addAction(self.privacy_action)
        self._update_title()
        self.demo_banner: QLabel | None = None
        window.worker.submit(lambda job: is_demo(job.vault), done=self._demo_checked)

    def _demo_checked(self, demo: bool) -> None:
        if not demo:
            return
        self._window.addToolBarBreak()
        bar = self._window.addToolBar(self.tr("Demo"))
        bar.setObjectName("demo-banner")
        bar.setMovable(False)
        label = self.demo_banner = QLabel(
            self.tr(
                "DEMO — fictional data. Every name, case and file in this vault is invented, for trying the app. "
                "Do not put real evidence here: create a new vault for that."
            )
        )
        label.setWordWrap(True)
        label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        label.setMinimumWidth(600)  # a toolbar gives a widget only its size hint; wide enough for two lines
        label.setStyleSheet("background: #fff3bf; color: #5c3c00; padding: 6px; font-weight: bold;")
        bar.addWidget(label)

    def verify(self) -> VerifyDialog:
        dialog = self.verify_dialog = VerifyDialog(self._window.worker, self._window)
        dialog.show()
        dialog.start()
        return dialog

    def set_privacy(self, on: bool) -> None:
        if self.privacy_action.isChecked() != on:
            self.privacy_action.setChecked(on)  # re-enters through toggled
            return
        set_privacy(on)
        self._update_title()
        self._window.refresh_nav()
        self._window.center.reload_overview()
        if self._window.details.item_id:
            self._window.show_item(self._window.details.item_id)
        self.privacy_changed.emit(on)

    def _update_title(self) -> None:
        bar = self._window.statusBar()
        if privacy_on():
            bar.showMessage(self.tr("Privacy mode: protected people are shown by pseudonym."))
