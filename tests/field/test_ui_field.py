"""The desktop app's field-safety entries (offscreen): Back up to…, the backup reminder, Split
recovery key among colleagues (PDF sheets), Wipe vault… behind a typed word, and the duress
passphrase typed at unlock answering like a wrong one."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from tests.support.dossier import pdftotext
from tests.support.field import fill, partner
from ui.app import AppController, load_fonts
from ui.main_window import MainWindow
from ui.settings import GuiSettings
from vault.config import vault_settings
from vault.field.backup import backup
from vault.field.shares import read_share, recover
from vault.field.travel import escrow, set_duress
from vault.store import Vault

PASS = "пароль для окна"
TIMEOUT = 20_000
SHOTS = Path(os.environ.get("EV_SCREENSHOTS", "")) if os.environ.get("EV_SCREENSHOTS") else None


@dataclass
class Gui:
    controller: AppController
    path: Path

    @property
    def main(self) -> MainWindow:
        assert self.controller.main_window is not None
        return self.controller.main_window


def _unlock(qtbot, controller: AppController, passphrase: str, *, expect_open: bool = True) -> None:  # type: ignore[no-untyped-def]
    page = controller.start_window.unlock_page
    page.passphrase.setText(passphrase)
    if expect_open:
        with qtbot.waitSignal(controller.unlocked, timeout=TIMEOUT):
            qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    else:
        page.message.clear()
        qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
        # set_busy shows "Unlocking…" (the interface is in English here) until the answer comes.
        qtbot.waitUntil(lambda: page.message.text() != "" and "Unlocking" not in page.message.text(), timeout=TIMEOUT)


def _shot(widget, name: str) -> None:  # type: ignore[no-untyped-def]
    if SHOTS is not None:
        SHOTS.mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(SHOTS / f"{name}.png"))


@pytest.fixture
def gui(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Gui]:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("EVIDENCE_VAULT_KDF_TARGET", "0")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    load_fonts()
    path = tmp_path / "vault"
    vault, _ = Vault.create(path, PASS, settings=vault_settings())
    with vault:
        fill(vault, tmp_path / "src", count=3)
        contact, _key = partner(vault, tmp_path)
        escrow(vault, contact, tmp_path / "escrow.age")
    controller = AppController(path, GuiSettings(language="en"), save_settings=False)
    qtbot.addWidget(controller.start_window)
    controller.show()
    yield Gui(controller, path)
    window = controller.main_window
    controller.shutdown()
    if window is not None:
        window.close_for_lock()


def test_backup_from_the_menu_remembers_the_folder_and_the_reminder_goes(qtbot, gui: Gui, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _unlock(qtbot, gui.controller, PASS)
    main = gui.main
    qtbot.waitUntil(lambda: "never been backed up" in main.statusBar().currentMessage(), timeout=TIMEOUT)
    assert main.field.backup_action in main.vault_menu.actions()
    dlg = main.field.back_up()
    target = tmp_path / "usb" / "backup"
    dlg.path.setText(str(target))
    remembered: list[GuiSettings] = []
    main.field.settings_changed.connect(remembered.append)
    with qtbot.waitSignal(dlg.finished_backup, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(dlg.start_button, Qt.MouseButton.LeftButton)
    assert [(r.last_backup, r.language) for r in remembered] == [(str(target), "en")]
    result = blocker.args[0]
    assert result.items == 4 and (target / "vault.header").exists()
    assert "Backup finished" in dlg.stage.text()
    _shot(dlg, "backup-dialog")
    again = main.field.back_up()
    assert again.path.text() == str(target)  # the last folder is offered again
    with Vault.open(target, PASS, settings=vault_settings()) as copy:
        assert copy.conn.execute("SELECT count(*) FROM items").fetchone()[0] == 4


def test_split_recovery_key_writes_printable_sheets(qtbot, gui: Gui, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _unlock(qtbot, gui.controller, PASS)
    dlg = gui.main.field.split_recovery()
    dlg.shares.setValue(3)
    dlg.threshold.setValue(2)
    assert "Any 2 of them" in dlg._intro.text()
    out = tmp_path / "sheets"
    dlg.folder.setText(str(out))
    _shot(dlg, "shares-dialog")
    with qtbot.waitSignal(dlg.created, timeout=TIMEOUT) as blocker:
        qtbot.mouseClick(dlg.create_button, Qt.MouseButton.LeftButton)
    sheets = [Path(p) for p in blocker.args[0]]
    assert len(sheets) == 3 and all(p.suffix == ".pdf" for p in sheets)
    words = read_share(sheets[0].with_suffix(".txt")).split()
    text = pdftotext(sheets[0])
    assert "share 1 of 3" in text and "Any 2 of the 3" in text and all(w in text for w in words)
    gui.controller.lock()
    recover(gui.path, [sheets[0].with_suffix(".txt"), sheets[2].with_suffix(".txt")], "новая", vault_settings())
    Vault.open(gui.path, "новая", settings=vault_settings()).close()


def test_wipe_needs_the_typed_word_and_has_an_emergency_shortcut(qtbot, gui: Gui) -> None:  # type: ignore[no-untyped-def]
    _unlock(qtbot, gui.controller, PASS)
    main = gui.main
    assert main.field.wipe_action.shortcut().toString() == "Ctrl+Shift+Del"
    dlg = main.field.wipe()
    assert not dlg.wipe_button.isEnabled()
    qtbot.keyClicks(dlg.typed, "WIP")
    assert not dlg.wipe_button.isEnabled()
    qtbot.keyClicks(dlg.typed, "E")
    assert dlg.wipe_button.isEnabled()
    _shot(dlg, "wipe-dialog")
    with qtbot.waitSignal(gui.controller.locked, timeout=TIMEOUT):
        qtbot.mouseClick(dlg.wipe_button, Qt.MouseButton.LeftButton)
    assert not gui.path.exists()
    assert gui.controller.main_window is None
    assert "wiped" in gui.controller.start_window.choose_page.note.text()


def test_duress_at_the_unlock_window_looks_like_a_wrong_passphrase(qtbot, gui: Gui) -> None:  # type: ignore[no-untyped-def]
    with Vault.open(gui.path, PASS, settings=vault_settings()) as vault:
        set_duress(vault, PASS, "под давлением")
    page = gui.controller.start_window.unlock_page
    _unlock(qtbot, gui.controller, "просто ошибка", expect_open=False)
    wrong = page.message.text()
    assert not (gui.path / "vault.travel").exists()
    _unlock(qtbot, gui.controller, "под давлением", expect_open=False)
    assert page.message.text() == wrong
    assert (gui.path / "vault.travel").exists() and not (gui.path / "vault.header").exists()
    _unlock(qtbot, gui.controller, PASS, expect_open=False)
    assert "travel mode" in page.message.text()
    _shot(gui.controller.start_window, "unlock-travel-mode")
    # Next start of the app: the folder is still offered for unlocking (a vault in travel mode).
    gui.controller.start_window.show_for(gui.path)
    assert gui.controller.start_window.stack.currentWidget() is page


def test_backup_reminder_counts_days() -> None:
    from datetime import UTC, datetime

    from ui.field_menu import backup_age_days

    now = datetime(2024, 3, 20, tzinfo=UTC)
    assert backup_age_days(None, now) is None
    assert backup_age_days("2024-03-01T09:00:00.000000Z", now) == 18
    assert backup_age_days("2024-03-20T00:00:00Z", now) == 0
    assert backup is not None


def test_after_an_unclean_shutdown_the_window_says_nothing_saved_was_lost(qtbot, gui: Gui) -> None:  # type: ignore[no-untyped-def]
    with Vault.open(gui.path, PASS, settings=vault_settings()) as vault:
        leftover = vault.blobs.store_bytes(b"an import cut by a power failure")  # no row names it
    _unlock(qtbot, gui.controller, PASS)
    bar = gui.main.statusBar()
    qtbot.waitUntil(lambda: "nothing that was saved was lost" in bar.currentMessage(), timeout=TIMEOUT)
    assert "1 unfinished" in bar.currentMessage()
    assert not (gui.path / "blobs" / leftover.blob_id[:2] / leftover.blob_id).exists()
