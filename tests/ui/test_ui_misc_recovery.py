"""'Forgot passphrase?' on the unlock page: the recovery key opens the vault, a new passphrase
replaces the old one (logged as 'recover'), and mistakes are explained calmly."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.support.ui import PASSPHRASE
from ui.app import AppController
from ui.settings import GuiSettings
from vault.config import vault_settings
from vault.errors import WrongPassphrase
from vault.store import Vault

TIMEOUT = 20_000
NEW = "новая парольная фраза 2026"


def test_recover_with_the_key_and_set_a_new_passphrase(qtbot, ui_env: Path) -> None:
    path = ui_env / "vault"
    vault, key = Vault.create(path, PASSPHRASE, settings=vault_settings())
    vault.close()
    controller = AppController(path, GuiSettings(), save_settings=False)
    qtbot.addWidget(controller.start_window)
    controller.show()
    start = controller.start_window
    assert start.stack.currentWidget() is start.unlock_page
    qtbot.mouseClick(start.unlock_page.forgot_button, Qt.MouseButton.LeftButton)
    page = start.recover_page
    assert start.stack.currentWidget() is page
    assert page.key.echoMode() == page.key.EchoMode.Password
    page.show_key.setChecked(True)
    assert page.key.echoMode() == page.key.EchoMode.Normal

    page.key.setText("ABCD-EFGH")  # too short: explained, nothing submitted
    page.passphrase.setText(NEW)
    page.repeat.setText(NEW)
    qtbot.mouseClick(page.recover_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "32 letters and digits" in page.message.text(), timeout=TIMEOUT)
    assert page.recover_button.isEnabled() and page.passphrase.text() == ""

    wrong = "-".join(["AAAA"] * 8)
    page.key.setText(wrong)
    page.passphrase.setText(NEW)
    page.repeat.setText(NEW + "x")
    qtbot.mouseClick(page.recover_button, Qt.MouseButton.LeftButton)
    assert "differ" in page.message.text()
    page.repeat.setText(NEW)
    qtbot.mouseClick(page.recover_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "did not open" in page.message.text(), timeout=TIMEOUT)

    page.key.setText(key.lower())  # as typed from paper: any case, with the dashes
    page.passphrase.setText(NEW)
    page.repeat.setText(NEW)
    with qtbot.waitSignal(controller.unlocked, timeout=TIMEOUT):
        qtbot.mouseClick(page.recover_button, Qt.MouseButton.LeftButton)
    assert page.key.text() == "" and page.passphrase.text() == ""  # nothing kept in the widgets
    main = controller.main_window
    assert main is not None
    controller.shutdown()
    main.close_for_lock()

    with pytest.raises(WrongPassphrase):
        Vault.open(path, PASSPHRASE, settings=vault_settings())
    with Vault.open(path, NEW, settings=vault_settings()) as v:
        actions = [e.action for e in v.custody.events(v.vault_id)]
    assert "recover" in actions


def test_back_returns_to_the_unlock_page(qtbot, ui_env: Path) -> None:
    path = ui_env / "vault"
    Vault.create(path, PASSPHRASE, settings=vault_settings())[0].close()
    controller = AppController(path, GuiSettings(), save_settings=False)
    qtbot.addWidget(controller.start_window)
    start = controller.start_window
    start.unlock_page.forgot.emit()
    start.recover_page.key.setText("SECRET")
    start.recover_page.back.emit()
    assert start.stack.currentWidget() is start.unlock_page
    start.unlock_page.forgot.emit()
    assert start.recover_page.key.text() == ""  # reset each time it is shown
