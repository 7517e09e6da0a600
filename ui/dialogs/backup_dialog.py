""" "Back up to…": choose a folder (the last one is remembered), run the backup on the worker with
progress and cancel. A cut or cancelled backup leaves the previous one intact (docs/backup.md)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vault.errors import Cancelled
from vault.field.backup import BackupResult, backup

from ..format import error_text, human_size
from ..worker import Job, VaultWorker
from .export_common import Throttle, message_label


class BackupDialog(QDialog):
    finished_backup = Signal(object)  # BackupResult
    target_chosen = Signal(str)  # remembered in the settings (a folder path, nothing else)

    def __init__(self, worker: VaultWorker, last_target: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Back up the vault"))
        self.resize(640, 240)
        self._worker = worker
        self._job: Job | None = None
        intro = QLabel(
            self.tr(
                "The backup is a complete copy of the vault, encrypted like the vault itself. It opens "
                "with the same passphrase. Later backups to the same folder copy only what is new."
            )
        )
        intro.setWordWrap(True)
        self.path = QLineEdit(last_target)
        self.path.setPlaceholderText(self.tr("a folder on a USB disk: new, empty, or an earlier backup"))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.stage = QLabel()
        self.stage.setWordWrap(True)
        self.message = message_label(self)
        self.start_button = QPushButton(self.tr("Back up"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel backup"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.start_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(close)
        lay = QVBoxLayout(self)
        for w in (intro,):
            lay.addWidget(w)
        lay.addLayout(row)
        lay.addWidget(self.stage)
        lay.addWidget(self.message)
        lay.addStretch(1)
        lay.addLayout(buttons)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the backup folder"), self.path.text())
        if folder:
            self.path.setText(folder)

    def start(self) -> None:
        text = self.path.text().strip()
        if self._job is not None or not text:
            return
        target = Path(text).expanduser()

        def work(job: Job) -> BackupResult:
            throttle = Throttle(job)
            return backup(
                job.vault, target, on_progress=lambda d, t, s: throttle((d, t, s), s), should_cancel=job.cancelled
            )

        self.message.clear()
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setRange(0, 0)
        self.stage.setText(self.tr("Copying the database and the new files…"))
        self.target_chosen.emit(str(target))
        self._job = self._worker.submit(work, done=self._done, error=self._failed, progress=self._progress)

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.cancel_button.setEnabled(False)
            self.stage.setText(self.tr("Cancelling…"))

    def _progress(self, value: tuple[int, int, str]) -> None:
        done, total, _stage = value
        if total > 0:
            self.progress.setRange(0, max(1, total // 1024))
            self.progress.setValue(min(done, total) // 1024)

    def _finish(self) -> None:
        self._job = None
        self.start_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.setRange(0, 1)

    def _done(self, r: BackupResult) -> None:
        self._finish()
        self.progress.setValue(1)
        self.stage.setText(
            self.tr("Backup finished: %1 items; %2 new files (%3) copied. It opens with the same passphrase.")
            .replace("%1", str(r.items))
            .replace("%2", str(r.blobs_copied))
            .replace("%3", human_size(r.bytes_copied))
        )
        self.finished_backup.emit(r)

    def _failed(self, exc: object) -> None:
        self._finish()
        self.progress.setValue(0)
        if isinstance(exc, Cancelled):
            self.stage.setText(self.tr("Backup cancelled. The previous backup in that folder is intact."))
            return
        self.stage.clear()
        self.message.setText(error_text(exc))
