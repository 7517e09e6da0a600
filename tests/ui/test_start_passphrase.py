"""Passphrase pages like a good password manager: the core's strength estimate and rules shown
while typing, show/hide, Caps Lock and keyboard-layout hints on unlock, errors in an error style,
and the recovery key confirmed by typing two of its groups (not a checkbox)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.support.ui import PASSPHRASE
from ui.app import AppController
from ui.settings import GuiSettings
from ui.unlock.pages import CreatePage, UnlockPage
from ui.unlock.strength import ERROR_STYLE
from vault.config import vault_settings
from vault.passphrase_rules import estimate
from vault.store import Vault

TIMEOUT = 20_000


def type_text(field: QLineEdit, text: str, shift: bool = False) -> None:
    """Key events one by one (qtbot.keyClicks aborts on non-ASCII text)."""
    mods = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(field, QKeyEvent(kind, 0, mods, ch))


def test_core_estimate_orders_passphrases_and_names_the_rules() -> None:
    weak, common, run = estimate("short"), estimate("Password1!"), estimate("1234567890")
    assert not weak.acceptable and not common.acceptable and not run.acceptable
    assert {r.key for r in weak.rules if not r.met} >= {"length"}
    assert "not-common" in {r.key for r in common.rules if not r.met}
    good = estimate("жаңбыр астында үш қызыл алма")
    assert good.acceptable and good.score == 4
    assert estimate("Tk9#vQ2!mZ").score > estimate("abcdefghij").score


def test_meter_and_rules_follow_typing_and_refusals_are_errors(qtbot) -> None:
    page = CreatePage()
    qtbot.addWidget(page)
    page.folder.setText("/tmp/x")
    type_text(page.passphrase, "qwerty")
    meter = page.meter
    assert meter.bar.value() == 0 and meter.word.text() == "Very weak"
    assert meter.rule_labels["length"].text().startswith("✗")
    page.passphrase.clear()
    type_text(page.passphrase, "тихая река весной 1986")
    assert meter.bar.value() == 4 and meter.word.text() == "Very strong"
    assert all(label.text().startswith("✓") for label in meter.rule_labels.values())
    # show/hide applies to both fields
    assert page.passphrase.echoMode() == QLineEdit.EchoMode.Password
    page.show_button.click()
    assert page.passphrase.echoMode() == page.repeat.echoMode() == QLineEdit.EchoMode.Normal
    assert page.show_button.text() == "Hide"
    page.show_button.click()
    assert page.repeat.echoMode() == QLineEdit.EchoMode.Password
    # a common password is refused with the reason, in the error style
    page.passphrase.setText("password123")
    page.repeat.setText("password123")
    with qtbot.assertNotEmitted(page.create_requested):
        page.create_button.click()
    assert "too easy to guess" in page.message.text()
    assert page.message.styleSheet() == ERROR_STYLE


def test_caps_lock_and_keyboard_layout_hints_on_unlock(qtbot) -> None:
    page = UnlockPage()
    qtbot.addWidget(page)
    page.show()
    type_text(page.passphrase, "a")
    assert "Caps Lock" not in page.hints.text() and "Keyboard layout: English" in page.hints.text()
    type_text(page.passphrase, "B")  # a capital without Shift: Caps Lock is on
    assert "Caps Lock is on." in page.hints.text()
    type_text(page.passphrase, "c", shift=True)  # small with Shift: still on
    assert "Caps Lock is on." in page.hints.text()
    type_text(page.passphrase, "D", shift=True)  # capital with Shift: off
    assert "Caps Lock" not in page.hints.text()
    type_text(page.passphrase, "ж")
    assert "Keyboard layout: Русский" in page.hints.text()
    type_text(page.passphrase, "қ")
    assert "Keyboard layout: Қазақ тілі" in page.hints.text()
    with qtbot.waitSignal(page.unlock_requested):
        page.unlock_button.click()
    page.passphrase.clear()  # as after a failed try: the layout guess is forgotten with the text
    assert "Keyboard layout" not in page.hints.text()
    page.failed("That passphrase did not open this vault.")
    assert page.message.text() == "That passphrase did not open this vault.\nKeyboard layout: Қазақ тілі"
    assert page.message.styleSheet() == ERROR_STYLE
    assert "ж" not in page.hints.text() + page.message.text()  # the typed letters are never shown


def test_recovery_key_is_confirmed_by_typing_two_groups(qtbot, ui_env: Path) -> None:
    controller = AppController(ui_env / "vault", GuiSettings(), save_settings=False)
    qtbot.addWidget(controller.start_window)
    start = controller.start_window
    start.show_create()
    page = start.create_page
    page.folder.setText(str(ui_env / "vault"))
    page.passphrase.setText(PASSPHRASE)
    page.repeat.setText(PASSPHRASE)
    page.create_button.click()
    qtbot.waitUntil(lambda: start.stack.currentWidget() is start.recovery_page, timeout=TIMEOUT)
    rec = start.recovery_page
    key = rec.key_label.text()
    groups = key.split("-")
    assert len(rec.asked) == 2 and len(set(rec.asked)) == 2 and all(1 <= n <= 8 for n in rec.asked)
    qtbot.mouseClick(rec.next_button, Qt.MouseButton.LeftButton)
    assert rec.steps.currentIndex() == 1 and not rec.key_label.isVisible()
    first, second = rec.group_fields
    first.setText(groups[rec.asked[0] - 1])
    wrong = groups[rec.asked[1] % 8]  # another group of the key
    second.setText(wrong if wrong != groups[rec.asked[1] - 1] else "ZZZZ")
    assert not rec.continue_button.isEnabled() and "does not match" in rec.group_message.text()
    rec.show_key_again()
    assert rec.steps.currentIndex() == 0 and first.text() == ""
    rec.ask_groups()
    first.setText(groups[rec.asked[0] - 1].lower())
    second.setText(groups[rec.asked[1] - 1].replace("0", "O"))  # as misread from paper
    assert rec.continue_button.isEnabled()
    with qtbot.waitSignal(controller.unlocked, timeout=TIMEOUT):
        qtbot.mouseClick(rec.continue_button, Qt.MouseButton.LeftButton)
    assert rec.key_label.text() == "" and first.text() == ""
    controller.shutdown()
    assert controller.main_window is not None
    controller.main_window.close_for_lock()
    with Vault.open_with_recovery_key(ui_env / "vault", key, settings=vault_settings()) as v:
        assert v.vault_id
