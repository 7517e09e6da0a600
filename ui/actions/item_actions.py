"""What can be done to several selected items at once: into or out of a case, link a person with a
role, tag and untag. The context menu, drops on the navigator and the details panel all come
here; the work runs on the worker (vault.links) and the window refreshes when it is done."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QInputDialog

from vault import links
from vault.search import Filters

from ..tag_labels import tag_label

if TYPE_CHECKING:
    from ..main_window import MainWindow


class ItemActions(QObject):
    changed = Signal(str, int)  # what was done ('link-case', 'unlink-case', 'link-person', 'tag', 'untag'), count

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._w = window

    # ----- the operations ----------------------------------------------------------------------

    def add_to_case(self, ids: list[str], case_id: str) -> None:
        self._run(
            "link-case",
            lambda v: links.link_items_to_case(v, ids, case_id),
            lambda n: self.tr("%n item(s) added to the case.", "", n),
        )

    def remove_from_case(self, ids: list[str], case_id: str) -> None:
        self._run(
            "unlink-case",
            lambda v: links.unlink_items_from_case(v, ids, case_id),
            lambda n: self.tr("%n item(s) removed from the case.", "", n),
        )

    def link_person(self, ids: list[str], person_id: str, role: str) -> None:
        self._run(
            "link-person",
            lambda v: links.link_items_to_person(v, ids, person_id, role),
            lambda n: self.tr("Person linked to %n item(s).", "", n),
        )

    def tag(self, ids: list[str], tags: list[str]) -> None:
        self._run("tag", lambda v: links.tag_items(v, ids, tags), lambda n: self.tr("%n item(s) tagged.", "", n))

    def untag(self, ids: list[str], tags: list[str]) -> None:
        self._run(
            "untag", lambda v: links.untag_items(v, ids, tags), lambda n: self.tr("Tag removed from %n item(s).", "", n)
        )

    def _run(self, what: str, fn: Callable[[Any], int], message: Callable[[int], str]) -> None:
        def done(n: int) -> None:
            self._w.statusBar().showMessage(message(n), 8000)
            self._w.refresh_nav()
            model = self._w.items_model
            if model.filters != Filters() or model.query:  # rows may have joined or left the list
                self._w.item_list.refresh()
            self.changed.emit(what, n)

        self._w.worker.submit(lambda job: fn(job.vault), done=done, error=self._w.show_error)

    # ----- the questions they ask (tests replace these) ----------------------------------------

    def ask_role(self, count: int) -> str | None:
        return self._w.navigator.ask_role(count)

    def ask_tags(self, known: list[str]) -> list[str] | None:
        text, ok = QInputDialog.getItem(
            self._w,
            self.tr("Tag items"),
            self.tr("Tag (a path like violation/torture; several separated by commas):"),
            known,
            -1,
            True,
        )
        tags = [t.strip() for t in text.split(",") if t.strip()] if ok else []
        return tags or None

    def ask_untag(self, present: list[str]) -> str | None:
        shown = [f"{tag_label(t, '')} — {t}" if tag_label(t, "") != t else t for t in present]
        label, ok = QInputDialog.getItem(self._w, self.tr("Untag items"), self.tr("Tag to remove:"), shown, 0, False)
        return present[shown.index(label)] if ok and label in shown else None

    # ----- menu entry points: ask, then run ------------------------------------------------------

    def choose_role_and_link(self, ids: list[str], person_id: str) -> None:
        role = self.ask_role(len(ids))
        if role is not None:
            self.link_person(ids, person_id, role)

    def choose_tags(self, ids: list[str]) -> None:
        tags = self.ask_tags([t.path for t in self._w.nav_tags])
        if tags:
            self.tag(ids, tags)

    def choose_untag(self, ids: list[str]) -> None:
        def asked(present: list[str]) -> None:
            if not present:
                self._w.statusBar().showMessage(self.tr("The selected items have no tags."), 5000)
                return
            tag = self.ask_untag(present)
            if tag:
                self.untag(ids, [tag])

        self._w.worker.submit(lambda job: links.tags_of_items(job.vault, ids), done=asked, error=self._w.show_error)
