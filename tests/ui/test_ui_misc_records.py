"""Linking a person to the selected item with a role (details panel), unlinking, and deleting
a saved search (navigator context action)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.support.ui_export import TIMEOUT, Session
from ui.models.nav_model import NAV_ID_ROLE, NAV_KIND_ROLE, SAVED, SECTION
from ui.panels.person_links import PERSON_ID_ROLE
from vault.saved_searches import save_search
from vault.search import Filters


def link_rows(s: Session) -> list[str]:
    return [s.main.details.links.item(i).text() for i in range(s.main.details.links.count())]


def test_link_and_unlink_a_person_with_a_role(qtbot, session: Session) -> None:
    main = session.main
    model = main.items_model
    qtbot.waitUntil(lambda: model.rowCount() > 0 and not model.is_loading(), timeout=TIMEOUT)
    row = next(r for r in range(model.rowCount()) if model.row_data(r).kind == "photo")
    item_id = model.row_data(row).id
    with qtbot.waitSignal(main.details_shown, timeout=TIMEOUT):
        main.item_list.view.selectRow(row)
    linker = main.details.linker
    names = [linker.person.itemText(i) for i in range(linker.person.count())]
    assert "Қайрат Серікұлы" in names and any(n.startswith("Айгуль Нурланова · ") for n in names)
    before = [r for r in link_rows(session) if "Қайрат" in r]
    assert before == []
    linker.person.setCurrentIndex(names.index("Қайрат Серікұлы"))
    linker.role.setCurrentIndex(linker.role.findData("witness"))
    with qtbot.waitSignal(main.details_shown, timeout=TIMEOUT) as shown:
        qtbot.mouseClick(linker.link_button, Qt.MouseButton.LeftButton)
    assert shown.args == [item_id]
    assert "Person: Қайрат Серікұлы (Witness)" in link_rows(session)
    assert main.details.custody.sentences()[-1] == "Linked Қайрат Серікұлы as witness"

    links = main.details.links
    row_index = link_rows(session).index("Person: Қайрат Серікұлы (Witness)")
    assert not linker.unlink_button.isEnabled()
    links.setCurrentRow(row_index)
    assert linker.unlink_button.isEnabled() and links.item(row_index).data(PERSON_ID_ROLE)
    with qtbot.waitSignal(main.details_shown, timeout=TIMEOUT):
        qtbot.mouseClick(linker.unlink_button, Qt.MouseButton.LeftButton)
    assert not any("Қайрат" in r for r in link_rows(session))
    case_rows = [i for i, r in enumerate(link_rows(session)) if r.startswith("Case: ")]
    links.setCurrentRow(case_rows[0])
    assert not linker.unlink_button.isEnabled()  # a case row is not a person


def saved_nodes(s: Session) -> list[tuple[str, str]]:
    model = s.main.navigator.model
    tops = [model.item(r) for r in range(model.rowCount())]
    section = next(t for t in tops if t.data(NAV_KIND_ROLE) == SECTION and t.data(NAV_ID_ROLE) == "saved")
    return [(section.child(i).text(), section.child(i).data(NAV_ID_ROLE)) for i in range(section.rowCount())]


def test_delete_a_saved_search(qtbot, session: Session, monkeypatch) -> None:
    main = session.main
    job = main.worker.submit(lambda j: save_search(j.vault, "Пытки в ИВС", "пытк", Filters()))
    with qtbot.waitSignal(job.finished, timeout=TIMEOUT):
        pass
    main.refresh_nav()
    qtbot.waitUntil(lambda: [n for n, _ in saved_nodes(session)] == ["Пытки в ИВС"], timeout=TIMEOUT)
    model = main.navigator.model
    saved_index = next(
        model.index(i, 0, model.index(r, 0))
        for r in range(model.rowCount())
        for i in range(model.rowCount(model.index(r, 0)))
        if model.index(i, 0, model.index(r, 0)).data(NAV_KIND_ROLE) == SAVED
    )
    asked: list[str] = []

    def answer(_parent, _title, text, *_a, **_k):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.No if len(asked) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", answer)
    main.navigator.view.setCurrentIndex(saved_index)
    main.navigator.delete_action.trigger()  # the Delete key / context menu action
    assert "Пытки в ИВС" in asked[0] and len(saved_nodes(session)) == 1  # "No": kept
    main.navigator.request_delete(model.index(0, 0))  # "All items" is not a saved search
    assert len(asked) == 1
    with qtbot.waitSignal(main.records.search_deleted, timeout=TIMEOUT):
        main.navigator.request_delete(saved_index)
    qtbot.waitUntil(lambda: saved_nodes(session) == [], timeout=TIMEOUT)
