"""Finishing touches of the item list: empty states that say what to do next (empty vault, empty
case, no search results), search snippets with the match highlighted, drawn kind icons."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPersistentModelIndex, QRect
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QStyleOptionViewItem

from tests.support.ui import PASSPHRASE
from ui.app import AppController
from ui.kind_icons import kind_icon
from ui.models.items_model import TITLE
from ui.panels.snippet_delegate import HIGHLIGHT, SNIPPET_ROLE, SnippetDelegate, snippet_parts
from ui.settings import GuiSettings
from vault import cases, testimony
from vault.config import vault_settings
from vault.search import Filters
from vault.store import Vault

TIMEOUT = 20_000


def test_snippet_markers_become_highlighted_parts() -> None:
    assert snippet_parts("…у здания [суда]\nследы [избиения] на руках") == [
        ("…у здания ", False),
        ("суда", True),
        (" следы ", False),
        ("избиения", True),
        (" на руках", False),
    ]
    assert snippet_parts("no match") == [("no match", False)]


def test_kind_icons_differ_and_are_drawn(qapp) -> None:
    images = {k: kind_icon(k).pixmap(48, 48).toImage() for k in ("testimony", "document", "photo", "audio", "video")}
    assert all(not img.isNull() for img in images.values())
    assert len({bytes(img.constBits()) for img in images.values()}) == 5


def test_empty_states_and_snippets_in_the_item_list(qtbot, ui_env: Path) -> None:
    path = ui_env / "vault"
    with Vault.create(path, PASSPHRASE, settings=vault_settings())[0] as v:
        empty_case = cases.add_case(v, "Пустое дело")
    controller = AppController(path, GuiSettings(), save_settings=False)
    qtbot.addWidget(controller.start_window)
    controller.start_window.unlock_page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(controller.unlocked, timeout=TIMEOUT):
        controller.start_window.unlock_page.unlock_button.click()
    main = controller.main_window
    assert main is not None
    lst = main.item_list
    label = lst.empty_state.label
    qtbot.waitUntil(lambda: label.text().startswith("This vault is empty."), timeout=TIMEOUT)
    assert "Import files" in label.text() and "New testimony" in label.text()

    with qtbot.waitSignal(main.items_model.loaded, timeout=TIMEOUT):
        lst.set_filters(Filters(case_id=empty_case), "")
    assert label.text().startswith("No items in this case yet.") and "Add to case" in label.text()

    added: list[object] = []
    job = main.worker.submit(
        lambda j: testimony.add_testimony(
            j.vault, title="Показания", text="Задержание у здания суда. Следы избиения на руках.", language="ru"
        ),
        done=added.append,
    )
    with qtbot.waitSignal(job.finished, timeout=TIMEOUT):
        pass
    with qtbot.waitSignal(main.items_model.loaded, timeout=TIMEOUT):
        lst.set_filters(Filters(), "")
        lst.search.setText("избиения")
    model = main.items_model
    qtbot.waitUntil(
        lambda: model.query == "избиения" and model.rowCount() == 1 and not model.is_loading(), timeout=TIMEOUT
    )
    assert label.isHidden()
    index = main.items_model.index(0, TITLE)
    snippet = index.data(SNIPPET_ROLE)
    assert "[избиения]" in snippet

    # the highlighted word is painted with the highlight colour
    image = QImage(400, 52, QImage.Format.Format_RGB32)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    option = QStyleOptionViewItem()
    option.rect = QRect(0, 0, 400, 52)
    option.widget = lst.view
    option.font = lst.view.font()
    SnippetDelegate().paint(painter, option, QPersistentModelIndex(index))
    painter.end()
    colours = {image.pixel(x, y) for x in range(400) for y in range(52)}
    assert HIGHLIGHT.rgb() in colours

    with qtbot.waitSignal(main.items_model.loaded, timeout=TIMEOUT):
        lst.search.setText("несуществующееслово")
    qtbot.waitUntil(lambda: label.text().startswith("No results"), timeout=TIMEOUT)
    assert label.text().startswith("No results for “несуществующееслово”.")
    controller.shutdown()
    main.close_for_lock()
