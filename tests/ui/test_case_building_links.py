"""Building a case from existing items in the desktop app: multi-selection → context menu →
the case shows them and custody has the link events; drag-and-drop onto a case and a person;
cases in "Tags & links"; import with a case selected links a duplicate and applies its tags."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QMenu

from ui.actions.item_context_menu import ItemContextMenu
from ui.lock import ClipboardGuard
from ui.main_window import MainWindow
from ui.models.items_model import ITEMS_MIME, TITLE, decode_ids, encode_ids
from ui.models.nav_model import CASE, NAV_ID_ROLE, NAV_KIND_ROLE, PERSON
from ui.models.thumbnails import ThumbnailCache
from ui.overview.center import ITEMS, OVERVIEW
from ui.worker import VaultWorker
from vault import cases, items, people
from vault.config import vault_settings
from vault.intake import import_paths
from vault.search import Filters
from vault.store import Vault

TIMEOUT = 20_000
PASSPHRASE = "correct horse battery staple"


@dataclass
class Built:
    main: MainWindow
    vault: Vault
    folder: Path
    ids: list[str]
    case: str
    person: str


@pytest.fixture
def built(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Built]:
    monkeypatch.setenv("EVIDENCE_VAULT_KDF_TARGET", "0")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    vault, _key = Vault.create(tmp_path / "vault", PASSPHRASE, settings=vault_settings())
    folder = tmp_path / "Сейтқазиева_допрос"
    folder.mkdir()
    for name in ("протокол.txt", "жалоба.txt", "акт.txt", "справка.txt"):
        (folder / name).write_text(f"Документ {name}: задержание у суда", encoding="utf-8")
    ids = [i.id for i in import_paths(vault, [folder]).imported]
    case = cases.add_case(vault, "Дело Сейтқазиевой", "Задержана 3 марта в Алматы")
    person = people.add_person(vault, "Ержан Сейтқазиев", role="witness", protected=True, pseudonym="Свидетель К")
    worker = VaultWorker()
    worker._vault = vault
    main = MainWindow(worker, ThumbnailCache(worker), ClipboardGuard(), str(tmp_path / "vault"))
    main.show()  # not qtbot.addWidget: its close would ask about queued work; closed below instead
    qtbot.waitUntil(lambda: len(main.cases) == 1 and main.items_model.rowCount() == 4, timeout=TIMEOUT)
    yield Built(main, vault, folder, ids, case, person)
    worker.lock()
    worker.wait_idle()
    main.close_for_lock()  # closes without asking about work still queued


def nav_index(main: MainWindow, kind: str, ident: str):
    model = main.navigator.model
    flags = Qt.MatchFlag.MatchRecursive | Qt.MatchFlag.MatchExactly
    found = model.match(model.index(0, 0), NAV_ID_ROLE, ident, 1, flags)
    assert found and found[0].data(NAV_KIND_ROLE) == kind
    return found[0]


def select_rows(main: MainWindow, rows: list[int]) -> list[str]:
    view = main.item_list.view
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().clearSelection()
    for r in rows:
        view.selectionModel().select(main.items_model.index(r, TITLE), flags)
    return main.item_list.selected_ids()


def link_events(vault: Vault, subject: str) -> list[tuple[str, dict[str, object]]]:
    return [(e.action, e.details) for e in vault.custody.events(subject) if e.action in ("link", "unlink")]


def test_three_selected_items_added_to_a_case_through_the_context_menu(qtbot, built: Built) -> None:
    main = built.main
    assert main.item_list.view.selectionMode() == main.item_list.view.SelectionMode.ExtendedSelection
    chosen = select_rows(main, [0, 1, 2])
    assert len(chosen) == 3
    assert main.item_list.status.text() == "3 item(s) selected"
    with qtbot.waitSignal(main.item_list.menu_requested, timeout=TIMEOUT) as asked:
        main.item_list.view.customContextMenuRequested.emit(QPoint(5, 5))
    assert asked.args[0] == chosen
    menu = ItemContextMenu(main, chosen, None)
    names = [a.objectName() for a in menu.actions() if a.objectName()]
    assert "remove-from-case" not in names and not menu.findChild(QMenu, "export").isEnabled()
    add = menu.findChild(QMenu, "add-to-case")
    action = next(a for a in add.actions() if a.objectName() == f"case:{built.case}")
    assert action.text() == "Дело Сейтқазиевой"
    with qtbot.waitSignal(main.item_actions.changed, timeout=TIMEOUT) as done:
        action.trigger()
    assert done.args == ["link-case", 3]
    menu.deleteLater()
    # the case shows them: navigator count, the case's item list, its overview
    qtbot.waitUntil(lambda: main.cases and main.cases[0].items == 3, timeout=TIMEOUT)
    main.navigator._clicked(nav_index(main, CASE, built.case))
    assert main.center.currentIndex() == OVERVIEW and main.center.tabText(OVERVIEW) == "Case overview"
    qtbot.waitUntil(lambda: main.items_model.rowCount() == 3 and not main.items_model.is_loading(), timeout=TIMEOUT)
    assert sorted(main.items_model.row_data(r).id for r in range(3)) == sorted(chosen)
    assert main.center.tabText(ITEMS) == "Items (3)"
    qtbot.waitUntil(lambda: main.center.case_overview.kinds.total.text() == "3 item(s) in all", timeout=TIMEOUT)
    # custody: one link event per item, also listed under the case
    for item_id in chosen:
        assert link_events(built.vault, item_id) == [("link", {"case": built.case})]
    assert len(link_events(built.vault, built.case)) == 3
    # with the case selected the menu offers to take items out again
    main.center.setCurrentIndex(ITEMS)
    out = select_rows(main, [0])
    menu = ItemContextMenu(main, out, built.case)
    remove = next(a for a in menu.actions() if a.objectName() == "remove-from-case")
    assert remove.text() == "Remove from case “Дело Сейтқазиевой”"
    assert menu.findChild(QMenu, "export").isEnabled()
    with qtbot.waitSignal(main.item_actions.changed, timeout=TIMEOUT) as done:
        remove.trigger()
    assert done.args == ["unlink-case", 1]
    qtbot.waitUntil(lambda: main.items_model.rowCount() == 2 and not main.items_model.is_loading(), timeout=TIMEOUT)
    assert link_events(built.vault, out[0])[-1] == ("unlink", {"case": built.case})


def test_bulk_tag_and_untag_from_the_menu(qtbot, built: Built, monkeypatch: pytest.MonkeyPatch) -> None:
    main = built.main
    chosen = select_rows(main, [0, 1])
    menu = ItemContextMenu(main, chosen, None)
    monkeypatch.setattr(main.item_actions, "ask_tags", lambda known: ["нарушение/пытки", "status/verified"])
    with qtbot.waitSignal(main.item_actions.changed, timeout=TIMEOUT) as done:
        next(a for a in menu.actions() if a.objectName() == "tag").trigger()
    assert done.args == ["tag", 2]
    assert all(items.get_item(built.vault, i).tags == ("status/verified", "нарушение/пытки") for i in chosen)
    offered: list[list[str]] = []
    monkeypatch.setattr(main.item_actions, "ask_untag", lambda present: offered.append(present) or "status/verified")
    with qtbot.waitSignal(main.item_actions.changed, timeout=TIMEOUT) as done:
        next(a for a in menu.actions() if a.objectName() == "untag").trigger()
    assert done.args == ["untag", 2] and offered == [["status/verified", "нарушение/пытки"]]
    assert items.get_item(built.vault, chosen[0]).tags == ("нарушение/пытки",)
    menu.deleteLater()


def test_drag_items_onto_a_case_and_a_person(qtbot, built: Built, monkeypatch: pytest.MonkeyPatch) -> None:
    main = built.main
    chosen = select_rows(main, [1, 3])
    # the drag carries ids only: no title, no name
    view = main.item_list.view
    mime = main.items_model.mimeData(view.selectionModel().selectedIndexes())
    assert mime.formats() == [ITEMS_MIME] and decode_ids(mime) == chosen
    payload = bytes(mime.data(ITEMS_MIME).data()).decode()
    assert all(main.items_model.row_data(r).title not in payload for r in range(4))
    nav = main.navigator.model
    case_index, person_index = nav_index(main, CASE, built.case), nav_index(main, PERSON, built.person)
    link = Qt.DropAction.LinkAction
    assert nav.canDropMimeData(mime, link, -1, -1, case_index)
    assert not nav.canDropMimeData(mime, link, 0, 0, case_index.parent())  # between nodes: no
    assert not nav.canDropMimeData(encode_ids([]), link, -1, -1, case_index)
    assert nav.flags(case_index) & Qt.ItemFlag.ItemIsDropEnabled
    assert not nav.flags(nav.index(0, 0)) & Qt.ItemFlag.ItemIsDropEnabled  # "All items"
    with qtbot.waitSignal(main.item_actions.changed, timeout=TIMEOUT) as done:
        assert nav.dropMimeData(mime, link, -1, -1, case_index)
    assert done.args == ["link-case", 2]
    assert sorted(i.id for i in items.list_items(built.vault, case_id=built.case)) == sorted(chosen)
    # a person's drop asks for the role; cancelling links nothing
    answers = iter([None, "witness"])
    monkeypatch.setattr(main.navigator, "ask_role", lambda count: next(answers))
    assert nav.dropMimeData(mime, link, -1, -1, nav_index(main, PERSON, built.person))
    with qtbot.waitSignal(main.item_actions.changed, timeout=TIMEOUT) as done:
        assert nav.dropMimeData(mime, link, -1, -1, nav_index(main, PERSON, built.person))
    assert done.args == ["link-person", 2]
    assert link_events(built.vault, built.person) == [("link", {"person": built.person, "role": "witness"})] * 2
    assert person_index.isValid()
    # the person's overview lists those items with the role
    main.navigator._clicked(nav_index(main, PERSON, built.person))
    pv = main.center.person_overview
    qtbot.waitUntil(lambda: pv.items_model.rowCount() == 2, timeout=TIMEOUT)
    assert pv.items_model.item(0, 2).text() == "Witness" and pv.cases_model.item(0).text() == "Дело Сейтқазиевой"


def test_cases_in_tags_and_links(qtbot, built: Built) -> None:
    main = built.main
    with qtbot.waitSignal(main.details_shown, timeout=TIMEOUT):
        main.item_list.view.selectRow(0)
    item_id = main.details.item_id
    linker = main.details.case_linker
    assert linker.case.count() == 1 and linker.case.currentText() == "Дело Сейтқазиевой"
    with qtbot.waitSignal(main.details_shown, timeout=TIMEOUT):
        linker.link_button.click()
    rows = [main.details.links.item(i).text() for i in range(main.details.links.count())]
    assert rows == ["Case: Дело Сейтқазиевой"]
    assert not linker.unlink_button.isEnabled()
    main.details.links.setCurrentRow(0)
    assert linker.unlink_button.isEnabled()
    with qtbot.waitSignal(main.details_shown, timeout=TIMEOUT):
        linker.unlink_button.click()
    assert main.details.links.count() == 0
    assert [a for a, _ in link_events(built.vault, item_id)] == ["link", "unlink"]


def test_import_with_a_case_selected_links_a_duplicate_and_tags_it(qtbot, built: Built) -> None:
    main = built.main
    main.navigator.filter_chosen.emit(Filters(case_id=built.case), "")
    dlg = main.import_files([built.folder / "протокол.txt"])
    assert dlg.case.currentData() == built.case  # the case selected in the navigator
    dlg.tags.setText("violation/torture")
    with qtbot.waitSignal(dlg.imported, timeout=TIMEOUT):
        dlg.start_button.click()
    (result,) = dlg.results.results()
    assert result.status == "duplicate" and result.detail == "added to the case; tagged: violation/torture"
    assert dlg.summary.text() == (
        "0 imported, 1 already in the vault, 0 rejected; "
        "1 file(s) already in the vault added to the case; "
        "1 file(s) already in the vault tagged"
    )
    (dup,) = items.list_items(built.vault, case_id=built.case)
    assert dup.tags == ("violation/torture",) and dup.original_name == "протокол.txt"
    dlg.close()
    qtbot.waitUntil(lambda: main.items_model.rowCount() == 1, timeout=TIMEOUT)
