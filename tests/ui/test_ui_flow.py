"""The whole flow, driven on real widgets offscreen: create a vault → import a folder with a
bad file → see the rejection → tag → search in Cyrillic → open a photo → lock → unlock."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from tests.support.ui import PASSPHRASE, make_import_folder
from ui.app import AppController, load_fonts
from ui.models.import_results_model import IMPORTED, REJECTED
from ui.models.items_model import ITEM_ID_ROLE, TITLE
from ui.settings import GuiSettings
from ui.viewers.image_viewer import ImageViewer

TIMEOUT = 20_000


def create_vault(qtbot, controller: AppController, folder: Path) -> str:
    start = controller.start_window
    assert start.stack.currentWidget() is start.choose_page
    start.choose_page.create_vault.emit()
    assert start.stack.currentWidget() is start.create_page
    page = start.create_page
    page.folder.setText(str(folder))
    page.owner.setText("Монитор Алматы")
    page.passphrase.setText(PASSPHRASE)
    page.repeat.setText(PASSPHRASE)
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: start.stack.currentWidget() is start.recovery_page, timeout=TIMEOUT)
    rec = start.recovery_page
    key = rec.key_label.text()
    assert len(key.replace("-", "").replace(" ", "")) >= 26
    assert not rec.continue_button.isEnabled()
    qtbot.mouseClick(rec.next_button, Qt.MouseButton.LeftButton)
    groups = key.split("-")
    for field, number in zip(rec.group_fields, rec.asked, strict=True):
        field.setText(groups[number - 1].lower())
    with qtbot.waitSignal(controller.unlocked, timeout=TIMEOUT):
        qtbot.mouseClick(rec.continue_button, Qt.MouseButton.LeftButton)
    assert rec.key_label.text() == ""  # shown once
    return key


def test_create_import_tag_search_view_lock_unlock(qtbot, ui_env: Path) -> None:
    load_fonts()
    controller = AppController(ui_env / "vault", GuiSettings(), save_settings=False)
    qtbot.addWidget(controller.start_window)
    controller.show()
    create_vault(qtbot, controller, ui_env / "vault")
    main = controller.main_window
    assert main is not None
    assert not (ui_env / "config" / "evidence-vault" / "settings.json").exists()

    # import a folder with a zero-byte file among good ones
    folder = make_import_folder(ui_env, photos=3)
    dlg = main.import_files([folder])
    with qtbot.waitSignal(dlg.imported, timeout=TIMEOUT) as imported:
        qtbot.mouseClick(dlg.start_button, Qt.MouseButton.LeftButton)
    assert imported.args == [4]
    results = dlg.results.results()
    rejected = [r for r in results if r.status == REJECTED]
    assert [Path(r.path).name for r in rejected] == ["empty.jpg"]
    assert rejected[0].detail  # the reason is shown
    assert sum(r.status == IMPORTED for r in results) == 4
    assert dlg.results.data(dlg.results.index(0, 1)) == "Rejected"
    dlg.close()

    model = main.items_model
    qtbot.waitUntil(lambda: model.rowCount() == 4 and not model.is_loading(), timeout=TIMEOUT)
    photo_row = next(r for r in range(4) if model.row_data(r).kind == "photo")
    photo_id = model.row_data(photo_row).id

    # select → details; tag in Cyrillic with completion data present
    with qtbot.waitSignal(main.details_shown, timeout=TIMEOUT):
        main.item_list.view.selectRow(photo_row)
    assert main.details.fields["gps"].text().startswith("43.2389")
    assert "violation/torture" in main.details.tags.completions.stringList()
    main.details.tags.field.setText("нарушение/избиение")
    with qtbot.waitSignal(main.details_shown, timeout=TIMEOUT):
        qtbot.mouseClick(main.details.tags.add_button, Qt.MouseButton.LeftButton)
    assert main.details.tags.paths() == ["нарушение/избиение"]
    assert main.details.tags.list.item(0).text() == "избиение"  # the label, the path as a hint
    said = main.details.custody.sentences()
    assert said[0].startswith("Imported “") and "Tagged “избиение”" in said  # the label, not the path

    # search (debounced, on the worker): Cyrillic tag word, any case; then testimony text
    with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
        main.item_list.search.setText("ИЗБИЕНИЕ")
    qtbot.waitUntil(lambda: model.rowCount() >= 1 and not model.is_loading(), timeout=TIMEOUT)
    found = {model.row_data(r).id for r in range(model.rowCount())}
    assert photo_id in found
    with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
        main.item_list.search.setText("азаптау")
    assert model.rowCount() == 1 and model.row_data(0).kind != "photo"  # the Kazakh text file
    with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
        main.item_list.search.setText("")
    qtbot.waitUntil(lambda: model.rowCount() == 4, timeout=TIMEOUT)

    # open the photo: decoded in memory, EXIF panel shows GPS as coordinates
    row = model.row_of(photo_id)
    assert model.data(model.index(row, TITLE), ITEM_ID_ROLE) == photo_id
    with qtbot.waitSignal(main.viewer_opened, timeout=TIMEOUT) as opened:
        main.open_item(photo_id)
    viewer = opened.args[0]
    assert isinstance(viewer.viewer, ImageViewer)
    assert viewer.viewer.gps_label.text().startswith("43.238")
    viewer.viewer.zoom_in()
    assert viewer.viewer.zoom > 1.0
    qtbot.waitUntil(lambda: len(controller.thumbs) >= 1, timeout=TIMEOUT)

    # lock: DB closed on the worker, thumbnails and models gone, back to the unlock page
    with qtbot.waitSignal(controller.locked, timeout=TIMEOUT):
        controller.lock()
    assert controller.main_window is None
    assert len(controller.thumbs) == 0
    assert controller.worker._vault is None
    start = controller.start_window
    assert start.stack.currentWidget() is start.unlock_page

    # wrong passphrase: calm message, field cleared, can try again
    start.unlock_page.passphrase.setText("not the passphrase")
    qtbot.mouseClick(start.unlock_page.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "did not open" in start.unlock_page.message.text(), timeout=TIMEOUT)
    assert start.unlock_page.passphrase.text() == ""
    assert start.unlock_page.unlock_button.isEnabled()

    start.unlock_page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(controller.unlocked, timeout=TIMEOUT):
        qtbot.mouseClick(start.unlock_page.unlock_button, Qt.MouseButton.LeftButton)
    main2 = controller.main_window
    assert main2 is not None
    qtbot.waitUntil(lambda: main2.items_model.rowCount() == 4, timeout=TIMEOUT)
    controller.shutdown()
    main2.close_for_lock()
