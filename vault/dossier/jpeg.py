"""A flowable that places an already-sanitised JPEG as a DCTDecode image XObject.

ReportLab's own Image flowable decodes every picture to raw RGB and MD5s it on each layout pass
to deduplicate (about 2.6 MB and 30 ms per photo, three passes); the bytes here are already a
clean JPEG, so they go in as they are, keyed by their SHA-1. Uses ReportLab's canvas internals
(`_doc`, `_setXObjects`, `_code`, `_formsinuse`), the same steps as Canvas.drawImage.
"""

from __future__ import annotations

import hashlib
import io
from typing import Any

from reportlab.pdfbase.pdfdoc import PDFImageXObject
from reportlab.pdfbase.pdfutils import readJPEGInfo
from reportlab.platypus import Flowable


class JpegImage(Flowable):
    def __init__(self, jpeg: bytes, box: tuple[float, float]) -> None:
        super().__init__()
        self.jpeg = jpeg
        info: Any = readJPEGInfo(io.BytesIO(jpeg))
        self.pixel_width, self.pixel_height = int(info[0]), int(info[1])
        scale = min(box[0] / self.pixel_width, box[1] / self.pixel_height)
        self.drawWidth, self.drawHeight = self.pixel_width * scale, self.pixel_height * scale
        self.name = "ev" + hashlib.sha1(jpeg, usedforsecurity=False).hexdigest()[:20]
        self.hAlign = "CENTER"

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.drawWidth, self.drawHeight

    def draw(self) -> None:
        canv: Any = self.canv
        doc = canv._doc
        reg = doc.getXObjectName(self.name)
        if not doc.idToObject.get(reg):
            obj = PDFImageXObject(self.name)
            if not obj.loadImageFromJPEG(io.BytesIO(self.jpeg)):
                return
            obj.name = self.name
            canv._setXObjects(obj)
            doc.Reference(obj, reg)
            doc.addForm(self.name, obj)
        canv._currentPageHasImages = 1
        canv.saveState()
        canv.scale(self.drawWidth, self.drawHeight)
        canv._code.append(f"/{reg} Do")
        canv.restoreState()
        canv._formsinuse.append(self.name)
