"""Screenshots of the start window's passphrase screens, the custody tab, Verify vault and privacy
mode (used by scripts/screenshots.py; all data fictional)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

Shot = Callable[[QApplication, QWidget, Path, str], None]
Wait = Callable[..., None]


def type_keys(field: QLineEdit, text: str, shift: bool = False) -> None:
    mods = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(field, QKeyEvent(kind, 0, mods, ch))


def unlock_hints(app: QApplication, start: Any, out: Path, shot: Shot) -> None:
    """Typed with Caps Lock on in the Russian layout: both hints show."""
    page = start.unlock_page
    page.passphrase.clear()
    type_keys(page.passphrase, "ДЕМО")
    shot(app, start, out, "25-unlock-caps-layout")
    page.passphrase.clear()


def custody_shot(app: QApplication, main: Any, out: Path, shot: Shot, wait_for: Wait) -> None:
    """A testimony's custody after a few more steps (tagged, untagged)."""
    from vault import links

    model = main.items_model
    row = next(r for r in range(model.rowCount()) if model.row_data(r).title.startswith("Показания свидетеля"))
    item_id = model.row_data(row).id
    done: list[object] = []

    def steps(job: Any) -> None:
        links.tag_items(job.vault, [item_id], ["violation/torture", "status/verified"])
        links.untag_items(job.vault, [item_id], ["status/verified"])

    main.worker.submit(steps, done=done.append)
    wait_for(app, lambda: bool(done))
    main.item_list.view.selectRow(row)
    wait_for(app, lambda: main.details.item_id == item_id and main.details.custody.model.rowCount() >= 3)
    main.details.tabs.setCurrentIndex(3)
    shot(app, main, out, "05-custody-history")


def main_window_shots(app: QApplication, main: Any, out: Path, shot: Shot, wait_for: Wait) -> None:
    """Verify vault's result over the main window, then privacy mode."""
    dialog = main.view_menu.verify()
    wait_for(app, lambda: dialog.report is not None, timeout=120)
    dialog.resize(720, 420)
    shot(app, dialog, out, "28-verify-result")
    dialog.accept()
    main.view_menu.privacy_action.trigger()
    wait_for(app, lambda: not main.worker.busy())
    model = main.items_model
    wait_for(app, lambda: model.rowCount() > 0)
    main.details.tabs.setCurrentIndex(3)
    shot(app, main, out, "29-privacy-mode")
    main.view_menu.privacy_action.trigger()
    wait_for(app, lambda: not main.worker.busy())
    main.details.tabs.setCurrentIndex(0)


def create_shots(app: QApplication, controller: Any, folder: Path, out: Path, shot: Shot, wait_for: Wait) -> None:
    """The create page with the meter part-way, the recovery key, its two-group confirmation."""
    start = controller.start_window
    start.show_create()
    page = start.create_page
    page.folder.setText(str(folder))
    page.owner.setText("Demo monitoring group")
    type_keys(page.passphrase, "тихая река")
    shot(app, start, out, "26-create-strength")
    type_keys(page.passphrase, " весной 1986")
    page.repeat.setText(page.passphrase.text())
    page.create_button.click()
    wait_for(app, lambda: start.stack.currentWidget() is start.recovery_page)
    rec = start.recovery_page
    shot(app, start, out, "16-recovery-key")
    groups = rec.key_label.text().split("-")
    rec.next_button.click()
    rec.group_fields[0].setText(groups[rec.asked[0] - 1])
    shot(app, start, out, "27-recovery-confirm")
    rec.group_fields[1].setText(groups[rec.asked[1] - 1])
    rec.continue_button.click()
    wait_for(app, lambda: controller.main_window is not None)


def welcome_recent(app: QApplication, start: Any, out: Path, shot: Shot, paths: tuple[str, ...]) -> None:
    start.set_recent(paths)
    start.show_welcome()
    shot(app, start, out, "30-welcome-recent")
