"""The whole job of scripts/walkthrough.py in compressed form, offscreen: create a vault (recovery
key confirmed by two groups) → import a generated folder → select several items → add them to a
case from the context menu → a protected witness → a testimony naming her in declined forms →
a partner dossier through the export dialog (its review ran) → no form of her name in the PDF's
text → lock with Ctrl+L → the settings name the vault, so the next start offers it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication, QMenu

from tests.support.dossier import pdftotext
from tests.support.review_case import name_stems
from tests.support.ui import PASSPHRASE, jpeg_with_gps
from ui import settings as store
from ui.actions.item_context_menu import ItemContextMenu
from ui.app import AppController, start_dir
from ui.dialogs import testimony_dialog  # as a module: pytest would take TestimonyDialog for a test class
from ui.dialogs.case_dialog import CaseDialog
from ui.dialogs.person_dialog import PersonDialog
from ui.main_window import MainWindow
from ui.models.items_model import TITLE
from ui.settings import GuiSettings
from vault.demo_media import court_decision_pdf
from vault.search import Filters

TIMEOUT = 60_000
NAME = "Гульнара Сейтқазиева"
TESTIMONY = (
    "Я видела, как Гульнару Сейтқазиеву вывели из акимата. Следователь угрожал Сейтқазиевой. "
    "Со слов Гульнары Сейтказиевой, в ИВС к ней применяли пытки. Сейтқазиеваның апасы бәрін көрді."
)


def field_folder(root: Path) -> Path:
    folder = root / "Сейтқазиева_допрос"
    folder.mkdir()
    for i in range(3):
        (folder / f"IMG_{i}.jpg").write_bytes(jpeg_with_gps((60 + 40 * i, 90, 120), lat=43.2 + i / 100))
    pdf = court_decision_pdf("Постановление суда", ["Заявитель указывает на применение пыток в ИВС."])
    (folder / "постановление.pdf").write_bytes(pdf)
    (folder / "куәгер.txt").write_text("Куәгер жазбасы: полиция телефонды алып қойды.", encoding="utf-8")
    (folder / "запись.mp3").write_bytes(b"ID3\x03\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x00" + bytes(800))
    return folder


def modal(kind: type) -> object:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    return found[-1] if found else None


def create_vault(qtbot, controller: AppController, folder: Path) -> MainWindow:
    start = controller.start_window
    start.show_create()
    page = start.create_page
    page.folder.setText(str(folder))
    page.owner.setText("Мониторинговая группа")
    page.passphrase.setText(PASSPHRASE)
    page.repeat.setText(PASSPHRASE)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: start.stack.currentWidget() is start.recovery_page, timeout=TIMEOUT)
    rec = start.recovery_page
    groups = rec.key_label.text().split("-")
    qtbot.mouseClick(rec.next_button, Qt.MouseButton.LeftButton)
    assert not rec.continue_button.isEnabled()  # confirmed by typing, not by a checkbox
    for field, asked in zip(rec.group_fields, rec.asked, strict=True):
        qtbot.keyClicks(field, groups[asked - 1])  # the key's alphabet is ASCII
    with qtbot.waitSignal(controller.unlocked, timeout=TIMEOUT):
        qtbot.mouseClick(rec.continue_button, Qt.MouseButton.LeftButton)
    assert controller.main_window is not None
    return controller.main_window


def test_the_whole_job_from_a_new_vault_to_a_partner_dossier(
    qtbot, ui_env: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault_dir = ui_env / "Evidence Vault"
    controller = AppController(vault_dir, GuiSettings(language="en"), save_settings=True)
    qtbot.addWidget(controller.start_window)
    main = create_vault(qtbot, controller, vault_dir)
    model = main.items_model

    dlg = main.import_files([field_folder(ui_env)])
    with qtbot.waitSignal(dlg.imported, timeout=TIMEOUT) as imported:
        qtbot.mouseClick(dlg.start_button, Qt.MouseButton.LeftButton)
    assert imported.args == [6] and dlg.results.rowCount() == 6
    dlg.close()
    qtbot.waitUntil(lambda: model.rowCount() == 6 and not model.is_loading(), timeout=TIMEOUT)

    main.edit_case(None)
    case_dlg = modal(CaseDialog)
    assert isinstance(case_dlg, CaseDialog)
    case_dlg.title.setText("Задержание у акимата")
    case_dlg.save()
    qtbot.waitUntil(lambda: len(main.cases) == 1, timeout=TIMEOUT)
    case_id = main.cases[0].id

    rows = [
        r
        for r in range(model.rowCount())
        if model.row_data(r).kind == "photo" or "остановлени" in model.row_data(r).title
    ]
    assert len(rows) == 4  # three photos and the PDF
    view = main.item_list.view
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for r in rows:
        view.selectionModel().select(model.index(r, TITLE), flags)
    menu = ItemContextMenu(main, main.item_list.selected_ids(), None)
    add = menu.findChild(QMenu, "add-to-case")
    next(a for a in add.actions() if a.objectName() == f"case:{case_id}").trigger()
    qtbot.waitUntil(lambda: not main.worker.busy(), timeout=TIMEOUT)
    main.navigator.filter_chosen.emit(Filters(case_id=case_id), "")
    qtbot.waitUntil(lambda: main.center.case_overview.title.text() == "Задержание у акимата", timeout=TIMEOUT)
    qtbot.waitUntil(lambda: model.rowCount() == 4 and not model.is_loading(), timeout=TIMEOUT)

    main.edit_person(None)
    person_dlg = modal(PersonDialog)
    assert isinstance(person_dlg, PersonDialog)
    person_dlg.name.setText(NAME)
    person_dlg.role.setCurrentIndex(person_dlg.role.findData("witness"))
    person_dlg.protected.setChecked(True)
    person_dlg.save()
    qtbot.waitUntil(lambda: any(p.name == NAME and p.protected for p in main.people), timeout=TIMEOUT)
    witness = next(p.id for p in main.people if p.name == NAME)

    main.edit_testimony(None)
    t_dlg = modal(testimony_dialog.TestimonyDialog)
    assert isinstance(t_dlg, testimony_dialog.TestimonyDialog)
    assert t_dlg.case.currentData() == case_id  # the case selected in the navigator
    t_dlg.title.setText("Показания соседки")
    t_dlg.text.setPlainText(TESTIMONY)
    t_dlg.save()
    qtbot.waitUntil(lambda: model.rowCount() == 5 and not model.is_loading(), timeout=TIMEOUT)
    testimony = next(model.row_data(r).id for r in range(model.rowCount()) if model.row_data(r).kind == "testimony")
    monkeypatch.setattr(main.item_actions, "ask_role", lambda _n: "witness")
    main.item_actions.choose_role_and_link([testimony], witness)
    qtbot.waitUntil(lambda: not main.worker.busy(), timeout=TIMEOUT)

    export = main.exchange.export_dossier()
    assert export.case_id() == case_id  # the case selected in the navigator
    export.profile.setCurrentIndex(export.profile.findData("partner"))
    qtbot.waitUntil(lambda: export.action_button.isEnabled(), timeout=TIMEOUT)  # the review ran
    out = ui_env / "partner.pdf"
    export.path.setText(str(out))
    with qtbot.waitSignal(export.exported, timeout=TIMEOUT * 3):
        qtbot.mouseClick(export.action_button, Qt.MouseButton.LeftButton)
    text = pdftotext(out)
    assert "пыт" in text and name_stems(text) == []
    export.close()

    main.activateWindow()
    qtbot.waitUntil(main.isActiveWindow, timeout=TIMEOUT)
    with qtbot.waitSignal(controller.locked, timeout=TIMEOUT):
        qtbot.keyClick(main.focusWidget() or main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert controller.main_window is None
    assert store.load().last_vault == str(vault_dir.resolve())
    assert start_dir(store.load()) == vault_dir.resolve()
    start = controller.start_window
    assert start.stack.currentWidget() is start.unlock_page
    controller.shutdown()
