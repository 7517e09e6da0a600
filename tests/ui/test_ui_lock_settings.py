"""Idle auto-lock, the clipboard guard and the settings file (no names, no content)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from tests.support.ui import PASSPHRASE
from ui import settings as store
from ui.app import AppController
from ui.lock import ClipboardGuard, IdleLock
from ui.settings import GuiSettings
from vault.config import vault_settings


def test_clipboard_is_cleared_after_the_delay(qtbot) -> None:
    guard = ClipboardGuard(delay_ms=30)
    guard.copy("9f86d081884c7d65")
    assert QGuiApplication.clipboard().text() == "9f86d081884c7d65"
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() == "", timeout=5000)
    guard.copy("secret")
    QGuiApplication.clipboard().setText("something the user copied later")
    guard.clear_now()
    assert QGuiApplication.clipboard().text() == "something the user copied later"


def test_idle_timer_fires_and_input_restarts_it(qtbot) -> None:
    idle = IdleLock(5)
    assert idle.interval_ms() == 5 * 60_000
    idle.set_interval_ms(60_000)
    idle.start()
    widget = QLineEdit()
    qtbot.addWidget(widget)
    key = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_A, Qt.KeyboardModifier.NoModifier, "ә")
    QApplication.sendEvent(widget, key)
    assert idle.activity == 1
    assert widget.text() == "ә"  # the filter never eats input
    assert idle._timer.remainingTime() > 50_000
    idle.set_interval_ms(20)
    with qtbot.waitSignal(idle.idle, timeout=5000):
        idle._timer.start()
    idle.stop()


def test_auto_lock_returns_to_the_unlock_page(qtbot, ui_env: Path) -> None:
    from ui.worker import Job
    from vault.store import Vault

    controller = AppController(ui_env / "vault", GuiSettings(), save_settings=False)
    qtbot.addWidget(controller.start_window)
    job: Job = controller.worker.submit(
        lambda j: j.set_vault(Vault.create(ui_env / "vault", PASSPHRASE, settings=vault_settings())[0]),
        needs_vault=False,
    )
    with qtbot.waitSignal(job.finished, timeout=20_000):
        pass
    with qtbot.waitSignal(controller.unlocked):
        controller.start_window.opened.emit(str(ui_env / "vault"))
    controller.idle.set_interval_ms(30)
    with qtbot.waitSignal(controller.locked, timeout=10_000):
        pass
    assert controller.main_window is None
    assert controller.start_window.stack.currentWidget() is controller.start_window.unlock_page
    assert controller.start_window.unlock_page.message.text() == "The vault is locked."


def test_settings_round_trip_holds_no_names(ui_env: Path) -> None:
    path = ui_env / "config" / "settings.json"
    assert store.load(path) == GuiSettings()
    store.save(GuiSettings(idle_minutes=0, language="kk", export_profile="bogus", last_vault="/v/Дело"), path)
    loaded = store.load(path)
    assert loaded == GuiSettings(idle_minutes=1, language="kk", export_profile="partner", last_vault="/v/Дело")
    keys = set(json.loads(path.read_text(encoding="utf-8")))
    assert keys == {
        "idle_minutes",
        "language",
        "export_profile",
        "last_vault",
        "recent_vaults",
        "remember_recent",
        "privacy_mode",
        "last_backup",
    }
    path.write_text("{not json", encoding="utf-8")
    assert store.load(path) == GuiSettings()
