"""Privacy mode (View ▸ Privacy mode, also in Settings): protected people appear by pseudonym on
screen wherever names are shown — navigator, details, person overview, custody sentences —
while the vault keeps the names; the choice is stored in the settings."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt

from tests.support.ui_export import TIMEOUT, Session
from ui.data import load_details
from ui.privacy import privacy_on, set_privacy
from vault import people

NAME, PSEUDONYM = "Айгуль Нурланова", "Свидетель А"


def texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> list[str]:
    parent = parent or QModelIndex()
    out: list[str] = []
    for row in range(model.rowCount(parent)):
        for col in range(model.columnCount(parent)):
            index = model.index(row, col, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):  # tooltips too
                out.append(str(model.data(index, role) or ""))
            out += texts(model, index)
    return out


def joined(model: QAbstractItemModel) -> str:
    return "\n".join(texts(model))


def test_privacy_mode_hides_protected_names_everywhere_on_screen(qtbot, session: Session) -> None:
    s, main = session, session.main
    nav = main.navigator.model
    qtbot.waitUntil(lambda: NAME in joined(nav), timeout=TIMEOUT)
    found = {}

    def lookup(job):  # on the worker, which holds the open vault
        witness = next(p for p in people.list_people(job.vault) if p.name == NAME)
        linked = job.vault.conn.execute("SELECT item_id FROM item_people WHERE person_id = ?", (witness.id,)).fetchone()
        return witness.id, load_details(job.vault, linked[0])

    job = main.worker.submit(lookup, done=lambda r: found.update(result=r))
    with qtbot.waitSignal(job.finished, timeout=TIMEOUT):
        pass
    witness_id, details = found["result"]

    with qtbot.waitSignal(main.view_menu.privacy_changed) as changed:
        main.view_menu.privacy_action.trigger()
    assert changed.args == [True] and privacy_on()
    assert s.controller.settings.privacy_mode  # stored (save_settings is off in this session)
    qtbot.waitUntil(lambda: PSEUDONYM in joined(nav) and NAME not in joined(nav), timeout=TIMEOUT)
    assert "Privacy mode" in main.statusBar().currentMessage()

    main.details.show_details(details)  # details: links and custody sentences
    shown = [main.details.links.item(i).text() for i in range(main.details.links.count())]
    assert any(PSEUDONYM in t for t in shown) and not any(NAME in t for t in shown)
    said = joined(main.details.custody.model)
    assert PSEUDONYM in said and NAME not in said

    pv = main.center.person_overview  # the person's overview
    pv.show_person(witness_id)
    qtbot.waitUntil(lambda: pv.title.text() == PSEUDONYM, timeout=TIMEOUT)

    main.view_menu.privacy_action.trigger()  # off again: names back
    assert not privacy_on() and not s.controller.settings.privacy_mode
    qtbot.waitUntil(lambda: NAME in joined(nav), timeout=TIMEOUT)
    set_privacy(False)


def test_privacy_mode_from_settings_at_start(qtbot, ui_env) -> None:
    from ui.app import AppController
    from ui.settings import GuiSettings

    controller = AppController(ui_env / "v", GuiSettings(privacy_mode=True), save_settings=False)
    qtbot.addWidget(controller.start_window)
    assert privacy_on()
    set_privacy(False)
