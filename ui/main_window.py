"""The main window: composition of the navigator, the item list and the details panel, plus
menus. All vault work goes through the worker; this class only wires signals."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QInputDialog, QMainWindow, QMessageBox, QSplitter, QWidget

from vault import items
from vault.models import Case, Person
from vault.saved_searches import save_search
from vault.search import Filters
from vault.tags import TagCount

from .actions.item_actions import ItemActions
from .actions.item_context_menu import ItemContextMenu
from .data import NavData, Original, load_details, load_nav, open_original
from .dialogs.case_dialog import CaseDialog
from .dialogs.import_dialog import ImportDialog
from .dialogs.messenger_import_dialog import MessengerImportDialog
from .dialogs.person_dialog import PersonDialog
from .dialogs.testimony_dialog import TestimonyDialog
from .exchange_menu import ExchangeMenu
from .field_menu import FieldMenu
from .format import error_text
from .lock import ClipboardGuard
from .models.items_model import ItemsModel
from .models.thumbnails import ThumbnailCache
from .overview.center import CenterPane
from .panels.details import DetailsPanel
from .panels.item_list import ItemListPanel
from .panels.navigator import NavigatorPanel
from .record_actions import RecordActions
from .settings import GuiSettings
from .view_menu import ViewMenu
from .viewers.window import ViewerWindow
from .worker import VaultWorker


class MainWindow(QMainWindow):
    lock_requested = Signal()
    settings_requested = Signal()
    viewer_opened = Signal(object)  # the ViewerWindow
    details_shown = Signal(str)

    def __init__(
        self,
        worker: VaultWorker,
        thumbs: ThumbnailCache,
        clipboard: ClipboardGuard,
        vault_path: str,
        settings: Callable[[], GuiSettings] = GuiSettings,
    ) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Evidence Vault — %1").replace("%1", Path(vault_path).name))
        self.setAcceptDrops(True)
        self.resize(1366, 768)
        self.worker, self.thumbs, self.clipboard = worker, thumbs, clipboard
        self.cases: list[Case] = []
        self.people: list[Person] = []
        self.nav_tags: list[TagCount] = []
        self.unlocking = False
        self.items_model = ItemsModel(worker, thumbs, self)
        self.navigator = NavigatorPanel()
        self.item_list = ItemListPanel(self.items_model)
        self.details = DetailsPanel()
        split = QSplitter()
        self.center = CenterPane(self.item_list, worker)
        for w in (self.navigator, self.center, self.details):
            split.addWidget(w)
        split.setSizes([280, 640, 446])
        split.setChildrenCollapsible(False)
        split.setStretchFactor(1, 1)  # the centre takes the room the details leave for an overview
        self.setCentralWidget(split)
        self.navigator.filter_chosen.connect(self.item_list.set_filters)
        self.navigator.edit_case.connect(self.edit_case)
        self.navigator.edit_person.connect(self.edit_person)
        self.item_list.current_item.connect(self.show_item)
        self.item_list.open_item.connect(self.open_item)
        self.item_list.save_search.connect(self.save_current_search)
        self.details.open_requested.connect(self.open_item)
        self.details.edit_testimony.connect(self.edit_testimony)
        self.details.add_tag.connect(lambda i, t: self._tag(i, [t], add=True))
        self.details.remove_tags.connect(lambda i, ts: self._tag(i, ts, add=False))
        self.details.copy_text.connect(self.clipboard.copy)
        self.items_model.failed.connect(self.show_error)
        self._build_menus()
        self.field = FieldMenu(self, self.vault_menu, vault_path, settings)  # backup, shares, wipe
        self.exchange = ExchangeMenu(self, settings)  # Exchange and Help menus
        self.records = RecordActions(self)  # person links, saved-search deletion
        self._wire_case_building()
        self.view_menu = ViewMenu(self)  # Vault ▸ Verify vault…, View ▸ Privacy mode
        self.statusBar().showMessage(self.tr("Vault unlocked. Lock with Ctrl+L."))
        self.refresh_nav()
        self.item_list.set_filters(Filters(), "")

    def _build_menus(self) -> None:
        def action(
            menu_text: str, slot: object, shortcut: QKeySequence | QKeySequence.StandardKey | None = None
        ) -> QAction:
            act = QAction(menu_text, self)
            act.triggered.connect(slot)
            if shortcut is not None:
                act.setShortcut(shortcut)
                act.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
            return act

        self.import_action = action(self.tr("&Import files…"), self.import_files, QKeySequence("Ctrl+I"))
        self.lock_action = action(self.tr("&Lock now"), self.lock_requested.emit, QKeySequence("Ctrl+L"))
        file_menu = self.vault_menu = self.menuBar().addMenu(self.tr("&Vault"))
        file_menu.addAction(self.import_action)
        file_menu.addAction(action(self.tr("Import a &messenger export…"), self.import_messenger_export))
        file_menu.addAction(action(self.tr("&Settings…"), self.settings_requested.emit))
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addAction(action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit))
        records = self.menuBar().addMenu(self.tr("&Records"))
        self.new_case_action = action(self.tr("New &case…"), lambda: self.edit_case(None))
        self.new_person_action = action(self.tr("New &person…"), lambda: self.edit_person(None))
        self.new_testimony_action = action(self.tr("New &testimony…"), lambda: self.edit_testimony(None))
        for act in (self.new_case_action, self.new_person_action, self.new_testimony_action):
            records.addAction(act)
        bar = self.addToolBar(self.tr("Main"))
        bar.setObjectName("main-toolbar")
        bar.setMovable(False)
        for act in (self.import_action, self.new_case_action, self.new_person_action, self.new_testimony_action):
            bar.addAction(act)
        bar.addSeparator()
        bar.addAction(self.lock_action)

    def _wire_case_building(self) -> None:
        """Context menu, drops on the navigator, cases in "Tags & links", and the overviews."""
        acts = self.item_actions = ItemActions(self)
        acts.changed.connect(lambda _w, _n: self._after_links())
        self.item_list.menu_requested.connect(
            lambda ids, pos: ItemContextMenu(self, ids, self.exchange.current_case).popup(pos)
        )
        self.navigator.link_to_case.connect(acts.add_to_case)
        self.navigator.link_to_person.connect(acts.link_person)
        self.details.link_case.connect(lambda i, c: acts.add_to_case([i], c))
        self.details.unlink_case.connect(lambda i, c: acts.remove_from_case([i], c))
        self.navigator.filter_chosen.connect(self.center.show_for)
        self.center.overview_active.connect(lambda on: self.details.setVisible(not on))  # room for the overview
        ov, pv = self.center.case_overview, self.center.person_overview
        ov.changed.connect(self.refresh_nav)
        ov.edit_case.connect(self.edit_case)
        ov.dossier_requested.connect(lambda _c: self.exchange.export_dossier())
        ov.bundle_requested.connect(lambda _c: self.exchange.send_bundle())
        pv.edit_person.connect(self.edit_person)

    def _after_links(self) -> None:
        self.center.reload_overview()
        if self.details.item_id:
            self.show_item(self.details.item_id)

    # ----- loading ---------------------------------------------------------------------------

    def refresh_nav(self) -> None:
        self.worker.submit(lambda job: load_nav(job.vault), done=self._nav_loaded, error=self.show_error)

    def _nav_loaded(self, nav: NavData) -> None:
        self.cases, self.people, self.nav_tags = nav.cases, nav.people, nav.tags
        self.navigator.populate(nav)
        self.details.linker.set_people(nav.people)
        self.details.case_linker.set_cases(nav.cases)

    def refresh_all(self) -> None:
        self.refresh_nav()
        self.item_list.refresh()

    def show_item(self, item_id: str) -> None:
        if not item_id:
            self.details.clear()
            return
        self.worker.submit(
            lambda job: load_details(job.vault, item_id), done=self._details_loaded, error=self.show_error
        )

    def _details_loaded(self, details: object) -> None:
        if self.item_list.selected_id() == details.item.id:  # type: ignore[attr-defined]
            self.details.show_details(details)  # type: ignore[arg-type]
            self.details_shown.emit(details.item.id)  # type: ignore[attr-defined]

    def open_item(self, item_id: str) -> None:
        self.statusBar().showMessage(self.tr("Decrypting…"))
        self.worker.submit(lambda job: open_original(job.vault, item_id), done=self._opened, error=self.show_error)

    def _opened(self, original: Original) -> None:
        self.statusBar().clearMessage()
        window = ViewerWindow(original, self)
        window.show()
        self.viewer_opened.emit(window)
        self.show_item(self.item_list.selected_id())  # the custody list now has the 'view'

    # ----- editing ---------------------------------------------------------------------------

    def _tag(self, item_id: str, tags: list[str], *, add: bool) -> None:
        fn = items.tag_item if add else items.untag_item
        self.worker.submit(
            lambda job: fn(job.vault, item_id, tags), done=lambda _t: self._tagged(item_id), error=self.show_error
        )

    def _tagged(self, item_id: str) -> None:
        self.refresh_nav()
        if self.details.item_id == item_id:
            self.show_item(item_id)

    def edit_case(self, case_id: str | None) -> None:
        dlg = CaseDialog(self.worker, case_id, self)
        dlg.saved.connect(lambda _i: self.refresh_nav())
        dlg.saved.connect(lambda _i: self.center.reload_overview())
        dlg.open()

    def edit_person(self, person_id: str | None) -> None:
        dlg = PersonDialog(self.worker, person_id, self)
        dlg.saved.connect(lambda _i: self.refresh_nav())
        dlg.open()

    def edit_testimony(self, item_id: str | None) -> None:
        current = None if item_id else self.exchange.current_case
        dlg = TestimonyDialog(self.worker, self.cases, item_id, self, case_id=current)
        dlg.saved.connect(lambda _i: self.refresh_all())
        dlg.open()

    def import_files(self, paths: list[Path] | None = None) -> ImportDialog:
        dlg = ImportDialog(self.worker, self.cases, self, case_id=self.exchange.current_case)
        dlg.imported.connect(lambda n: self.refresh_all() if n else None)
        if paths:
            dlg.add_paths(paths)
        dlg.show()
        return dlg

    def import_messenger_export(self) -> MessengerImportDialog:
        dlg = MessengerImportDialog(self.worker, self.cases, self)
        dlg.imported.connect(lambda n: self.refresh_all() if n else None)
        dlg.show()
        return dlg

    def save_current_search(self, query: str, filters: Filters) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save search"), self.tr("Name of this search:"))
        if ok and name.strip():
            self.worker.submit(
                lambda job: save_search(job.vault, name, query, filters),
                done=lambda _i: self.refresh_nav(),
                error=self.show_error,
            )

    def show_error(self, exc: object) -> None:
        from vault.errors import VaultLocked

        if not isinstance(exc, VaultLocked):
            self.statusBar().showMessage(error_text(exc), 10_000)

    # ----- drag and drop, lock ---------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            self.import_files(paths)
        event.acceptProposedAction()

    def close_for_lock(self) -> None:
        """Drop every model, viewer and dialog holding vault data, then close."""
        for child in self.findChildren(QWidget):
            if child.isWindow() and child is not self:
                child.close()
        self.items_model.clear()
        self.navigator.populate(None)
        self.details.clear()
        self.unlocking = True
        self.close()
        self.deleteLater()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        if (
            not self.unlocking
            and self.worker.busy()
            and QMessageBox.question(self, self.tr("Work in progress"), self.tr("Work is still running. Quit anyway?"))
            != QMessageBox.StandardButton.Yes
        ):
            event.ignore()
            return
        event.accept()
