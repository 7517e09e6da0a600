"""What the Kazakh walkthrough found: the link/unlink buttons under "Tags & links" were cut off at
the details pane's width at 1366×768; the import results elided a path at its end (word wrap
broke it at a "/"), and showed intake's notes in English; an error could show an id."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication

from ui import i18n
from ui.dialogs.import_dialog import ImportDialog
from ui.format import error_text
from ui.intake_words import intake_warning
from ui.models.import_results_model import IMPORTED, FileResult
from ui.panels.details import DetailsPanel
from ui.worker import VaultWorker
from vault.errors import NotFound, UsageError
from vault.models import Person

DETAILS_WIDTH = 446  # what the main window gives the details pane at 1366×768


@pytest.fixture
def kazakh(qapp: QApplication) -> Iterator[None]:
    before = QLocale()
    assert i18n.install_translators(qapp, "kk") == "kk"
    yield
    i18n.install_translators(qapp, "en")
    QLocale.setDefault(before)


def test_link_buttons_fit_the_details_pane_in_kazakh(qtbot, kazakh: None) -> None:  # type: ignore[no-untyped-def]
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.body.show()
    panel.tabs.setCurrentIndex(1)
    panel.resize(DETAILS_WIDTH, 700)
    panel.show()
    qtbot.waitExposed(panel)
    buttons = [panel.linker.link_button, panel.linker.unlink_button]
    buttons += [panel.case_linker.link_button, panel.case_linker.unlink_button]
    assert panel.linker.unlink_button.text() == "Байланысты үзу"
    page = panel.tabs.currentWidget()
    for b in buttons:
        assert b.width() >= b.sizeHint().width(), b.text()  # the whole word shows
        right = b.mapTo(page, b.rect().topRight()).x()
        assert right <= page.width(), b.text()  # inside the pane, not clipped at its edge


def test_import_results_keep_the_file_name_and_speak_kazakh(qtbot, kazakh: None) -> None:  # type: ignore[no-untyped-def]
    dlg = ImportDialog(VaultWorker(), [])
    qtbot.addWidget(dlg)
    assert not dlg.table.wordWrap() and dlg.table.textElideMode() == Qt.TextElideMode.ElideRight
    note = "audio/video metadata could not be fully read (damaged or truncated file)"
    dlg.results.set_results([FileResult("/tmp/ev/home/Мониторинг/аудио_запись.mp3", IMPORTED, note)])
    shown = dlg.results.data(dlg.results.index(0, 2))
    assert shown != note and "аудио" in shown.lower()


def test_intake_notes_translated_part_by_part(kazakh: None) -> None:
    two = (
        "text could not be extracted: the PDF is password-protected; "
        + "image not decoded: the file is larger than 256 MiB"
    )
    first, second = intake_warning(two).split("; ")
    assert "PDF" in first and "text could not" not in first
    assert "256" in second and "image not decoded" not in second
    unsafe = intake_warning("text could not be extracted: the document is unsafe to unpack (zip bomb)")
    assert unsafe.endswith(" (zip bomb)") and not unsafe.startswith("text could not")
    assert intake_warning("something new from the core") == "something new from the core"
    assert intake_warning("") == ""


def test_errors_speak_words_not_ids(kazakh: None) -> None:
    gone = error_text(NotFound("item 9f3c2a7b41d0e5a86c12 not found"))
    assert "9f3c2a7b41d0e5a86c12" not in gone and "not found" not in gone and gone.strip()
    bug = error_text(KeyError("c2b962ad4362dfc185a0"))
    assert "c2b962ad4362dfc185a0" not in bug and "KeyError" in bug and "Traceback" not in bug
    assert not bug.startswith("Something")  # in Kazakh
    refused = error_text(UsageError("a pseudonym may not share a stem with the name"))
    assert refused == "a pseudonym may not share a stem with the name"  # a refusal the person can act on


def test_the_person_gets_more_room_than_the_role(qtbot, kazakh: None) -> None:  # type: ignore[no-untyped-def]
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.linker.set_people([Person("p1", "Гульнара Сейтқазиева", "Свидетельница К", "witness", True)])
    panel.body.show()
    panel.tabs.setCurrentIndex(1)
    panel.resize(DETAILS_WIDTH, 700)
    panel.show()
    qtbot.waitExposed(panel)
    # the name ("Гульнара Сейтқазиева · қорғауда") gets the room, the role combo what its label needs
    assert panel.linker.person.width() >= 1.6 * panel.linker.role.width()
