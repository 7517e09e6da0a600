"""The dossier dialog's review step on a case naming a protected witness in declined forms: the
replaced counts, the withheld PDF and MP3 with their reasons, the suspect in context; clearing an
item (asked for a reason, logged) moves it to the derived list and unchecking withdraws it; an
alias added from a suspect re-runs the review; "Not a name" dismisses; export waits for the
review of the current choice, and the PDF written has no trace of her name."""

from __future__ import annotations

import subprocess
from pathlib import Path

from PySide6.QtCore import Qt

from tests.support.review_case import NAME, OTHER, PSEUDONYM, SUSPECT, TIMEOUT, ReviewCase, name_stems
from ui.dialogs.dossier_dialog import DossierDialog
from ui.review.models import CONTEXT_ROLE, ReviewModel
from ui.settings import GuiSettings
from vault.cases import list_cases
from vault.exports.clearance import unclear_item
from vault.people import get_person


def open_dialog(qtbot, rc: ReviewCase, profile: str = "partner") -> DossierDialog:
    settings = GuiSettings(export_profile=profile, language="ru")
    with qtbot.waitSignal(rc.worker.submit(lambda j: None).finished, timeout=TIMEOUT):
        pass
    dlg = DossierDialog(rc.worker, list_cases(rc.vault), rc.case_id, settings)
    qtbot.addWidget(dlg)
    qtbot.waitUntil(dlg.export_button.isEnabled, timeout=TIMEOUT)
    return dlg


def cells(model: ReviewModel) -> dict[str, tuple[str, ...]]:
    return {r.key: r.cells for r in model.rows()}


def every_cell(dlg: DossierDialog) -> str:
    p = dlg.review
    return "\n".join(c for m in (p.replaced, p.withheld, p.derived) for r in m.rows() for c in r.cells)


def set_check(qtbot, dlg: DossierDialog, model: ReviewModel, key: str, state: Qt.CheckState) -> None:
    row = next(n for n, r in enumerate(model.rows()) if r.key == key)
    with qtbot.waitSignal(dlg.preview_ready, timeout=TIMEOUT):  # the review runs again
        assert model.setData(model.index(row, 2), state, Qt.ItemDataRole.CheckStateRole)
        assert not dlg.export_button.isEnabled()  # not until the new review is in


def test_review_shows_replaced_withheld_derived_and_suspects(qtbot, review_case: ReviewCase) -> None:
    rc = review_case
    dlg = open_dialog(qtbot, rc)
    p = dlg.review
    assert p.bar.isHidden()  # the progress bar is shown only while a review runs
    replaced = dict(r.cells for r in p.replaced.rows())
    assert int(replaced["Name mentions replaced by pseudonyms"]) >= 5
    assert replaced["Protected people shown by pseudonym"] == "1"
    withheld = cells(p.withheld)
    assert withheld[rc.ids["reshenie.pdf"]][1:] == ("contains a hidden name", "Clear for this profile…")  # /Author
    assert withheld[rc.ids["zapis.mp3"]][1] == "could not be checked: audio recording"
    derived = cells(p.derived)
    assert derived[rc.ids["dvor.jpg"]][1].startswith("photo re-encoded from pixels")
    assert derived[rc.ids["testimony"]][1] == "text with hidden people's names replaced by pseudonyms"
    assert name_stems(every_cell(dlg)) == []  # titles as the export shows them: never her name
    [hit] = [r for r in p.suspects.rows() if r.cells[0] == SUSPECT]
    before, word, after = p.suspects.data(p.suspects.index(p.suspects.rows().index(hit), 1), CONTEXT_ROLE)
    assert word == SUSPECT and before.endswith("Потом пришла ") and after.startswith(" и всё")
    assert "угрожал Свидетельнице К" in before  # the context is the text as exported: her name replaced, declined
    assert hit.cells[2] == "Показания соседки — text"
    assert p.tabs.tabText(3) == f"Suspects ({p.suspects.rowCount()})"
    assert f"resemble a hidden name: {p.suspects.rowCount()}." in p.status.text()


