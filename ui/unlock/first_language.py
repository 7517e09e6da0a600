"""The first start: choose the interface language before anything else (each choice is written
in its own language, so anyone can find theirs). Later changes are in Settings."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QPushButton, QVBoxLayout, QWidget

from ..i18n import resolve_language

CHOICES = (("ru", "Русский"), ("kk", "Қазақ тілі"), ("en", "English"))


class FirstLanguageDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Evidence Vault")
        self.chosen = resolve_language("system")
        # Not through tr(): no catalog is loaded yet, and the question is asked in all three.
        title = QLabel("Выберите язык · Тілді таңдаңыз · Choose the language")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        title.setFont(font)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        self.buttons: dict[str, QPushButton] = {}
        for code, name in CHOICES:
            button = QPushButton(name)
            button.setMinimumHeight(40)
            button.clicked.connect(lambda _=False, c=code: self._choose(c))
            if code == self.chosen:
                button.setDefault(True)
                button.setFocus()
            self.buttons[code] = button
            lay.addWidget(button)

    def _choose(self, code: str) -> None:
        self.chosen = code
        self.accept()


def ask_first_language(parent: QWidget | None = None) -> str:
    """The language picked ('ru', 'kk' or 'en'); closing the window keeps the system's."""
    dialog = FirstLanguageDialog(parent)
    dialog.exec()
    return dialog.chosen
