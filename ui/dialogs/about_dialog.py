"""About: the app's version and the versions of its crypto and GUI components, as selectable
text so a partner's IT person can copy it into an audit note."""

from __future__ import annotations

import platform

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

import vault
from vault.versions import component_versions


def version_report() -> str:
    """Plain text, one component a line. Holds no path, user or vault data."""
    lines = [f"Evidence Vault {vault.__version__}"]
    lines += [f"{name}: {version}" for name, version in component_versions().items()]
    lines += [f"Qt: {qVersion()}", f"PySide6: {PySide6.__version__}", f"Python: {platform.python_version()}"]
    lines.append(f"Platform: {platform.system()} {platform.machine()}")
    return "\n".join(lines)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, report: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Evidence Vault"))
        self.resize(560, 420)
        title = QLabel(self.tr("Evidence Vault %1").replace("%1", vault.__version__))
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        title.setFont(font)
        blurb = QLabel(
            self.tr(
                "An offline, encrypted evidence store for human-rights monitors. It never opens a network "
                "connection. The components below do the encryption; their versions let an auditor check this build."
            )
        )
        blurb.setWordWrap(True)
        self.versions = QPlainTextEdit(report if report is not None else version_report())
        self.versions.setReadOnly(True)
        self.versions.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        self.versions.setFont(mono)
        copy = QPushButton(self.tr("Copy versions"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.versions.toPlainText()))
        close = QPushButton(self.tr("Close"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(copy)
        buttons.addStretch(1)
        buttons.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(title)
        lay.addWidget(blurb)
        lay.addWidget(self.versions, 1)
        lay.addLayout(buttons)
