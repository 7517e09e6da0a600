"""The dossier export dialog: defaults, the removal preview per profile (computed on the worker),
a password PDF written with progress, and cancel."""

from __future__ import annotations

import hashlib
from datetime import date
from pathlib import Path

import pikepdf
import pytest
from PySide6.QtCore import Qt

from tests.support.ui_export import TIMEOUT, Blocker, Session, open_core
from ui.dialogs import export_done
from ui.dialogs.dossier_dialog import DossierDialog
from vault.search import Filters


def removal_lines(dlg: DossierDialog) -> list[str]:
    return [f"{r.cells[0]}: {r.cells[1]}" for r in dlg.review.replaced.rows()]


def open_dialog(qtbot, s: Session, case_id: str) -> DossierDialog:
    s.main.navigator.filter_chosen.emit(Filters(case_id=case_id), "")
    s.main.exchange.dossier_action.trigger()  # Exchange → Export dossier (PDF)…
    dlg = next(d for d in s.main.findChildren(DossierDialog) if d.isVisible())
    qtbot.waitUntil(dlg.export_button.isEnabled, timeout=TIMEOUT)  # once the review ran
    return dlg


def test_defaults_and_removal_preview_per_profile(qtbot, session: Session) -> None:
    case = session.case("Задержание")
    dlg = open_dialog(qtbot, session, case.id)
    assert dlg.case_id() == case.id  # the current case is preselected
    assert dlg.profile_name() == "partner"  # from the GUI settings
    assert dlg.language.currentData() == "ru"  # the interface language
    name = Path(dlg.path.text()).name
    assert name == f"Dossier, partner, {date.today().isoformat()} ({case.id[:6]}).pdf"  # readable, names no one
    assert "Задержание" not in dlg.path.text() and "Арман" not in dlg.path.text()
    lines = removal_lines(dlg)
    assert "Protected people shown by pseudonym: 1" in lines
    assert "GPS positions removed: 3" in lines
    assert any(line.startswith("Name mentions replaced by pseudonyms: ") for line in lines)
    assert not any("Нурланова" in line or "Айгуль" in line for line in lines)  # never a name

    with qtbot.waitSignal(dlg.preview_ready, timeout=TIMEOUT) as ready:
        dlg.profile.setCurrentIndex(dlg.profile.findData("internal"))
    assert ready.args[0].review.profile == "internal" and removal_lines(dlg) == []
    assert dlg.review.stack.currentWidget() is dlg.review.internal_note  # "everything travels", said plainly
    assert "everything travels" in dlg.review.internal_note.text()
    assert Path(dlg.path.text()).name.startswith("Dossier, internal, ")

    with qtbot.waitSignal(dlg.preview_ready, timeout=TIMEOUT):
        dlg.profile.setCurrentIndex(dlg.profile.findData("public"))
    assert "Protected people shown by pseudonym: 1" in removal_lines(dlg)
    assert any(line.startswith("People not marked public shown by pseudonym") for line in removal_lines(dlg))
    dlg.close()


def test_password_dossier_is_written_with_progress_and_logged(
    qtbot, session: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    case = session.case("Задержание")
    dlg = open_dialog(qtbot, session, case.id)
    out = tmp_path / "out" / "d.pdf"
    out.parent.mkdir()
    dlg.path.setText(str(out))
    dlg.prepared_by.setText("Правозащитный центр «Қадам»")
    dlg.password.setText("пароль-для-суда")
    dlg.repeat.setText("something else")
    qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
    assert "differ" in dlg.message.text() and not dlg.is_running() and not out.exists()

    dlg.repeat.setText("пароль-для-суда")
    progress: list[object] = []
    with qtbot.waitSignal(dlg.exported, timeout=60_000) as done:
        qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
        assert dlg.is_running() and dlg.cancel_button.isEnabled() and not dlg.export_button.isEnabled()
        dlg._job.progress.connect(progress.append)  # type: ignore[union-attr]
    result = done.args[0]
    assert progress and all(len(p) == 3 for p in progress)  # (done, total, stage)
    assert result.path == out and result.pages > 3
    assert hashlib.sha256(out.read_bytes()).hexdigest() == result.sha256
    text = dlg.outcome.text()
    assert result.sha256 in text and str(out) in text and str(result.pages) in text
    assert dlg.password.text() == "" and dlg.repeat.text() == ""  # not kept around
    handed: list[str] = []
    monkeypatch.setattr(export_done, "system_open", lambda url: handed.append(url.toLocalFile()))
    assert dlg.done_buttons.isVisible() or not dlg.isVisible()
    dlg.done_buttons.open_button.click()
    dlg.done_buttons.folder_button.click()
    assert handed == [str(out), str(out.parent)]
    with pytest.raises(pikepdf.PasswordError):
        pikepdf.open(out)
    with pikepdf.open(out, password="пароль-для-суда") as pdf:
        assert len(pdf.pages) == result.pages
        assert pdf.encryption.R == 6
    dlg.close()
    session.controller.shutdown()
    with open_core(session.path) as v:
        last = v.custody.events(case.id)[-1]
    assert last.action == "export" and last.details["profile"] == "partner" and last.details["encrypted"]


def test_cancel_writes_nothing(qtbot, session: Session, tmp_path: Path) -> None:
    dlg = open_dialog(qtbot, session, session.case("Задержание").id)
    out = tmp_path / "cancelled.pdf"
    dlg.path.setText(str(out))
    blocker = Blocker(session.main.worker)
    dlg.start()
    assert dlg.is_running()
    dlg.cancel()
    assert "Cancelling" in dlg.stage.text()
    with qtbot.waitSignal(blocker.job.finished, timeout=TIMEOUT):
        blocker.release()
    qtbot.waitUntil(lambda: not dlg.is_running(), timeout=TIMEOUT)
    assert dlg.stage.text() == "Export cancelled. No file was written."
    assert not out.exists() and not list(tmp_path.glob("cancelled*"))
    assert dlg.export_button.isEnabled()
    dlg.close()


def test_closing_before_the_preview_arrives_is_harmless(qtbot, session: Session) -> None:
    blocker = Blocker(session.main.worker)
    dlg = session.main.exchange.export_dossier()  # preview queued behind the blocker
    bundle = session.main.exchange.send_bundle()
    dlg.close()  # deleted on close
    bundle.close()
    marker = session.main.worker.submit(lambda _j: None, needs_vault=False)
    with qtbot.waitSignal(marker.finished, timeout=TIMEOUT):
        blocker.release()
    assert not session.main.findChildren(DossierDialog)
