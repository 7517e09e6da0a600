"""Custody you can read: each event of an item as a sentence in the interface language, with
local time, actor, a verified-signature mark and a copyable hash; protected names follow privacy
mode. The model behind the tab passes qtmodeltester."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from ui import i18n
from ui.data import load_details
from ui.format import local_datetime
from ui.panels.custody_view import HASH, SIGNED, WHAT, CustodyPanel
from ui.panels.details import DetailsPanel
from ui.privacy import set_privacy
from vault import cases, links, people, testimony
from vault.dossier import build_dossier
from vault.store import Vault

pytestmark = pytest.mark.usefixtures("ui_env")


@pytest.fixture
def story(vault: Vault, tmp_path: Path) -> tuple[Vault, str]:
    case_id = cases.add_case(vault, "Задержание у здания суда")
    witness = people.add_person(vault, "Айгерим Сейтқазиева", pseudonym="Witness K", protected=True, role="witness")
    item = testimony.add_testimony(vault, title="Показания", text="Меня задержали у суда.", language="ru")
    links.tag_items(vault, [item], ["violation/torture"])
    links.link_items_to_person(vault, [item], witness, "witness")
    links.link_items_to_case(vault, [item], case_id)
    build_dossier(vault, case_id, tmp_path / "dossier.pdf", profile="partner", language="en")
    return vault, item


@pytest.fixture
def language(qapp: QApplication) -> Iterator[object]:
    yield lambda lang: i18n.install_translators(qapp, lang)
    i18n.install_translators(qapp, "en")
    set_privacy(False)


def sentences(panel: CustodyPanel) -> list[str]:
    m = panel.model
    return [m.data(m.index(r, WHAT)).split("\n")[0] for r in range(m.rowCount())]


def test_sentences_in_english_with_marks_and_hashes(qtbot, qtmodeltester, story, language) -> None:
    vault, item = story
    details = load_details(vault, item)
    panel = DetailsPanel()
    qtbot.addWidget(panel)
    panel.show_details(details)
    custody = panel.custody
    qtmodeltester.check(custody.model)
    assert sentences(custody) == [
        "Recorded a testimony",
        "Tagged “Torture and ill-treatment”",
        "Linked Айгерим Сейтқазиева as witness",
        "Added to the case “Задержание у здания суда”",
        "Exported a partner dossier",
    ]
    m = custody.model
    assert all(m.data(m.index(r, SIGNED)) == "✓ verified" for r in range(m.rowCount()))
    first = details.events[0]
    assert m.data(m.index(0, WHAT)).split("\n")[1] == f"{local_datetime(first.time)} · {vault.actor}"
    last_hash = details.events[-1].hash
    assert m.data(m.index(m.rowCount() - 1, HASH)) == last_hash[:8] + "…"
    with qtbot.waitSignal(panel.copy_text) as copied:
        custody.copy_button.click()  # the newest event is selected
    assert copied.args == [last_hash]

    set_privacy(True)  # on screen, the protected witness by pseudonym only
    panel.show_details(load_details(vault, item))
    assert "Linked Witness K as witness" in sentences(custody)
    links_text = [panel.links.item(i).text() for i in range(panel.links.count())]
    assert any("Witness K" in t for t in links_text) and not any("Сейтқазиева" in t for t in links_text)


def test_sentences_in_russian(qtbot, story, language) -> None:
    vault, item = story
    language("ru")
    panel = CustodyPanel()
    qtbot.addWidget(panel)
    panel.set_view(load_details(vault, item).custody)
    texts = sentences(panel)
    assert texts[0] == "Записаны показания"
    assert texts[1] == "Добавлен тег «Пытки и жестокое обращение»"
    assert texts[2] == "Связан(а) Айгерим Сейтқазиева как свидетель"
    assert texts[3] == "Добавлено в дело «Задержание у здания суда»"
    assert texts[4] == "Экспортировано досье для партнёра"
    assert panel.model.headerData(WHAT, Qt.Orientation.Horizontal) == "Что произошло"


def test_a_tampered_event_loses_its_mark(qtbot, story) -> None:
    from dataclasses import replace

    from ui.custody_sentences import custody_view

    vault, item = story
    events = vault.custody.events(item)
    forged = [replace(events[0], details={**events[0].details, "sha256": "0" * 64}), *events[1:]]
    view = custody_view(vault, forged)
    assert events[0].seq not in view.verified and events[1].seq in view.verified
    panel = CustodyPanel()
    qtbot.addWidget(panel)
    panel.set_view(view)
    assert panel.model.data(panel.model.index(0, SIGNED)) == "✗ does not verify"
