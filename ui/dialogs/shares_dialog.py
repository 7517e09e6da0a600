""" "Split recovery key among colleagues": N shares, any K recover; one printable PDF sheet per
share (and its text file), written on the worker (vault/field/shares.py, share_sheets.py)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vault.field.share_sheets import write_share_sheet
from vault.field.shares import MAX_SHARES, read_share, split

from ..format import error_text
from ..worker import Job, VaultWorker
from .export_common import message_label


def split_with_sheets(job: Job, shares: int, threshold: int, out_dir: Path, language: str) -> list[str]:
    """Worker side: the share files, then a PDF sheet next to each. Returns the PDF paths."""
    result = split(job.vault, shares, threshold, out_dir)
    sheets = []
    for i, name in enumerate(result.files, start=1):
        text = Path(name)
        pdf = text.with_suffix(".pdf")
        write_share_sheet(read_share(text), i, shares, threshold, pdf, language)
        sheets.append(str(pdf))
    return sheets


class SharesDialog(QDialog):
    created = Signal(list)  # PDF paths

    def __init__(self, worker: VaultWorker, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Split the recovery key among colleagues"))
        self.resize(620, 320)
        self._worker = worker
        self._language = language
        intro = QLabel(
            self.tr(
                "Give one sheet to each colleague you trust. Any %1 of them together can set a new passphrase "
                "if you forget yours; fewer learn nothing. Print the sheets, then delete the files. Splitting "
                "again makes earlier sheets useless; your printed recovery key keeps working."
            )
        )
        intro.setWordWrap(True)
        self._intro = intro
        self._intro_text = intro.text()
        self.shares = QSpinBox()
        self.shares.setRange(2, MAX_SHARES)
        self.shares.setValue(5)
        self.threshold = QSpinBox()
        self.threshold.setRange(2, MAX_SHARES)
        self.threshold.setValue(3)
        self.shares.valueChanged.connect(self._limits)
        self.threshold.valueChanged.connect(self._limits)
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("an empty folder, best on a USB disk"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Colleagues (shares)"), self.shares)
        form.addRow(self.tr("Needed to recover"), self.threshold)
        form.addRow(self.tr("Folder for the sheets"), row)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.message = message_label(self)
        self.create_button = QPushButton(self.tr("Create share sheets"))
        self.create_button.clicked.connect(self.start)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        buttons.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addLayout(form)
        lay.addWidget(self.outcome)
        lay.addWidget(self.message)
        lay.addStretch(1)
        lay.addLayout(buttons)
        self._limits()

    def _limits(self) -> None:
        self.threshold.setMaximum(self.shares.value())
        self._intro.setText(self._intro_text.replace("%1", str(self.threshold.value())))

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder for the share sheets"))
        if folder:
            self.folder.setText(folder)

    def start(self) -> None:
        text = self.folder.text().strip()
        if not text:
            self.message.setText(self.tr("Choose a folder for the sheets first."))
            return
        n, k, out, lang = self.shares.value(), self.threshold.value(), Path(text).expanduser(), self._language
        self.message.clear()
        self.create_button.setEnabled(False)
        self._worker.submit(lambda job: split_with_sheets(job, n, k, out, lang), done=self._done, error=self._failed)

    def _done(self, sheets: list[str]) -> None:
        self.create_button.setEnabled(True)
        self.outcome.setText(
            self.tr("%1 sheets written to %2. Print them, give one to each colleague, then delete the files.")
            .replace("%1", str(len(sheets)))
            .replace("%2", str(Path(sheets[0]).parent))
        )
        self.created.emit(sheets)

    def _failed(self, exc: object) -> None:
        self.create_button.setEnabled(True)
        self.message.setText(error_text(exc))
