"""The item list's context menu for the selected items. Every entry calls ItemActions (or opens
the export dialogs); nothing here touches the vault."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from ..format import role_label
from ..privacy import shown_name

if TYPE_CHECKING:
    from ..main_window import MainWindow


def _elide(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


class ItemContextMenu(QMenu):
    """The menu for `ids`; `current_case` is the case selected in the navigator, if any."""

    def __init__(self, window: MainWindow, ids: list[str], current_case: str | None) -> None:
        super().__init__(window)
        acts = window.item_actions
        self.setObjectName("item-context-menu")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setToolTipsVisible(True)
        self.addSection(self.tr("%n item(s) selected", "", len(ids)))
        add = self.addMenu(self.tr("Add to case"))
        add.setObjectName("add-to-case")
        for case in window.cases:
            act = add.addAction(_elide(case.title), partial(acts.add_to_case, ids, case.id))
            act.setObjectName(f"case:{case.id}")
            act.setEnabled(case.id != current_case)
        if not window.cases:
            add.addAction(self.tr("No cases yet: create one with Records → New case…")).setEnabled(False)
        if current_case:
            title = next((c.title for c in window.cases if c.id == current_case), "")
            remove = self.addAction(
                self.tr("Remove from case “%1”").replace("%1", _elide(title, 32)),
                lambda: acts.remove_from_case(ids, current_case),
            )
            remove.setObjectName("remove-from-case")
        person_menu = self.addMenu(self.tr("Link person with role"))
        person_menu.setObjectName("link-person")
        for p in window.people:
            label = shown_name(p) + (f" — {role_label(p.role)}" if p.role else "")
            act = person_menu.addAction(_elide(label), partial(acts.choose_role_and_link, ids, p.id))
            act.setObjectName(f"person:{p.id}")
        if not window.people:
            person_menu.addAction(self.tr("No people yet: add one with Records → New person…")).setEnabled(False)
        self.addSeparator()
        self.addAction(self.tr("Tag…"), lambda: acts.choose_tags(ids)).setObjectName("tag")
        self.addAction(self.tr("Untag…"), lambda: acts.choose_untag(ids)).setObjectName("untag")
        self.addSeparator()
        export = self.addMenu(self.tr("Export case"))
        export.setObjectName("export")
        export.addAction(self.tr("Dossier (PDF)…"), window.exchange.export_dossier).setObjectName("dossier")
        export.addAction(self.tr("Bundle for partners…"), window.exchange.send_bundle).setObjectName("bundle")
        export.setEnabled(bool(current_case))
        if not current_case:
            export.menuAction().setToolTip(self.tr("Select a case in the left panel to export it"))
