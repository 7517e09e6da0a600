"""In-app viewers read from memory: PDF through QtPdf from a QBuffer, media through
QMediaPlayer.setSourceDevice, text, photos with EXIF GPS. No file is written."""

from __future__ import annotations

import io
import math
import struct
import wave
from dataclasses import replace
from pathlib import Path

from PySide6.QtGui import QImage
from PySide6.QtMultimedia import QMediaPlayer
from PySide6.QtPdf import QPdfDocument

from tests.support.ui import jpeg_with_gps
from ui.app import load_fonts
from ui.data import Original
from ui.viewers.exif import exif_summary, format_gps
from ui.viewers.image_viewer import ImageViewer
from ui.viewers.media_viewer import MediaViewer
from ui.viewers.pdf_viewer import PdfViewer
from ui.viewers.text_viewer import TextViewer, decode_text
from ui.viewers.window import ViewerWindow
from vault.intake.photo import examine_photo
from vault.models import Item


def _item(kind: str, mime: str) -> Item:
    return Item(
        id="i1", kind=kind, title="Решение суда", created="2024-01-01T00:00:00.000000Z", sha256=None, size=10, mime=mime
    )


def _pdf() -> bytes:
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out)
    for page in range(3):
        c.drawString(72, 720, f"Page {page + 1}")
        c.showPage()
    c.save()
    return out.getvalue()


def _wav() -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(b"".join(struct.pack("<h", int(8000 * math.sin(i / 8))) for i in range(8000)))
    return out.getvalue()


def test_pdf_viewer_loads_from_memory(qtbot, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    win = ViewerWindow(Original(_item("document", "application/pdf"), _pdf(), None))
    qtbot.addWidget(win)
    assert isinstance(win.viewer, PdfViewer)
    assert win.viewer.status() == QPdfDocument.Status.Ready
    assert win.viewer.document.pageCount() == 3
    assert list(tmp_path.iterdir()) == []


def test_media_viewer_plays_from_a_buffer(qtbot) -> None:
    viewer = MediaViewer(_wav(), "audio/wav", video=False)
    qtbot.addWidget(viewer)
    loaded = (QMediaPlayer.MediaStatus.LoadedMedia, QMediaPlayer.MediaStatus.BufferedMedia)
    qtbot.waitUntil(
        lambda: viewer.player.mediaStatus() in loaded or viewer.player.error() != QMediaPlayer.Error.NoError,
        timeout=10_000,
    )
    assert viewer.player.error() == QMediaPlayer.Error.NoError, viewer.player.errorString()
    qtbot.waitUntil(lambda: viewer.player.duration() > 900, timeout=10_000)
    viewer.shutdown()


def test_text_viewer_shows_kazakh_and_cp1251(qtbot) -> None:
    text = "Куәгер: ұстау кезінде азаптау болды."
    assert decode_text(text.encode("utf-8")) == text
    assert decode_text("Задержание".encode("cp1251")) == "Задержание"
    assert TextViewer(text.encode("utf-8")).edit.toPlainText() == text


def test_photo_viewer_shows_gps_and_zooms(qtbot) -> None:
    load_fonts()
    data = jpeg_with_gps((10, 120, 200), lat=51.128207, lon=71.430411)
    # The viewer shows what intake stored with the item, not its own reading of the bytes.
    item = replace(_item("photo", "image/jpeg"), metadata=examine_photo(data).metadata)
    exif = exif_summary(item)
    assert exif is not None and exif.gps is not None
    assert format_gps(exif.gps) == "51.128208° N, 71.430411° E"
    assert exif_summary(_item("photo", "image/jpeg")) is None  # nothing stored: nothing shown
    win = ViewerWindow(Original(item, data, exif, QImage.fromData(data)))
    qtbot.addWidget(win)
    viewer = win.viewer
    assert isinstance(viewer, ImageViewer)
    assert viewer.gps_label.text() == "51.128208° N, 71.430411° E"
    viewer.zoom_out()
    assert viewer.zoom < 1
    viewer.actual_size()
    assert viewer.label.pixmap().width() == 320


def test_a_photo_larger_than_the_window_opens_fitted(qtbot) -> None:
    data = jpeg_with_gps((10, 120, 200), size=(2400, 1800))
    item = replace(_item("photo", "image/jpeg"), metadata=examine_photo(data).metadata)
    win = ViewerWindow(Original(item, data, exif_summary(item), QImage.fromData(data)))
    qtbot.addWidget(win)
    win.resize(900, 600)
    win.show()
    viewer = win.viewer
    assert isinstance(viewer, ImageViewer)
    qtbot.waitUntil(lambda: viewer.zoom < 1)  # the whole photo, not its top-left corner
    shown = viewer.label.pixmap().size()
    area = viewer.scroller.viewport().size()
    assert shown.width() <= area.width() and shown.height() <= area.height()
    assert viewer.gps_label.wordWrap()  # the coordinates wrap in a narrow panel instead of being cut
