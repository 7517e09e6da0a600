"""After an export: "Open" and "Show in folder" buttons, and readable default file names.

A default name says what the file is and when, in the interface language ("Dossier, partner,
2026-03-01.pdf"), never a case title or a person's name: the file lands in an ordinary folder
whose listing anyone at the computer can read. The case id's first letters keep two exports
of the same day apart.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

translate = QCoreApplication.translate  # lupdate finds translate("Context", "literal") calls only


def _profile_word(profile: str) -> str:
    words = {
        "internal": translate("ExportNames", "internal"),
        "partner": translate("ExportNames", "partner"),
        "public": translate("ExportNames", "public"),
    }
    return words.get(profile, profile)


def _safe(name: str) -> str:
    """No path separators or characters some file systems refuse."""
    return "".join("-" if ch in '/\\:*?"<>|' else ch for ch in name).strip()


def readable_dossier_name(case_id: str, profile: str, today: date | None = None) -> str:
    day = (today or date.today()).isoformat()
    text = translate("ExportNames", "Dossier, %1, %2 (%3).pdf")
    return _safe(text.replace("%1", _profile_word(profile)).replace("%2", day).replace("%3", case_id[:6]))


def readable_bundle_name(case_id: str, profile: str, today: date | None = None) -> str:
    day = (today or date.today()).isoformat()
    text = translate("ExportNames", "Bundle, %1, %2 (%3).age")
    return _safe(text.replace("%1", _profile_word(profile)).replace("%2", day).replace("%3", case_id[:6]))


class ExportDoneButtons(QWidget):
    """Hidden until a file is written; then opens it, or its folder, with the system's apps."""

    opened = Signal(QUrl)  # what was handed to the system (tests listen here)

    def __init__(self, *, can_open: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Opens the exported file with this computer's viewer."))
        self.open_button.clicked.connect(self.open_file)
        self.open_button.setVisible(can_open)
        self.folder_button = QPushButton(self.tr("Show in folder"))
        self.folder_button.clicked.connect(self.open_folder)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.open_button)
        lay.addWidget(self.folder_button)
        lay.addStretch(1)
        self.hide()

    def show_for(self, path: Path) -> None:
        self.path = path
        self.show()

    def reset(self) -> None:
        self.path = None
        self.hide()

    def open_file(self) -> None:
        if self.path is not None:
            self._hand_over(QUrl.fromLocalFile(str(self.path)))

    def open_folder(self) -> None:
        if self.path is not None:
            self._hand_over(QUrl.fromLocalFile(str(self.path.parent)))

    def _hand_over(self, url: QUrl) -> None:
        self.opened.emit(url)
        system_open(url)


def system_open(url: QUrl) -> None:
    """Hand a file or folder to the desktop (a function of its own so tests can stand in)."""
    QDesktopServices.openUrl(url)
