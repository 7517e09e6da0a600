"""Screenshots of building a case (used by scripts/screenshots.py, or alone for a quick look):
the case overview, the item list's context menu over several selected items, a person's overview.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_cases.py [OUT_DIR] [--language ru|kk]
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QPoint
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QMenu, QWidget

Shot = Callable[[QApplication, QWidget, Path, str], None]
Wait = Callable[..., None]


def _composed(main: QWidget, menu: QMenu, sub: QMenu) -> QPixmap:
    """The window with its popup menu and the open submenu painted over it: offscreen, a popup is
    a window of its own that grab() leaves out, and the 800 px offscreen "screen" would push the
    submenu back over its menu, so the submenu is painted where a real screen shows it."""
    picture = main.grab()
    painter = QPainter(picture)
    at = main.mapFromGlobal(menu.pos())
    painter.drawPixmap(at, menu.grab())
    beside = at + QPoint(menu.width() - 2, menu.actionGeometry(sub.menuAction()).top() - 4)
    painter.drawPixmap(beside, sub.grab())
    painter.end()
    return picture


def case_shots(app: QApplication, main: Any, out: Path, shot: Shot, wait_for: Wait, prefix: str = "") -> None:
    from ui.actions.item_context_menu import ItemContextMenu
    from ui.models.items_model import TITLE
    from ui.overview.center import ITEMS
    from vault.search import Filters

    case = main.cases[0]
    main.navigator.filter_chosen.emit(Filters(case_id=case.id), "")
    overview = main.center.case_overview
    wait_for(app, lambda: overview.title.text() == case.title and overview.chronology.model.rowCount() > 0)
    overview.chronology.view.selectRow(1)
    shot(app, main, out, "22-case-overview")
    # the context menu over three selected items of "All items", its "Add to case" submenu open
    main.navigator.filter_chosen.emit(Filters(), "")
    model = main.items_model
    wait_for(app, lambda: model.rowCount() >= 3 and not model.is_loading())
    main.center.setCurrentIndex(ITEMS)
    view = main.item_list.view
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().clearSelection()
    for row in (1, 2, 4):
        view.selectionModel().select(model.index(row, TITLE), flags)
    view.selectionModel().setCurrentIndex(model.index(4, TITLE), QItemSelectionModel.SelectionFlag.NoUpdate)
    wait_for(app, lambda: main.details.item_id != "")
    rect = view.visualRect(model.index(4, TITLE))
    at = view.viewport().mapToGlobal(QPoint(rect.left() + 120, rect.center().y()))
    menu = ItemContextMenu(main, main.item_list.selected_ids(), None)
    menu.popup(at)
    wait_for(app, lambda: menu.isVisible())
    sub = menu.findChild(QMenu, "add-to-case")
    menu.setActiveAction(sub.menuAction())
    sub.popup(menu.geometry().topRight())
    wait_for(app, lambda: sub.isVisible())
    name = f"{prefix}23-item-context-menu" if prefix else "23-item-context-menu"
    app.processEvents()
    _composed(main, menu, sub).save(str(out / f"{name}.png"))
    print(f"wrote {out / name}.png")
    sub.close()
    menu.close()
    person = next(p for p in main.people if p.protected)
    main.navigator.filter_chosen.emit(Filters(person_id=person.id), "")
    pv = main.center.person_overview
    wait_for(app, lambda: pv.title.text() == person.name and pv.items_model.rowCount() > 0)
    shot(app, main, out, "24-person-overview")


def main() -> int:
    """Alone: the demo vault, unlocked straight into the main window, and only these shots."""
    import os
    import shutil
    import tempfile

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["EVIDENCE_VAULT_KDF_TARGET"] = "0"
    import screenshots as base  # scripts/ is on the path when run as a script

    args = sys.argv[1:]
    language = ""
    if "--language" in args:
        at = args.index("--language")
        language = args[at + 1]
        del args[at : at + 2]
    base.LANGUAGE = language
    out = Path(args[0]) if args else base.ROOT / "docs" / "screenshots"
    tmp = Path(tempfile.mkdtemp(prefix="ev-shots-"))
    try:
        os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
        from ui.app import load_fonts
        from ui.lock import ClipboardGuard
        from ui.main_window import MainWindow
        from ui.models.thumbnails import ThumbnailCache
        from ui.worker import VaultWorker
        from vault.config import vault_settings
        from vault.demo import create_demo_vault
        from vault.store import Vault

        create_demo_vault(tmp / "demo-vault", "demo passphrase", settings=vault_settings())
        app = QApplication(sys.argv[:1])
        load_fonts()
        if language:
            from ui.i18n import install_translators

            install_translators(app, language)
        worker = VaultWorker()
        worker._vault = Vault.open(tmp / "demo-vault", "demo passphrase", settings=vault_settings())
        window = MainWindow(worker, ThumbnailCache(worker), ClipboardGuard(), str(tmp / "demo-vault"))
        window.resize(*base.SIZE)
        window.show()
        base.wait_for(app, lambda: len(window.cases) == 3)
        case_shots(app, window, out, base.shot, base.wait_for, f"{language}-" if language else "")
        worker.lock()
        worker.wait_idle()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
