"""Vault ▸ Verify vault…: runs on the worker with progress, can be cancelled, and says what it
found in words — a sound vault, then a damaged file named as such."""

from __future__ import annotations

from pathlib import Path

from tests.support.ui_export import TIMEOUT, Blocker, Session
from ui.dialogs.verify_dialog import VerifyDialog


def run(qtbot, s: Session) -> VerifyDialog:
    menu = s.main.view_menu
    assert menu.verify_action.text() == "&Verify vault…"
    with qtbot.waitSignal(s.main.view_menu.verify_action.triggered):
        menu.verify_action.trigger()
    dialog = menu.verify_dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    return dialog


def test_verify_reports_a_sound_vault_then_a_damaged_file(qtbot, session: Session) -> None:
    s = session
    dialog = run(qtbot, s)
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=TIMEOUT)
    report = dialog.report
    assert report is not None and report.ok and report.blobs_checked > 0
    assert dialog.summary.text().startswith("<b>✓ The vault is sound.")
    assert f"{report.events_checked} custody events" in dialog.summary.text()
    assert not dialog.findings.isVisible() or dialog.findings.count() == sum(1 for _ in report.notes)
    assert dialog.close_button.isEnabled() and not dialog.cancel_button.isEnabled()
    assert dialog.start_button.text() == "Verify again"
    dialog.accept()

    blobs = sorted(p for p in (s.path / "blobs").rglob("*") if p.is_file())
    victim: Path = blobs[0]
    data = bytearray(victim.read_bytes())
    data[len(data) // 2] ^= 0x40
    victim.write_bytes(bytes(data))
    dialog = run(qtbot, s)
    with qtbot.waitSignal(dialog.finished_report, timeout=TIMEOUT) as got:
        pass
    assert not got.args[0].ok
    assert dialog.summary.text().startswith("<b>✗ Problems found: 1.")
    assert "Nothing was changed" in dialog.summary.text()
    lines = [dialog.findings.item(i).text() for i in range(dialog.findings.count())]
    assert any(line.startswith("✗ A stored file is damaged or was altered") for line in lines)
    dialog.accept()


def test_verify_can_be_cancelled(qtbot, session: Session) -> None:
    s = session
    blocker = Blocker(s.main.worker)  # the worker is busy: the check waits in the queue
    dialog = run(qtbot, s)
    assert dialog.cancel_button.isEnabled() and not dialog.close_button.isEnabled()
    dialog.cancel_button.click()
    assert dialog.stage.text() == "Stopping…"
    blocker.release()
    qtbot.waitUntil(lambda: dialog.close_button.isEnabled(), timeout=TIMEOUT)
    assert dialog.stage.text().startswith("Cancelled. Nothing was changed")
    assert dialog.report is None
    dialog.accept()
