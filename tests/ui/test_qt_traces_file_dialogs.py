"""No trace of evidence outside the vault: after every kind of file dialog the app uses (choose a
folder, open files, open a file, save a file, the start window's "Open another…" and the
emergency kit), Qt's QtProject.conf names no folder of the user's, and no platform dialog wrote
a recent-files list. Every dialog of the app goes through ui/file_dialogs.py (checked in the
sources)."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from ui import file_dialogs

ROOT = Path(__file__).resolve().parents[2]
SECRET = "Сейтқазиева_допрос"


@pytest.fixture
def home(ui_env: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = ui_env / "home"
    (home / "cases" / SECRET).mkdir(parents=True)
    (home / "cases" / SECRET / "протокол.txt").write_text("показания", encoding="utf-8")
    monkeypatch.setenv("HOME", str(home))
    config = ui_env / "config"
    config.mkdir(exist_ok=True)
    # QSettings caches the user folder per process: point it at this test's folder explicitly.
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(config))
    return home


def answer(choose: Callable[[QFileDialog], None]) -> None:
    """Act in the next modal file dialog, as a user would, then accept it."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(10, act)
            return
        assert dialog.testOption(QFileDialog.Option.DontUseNativeDialog)
        choose(dialog)
        dialog.accept()

    QTimer.singleShot(0, act)


def assert_no_trace(home: Path, ui_env: Path) -> None:
    conf = ui_env / "config" / "QtProject.conf"
    assert conf.exists(), "the dialogs ran but Qt saved nothing: the test would prove nothing"
    text = conf.read_text(encoding="utf-8", errors="replace")
    assert SECRET not in text and "cases" not in text and str(home) not in text
    assert re.search(r"^history=", text, re.M) and re.search(r"^lastVisited=file:///\s*$", text, re.M)
    assert not list(home.rglob("recently-used.xbel")) and not list(ui_env.rglob("recently-used.xbel"))


def test_every_kind_of_dialog_leaves_no_folder_names(qtbot, home: Path, ui_env: Path) -> None:
    folder = home / "cases" / SECRET
    answer(lambda d: d.setDirectory(str(folder)))
    assert file_dialogs.existing_directory(None, "folder") == str(folder)

    def pick(name: str) -> Callable[[QFileDialog], None]:
        def choose(d: QFileDialog) -> None:
            d.setDirectory(str(folder))
            d.selectFile(name)

        return choose

    answer(pick("протокол.txt"))
    assert file_dialogs.open_file_names(None, "files") == [str(folder / "протокол.txt")]
    answer(pick("протокол.txt"))
    assert file_dialogs.open_file_name(None, "file") == str(folder / "протокол.txt")
    answer(pick("досье.pdf"))
    saved = file_dialogs.save_file_name(None, "save", str(home), "PDF (*.pdf)", suffix="pdf")
    assert saved == str(folder / "досье.pdf")
    assert_no_trace(home, ui_env)


def test_start_window_dialogs_leave_no_trace(qtbot, home: Path, ui_env: Path) -> None:
    from ui.app import AppController
    from ui.settings import GuiSettings

    controller = AppController(ui_env / "no-vault", GuiSettings(), save_settings=False)
    qtbot.addWidget(controller.start_window)
    start = controller.start_window
    answer(lambda d: d.setDirectory(str(home / "cases" / SECRET)))
    start._choose_existing()  # "Open an existing vault…": not a vault, explained
    assert "not an Evidence Vault" in start.choose_page.note.text()
    answer(lambda d: d.setDirectory(str(home / "cases" / SECRET)))
    start._choose_new_folder()
    assert start.create_page.folder.text() == str(home / "cases" / SECRET)
    assert_no_trace(home, ui_env)


def test_no_module_opens_a_file_dialog_of_its_own() -> None:
    offenders = []
    for path in (ROOT / "ui").rglob("*.py"):
        if path.name == "file_dialogs.py":
            continue
        source = path.read_text(encoding="utf-8")
        if re.search(r"QFileDialog\s*[.(]|getOpenFileName|getSaveFileName|getExistingDirectory", source):
            offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []
