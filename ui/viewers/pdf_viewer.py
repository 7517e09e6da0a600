"""PDF viewer: QtPdf reads the document from a QBuffer in memory; no temporary file."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget


class PdfViewer(QWidget):
    def __init__(self, data: bytes) -> None:
        super().__init__()
        self._bytes = QByteArray(data)
        self.buffer = QBuffer(self)
        self.buffer.setData(self._bytes)
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self.buffer)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pages = QLabel(self.tr("%n page(s)", "", self.document.pageCount()))
        zoom_in = QPushButton(self.tr("Zoom in"))
        zoom_in.clicked.connect(lambda: self._zoom(1.25))
        zoom_out = QPushButton(self.tr("Zoom out"))
        zoom_out.clicked.connect(lambda: self._zoom(0.8))
        fit = QPushButton(self.tr("Fit width"))
        fit.clicked.connect(lambda: self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth))
        bar = QHBoxLayout()
        for w in (zoom_in, zoom_out, fit):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self.pages)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(bar)
        lay.addWidget(self.view, 1)

    def _zoom(self, factor: float) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(self.view.zoomFactor() * factor)

    def status(self) -> QPdfDocument.Status:
        return self.document.status()
