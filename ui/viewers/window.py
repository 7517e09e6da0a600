"""A viewer window for one opened original. Holds the plaintext in memory only; closing the
window (or locking the vault) drops it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from ..data import Original
from ..format import human_size, kind_label
from .image_viewer import ImageViewer
from .text_viewer import TextViewer


def viewer_for(original: Original) -> QWidget:
    item, data = original.item, original.data
    mime = item.mime.split(";")[0].strip()
    if original.image is not None:
        return ImageViewer(original.image, original.exif, original.pages, original.received, item.title)
    if mime == "application/pdf" or data[:5] == b"%PDF-":
        from .pdf_viewer import PdfViewer

        return PdfViewer(data)
    if item.kind == "testimony" or mime.startswith("text/"):
        return TextViewer(data)
    if item.kind in ("audio", "video") or mime.startswith(("audio/", "video/")):
        from .media_viewer import MediaViewer

        return MediaViewer(data, mime, video=item.kind == "video" or mime.startswith("video/"))
    label = QLabel(
        QCoreApplication.translate("Viewer", "No in-app viewer for this kind of file (%1, %2).")
        .replace("%1", kind_label(item.kind))
        .replace("%2", human_size(item.size))
    )
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class ViewerWindow(QDialog):
    def __init__(self, original: Original, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.setWindowTitle(original.item.title)
        self.item_id = original.item.id
        self.viewer = viewer_for(original)
        lay = QVBoxLayout(self)
        lay.addWidget(self.viewer)
        self.resize(1000, 700)

    def done(self, result: int) -> None:
        shutdown = getattr(self.viewer, "shutdown", None)
        if callable(shutdown):
            shutdown()
        super().done(result)
