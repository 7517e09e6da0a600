"""The emergency kit PDF: the recovery key and what to do with it, in English, Russian and
Kazakh, fonts embedded, no vault folder in it; saved from the recovery key page only where the
user chooses."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.support.ui import PASSPHRASE
from ui.app import AppController
from ui.settings import GuiSettings
from vault.emergency_kit import render_kit, write_kit
from vault.errors import UsageError

KEY = "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789"
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True).stdout


@needs_poppler
@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("en", ["emergency kit", "Recovery key", "Forgot passphrase?", "Do not write the passphrase"]),
        ("ru", ["аварийный комплект", "Ключ восстановления", "Забыли парольную фразу?"]),
        ("kk", ["төтенше жағдай", "Қалпына келтіру кілті", "Құпия фразаны ұмыттыңыз ба?"]),
    ],
)
def test_kit_text_in_each_language(tmp_path: Path, language: str, words: list[str]) -> None:
    out = tmp_path / "Дело_Сейтқазиева" / "kit.pdf"
    out.parent.mkdir()
    write_kit(out, KEY, vault_id="vault-42", created="2026-03-01T10:00:00.000000Z", language=language)
    text = pdf_text(out)
    for word in words:
        assert word in text
    assert "ABCD EFGH JKMN PQRS" in text and "TVWX YZ01 2345 6789" in text
    assert "vault-42" in text and "2026-03-01" in text
    assert "Сейтқазиева" not in text  # the folder is never printed
    fonts = subprocess.run(["pdffonts", str(out)], check=True, capture_output=True, text=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all("DejaVu" in row and re.search(r"\s+yes\s+yes\s+yes\s+", row) for row in rows)  # embedded
    with pytest.raises(UsageError):
        write_kit(out, KEY, vault_id="v", created="", language=language)  # never overwrites silently


def test_unknown_language_is_refused() -> None:
    with pytest.raises(UsageError):
        render_kit(KEY, vault_id="v", created="", language="de")


@needs_poppler
def test_kit_saved_from_the_recovery_page(qtbot, ui_env: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(ui_env / "config"))
    controller = AppController(ui_env / "vault", GuiSettings(language="ru"), save_settings=False)
    qtbot.addWidget(controller.start_window)
    start = controller.start_window
    assert start.language == "ru"
    start.show_create()
    start.create_page.folder.setText(str(ui_env / "vault"))
    start.create_page.passphrase.setText(PASSPHRASE)
    start.create_page.repeat.setText(PASSPHRASE)
    start.create_page.create_button.click()
    qtbot.waitUntil(lambda: start.stack.currentWidget() is start.recovery_page, timeout=20_000)
    key = start.recovery_page.key_label.text()
    usb = ui_env / "usb"
    usb.mkdir()

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QFileDialog):
            QTimer.singleShot(10, act)
            return
        assert dialog.selectedFiles()[0].endswith("Аварийный комплект Evidence Vault.pdf")  # readable name
        dialog.setDirectory(str(usb))
        dialog.selectFile("комплект")
        dialog.accept()

    QTimer.singleShot(0, act)
    start.recovery_page.kit_button.click()
    qtbot.waitUntil(lambda: "Saved to" in start.recovery_page.kit_message.text(), timeout=20_000)
    saved = usb / "комплект.pdf"
    text = pdf_text(saved)
    assert " ".join(key.split("-")[:4]) in text and "Ключ восстановления" in text
    controller.shutdown()
