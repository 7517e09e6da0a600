"""First start: the language is asked before anything else and kept; Qt's own dialogs follow it
(a Kazakh file dialog is Kazakh, from Qt's own catalog); a demo vault says so."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QApplication, QFileDialog, QLabel

from tests.support.ui_export import Session
from ui import i18n
from ui import settings as store
from ui.app import first_start
from ui.settings import GuiSettings
from ui.unlock.first_language import FirstLanguageDialog


@pytest.fixture
def restore_language(qapp: QApplication) -> Iterator[None]:
    yield
    i18n.install_translators(qapp, "en")


def test_language_is_asked_on_first_start_and_kept(qtbot, ui_env: Path) -> None:
    assert not store.settings_path().exists()

    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, FirstLanguageDialog):
            QTimer.singleShot(10, pick)
            return
        assert [b.text() for b in dialog.buttons.values()] == ["Русский", "Қазақ тілі", "English"]
        dialog.buttons["kk"].click()

    QTimer.singleShot(0, pick)
    chosen = first_start(GuiSettings())
    assert chosen.language == "kk"
    assert store.load().language == "kk"  # asked once: the settings file now exists


def test_file_dialog_speaks_kazakh(qtbot, qapp: QApplication, restore_language: None) -> None:
    i18n.install_translators(qapp, "kk")
    dialog = QFileDialog(None, "x")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    labels = {w.objectName(): w.text() for w in dialog.findChildren(QLabel) if w.objectName()}
    assert labels == {"lookInLabel": "Қайда қ&арау:", "fileNameLabel": "Файл &аты:", "fileTypeLabel": "Файлдар &түрі:"}
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    buttons = {b.text() for b in dialog.findChildren(QAbstractButton) if b.text()}
    assert buttons == {"&Сақтау", "Бас тарту"}


def test_demo_vault_shows_a_banner(qtbot, session: Session) -> None:
    menu = session.main.view_menu
    qtbot.waitUntil(lambda: menu.demo_banner is not None, timeout=20_000)
    assert menu.demo_banner is not None
    assert menu.demo_banner.text().startswith("DEMO — fictional data.")
    assert menu.demo_banner.isVisible() or not session.main.isVisible()
