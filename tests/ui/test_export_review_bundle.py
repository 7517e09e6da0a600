"""The bundle export dialog's review step: the same four lists as the dossier's, a clearance
asked for a reason and logged (then withdrawn), export only after the review of the current
case and profile, and a bundle in which no byte, member name or manifest entry carries her name."""

from __future__ import annotations

import io
import tarfile
from pathlib import Path

import pyrage
from PySide6.QtCore import Qt

from tests.support.review_case import PSEUDONYM, SUSPECT, TIMEOUT, ReviewCase, name_stems
from ui.dialogs.bundle_export_dialog import BundleExportDialog
from ui.review.models import CONTEXT_ROLE
from ui.settings import GuiSettings
from vault import keys
from vault.cases import list_cases


def open_dialog(qtbot, rc: ReviewCase) -> BundleExportDialog:
    dlg = BundleExportDialog(rc.worker, list_cases(rc.vault), rc.case_id, GuiSettings(export_profile="partner"))
    qtbot.addWidget(dlg)
    qtbot.waitUntil(dlg.export_button.isEnabled, timeout=TIMEOUT)
    return dlg


def decoded(data: bytes) -> str:
    return "\n".join(
        data[shift:].decode(enc, "ignore") for enc in ("utf-8", "utf-16-le", "utf-16-be") for shift in (0, 1)
    )


def test_bundle_review_clear_and_export_without_her_name(qtbot, review_case: ReviewCase, tmp_path: Path) -> None:
    rc = review_case
    dlg = open_dialog(qtbot, rc)
    p = dlg.review
    assert dict(r.cells for r in p.replaced.rows())["Protected people shown by pseudonym"] == "1"
    withheld = {r.key: r.cells[1] for r in p.withheld.rows()}
    assert withheld == {
        rc.ids["reshenie.pdf"]: "could not be checked: document",
        rc.ids["zapis.mp3"]: "could not be checked: audio recording",
    }
    [row] = [n for n, r in enumerate(p.suspects.rows()) if r.cells[0] == SUSPECT]
    assert p.suspects.data(p.suspects.index(row, 1), CONTEXT_ROLE)[1] == SUSPECT
    pdf = rc.ids["reshenie.pdf"]
    p.ask_reason = lambda _title: "the partner's lawyer needs the signed original"
    n = next(i for i, r in enumerate(p.withheld.rows()) if r.key == pdf)
    with qtbot.waitSignal(dlg.preview_ready, timeout=TIMEOUT):
        p.withheld.setData(p.withheld.index(n, 2), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert {r.key: r.checked for r in p.derived.rows()}[pdf] is True
    rc.worker.wait_idle()
    assert rc.vault.custody.events(pdf)[-1].details["reason"] == "the partner's lawyer needs the signed original"
    n = next(i for i, r in enumerate(p.derived.rows()) if r.key == pdf)
    with qtbot.waitSignal(dlg.preview_ready, timeout=TIMEOUT):
        p.derived.setData(p.derived.index(n, 2), Qt.CheckState.Unchecked, Qt.ItemDataRole.CheckStateRole)
    assert pdf in {r.key for r in p.withheld.rows()}

    p.views["suspects"].selectRow(row)
    p.ask_alias = lambda word, _pseudonym: word
    with qtbot.waitSignal(dlg.preview_ready, timeout=TIMEOUT):
        qtbot.mouseClick(p.alias_button, Qt.MouseButton.LeftButton)
    dlg.include_self.setChecked(True)
    out = tmp_path / "case.age"
    dlg.path.setText(str(out))
    with qtbot.waitSignal(dlg.exported, timeout=120_000) as done:
        qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
    assert len(done.args[0].withheld) == 2 and dlg.stage.text() == "Bundle written."
    plain = pyrage.decrypt(out.read_bytes(), [keys.identity(rc.vault)])
    assert name_stems(decoded(plain)) == []
    with tarfile.open(fileobj=io.BytesIO(plain), mode="r:") as tar:
        members = tar.getmembers()
        assert not [m.name for m in members if name_stems(m.name)]
        texts = [decoded(tar.extractfile(m).read()) for m in members if m.isfile()]  # type: ignore[union-attr]
    assert not [t for t in texts if name_stems(t)] and any(PSEUDONYM in t for t in texts)


def test_profile_change_reruns_the_review_and_internal_says_everything_travels(qtbot, review_case: ReviewCase) -> None:
    dlg = open_dialog(qtbot, review_case)
    with qtbot.waitSignal(dlg.preview_ready, timeout=TIMEOUT) as ready:
        dlg.profile.setCurrentIndex(dlg.profile.findData("public"))
        assert not dlg.export_button.isEnabled()
    assert ready.args[0].review.profile == "public" and dlg.export_button.isEnabled()
    with qtbot.waitSignal(dlg.preview_ready, timeout=TIMEOUT):
        dlg.profile.setCurrentIndex(dlg.profile.findData("internal"))
    assert dlg.review.stack.currentWidget() is dlg.review.internal_note
    assert dlg.review.status.text() == "Reviewed: nothing is replaced, withheld or derived."
