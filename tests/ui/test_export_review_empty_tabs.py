"""The review's empty lists say why they are empty: a case whose every item travels shows "nothing
is withheld" on the withheld tab (a blank pane looked broken), and "no suspects" on the suspects
tab; a case with withheld items and suspects shows the rows, not the message."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from tests.support.review_case import TIMEOUT, ReviewCase
from tests.support.vaults import VaultFactory
from ui.dialogs.dossier_dialog import DossierDialog
from ui.review.panel import ReviewPanel
from ui.settings import GuiSettings
from ui.worker import VaultWorker
from vault.cases import add_case, list_cases
from vault.intake import import_paths
from vault.people import add_person, link_person_to_case
from vault.testimony import add_testimony


def open_review(qtbot, worker: VaultWorker, case_id: str) -> ReviewPanel:  # type: ignore[no-untyped-def]
    dlg = DossierDialog(worker, list_cases(worker._vault), case_id, GuiSettings(export_profile="partner"))  # type: ignore[arg-type]
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitUntil(dlg.export_button.isEnabled, timeout=TIMEOUT)
    return dlg.review


def message(panel: ReviewPanel, name: str) -> str:
    label = panel.empty[name].label
    return "" if label.isHidden() else label.text()


def test_nothing_withheld_and_no_suspects_are_said(qtbot, make_vault: VaultFactory, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    vault = make_vault(tmp_path / "vault", owner="NGO")
    witness = add_person(vault, "Айгүл Нұрланқызы", pseudonym="Свидетель А", protected=True, role="witness")
    case = add_case(vault, "Обыск в офисе", "Обыск 5 марта.")
    link_person_to_case(vault, case, witness, "witness")
    add_testimony(vault, title="Показания", case_id=case, language="ru", text="Свидетель видела обыск в офисе.")
    folder = tmp_path / "photos"
    folder.mkdir()
    Image.new("RGB", (64, 48), (120, 40, 40)).save(folder / "офис.jpg", "JPEG")
    assert not import_paths(vault, [folder], case_id=case).rejected
    worker = VaultWorker()
    worker._vault = vault  # idle worker: handing it the open vault is safe
    try:
        panel = open_review(qtbot, worker, case)
        assert panel.withheld.rowCount() == 0 and panel.derived.rowCount() == 2
        assert message(panel, "withheld").startswith("Nothing is withheld: the export carries every item of this case")
        assert message(panel, "suspects") == "No suspects: no word left in the export resembles a hidden name."
        assert panel.tabs.tabText(1) == "Withheld (0)"
    finally:
        worker.wait_idle()
        worker._vault = None


def test_rows_not_the_message_when_something_is_withheld(qtbot, review_case: ReviewCase) -> None:  # type: ignore[no-untyped-def]
    panel = open_review(qtbot, review_case.worker, review_case.case_id)
    assert panel.withheld.rowCount() >= 2 and panel.suspects.rowCount() >= 1
    assert message(panel, "withheld") == "" and message(panel, "suspects") == ""
