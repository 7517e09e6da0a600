"""The About dialog (Help menu): app and component versions, as selectable, copyable text."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QGuiApplication

import vault
from tests.support.ui_export import Session
from ui.dialogs.about_dialog import AboutDialog, version_report


def test_report_names_every_audited_component() -> None:
    report = version_report()
    lines = dict(line.split(": ", 1) for line in report.splitlines()[1:])
    assert report.splitlines()[0] == f"Evidence Vault {vault.__version__}"
    for name in ("SQLCipher", "SQLite", "OpenSSL", "cryptography", "pyrage"):
        assert lines[name] and lines[name] != "unavailable", name
    assert lines["Qt"] == qVersion() and lines["PySide6"] == PySide6.__version__
    assert lines["SQLCipher"][0].isdigit() and lines["SQLite"].startswith("3.")


def test_about_from_the_help_menu_is_selectable_and_copyable(qtbot, session: Session) -> None:
    menus = [a.text() for a in session.main.menuBar().actions()]
    assert menus[-1] == "&Help"
    session.main.exchange.about_action.trigger()
    dlg = next(d for d in session.main.findChildren(AboutDialog) if d.isVisible())
    text = dlg.versions.toPlainText()
    assert text == version_report()
    assert dlg.versions.isReadOnly()
    assert dlg.versions.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    copy = next(b for b in dlg.findChildren(PySide6.QtWidgets.QPushButton) if b.text() == "Copy versions")
    qtbot.mouseClick(copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == text
    assert str(session.path) not in text  # nothing about this machine's vault
    dlg.close()
