"""The case overview: summary, chronology edited in place (dates typed or picked, kinds), people
with roles, counts by kind, custody summary, exports; a drop through the navigator's view; the
models behind them pass Qt's model tester."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QEvent, QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMenu

from ui.dialogs.dossier_dialog import DossierDialog
from ui.lock import ClipboardGuard
from ui.main_window import MainWindow
from ui.models.items_model import encode_ids
from ui.models.nav_model import NAV_ID_ROLE
from ui.models.thumbnails import ThumbnailCache
from ui.overview.center import OVERVIEW
from ui.overview.chronology_editor import EntryDialog
from ui.worker import VaultWorker
from vault import cases, links, people
from vault.config import vault_settings
from vault.intake import import_paths
from vault.search import Filters
from vault.store import Vault

TIMEOUT = 20_000


@pytest.fixture
def window(
    qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[MainWindow, Vault, str, list[str]]]:
    monkeypatch.setenv("EVIDENCE_VAULT_KDF_TARGET", "0")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    vault, _key = Vault.create(tmp_path / "vault", "correct horse battery staple", settings=vault_settings())
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("акт.txt", "жалоба.txt"):
        (folder / name).write_text(f"{name}: избиение в ИВС", encoding="utf-8")
    ids = [i.id for i in import_paths(vault, [folder]).imported]
    case = cases.add_case(vault, "Дело Нурлановой", "Задержана после пикета; жалоба о пытках")
    links.link_items_to_case(vault, ids, case)
    witness = people.add_person(vault, "Айгүл Нұрланова", role="witness", protected=True, pseudonym="Свидетель А")
    people.link_person_to_case(vault, case, witness, "witness")
    links.link_items_to_person(vault, ids[:1], witness, "victim")
    cases.add_case_event(vault, case, "2026-03-14", "Задержана у дома", "arrest")
    worker = VaultWorker()
    worker._vault = vault
    main = MainWindow(worker, ThumbnailCache(worker), ClipboardGuard(), str(tmp_path / "vault"))
    main.show()  # not qtbot.addWidget: its close would ask about queued work; closed below instead
    qtbot.waitUntil(lambda: len(main.cases) == 1, timeout=TIMEOUT)
    yield main, vault, case, ids
    for w in QApplication.topLevelWidgets():
        if isinstance(w, DossierDialog):
            w.close()
    worker.lock()
    worker.wait_idle()
    main.close_for_lock()  # closes without asking about work still queued


def test_overview_shows_the_case_and_edits_its_chronology(qtbot, window, monkeypatch: pytest.MonkeyPatch) -> None:
    main, vault, case, _ids = window
    main.navigator.filter_chosen.emit(Filters(case_id=case), "")
    ov = main.center.case_overview
    assert main.center.currentIndex() == OVERVIEW and not main.details.isVisible()
    qtbot.waitUntil(lambda: ov.title.text() == "Дело Нурлановой", timeout=TIMEOUT)
    assert ov.summary.text() == "Задержана после пикета; жалоба о пытках"
    model = ov.chronology.model
    assert model.rowCount() == 1 and model.index(0, 1).data() == "Arrest"
    assert model.index(0, 2).data() == "Задержана у дома"
    assert [ov.people_model.item(r).text() for r in range(ov.people_model.rowCount())] == [
        "Айгүл Нұрланова — Victim, Witness · protected"
    ]
    assert ov.kinds.labels["document"].text() == "2" and ov.kinds.total.text() == "2 item(s) in all"
    assert ov.custody.count.text().endswith("✔ signatures verified")
    assert ov.custody.count.text().startswith(f"{len(vault.custody.events(case))} event(s)")
    # add an entry: the date typed in the editor (locale format), the kind chosen
    with qtbot.waitSignal(ov.chronology.dialog_opened) as opened:
        ov.chronology.add_button.click()
    dlg: EntryDialog = opened.args[0]
    assert dlg.date.calendarPopup()  # picked from a calendar too
    assert not dlg.buttons.button(dlg.buttons.StandardButton.Ok).isEnabled()  # no text yet
    dlg.date.setFocus()
    sections = dlg.date.Section
    for section, digits in ((sections.DaySection, "02"), (sections.MonthSection, "04"), (sections.YearSection, "2026")):
        dlg.date.setSelectedSection(section)  # typed over, section by section, whatever the locale's order
        qtbot.keyClicks(dlg.date, digits)
    assert dlg.date.date() == QDate(2026, 4, 2)
    dlg.kind.setCurrentIndex(dlg.kind.findData("hearing"))
    dlg.text.setPlainText("Суд продлил арест")
    with qtbot.waitSignal(ov.loaded, timeout=TIMEOUT):
        dlg.buttons.button(dlg.buttons.StandardButton.Ok).click()
    assert [(e.date, e.kind, e.text) for e in cases.case_events(vault, case)] == [
        ("2026-03-14", "arrest", "Задержана у дома"),
        ("2026-04-02", "hearing", "Суд продлил арест"),
    ]
    # edit the first: a date picked from the calendar, another kind and text
    ov.chronology.view.selectRow(0)
    with qtbot.waitSignal(ov.chronology.dialog_opened) as opened:
        ov.chronology.edit_button.click()
    dlg = opened.args[0]
    assert dlg.date.date() == QDate(2026, 3, 14) and dlg.kind.currentData() == "arrest"
    dlg.date.calendarWidget().setSelectedDate(QDate(2026, 3, 13))
    dlg.date.calendarWidget().clicked.emit(QDate(2026, 3, 13))
    assert dlg.date.date() == QDate(2026, 3, 13)
    dlg.text.setPlainText("Задержана у дома в Алматы")
    with qtbot.waitSignal(ov.loaded, timeout=TIMEOUT):
        dlg.accept()
    assert model.index(0, 2).data() == "Задержана у дома в Алматы"
    assert cases.case_events(vault, case)[0].date == "2026-03-13"
    # remove the second, after confirming
    ov.chronology.view.selectRow(1)
    monkeypatch.setattr(ov.chronology, "confirm_remove", lambda event: event.text == "Суд продлил арест")
    with qtbot.waitSignal(ov.loaded, timeout=TIMEOUT):
        ov.chronology.remove_button.click()
    assert [e.text for e in cases.case_events(vault, case)] == ["Задержана у дома в Алматы"]
    ops = [e.details.get("op") for e in vault.custody.events(case) if e.action == "case-event"]
    assert ops == [None, None, "edit", "delete"]  # the adds, then the edit and the removal, logged
    # Dossier… opens the export dialog for this case
    ov.dossier_button.click()
    dossiers = [w for w in QApplication.topLevelWidgets() if isinstance(w, DossierDialog) and w.isVisible()]
    assert len(dossiers) == 1 and dossiers[0].case.currentData() == case
    # back to all items: no overview, the details return
    main.navigator.filter_chosen.emit(Filters(), "")
    assert not main.center.overview_shown() and main.details.isVisible()


def test_dropping_on_a_person_through_the_navigator_view(qtbot, window, monkeypatch: pytest.MonkeyPatch) -> None:
    main, vault, _case, ids = window
    person = main.people[0].id
    view = main.navigator.view
    index = main.navigator.model.match(
        main.navigator.model.index(0, 0), NAV_ID_ROLE, person, 1, Qt.MatchFlag.MatchRecursive
    )[0]
    view.scrollTo(index)
    pos = QPointF(view.visualRect(index).center())
    mime: QMimeData = encode_ids(ids)
    asked: list[int] = []
    monkeypatch.setattr(main.navigator, "ask_role", lambda n: asked.append(n) or "depicted")
    actions = Qt.DropAction.LinkAction | Qt.DropAction.CopyAction
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    # the events a real drag sends: enter, move (the view accepts, over a person), drop
    enter = QDragEnterEvent(pos.toPoint(), actions, mime, buttons, mods)
    QApplication.sendEvent(view.viewport(), enter)
    move = QDragMoveEvent(pos.toPoint(), actions, mime, buttons, mods)
    QApplication.sendEvent(view.viewport(), move)
    assert enter.isAccepted() and move.isAccepted()
    drop = QDropEvent(pos, actions, mime, buttons, mods, QEvent.Type.Drop)
    drop.setDropAction(Qt.DropAction.LinkAction)
    with qtbot.waitSignal(main.item_actions.changed, timeout=TIMEOUT) as done:
        QApplication.sendEvent(view.viewport(), drop)
    assert asked == [2] and done.args == ["link-person", 2]
    roles = {(link.person.id, link.role) for link in people.item_people(vault, ids[1])}
    assert roles == {(person, "depicted")}


def test_models_pass_the_model_tester(qtbot, qtmodeltester, window) -> None:
    main, _vault, case, _ids = window
    qtmodeltester.check(main.navigator.model)
    main.navigator.filter_chosen.emit(Filters(case_id=case), "")
    ov = main.center.case_overview
    qtbot.waitUntil(lambda: ov.chronology.model.rowCount() == 1 and ov.people_model.rowCount() == 1, timeout=TIMEOUT)
    qtmodeltester.check(ov.chronology.model)
    qtmodeltester.check(ov.people_model)
    qtmodeltester.check(main.items_model)
    main.navigator.filter_chosen.emit(Filters(person_id=main.people[0].id), "")
    pv = main.center.person_overview
    qtbot.waitUntil(lambda: pv.items_model.rowCount() == 1, timeout=TIMEOUT)
    qtmodeltester.check(pv.items_model)
    qtmodeltester.check(pv.cases_model)


def test_privacy_mode_shows_pseudonyms_in_the_overviews_and_the_menu(qtbot, window) -> None:
    from ui.actions.item_context_menu import ItemContextMenu
    from ui.privacy import set_privacy

    main, _vault, case, ids = window
    set_privacy(True)
    try:
        main.navigator.filter_chosen.emit(Filters(case_id=case), "")
        ov = main.center.case_overview
        qtbot.waitUntil(lambda: ov.people_model.rowCount() == 1, timeout=TIMEOUT)
        assert ov.people_model.item(0).text().startswith("Свидетель А — ")
        menu = ItemContextMenu(main, ids, case)
        names = [a.text() for a in menu.findChild(QMenu, "link-person").actions()]
        assert names == ["Свидетель А — Witness"]
        menu.deleteLater()
        main.navigator.filter_chosen.emit(Filters(person_id=main.people[0].id), "")
        pv = main.center.person_overview
        qtbot.waitUntil(lambda: pv.title.text() == "Свидетель А", timeout=TIMEOUT)
    finally:
        set_privacy(False)
