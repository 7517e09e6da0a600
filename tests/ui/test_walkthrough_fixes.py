"""What the walkthrough (scripts/walkthrough.py, docs/walkthrough.md) found and fixed: a new case's
empty chronology says what it is for, the empty vault's hint ends cleanly, and the import
results keep the file name of a long path visible."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from ui.dialogs.import_dialog import ImportDialog
from ui.overview.chronology_editor import ChronologyEditor
from ui.panels.empty_state import empty_text
from ui.worker import VaultWorker
from vault.models import CaseEvent
from vault.search import Filters


def test_an_empty_chronology_says_what_to_do_and_hides_with_an_entry(qtbot) -> None:
    editor = ChronologyEditor()
    qtbot.addWidget(editor)
    editor.resize(600, 300)
    editor.show()
    assert editor.empty.label.isVisible() and "Add entry…" in editor.empty.label.text()
    editor.model.set_events([CaseEvent("e1", "c1", "2026-03-03", "detention", "Задержана у акимата")])
    assert not editor.empty.label.isVisible()
    editor.model.set_events([])
    assert editor.empty.label.isVisible()


def test_the_empty_vault_hint_ends_with_one_ellipsis() -> None:
    text = empty_text(Filters(), "")
    assert text.endswith("New testimony…") and "…." not in text


def test_import_results_elide_paths_on_the_left(qtbot) -> None:
    dlg = ImportDialog(VaultWorker(), [])
    qtbot.addWidget(dlg)
    option = QStyleOptionViewItem()
    dlg.table.itemDelegateForColumn(0).initStyleOption(option, dlg.results.index(0, 0))
    assert option.textElideMode == Qt.TextElideMode.ElideLeft  # the file column; a note elides at its end
    assert not dlg.start_button.isEnabled()  # nothing chosen yet: nothing to import
