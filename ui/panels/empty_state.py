"""What the item list says when it shows nothing: what to do next, for an empty vault, an empty
case, a person or tag with no items, and a search without results. Drawn over the list's
viewport; hidden as soon as there is a row (or while a page is still loading)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel

from vault.search import Filters

translate = QCoreApplication.translate  # lupdate finds translate("Context", "literal") calls only


def empty_text(filters: Filters, query: str) -> str:
    if query:
        return translate(
            "EmptyState",
            "No results for “%1”. Check the spelling, try fewer or shorter words, or search "
            "All items (click it on the left).",
        ).replace("%1", query)
    if filters.case_id:
        return translate(
            "EmptyState",
            "No items in this case yet. Drag items from All items onto the case "
            "on the left, or choose “Add to case” in an item's menu (right click). Files imported while "
            "this case is selected are added to it.",
        )
    if filters.person_id:
        return translate(
            "EmptyState",
            "No items linked to this person yet. Drag items onto the person on the left, or "
            "choose “Link person with role” in an item's menu (right click).",
        )
    if filters.tag or filters.kind:
        return translate("EmptyState", "No items here yet.")
    return translate(
        "EmptyState",
        "This vault is empty. Import photos, documents and recordings with "
        "Vault ▸ Import files… (Ctrl+I) or by dragging them onto this window, or write a "
        "testimony with Records ▸ New testimony…",
    )


class EmptyState(QObject):
    """Keeps a centred, wrapped message over `view`'s viewport while the model has no rows."""

    def __init__(self, view: QAbstractItemView) -> None:
        super().__init__(view)
        self._view = view
        self.label = QLabel(view.viewport())
        self.label.setObjectName("empty-state")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setStyleSheet("color: palette(placeholder-text); padding: 24px;")
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # drops still reach the list
        self.label.hide()
        view.viewport().installEventFilter(self)

    def update_for(self, filters: Filters, query: str, rows: int, loading: bool) -> None:
        self.show_text("" if rows or loading else empty_text(filters, query))

    def show_text(self, text: str) -> None:
        """Show `text` over the empty view, or hide the message when `text` is empty."""
        if not text:
            self.label.hide()
            return
        self.label.setText(text)
        self._place()
        self.label.show()

    def _place(self) -> None:
        self.label.setGeometry(self._view.viewport().rect().adjusted(24, 24, -24, -24))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False
