"""The interface in Russian and Kazakh, on real widgets offscreen: the unlock page, the main
window's menus, the tag tree (built-in tags translated, stored paths unchanged), dates and sizes
through QLocale, the import and settings dialogs; and the language chosen in Settings."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime, QTimeZone
from PySide6.QtGui import QKeySequence, QStandardItem
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel

from tests.support.ui import PASSPHRASE, make_import_folder
from ui import i18n
from ui import settings as store
from ui.app import AppController, load_fonts
from ui.dialogs.settings_dialog import SettingsDialog
from ui.format import human_size, intake_reason, local_date, local_datetime
from ui.models.items_model import DATE, KIND, TITLE
from ui.models.nav_model import NAV_ID_ROLE
from ui.settings import GuiSettings
from vault import items
from vault.config import vault_settings
from vault.intake.importer import import_paths
from vault.store import Vault

TIMEOUT = 20_000

EXPECTED = {
    "ru": {
        "unlock": "Открыть",
        "menus": ["&Хранилище", "&Записи"],
        "import": "&Импорт файлов…",
        "lock": "&Заблокировать",
        "tags": "Теги",
        "torture": "Пытки и жестокое обращение",
        "columns": ["Название", "Вид", "Добавлено"],
        "photo": "Фото",
        "date": r"^\d\d\.\d\d\.\d{4} \d\d:\d\d$",
        "dialog": "Импорт доказательств",
        "start": "Импортировать",
        "cancel_import": "Отменить импорт",
        "close": "Закрыть",
        "settings_cancel": "Отмена",
        "restart": "после перезапуска",
        "custody": "Цепочка хранения",
        "imported": "Импортирован файл «",
        "kb": "1,5\u00a0КБ",
        "items": "4 материала",
    },
    "kk": {
        "unlock": "Құлпын ашу",
        "menus": ["&Қойма", "&Жазбалар"],
        "import": "Файлдарды &импорттау…",
        "lock": "&Қазір құлыптау",
        "tags": "Тегтер",
        "torture": "Азаптау және қатыгез қарау",
        "columns": ["Атауы", "Түрі", "Қосылған"],
        "photo": "Фотосурет",
        "date": r"^\d\d\.\d\d\.\d{4} \d\d:\d\d$",
        "dialog": "Дәлелдемелерді импорттау",
        "start": "Импорттау",
        "cancel_import": "Импорттан бас тарту",
        "close": "Жабу",
        "settings_cancel": "Бас тарту",
        "restart": "келесі рет іске қосылғанда",
        "custody": "Сақтау тізбегі",
        "imported": "» файлы импортталды",
        "kb": "1,5\u00a0КБ",
        "items": "4 материал",
    },
}


@pytest.fixture
def use_language(qapp: QApplication) -> Iterator[Callable[[str], str]]:
    """Install a language's catalogs for one test; English and the previous locale after it."""
    before = QLocale()
    yield lambda setting: i18n.install_translators(qapp, setting)
    i18n.install_translators(qapp, "en")
    QLocale.setDefault(before)


@pytest.fixture
def tagged_vault(ui_env: Path) -> tuple[Path, str]:
    """A vault with three photos, a text and a zero-byte file; one photo tagged violation/torture."""
    folder = make_import_folder(ui_env, photos=3)
    vault, _key = Vault.create(ui_env / "vault", PASSPHRASE, settings=vault_settings())
    try:
        report = import_paths(vault, [folder])
        photo = next(f.id for f in report.imported if f.path.endswith(".jpg"))
        items.tag_item(vault, photo, ["violation/torture"])
    finally:
        vault.close()
    return ui_env / "vault", photo


def _tree_texts(node: QStandardItem) -> dict[str, str]:
    out = {}
    for row in range(node.rowCount()):
        child = node.child(row)
        out[str(child.data(NAV_ID_ROLE))] = child.text()
        out.update(_tree_texts(child))
    return out


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_unlock_main_window_tags_and_import_dialog_translated(
    qtbot, tagged_vault: tuple[Path, str], use_language: Callable[[str], str], lang: str
) -> None:
    want = EXPECTED[lang]
    assert use_language(lang) == lang
    load_fonts()
    vault_dir, photo_id = tagged_vault
    controller = AppController(vault_dir, GuiSettings(language=lang), save_settings=False)
    start = controller.start_window
    qtbot.addWidget(start)
    controller.show()
    assert start.stack.currentWidget() is start.unlock_page
    assert start.unlock_page.unlock_button.text() == want["unlock"]
    start.unlock_page.passphrase.setText(PASSPHRASE)
    with qtbot.waitSignal(controller.unlocked, timeout=TIMEOUT):
        qtbot.mouseClick(start.unlock_page.unlock_button, Qt.MouseButton.LeftButton)
    main = controller.main_window
    assert main is not None
    menus = [a.text() for a in main.menuBar().actions()]
    assert menus[:2] == want["menus"]
    assert main.import_action.text() == want["import"]
    assert main.lock_action.text() == want["lock"]
    for bar in [main.menuBar().actions()] + [m.menu().actions() for m in main.menuBar().actions()]:
        keys = [QKeySequence.mnemonic(a.text()).toString() for a in bar if not a.isSeparator()]
        assert all(keys) and len(set(keys)) == len(keys), keys  # every entry has its own Alt key

    # the tag tree shows the built-in label translated; the node still carries the stored path
    nav = main.navigator.model
    qtbot.waitUntil(
        lambda: any(nav.item(r).text() == want["tags"] and nav.item(r).rowCount() for r in range(nav.rowCount())),
        timeout=TIMEOUT,
    )
    tags = next(nav.item(r) for r in range(nav.rowCount()) if nav.item(r).text() == want["tags"])
    texts = _tree_texts(tags)
    assert texts["violation/torture"] == want["torture"] + " (1)"
    assert "Torture and ill-treatment" not in " ".join(texts.values())

    # item list: translated headers and kinds, dates in the language's short format
    model = main.items_model
    qtbot.waitUntil(lambda: model.rowCount() == 4 and not model.is_loading(), timeout=TIMEOUT)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in (TITLE, KIND, DATE)]
    assert headers == want["columns"]
    kinds = {model.data(model.index(r, KIND)) for r in range(4)}
    assert want["photo"] in kinds
    assert re.match(want["date"], model.data(model.index(0, DATE)))
    assert main.item_list.status.text().startswith(want["items"])

    # details: custody actions in the interface language
    photo_row = next(r for r in range(4) if model.row_data(r).id == photo_id)
    with qtbot.waitSignal(main.details_shown, timeout=TIMEOUT):
        main.item_list.view.selectRow(photo_row)
    tag_item = main.details.tags.list.item(0)
    assert (tag_item.text(), tag_item.toolTip()) == (want["torture"], "violation/torture")  # the label; path as hint
    assert main.details.tabs.tabText(3) == want["custody"]
    assert any(want["imported"] in said for said in main.details.custody.sentences())

    dlg = main.import_files()
    assert dlg.windowTitle() == want["dialog"]
    assert dlg.start_button.text() == want["start"]
    assert dlg.cancel_button.text() == want["cancel_import"]
    assert dlg.close_button.text() == want["close"]
    dlg.close()
    controller.lock()


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_settings_dialog_translated_with_qt_buttons(qtbot, use_language: Callable[[str], str], lang: str) -> None:
    use_language(lang)
    dlg = SettingsDialog(GuiSettings())
    qtbot.addWidget(dlg)
    box = dlg.findChild(QDialogButtonBox)
    assert box is not None
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.text() == EXPECTED[lang]["settings_cancel"]  # Qt's own catalog is loaded too
    assert any(EXPECTED[lang]["restart"] in label.text() for label in dlg.findChildren(QLabel))
    assert [dlg.language.itemData(i) for i in range(dlg.language.count())] == ["system", "en", "ru", "kk"]


