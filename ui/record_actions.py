"""Main-window actions on records that the panels only ask for: link or unlink a person and the
selected item (from the details panel), delete a saved search (from the navigator)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox

from vault import people
from vault.saved_searches import delete_saved_search

if TYPE_CHECKING:
    from .main_window import MainWindow


class RecordActions(QObject):
    linked = Signal(str)  # item id, after a link or unlink was recorded
    search_deleted = Signal(str)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._w = window
        window.details.link_person.connect(self.link)
        window.details.unlink_person.connect(self.unlink)
        window.navigator.delete_saved.connect(self.confirm_delete_search)

    def link(self, item_id: str, person_id: str, role: str) -> None:
        if item_id and person_id:
            self._w.worker.submit(
                lambda job: people.link_person_to_item(job.vault, item_id, person_id, role),
                done=lambda _r: self._changed(item_id),
                error=self._w.show_error,
            )

    def unlink(self, item_id: str, person_id: str) -> None:
        if item_id and person_id:
            self._w.worker.submit(
                lambda job: people.unlink_person_from_item(job.vault, item_id, person_id),
                done=lambda _r: self._changed(item_id),
                error=self._w.show_error,
            )

    def _changed(self, item_id: str) -> None:
        self._w.refresh_nav()
        if self._w.details.item_id == item_id:
            self._w.show_item(item_id)
        self.linked.emit(item_id)

    def confirm_delete_search(self, search_id: str, name: str) -> None:
        answer = QMessageBox.question(
            self._w,
            self.tr("Delete saved search"),
            self.tr("Delete the saved search “%1”? The items it finds are not touched.").replace("%1", name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.delete_search(search_id)

    def delete_search(self, search_id: str) -> None:
        self._w.worker.submit(
            lambda job: delete_saved_search(job.vault, search_id),
            done=lambda _r: self._deleted(search_id),
            error=self._w.show_error,
        )

    def _deleted(self, search_id: str) -> None:
        self._w.refresh_nav()
        self._w.statusBar().showMessage(self.tr("Saved search deleted."), 5000)
        self.search_deleted.emit(search_id)
