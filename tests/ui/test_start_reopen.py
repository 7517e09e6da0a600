"""Start: the app reopens the last vault (its unlock page, with "Open another…"), lists a few
recent vaults on the welcome page (paths the user opened here only, each removable), and
remembers none when told not to."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.support.ui import PASSPHRASE
from ui import settings as store
from ui.app import AppController, start_dir
from ui.settings import MAX_RECENT, GuiSettings
from vault.config import vault_settings
from vault.store import Vault

TIMEOUT = 20_000


def make(path: Path) -> Path:
    Vault.create(path, PASSPHRASE, settings=vault_settings())[0].close()
    return path


def test_reopens_the_last_vault_and_records_recent_ones(qtbot, ui_env: Path) -> None:
    first, second = make(ui_env / "Дело_первое"), make(ui_env / "second")
    settings = GuiSettings(last_vault=str(first), recent_vaults=(str(first),))
    assert start_dir(settings) == first
    controller = AppController(start_dir(settings), settings, save_settings=True)
    qtbot.addWidget(controller.start_window)
    start = controller.start_window
    assert start.stack.currentWidget() is start.unlock_page
    assert str(first) in start.unlock_page.path_label.text()

    start.show_for(second)  # as "Open another…" does after its folder dialog
    start.unlock_page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(controller.unlocked, timeout=TIMEOUT):
        qtbot.mouseClick(start.unlock_page.unlock_button, Qt.MouseButton.LeftButton)
    saved = store.load()
    assert saved.last_vault == str(second.resolve())
    assert saved.recent_vaults == (str(second.resolve()), str(first))
    controller.shutdown()
    assert controller.main_window is not None
    controller.main_window.close_for_lock()

    # next start: the last vault again
    assert start_dir(store.load()) == second.resolve()


def test_missing_last_vault_falls_back_to_a_recent_one_or_the_welcome_page(qtbot, ui_env: Path) -> None:
    present = make(ui_env / "present")
    gone = ui_env / "unplugged-usb" / "vault"
    assert start_dir(GuiSettings(last_vault=str(gone), recent_vaults=(str(gone), str(present)))) == present
    settings = GuiSettings(last_vault=str(gone), recent_vaults=(str(gone), str(present)))
    controller = AppController(ui_env / "nothing-here", settings, save_settings=False)
    qtbot.addWidget(controller.start_window)
    start = controller.start_window
    page = start.choose_page
    assert start.stack.currentWidget() is page
    assert [page.recent.item(i).text() for i in range(page.recent.count())] == [str(gone), str(present)]
    page.open_recent.emit(str(gone))
    assert "No vault was found" in page.note.text()
    page.recent.setCurrentRow(0)
    qtbot.mouseClick(page.forget_button, Qt.MouseButton.LeftButton)
    assert controller.settings.recent_vaults == (str(present),) and controller.settings.last_vault == ""
    assert page.recent.count() == 1
    page.recent.setCurrentRow(0)
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    assert start.stack.currentWidget() is start.unlock_page
    assert str(present) in start.unlock_page.path_label.text()


def test_recent_list_is_short_and_can_be_switched_off(ui_env: Path) -> None:
    s = GuiSettings()
    for i in range(MAX_RECENT + 3):
        s = store.opened(s, f"/vaults/{i}")
    assert len(s.recent_vaults) == MAX_RECENT and s.recent_vaults[0] == f"/vaults/{MAX_RECENT + 2}"
    s = store.opened(s, "/vaults/3")  # opened again: moves to the top, not listed twice
    assert s.recent_vaults.count("/vaults/3") == 1 and s.recent_vaults[0] == "/vaults/3"
    off = store.opened(GuiSettings(remember_recent=False, recent_vaults=("/x",), last_vault="/x"), "/y")
    assert off.recent_vaults == () and off.last_vault == ""
    path = ui_env / "config" / "settings.json"
    store.save(off, path)
    assert "/y" not in path.read_text(encoding="utf-8") and "/x" not in path.read_text(encoding="utf-8")
