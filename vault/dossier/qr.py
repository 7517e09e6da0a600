"""The chain head as a QR code (segno, pure Python), drawn as vector squares by ReportLab so it
prints sharp at any size and needs no image. The text is plain and short enough to type:
`EVIDENCE-VAULT HEAD fp=<fingerprint> seq=<n> hash=<sha256 hex>`, the same three values
`verify --head` compares."""

from __future__ import annotations

from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from ..custody import Head


def head_text(head: Head) -> str:
    return f"EVIDENCE-VAULT HEAD fp={head.fingerprint} seq={head.seq} hash={head.hash}"


class QrCode(Flowable):
    """A QR code of `text`, `side` wide including the four-module quiet zone."""

    def __init__(self, text: str, side: float = 42 * mm) -> None:
        import segno

        super().__init__()
        self.text = text
        qr = segno.make(text, error="m", micro=False)
        self.matrix = [list(row) for row in qr.matrix]
        self.modules = len(self.matrix) + 8
        self.side = side
        self.width = self.height = side

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 (ReportLab API)
        return self.side, self.side

    def draw(self) -> None:
        c: Any = self.canv
        unit = self.side / self.modules
        c.saveState()
        c.setFillColorRGB(1, 1, 1)
        c.rect(0, 0, self.side, self.side, stroke=0, fill=1)
        c.setFillColorRGB(0, 0, 0)
        n = len(self.matrix)
        for r, row in enumerate(self.matrix):
            y = self.side - (r + 5) * unit
            x0 = None
            for col in range(n + 1):  # runs of dark modules as one rectangle: fewer operators
                dark = col < n and bool(row[col])
                if dark and x0 is None:
                    x0 = col
                elif not dark and x0 is not None:
                    c.rect((x0 + 4) * unit, y, (col - x0) * unit, unit, stroke=0, fill=1)
                    x0 = None
        c.restoreState()
