"""Photo viewer: the decoded image (decoded on the worker), zoom, and an EXIF panel. A document
received as page images is shown page by page (vault.received_pages), with a page selector; its
side panel says what is known of it (title, page n of N, the sender, when it arrived) instead of
an EXIF panel its re-encoded pages cannot fill."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..format import local_datetime
from .exif import ExifSummary, format_gps

if TYPE_CHECKING:
    from ..data import Received

ZOOM_STEP = 1.25


class ImageViewer(QWidget):
    def __init__(
        self,
        image: QImage,
        exif: ExifSummary | None,
        pages: list[QImage] | None = None,
        received: Received | None = None,
        title: str = "",
    ) -> None:
        super().__init__()
        self._pages = pages if pages and len(pages) > 1 else [image]
        self.page = 0
        self._pixmap = QPixmap.fromImage(self._pages[0])
        self.zoom = 1.0
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.scroller = QScrollArea()
        self.scroller.setWidget(self.label)
        self.scroller.setAlignment(Qt.AlignmentFlag.AlignCenter)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Zoom in"), self.zoom_in),
            (self.tr("Zoom out"), self.zoom_out),
            (self.tr("Fit"), self.fit),
            (self.tr("Actual size"), self.actual_size),
        ):
            b = QPushButton(text)
            b.clicked.connect(slot)
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.page_label = QLabel()
        self.previous_page = QPushButton(self.tr("Previous page"))
        self.previous_page.clicked.connect(lambda: self.show_page(self.page - 1))
        self.next_page = QPushButton(self.tr("Next page"))
        self.next_page.clicked.connect(lambda: self.show_page(self.page + 1))
        for w in (self.previous_page, self.page_label, self.next_page):
            w.setVisible(len(self._pages) > 1)
            buttons.addWidget(w)
        self.zoom_label = QLabel()
        buttons.addWidget(self.zoom_label)
        left = QWidget()
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addLayout(buttons)
        left_lay.addWidget(self.scroller, 1)
        self.exif_panel = QWidget()
        self.exif_panel.setMinimumWidth(260)  # long Kazakh labels and a sender's name wrap, not squeeze
        form = QFormLayout(self.exif_panel)
        self.pixels_label = QLabel(f"{image.width()} × {image.height()}")
        self.gps_label = QLabel(format_gps(exif.gps) if exif else "")
        self.gps_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.gps_label.setWordWrap(True)  # "43.255000° N, 76.945000° E" was cut at the panel's edge
        self.panel_page = QLabel()  # "page n of N" beside the pages of a received document
        if received is not None:
            self._received_rows(form, received, title)
        else:
            self._exif_rows(form, exif)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(self.exif_panel)
        split.setStretchFactor(0, 4)
        split.setStretchFactor(1, 1)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(split)
        self._fitted = False
        self.show_page(0)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt API
        """A photo larger than the window opens whole (fitted), not as its top-left corner."""
        super().showEvent(event)
        if not self._fitted:
            self._fitted = True
            QTimer.singleShot(0, self._fit_if_larger)  # once the layout has given the viewport its size

    def _fit_if_larger(self) -> None:
        area = self.scroller.viewport().size()
        if self._pixmap.width() > area.width() or self._pixmap.height() > area.height():
            self.fit()

    def _exif_rows(self, form: QFormLayout, exif: ExifSummary | None) -> None:
        form.addRow(QLabel(self.tr("<b>EXIF</b>")))
        form.addRow(self.tr("Pixels"), self.pixels_label)
        form.addRow(self.tr("GPS"), self.gps_label)
        for name, value in exif.fields if exif else []:
            v = QLabel(value)
            v.setWordWrap(True)
            form.addRow(name, v)
        if exif and exif.gps:
            warn = QLabel(self.tr("This photo records where it was taken. Partner and public exports remove it."))
            warn.setWordWrap(True)
            form.addRow(warn)

    def _received_rows(self, form: QFormLayout, received: Received, title: str) -> None:
        form.addRow(QLabel(self.tr("<b>Received document</b>")))
        shown = QLabel(title)
        sender = QLabel(received.sender or self.tr("a partner (no longer in your contacts)"))
        for label in (shown, sender):  # the partner chose these words: never read them as markup
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
        form.addRow(self.tr("Title"), shown)
        form.addRow(self.tr("Page"), self.panel_page)
        form.addRow(self.tr("Pixels"), self.pixels_label)
        form.addRow(self.tr("From"), sender)
        form.addRow(self.tr("Received"), QLabel(local_datetime(received.time)))
        note = QLabel(
            self.tr(
                "The partner sent this document as page images, without its text or metadata. Each page "
                "is kept exactly as the partner signed it and checked every time it is opened."
            )
        )
        note.setWordWrap(True)
        form.addRow(note)

    def show_page(self, page: int) -> None:
        """Page `page` (0-based) of a document received as page images, at the current zoom."""
        self.page = max(0, min(page, len(self._pages) - 1))
        self._pixmap = QPixmap.fromImage(self._pages[self.page])
        self.page_label.setText(
            self.tr("Page %1 of %2").replace("%1", str(self.page + 1)).replace("%2", str(len(self._pages)))
        )
        self.panel_page.setText(self.page_label.text())
        shown = self._pages[self.page]
        self.pixels_label.setText(f"{shown.width()} × {shown.height()}")
        self.previous_page.setEnabled(self.page > 0)
        self.next_page.setEnabled(self.page < len(self._pages) - 1)
        self.set_zoom(self.zoom)

    def set_zoom(self, zoom: float) -> None:
        self.zoom = max(0.05, min(zoom, 16.0))
        size = self._pixmap.size() * self.zoom
        self.label.setPixmap(
            self._pixmap.scaled(size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        )
        self.label.resize(size)
        self.zoom_label.setText(f"{round(self.zoom * 100)} %")

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / ZOOM_STEP)

    def actual_size(self) -> None:
        self.set_zoom(1.0)

    def fit(self) -> None:
        area = self.scroller.viewport().size()
        w, h = max(1, self._pixmap.width()), max(1, self._pixmap.height())
        self.set_zoom(min(area.width() / w, area.height() / h))
