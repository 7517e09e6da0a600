"""Plain text viewer (testimonies, text files), read-only."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget


def decode_text(data: bytes) -> str:
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return data.decode("utf-16", errors="replace")
    for encoding in ("utf-8-sig", "cp1251"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("utf-8", errors="replace")


class TextViewer(QWidget):
    def __init__(self, data: bytes) -> None:
        super().__init__()
        self.edit = QPlainTextEdit()
        self.edit.setReadOnly(True)
        self.edit.setPlainText(decode_text(data))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.edit)
