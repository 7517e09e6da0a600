"""The pieces of the scripted walkthrough (scripts/walkthrough.py): the folder a field monitor
brings back (generated here, all fictional), typing that works for Cyrillic and Kazakh, clicks,
waiting, answering a modal question, and the screenshot of the whole X screen."""

from __future__ import annotations

import io
import time
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

WITNESS = "Гульнара Сейтқазиева"
PSEUDONYM = "Свидетельница К"
CASE_TITLE = "Задержание у акимата, март 2026"
TESTIMONY = (
    "Я видела, как Гульнару Сейтқазиеву вывели из здания акимата. Следователь угрожал Сейтқазиевой "
    "и требовал подписать протокол. Со слов Гульнары Сейтказиевой, в ИВС к ней применяли пытки; "
    "после пыток она не могла идти. Сейтқазиеваның апасы бәрін көрді."
)
KAZAKH_WORD = "куәгер"  # "witness": it is in the Kazakh note
FILES = 8  # in the generated folder


def generated_folder(root: Path) -> Path:
    """3 photos with EXIF GPS, a Cyrillic PDF, a Kazakh note, a Russian testimony (.txt), a DOCX
    complaint and an MP3."""
    from vault.demo_media import court_decision_pdf, photo_jpeg

    folder = root / "Мониторинг_акимат_2026-03"
    folder.mkdir(parents=True)
    for i, (lat, lon) in enumerate(((43.2389, 76.8897), (43.2401, 76.9120), (43.2550, 76.9450))):
        taken = datetime(2026, 3, 3, 10 + i, 15, tzinfo=UTC)
        jpeg = photo_jpeg(
            f"Акимат, фото {i + 1}", taken=taken, lat=lat, lon=lon, colour=(70 + 40 * i, 90, 120), size=(1200, 900)
        )
        (folder / f"IMG_2026030{i + 1}.jpg").write_bytes(jpeg)
    pdf = court_decision_pdf(
        "Постановление суда № 2-118/2026",
        [
            "Суд рассмотрел жалобу на действия сотрудников полиции при задержании 3 марта 2026 года.",
            "Заявитель указывает на применение пыток в изоляторе временного содержания.",
        ],
    )
    (folder / "постановление_суда.pdf").write_bytes(pdf)
    (folder / "куәгер_жазбасы.txt").write_text(
        "Куәгер жазбасы: 3 наурызда әкімдік алдында бейбіт жиналысқа қатысушылар ұсталды. "
        "Полиция куәгердің телефонын алып қойды.",
        encoding="utf-8",
    )
    (folder / "показания_задержанного.txt").write_text(
        "Показания Ерлана Т., записанные 4 марта 2026 года. Меня задержали у акимата около десяти утра, "
        "в ИВС держали без воды и не давали позвонить адвокату.",
        encoding="utf-8",
    )
    (folder / "жалоба_прокурору.docx").write_bytes(
        _docx(["Жалоба прокурору города Алматы", "Прошу проверить законность задержания 3 марта 2026 года."])
    )
    (folder / "аудио_запись.mp3").write_bytes(_mp3())
    return folder


def _docx(paragraphs: list[str]) -> bytes:
    """The smallest DOCX a word processor opens: content types and one body of paragraphs."""
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{p}</w:t></w:r></w:p>' for p in paragraphs)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(
            "[Content_Types].xml",
            '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            "</Types>",
        )
        z.writestr(
            "word/document.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{ns}"><w:body>{body}</w:body></w:document>',
        )
    return out.getvalue()


def _mp3() -> bytes:
    """An ID3v2.3 tag with a title, then one silent MPEG frame header and padding."""
    text = b"\x01" + "Разговор у акимата".encode("utf-16")
    frame = b"TIT2" + len(text).to_bytes(4, "big") + b"\x00\x00" + text
    size = len(frame)
    syncsafe = bytes(((size >> 21) & 0x7F, (size >> 14) & 0x7F, (size >> 7) & 0x7F, size & 0x7F))
    return b"ID3\x03\x00\x00" + syncsafe + frame + b"\xff\xfb\x90\x00" + bytes(2000)


def type_text(widget: QWidget, text: str) -> None:
    """Type like a keyboard: one key event per character (QTest.keyClicks aborts on Cyrillic)."""
    widget.setFocus()
    for ch in text:
        key = Qt.Key.Key_Return if ch == "\n" else 0
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))
    QApplication.processEvents()


def click(button: QAbstractButton) -> None:
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)
    QApplication.processEvents()


def wait_for(cond: Callable[[], bool], timeout: float = 60.0) -> None:
    end = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > end:
            raise TimeoutError("the screen did not get ready")
        QApplication.processEvents()
        time.sleep(0.01)


def settle(seconds: float = 0.4) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def opened_modal(opener: Callable[[], object]) -> Any:
    """Call `opener` (it opens a window-modal dialog with open()) and return the dialog."""
    opener()
    wait_for(lambda: QApplication.activeModalWidget() is not None)
    return QApplication.activeModalWidget()


def answer_modal(then: Callable[[QWidget], None], delay_ms: int = 300) -> None:
    """Before a call that opens a modal question (QInputDialog.getItem…): answer it once shown."""

    def find() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            QTimer.singleShot(50, find)
            return
        then(modal)

    QTimer.singleShot(delay_ms, find)


class Camera:
    """Screenshots of the whole X screen (what a user sees: popups and dialogs included)."""

    def __init__(self, out: Path, first: int = 1) -> None:
        self.out = out
        self.first = first  # the restarted app goes on numbering where the first run stopped
        self.taken: list[Path] = []
        out.mkdir(parents=True, exist_ok=True)

    def shot(self, name: str, seconds: float = 0.5) -> None:
        settle(seconds)
        screen = QGuiApplication.primaryScreen()
        path = self.out / f"{self.first + len(self.taken):02d}-{name}.png"
        screen.grabWindow(0).save(str(path))
        self.taken.append(path)
        print(f"wrote {path}")
