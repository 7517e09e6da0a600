"""The dossier dialog's "Sign" checkbox: off for partner (the GUI default profile), on by default
for internal, and a signed export from the dialog validates in pdfsig."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.support.signed import pdfsig
from tests.support.ui_export import TIMEOUT, Session
from ui.dialogs.dossier_dialog import DossierDialog
from vault.search import Filters


def test_sign_checkbox_follows_profile_and_signs(qtbot, session: Session, tmp_path: Path) -> None:
    case = session.case("Задержание")
    session.main.navigator.filter_chosen.emit(Filters(case_id=case.id), "")
    session.main.exchange.dossier_action.trigger()
    dlg = next(d for d in session.main.findChildren(DossierDialog) if d.isVisible())
    qtbot.waitUntil(dlg.export_button.isEnabled, timeout=TIMEOUT)
    assert dlg.profile_name() == "partner" and not dlg.sign.isChecked()
    with qtbot.waitSignal(dlg.preview_ready, timeout=TIMEOUT):
        dlg.profile.setCurrentIndex(dlg.profile.findData("internal"))
    assert dlg.sign.isChecked()  # on by default for internal
    qtbot.waitUntil(dlg.export_button.isEnabled, timeout=TIMEOUT)
    out = tmp_path / "signed.pdf"
    dlg.path.setText(str(out))
    with qtbot.waitSignal(dlg.exported, timeout=120_000) as done:
        qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
    assert done.args[0].signed
    assert "Signature is Valid" in pdfsig(out)
    dlg.close()