def test_language_chosen_in_settings_applies_at_next_start(
    qtbot,
    ui_env: Path,
    use_language: Callable[[str], str],
) -> None:
    use_language("en")
    dlg = SettingsDialog(GuiSettings())
    qtbot.addWidget(dlg)
    assert dlg.language.currentData() == "system"  # the default follows the system
    dlg.language.setCurrentIndex(dlg.language.findData("kk"))
    chosen = dlg.result_settings()
    store.save(chosen)
    loaded = store.load()
    assert loaded.language == "kk"
    # what run() does at the next start
    assert use_language(loaded.language) == "kk"
    assert QCoreApplication.translate("MainWindow", "&Vault") == "&Қойма"
    assert QLocale().language() == QLocale.Language.Kazakh
    assert use_language("ru") == "ru"
    assert QCoreApplication.translate("MainWindow", "&Vault") == "&Хранилище"
    assert use_language("en") == "en"
    assert QCoreApplication.translate("MainWindow", "&Vault") == "&Vault"


@pytest.mark.parametrize(
    ("system", "expected"),
    [
        ("ru_RU", "ru"),
        ("ru_KZ", "ru"),
        ("kk_KZ", "kk"),
        ("en_GB", "en"),
        ("de_DE", "en"),
        ("uz_UZ", "en"),
        ("C", "en"),
    ],
)
def test_system_language_defaults(system: str, expected: str) -> None:
    assert i18n.resolve_language("system", QLocale(system)) == expected
    assert i18n.resolve_language("kk", QLocale(system)) == "kk"


def test_dates_and_sizes_follow_the_chosen_language(use_language: Callable[[str], str]) -> None:
    stored = "2024-03-01T10:00:00.000000Z"
    utc = QDateTime(QDate(2024, 3, 1), QTime(10, 0), QTimeZone.utc())
    for lang, locale in (("ru", "ru_RU"), ("kk", "kk_KZ")):
        use_language(lang)
        shown = local_datetime(stored)
        local = utc.toLocalTime()  # the locale's order, four-digit years
        time_format = QLocale(locale).timeFormat(QLocale.FormatType.ShortFormat)
        assert shown == QLocale(locale).toString(local, "dd.MM.yyyy " + time_format)
        assert human_size(1536) == EXPECTED[lang]["kb"]
        assert human_size(3 * 1024 * 1024 * 1024 // 2) == "1,5\u00a0ГБ"
        assert local_date("2024-03-14") == "14.03.2024"  # a case chronology date
        assert local_date("2024-03") == "2024-03"  # partial dates stay as stored
    use_language("en")
    assert human_size(1536) == "1.5\u00a0KB"
    assert re.fullmatch(r"\d{1,2}/\d{1,2}/2024", local_date("2024-03-14"))  # en_US or the system's English
    assert i18n.display_locale("en", QLocale("en_GB")).name() == "en_GB"
    assert i18n.display_locale("ru", QLocale("en_GB")).name() == "ru_RU"


def test_import_rejection_reasons_translated(use_language: Callable[[str], str]) -> None:
    from vault.intake import walk

    use_language("ru")
    constants = (walk.EMPTY, walk.PERMISSION, walk.VANISHED, walk.INSIDE_VAULT, walk.OUTSIDE_LINK, walk.BROKEN_LINK)
    assert all(intake_reason(reason) != reason for reason in constants)  # the table follows the core's words
    assert intake_reason(walk.EMPTY) == "пустой файл (0 байт)"
    assert intake_reason("cannot be read: Input/output error") == "cannot be read: Input/output error"
    use_language("kk")
    assert intake_reason(walk.EMPTY) == "бос файл (0 байт)"
