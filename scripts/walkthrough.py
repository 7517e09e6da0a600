"""The whole job of a field monitor and a lawyer, in a real X window, with a screenshot of every
step: create a vault → import a folder → build a case from existing items → add a protected
witness → write a testimony naming her → tag → search → export a partner dossier through the
review → lock → quit → restart → the app offers the last vault → unlock → the case is there.

    Xvfb :99 -screen 0 1366x768x24 &
    DISPLAY=:99 QT_QPA_PLATFORM=xcb .venv/bin/python scripts/walkthrough.py --language en|ru [OUT_DIR]

The app runs in this process (as `ui.app` runs it, with a fresh HOME and XDG folders under a
temporary directory) and is driven with QTest clicks and key events on its shown widgets; the
restart is a second process with the same HOME. Screenshots go to
docs/screenshots/walkthrough/<language>/NN-step.png. All names and files are fictional.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ["EVIDENCE_VAULT_KDF_TARGET"] = "0"  # a walkthrough, not a real vault: Argon2 at its floor

import walkthrough_steps as ws  # noqa: E402  (scripts/ is on the path: this file runs as a script)
from PySide6.QtCore import QItemSelectionModel, QPoint  # noqa: E402
from PySide6.QtWidgets import QApplication, QInputDialog, QLineEdit, QMenu, QWidget  # noqa: E402

SIZE = (1366, 768)
PASSPHRASE = "тихая река весной 1986 года"


def private_home(tmp: Path) -> None:
    for var, sub in (
        ("HOME", "home"),
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        os.environ[var] = str(tmp / sub)
        (tmp / sub).mkdir(parents=True, exist_ok=True)


def start_app(language: str) -> tuple[QApplication, object]:
    from ui import settings as settings_store
    from ui.app import AppController, install_translators, load_fonts, start_dir

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Evidence Vault")
    app.setOrganizationName("evidence-vault")
    gui = settings_store.load()
    if not settings_store.settings_path().exists():  # the first start's language question, answered
        from dataclasses import replace

        gui = replace(gui, language=language)
        settings_store.save(gui)
    install_translators(app, gui.language)
    load_fonts()
    controller = AppController(start_dir(gui), gui)
    controller.start_window.move(0, 0)
    controller.show()
    return app, controller


def first_run(language: str, tmp: Path, cam: ws.Camera) -> None:
    app, controller = start_app(language)
    start = controller.start_window  # type: ignore[attr-defined]
    cam.shot("welcome")
    start.show_create()
    page = start.create_page
    page.folder.setText(str(tmp / "home" / "Evidence Vault"))
    ws.type_text(page.owner, "Мониторинговая группа «Әділдік»")
    ws.type_text(page.passphrase, PASSPHRASE[:10])
    cam.shot("create-strength-weak")
    ws.type_text(page.passphrase, PASSPHRASE[10:])
    ws.type_text(page.repeat, PASSPHRASE)
    cam.shot("create-strength-strong")
    ws.click(page.create_button)
    ws.wait_for(lambda: start.stack.currentWidget() is start.recovery_page)
    rec = start.recovery_page
    cam.shot("recovery-key")
    groups = rec.key_label.text().split("-")
    ws.click(rec.next_button)
    ws.type_text(rec.group_fields[0], groups[rec.asked[0] - 1])
    ws.type_text(rec.group_fields[1], groups[rec.asked[1] - 1])
    cam.shot("recovery-confirm")
    ws.click(rec.continue_button)
    ws.wait_for(lambda: controller.main_window is not None)  # type: ignore[attr-defined]
    main = controller.main_window  # type: ignore[attr-defined]
    main.move(0, 0)
    main.resize(*SIZE)
    ws.wait_for(lambda: not main.items_model.is_loading())
    cam.shot("empty-vault")
    import_folder(main, ws.generated_folder(tmp / "home"), cam)
    view_photo(main, cam)
    case_id = build_case(main, cam)
    witness = add_witness(main, cam)
    write_testimony(main, case_id, witness, cam)
    tag_and_search(main, cam)
    export_dossier(main, case_id, tmp, cam)
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    main.activateWindow()  # no window manager on Xvfb: give the main window the keyboard
    ws.wait_for(main.isActiveWindow, timeout=10)
    QTest.keyClick(main.focusWidget() or main, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    ws.wait_for(lambda: controller.main_window is None and not controller.worker.busy())  # type: ignore[attr-defined]
    cam.shot("locked")
    controller.shutdown()  # type: ignore[attr-defined]
    app.quit()


def import_folder(main: object, folder: Path, cam: ws.Camera) -> None:
    dlg = main.import_files([folder])  # type: ignore[attr-defined]
    dlg.move(60, 40)
    cam.shot("import-chosen")
    ws.click(dlg.start_button)
    ws.wait_for(lambda: not dlg.is_running() and dlg.results.rowCount() > 0)
    cam.shot("import-results")
    ws.click(dlg.close_button)
    model = main.items_model  # type: ignore[attr-defined]
    ws.wait_for(lambda: model.rowCount() == ws.FILES and not model.is_loading())


def view_photo(main: object, cam: ws.Camera) -> None:
    """A photo opened in the viewer: the picture and what its EXIF records (GPS included)."""
    w = main  # type: ignore[assignment]
    model = w.items_model  # type: ignore[attr-defined]
    row = next(r for r in range(model.rowCount()) if model.row_data(r).kind == "photo")
    opened: list[QWidget] = []
    w.viewer_opened.connect(opened.append)  # type: ignore[attr-defined]
    w.open_item(model.row_data(row).id)  # type: ignore[attr-defined]
    ws.wait_for(lambda: bool(opened))
    viewer = opened[0]
    viewer.move(40, 20)
    viewer.resize(1200, 700)
    cam.shot("photo-viewer", 1.0)
    viewer.close()


def build_case(main: object, cam: ws.Camera) -> str:
    """A new case, then the three photos selected in the list and added to it from the menu."""
    from ui.actions.item_context_menu import ItemContextMenu
    from ui.models.items_model import TITLE

    w = main  # type: ignore[assignment]
    dlg = ws.opened_modal(lambda: w.edit_case(None))  # type: ignore[attr-defined]
    ws.type_text(dlg.title, ws.CASE_TITLE)
    ws.type_text(dlg.summary, "Задержание участников мирного собрания у акимата 3 марта 2026 года.")
    cam.shot("new-case")
    dlg.save()
    ws.wait_for(lambda: len(w.cases) == 1)  # type: ignore[attr-defined]
    case_id = w.cases[0].id  # type: ignore[attr-defined]
    model = w.items_model  # type: ignore[attr-defined]
    view = w.item_list.view  # type: ignore[attr-defined]
    rows = [r for r in range(model.rowCount()) if model.row_data(r).kind == "photo"]
    rows += [r for r in range(model.rowCount()) if "остановлени" in model.row_data(r).title]
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().clearSelection()
    for r in rows:
        view.selectionModel().select(model.index(r, TITLE), flags)
    rect = view.visualRect(model.index(rows[-1], TITLE))
    menu = ItemContextMenu(w, w.item_list.selected_ids(), None)  # type: ignore[arg-type, attr-defined]
    menu.popup(view.viewport().mapToGlobal(QPoint(rect.left() + 120, rect.center().y())))
    ws.wait_for(menu.isVisible)
    sub = menu.findChild(QMenu, "add-to-case")
    menu.setActiveAction(sub.menuAction())
    ws.wait_for(sub.isVisible)
    cam.shot("add-to-case-menu")
    sub.actions()[0].trigger()
    menu.close()
    ws.wait_for(lambda: not w.worker.busy())  # type: ignore[attr-defined]
    from vault.search import Filters

    w.navigator.filter_chosen.emit(Filters(case_id=case_id), "")  # type: ignore[attr-defined]
    overview = w.center.case_overview  # type: ignore[attr-defined]
    ws.wait_for(lambda: overview.title.text() == ws.CASE_TITLE)
    cam.shot("case-overview", 1.0)
    return case_id


def add_witness(main: object, cam: ws.Camera) -> str:
    w = main  # type: ignore[assignment]
    dlg = ws.opened_modal(lambda: w.edit_person(None))  # type: ignore[attr-defined]
    ws.type_text(dlg.name, ws.WITNESS)
    ws.type_text(dlg.pseudonym, ws.PSEUDONYM)
    dlg.role.setCurrentIndex(max(0, dlg.role.findData("witness")))
    dlg.protected.setChecked(True)
    cam.shot("protected-witness")
    dlg.save()
    ws.wait_for(lambda: any(p.name == ws.WITNESS for p in w.people))  # type: ignore[attr-defined]
    return next(p.id for p in w.people if p.name == ws.WITNESS)  # type: ignore[attr-defined]


def write_testimony(main: object, case_id: str, witness: str, cam: ws.Camera) -> None:
    w = main  # type: ignore[assignment]
    before = w.items_model.rowCount()  # type: ignore[attr-defined]
    dlg = ws.opened_modal(lambda: w.edit_testimony(None))  # type: ignore[attr-defined]
    assert dlg.case.currentData() == case_id  # the case selected in the navigator
    ws.type_text(dlg.title, "Показания соседки")
    ws.type_text(dlg.text, ws.TESTIMONY)
    cam.shot("testimony")
    dlg.save()
    model = w.items_model  # type: ignore[attr-defined]
    ws.wait_for(lambda: model.rowCount() > before and not model.is_loading())
    row = next(r for r in range(model.rowCount()) if model.row_data(r).kind == "testimony")
    item_id = model.row_data(row).id
    from ui.format import role_label

    def witness_role(q: QWidget) -> None:
        assert isinstance(q, QInputDialog)
        q.setTextValue(role_label("witness"))
        cam.shot("link-witness-role")
        q.accept()

    ws.answer_modal(witness_role)
    w.item_actions.choose_role_and_link([item_id], witness)  # type: ignore[attr-defined]
    w.item_list.view.selectRow(row)  # type: ignore[attr-defined]


def tag_and_search(main: object, cam: ws.Camera) -> None:
    w = main  # type: ignore[assignment]
    ids = w.item_list.selected_ids()  # type: ignore[attr-defined]

    def tag(q: QWidget) -> None:
        assert isinstance(q, QInputDialog)
        field = q.findChild(QLineEdit)
        field.clear()
        ws.type_text(field, "violation/torture")
        cam.shot("tag")
        q.accept()

    ws.answer_modal(tag)
    w.item_actions.choose_tags(ids)  # type: ignore[attr-defined]
    model = w.items_model  # type: ignore[attr-defined]
    ws.wait_for(lambda: not w.worker.busy() and not model.is_loading())  # type: ignore[attr-defined]
    from ui.overview.center import ITEMS

    w.center.setCurrentIndex(ITEMS)  # type: ignore[attr-defined]  (the case's items, with the details)
    row = next(r for r in range(model.rowCount()) if model.row_data(r).id == ids[0])
    w.item_list.view.selectRow(row)  # type: ignore[attr-defined]
    ws.wait_for(lambda: w.details.item_id == ids[0])  # type: ignore[attr-defined]
    w.details.tabs.setCurrentIndex(1)  # type: ignore[attr-defined]
    cam.shot("tags-and-links", 1.0)
    from vault.search import Filters

    w.navigator.filter_chosen.emit(Filters(), "")  # type: ignore[attr-defined]  (search all items)
    ws.wait_for(lambda: model.rowCount() == ws.FILES + 1 and not model.is_loading())
    for word, name in (("пыток", "search-russian"), (ws.KAZAKH_WORD, "search-kazakh")):
        w.item_list.search.clear()  # type: ignore[attr-defined]
        ws.type_text(w.item_list.search, word)  # type: ignore[attr-defined]
        ws.wait_for(lambda word=word: model.query == word and not model.is_loading())
        cam.shot(name, 1.0)
    w.item_list.search.clear()  # type: ignore[attr-defined]
    w.details.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]


def export_dossier(main: object, case_id: str, tmp: Path, cam: ws.Camera) -> None:
    from vault.search import Filters

    w = main  # type: ignore[assignment]
    w.navigator.filter_chosen.emit(Filters(case_id=case_id), "")  # type: ignore[attr-defined]
    dlg = w.exchange.export_dossier()  # type: ignore[attr-defined]
    dlg.move(0, 0)
    dlg.resize(*SIZE)
    shown: list[object] = []
    dlg.preview_ready.connect(shown.append)
    dlg.profile.setCurrentIndex(max(0, dlg.profile.findData("partner")))
    ws.wait_for(lambda: bool(shown))
    cam.shot("dossier-review", 1.0)
    for name in ("suspects", "withheld"):
        view = dlg.review.views[name]
        tabs = dlg.review.tabs
        tabs.setCurrentIndex(
            next(i for i in range(tabs.count()) if tabs.widget(i) is view or tabs.widget(i).isAncestorOf(view))
        )
        if name == "suspects" and view.model().rowCount():
            view.selectRow(0)
        cam.shot(f"dossier-review-{name}", 0.6)
    dlg.path.setText(str(tmp / "home" / "dossier-partner.pdf"))
    ws.click(dlg.action_button)
    ws.wait_for(lambda: not dlg.is_running() and bool(dlg.outcome.text()), timeout=180)
    cam.shot("dossier-written")
    # kept for a look with pdftoppm (fictional data; the temporary HOME is removed at the end)
    keep = Path(tempfile.gettempdir()) / f"walkthrough-dossier-{cam.out.name}.pdf"
    shutil.copy(tmp / "home" / "dossier-partner.pdf", keep)
    print(f"dossier: {keep}")
    dlg.close()


def reopen(language: str, cam: ws.Camera) -> None:
    app, controller = start_app(language)
    start = controller.start_window  # type: ignore[attr-defined]
    cam.shot("restart-offers-last-vault")
    ws.type_text(start.unlock_page.passphrase, PASSPHRASE)
    ws.click(start.unlock_page.unlock_button)
    ws.wait_for(lambda: controller.main_window is not None)  # type: ignore[attr-defined]
    main = controller.main_window  # type: ignore[attr-defined]
    main.move(0, 0)
    main.resize(*SIZE)
    ws.wait_for(lambda: len(main.cases) == 1)
    from vault.search import Filters

    main.navigator.filter_chosen.emit(Filters(case_id=main.cases[0].id), "")
    ws.wait_for(lambda: main.center.case_overview.title.text() == ws.CASE_TITLE)
    cam.shot("case-after-restart", 1.0)
    controller.shutdown()  # type: ignore[attr-defined]
    app.quit()


def main() -> int:
    args = sys.argv[1:]
    language = args[args.index("--language") + 1] if "--language" in args else "en"
    out = ROOT / "docs" / "screenshots" / "walkthrough" / language
    if "--reopen" in args:  # the restarted app (same HOME), numbering on from --first
        reopen(language, ws.Camera(out, int(args[args.index("--first") + 1])))
        return 0
    for old in out.glob("*.png"):
        old.unlink()
    tmp = Path(tempfile.mkdtemp(prefix="ev-walk-"))
    try:
        private_home(tmp)
        cam = ws.Camera(out)
        first_run(language, tmp, cam)
        again = [sys.executable, __file__, "--language", language, "--reopen", "--first", str(len(cam.taken) + 1)]
        return subprocess.run(again, env=os.environ.copy(), check=False).returncode
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
