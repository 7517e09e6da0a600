"""The Exchange and Help menus of the main window: dossier export, partner bundles (send,
import, contacts) and About. Each opener shows a non-modal dialog and returns it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog

from vault.search import Filters

from .dialogs.about_dialog import AboutDialog
from .dialogs.bundle_export_dialog import BundleExportDialog
from .dialogs.bundle_import_dialog import BundleImportDialog
from .dialogs.contacts_dialog import ContactsDialog
from .dialogs.dossier_dialog import DossierDialog
from .settings import GuiSettings

if TYPE_CHECKING:
    from .main_window import MainWindow


class ExchangeMenu(QObject):
    def __init__(self, window: MainWindow, settings: Callable[[], GuiSettings]) -> None:
        super().__init__(window)
        self._w = window
        self._settings = settings
        self.current_case: str | None = None
        window.navigator.filter_chosen.connect(self._filter_chosen)

        def action(text: str, slot: Callable[[], object], shortcut: str = "") -> QAction:
            act = QAction(text, window)
            act.triggered.connect(lambda _c=False: slot())
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
            return act

        self.dossier_action = action(self.tr("Export &dossier (PDF)…"), self.export_dossier, "Ctrl+E")
        self.send_action = action(self.tr("&Send case to partners…"), self.send_bundle)
        self.receive_action = action(self.tr("&Import bundle from a partner…"), self.import_bundle)
        self.contacts_action = action(self.tr("&Contacts and keys…"), self.contacts)
        self.about_action = action(self.tr("&About Evidence Vault"), self.about)
        menu = window.menuBar().addMenu(self.tr("&Exchange"))
        for act in (self.dossier_action, self.send_action, self.receive_action):
            menu.addAction(act)
        menu.addSeparator()
        menu.addAction(self.contacts_action)
        window.menuBar().addMenu(self.tr("&Help")).addAction(self.about_action)

    def _filter_chosen(self, filters: Filters, _query: str) -> None:
        self.current_case = filters.case_id

    def _show(self, dlg: QDialog) -> None:
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.show()

    def export_dossier(self) -> DossierDialog:
        dlg = DossierDialog(self._w.worker, self._w.cases, self.current_case, self._settings(), self._w)
        dlg.exported.connect(lambda _r: self._w.show_item(self._w.item_list.selected_id()))
        self._show(dlg)
        return dlg

    def send_bundle(self) -> BundleExportDialog:
        dlg = BundleExportDialog(self._w.worker, self._w.cases, self.current_case, self._settings(), self._w)
        dlg.manage_contacts.connect(lambda: self.contacts().changed.connect(dlg.reload_contacts))
        dlg.exported.connect(lambda _r: self._w.show_item(self._w.item_list.selected_id()))
        self._show(dlg)
        return dlg

    def import_bundle(self) -> BundleImportDialog:
        dlg = BundleImportDialog(self._w.worker, self._w)
        dlg.imported.connect(lambda _r: self._w.refresh_all())
        self._show(dlg)
        return dlg

    def contacts(self) -> ContactsDialog:
        dlg = ContactsDialog(self._w.worker, self._w)
        self._show(dlg)
        return dlg

    def about(self) -> AboutDialog:
        dlg = AboutDialog(self._w)
        self._show(dlg)
        return dlg