def test_clear_and_unclear_an_item_are_logged_and_move_it(qtbot, review_case: ReviewCase) -> None:
    rc = review_case
    dlg = open_dialog(qtbot, rc)
    p, mp3 = dlg.review, rc.ids["zapis.mp3"]
    p.ask_reason = lambda title: ""  # the person cancelled or gave no reason: nothing happens
    row = next(n for n, r in enumerate(p.withheld.rows()) if r.key == mp3)
    p.withheld.setData(p.withheld.index(row, 2), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert dlg.export_button.isEnabled() and mp3 in cells(p.withheld)
    asked: list[str] = []
    p.ask_reason = lambda title: asked.append(title) or "the court asked for the recording itself"  # type: ignore[func-returns-value]
    set_check(qtbot, dlg, p.withheld, mp3, Qt.CheckState.Checked)
    assert asked == ["zapis"]
    assert mp3 not in cells(p.withheld)
    assert cells(p.derived)[mp3][1:] == (
        "the original file, cleared for this profile by a person",
        "Cleared (untick to withdraw)",
    )
    rc.worker.wait_idle()
    event = rc.vault.custody.events(mp3)[-1]
    assert event.action == "clear"
    assert event.details == {"profile": "partner", "reason": "the court asked for the recording itself"}
    set_check(qtbot, dlg, p.derived, mp3, Qt.CheckState.Unchecked)
    assert mp3 in cells(p.withheld) and mp3 not in cells(p.derived)
    rc.worker.wait_idle()
    assert rc.vault.custody.events(mp3)[-1].action == "unclear"


def test_a_refused_decision_is_explained_and_the_review_refreshed(qtbot, review_case: ReviewCase) -> None:
    rc = review_case
    dlg = open_dialog(qtbot, rc)
    p, pdf = dlg.review, rc.ids["reshenie.pdf"]
    p.ask_reason = lambda _title: "the court asked for it"
    set_check(qtbot, dlg, p.withheld, pdf, Qt.CheckState.Checked)
    rc.worker.submit(lambda job: unclear_item(job.vault, pdf, "partner"))  # withdrawn elsewhere (the CLI)
    rc.worker.wait_idle()
    with qtbot.waitSignal(dlg.preview_ready, timeout=TIMEOUT):  # the stale row asks to withdraw it again
        p.derived.setData(
            p.derived.index(next(n for n, r in enumerate(p.derived.rows()) if r.key == pdf), 2),
            Qt.CheckState.Unchecked,
            Qt.ItemDataRole.CheckStateRole,
        )
    assert p.status.text() == "This item changed meanwhile (perhaps from the command line). The review was run again."
    assert pdf in cells(p.withheld) and dlg.export_button.isEnabled()


def test_live_review_models_pass_the_model_tester(qtbot, qtmodeltester, review_case: ReviewCase) -> None:
    dlg = open_dialog(qtbot, review_case)
    for model in (dlg.review.replaced, dlg.review.withheld, dlg.review.derived, dlg.review.suspects):
        assert model.rowCount() > 0
        qtmodeltester.check(model)


def test_suspect_added_as_alias_or_dismissed(qtbot, review_case: ReviewCase) -> None:
    rc = review_case
    dlg = open_dialog(qtbot, rc)
    p = dlg.review
    row = next(n for n, r in enumerate(p.suspects.rows()) if r.cells[0] == SUSPECT)
    p.views["suspects"].selectRow(row)
    assert p.alias_button.text() == f"Add as alias of {PSEUDONYM}…" and p.alias_button.isEnabled()
    p.ask_alias = lambda word, pseudonym: word if pseudonym == PSEUDONYM else None
    mentions = int(dict(r.cells for r in p.replaced.rows())["Name mentions replaced by pseudonyms"])
    with qtbot.waitSignal(dlg.preview_ready, timeout=TIMEOUT):
        qtbot.mouseClick(p.alias_button, Qt.MouseButton.LeftButton)
    assert SUSPECT not in [r.cells[0] for r in p.suspects.rows()]
    assert int(dict(r.cells for r in p.replaced.rows())["Name mentions replaced by pseudonyms"]) == mentions + 1
    rc.worker.wait_idle()
    assert SUSPECT in get_person(rc.vault, rc.witness).aliases
    left = p.suspects.rowCount()
    p.views["suspects"].selectRow(next(n for n, r in enumerate(p.suspects.rows()) if r.cells[0] == OTHER))
    qtbot.mouseClick(p.not_name_button, Qt.MouseButton.LeftButton)  # a neighbour's name, not hers
    assert p.suspects.rowCount() == left - 1 and OTHER not in [r.cells[0] for r in p.suspects.rows()]
    assert dlg.export_button.isEnabled() and p.tabs.tabText(3) == f"Suspects ({left - 1})"
    rc.worker.wait_idle()
    assert OTHER not in get_person(rc.vault, rc.witness).aliases  # dismissing changes nothing in the vault


def test_export_waits_for_the_review_and_writes_no_name(qtbot, review_case: ReviewCase, tmp_path: Path) -> None:
    rc = review_case
    dlg = open_dialog(qtbot, rc)
    with qtbot.waitSignal(dlg.preview_ready, timeout=TIMEOUT):
        dlg.profile.setCurrentIndex(dlg.profile.findData("internal"))
        assert not dlg.export_button.isEnabled()  # the shown review was for partner
    assert dlg.review.stack.currentWidget() is dlg.review.internal_note
    assert "everything travels" in dlg.review.internal_note.text()
    with qtbot.waitSignal(dlg.preview_ready, timeout=TIMEOUT):
        dlg.profile.setCurrentIndex(dlg.profile.findData("partner"))
    p = dlg.review
    assert p.stack.currentWidget() is p.tabs and dlg.export_button.isEnabled()
    p.views["suspects"].selectRow(next(n for n, r in enumerate(p.suspects.rows()) if r.cells[0] == SUSPECT))
    p.ask_alias = lambda word, _pseudonym: word
    with qtbot.waitSignal(dlg.preview_ready, timeout=TIMEOUT):  # the review found it: now it is her name too
        p.add_alias()
    out = tmp_path / "dossier.pdf"
    dlg.path.setText(str(out))
    with qtbot.waitSignal(dlg.exported, timeout=120_000):
        qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
        assert dlg.is_running() and not dlg.export_button.isEnabled() and not dlg.review.isEnabled()
    assert dlg.review.isEnabled() and dlg.stage.text() == "Dossier written."
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, check=True).stdout.decode()
    assert PSEUDONYM in text and "Задержание у акимата" in text
    assert name_stems(NAME) and name_stems(text) == []
