"""Vault ▸ Verify vault…: the full check (vault/verify.py) on the worker, with progress, Cancel
and a result in words: what was checked, each problem and each note as a sentence."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vault import verify_report as vr
from vault.errors import Cancelled
from vault.verify import VerifyReport, verify_vault

from ..format import error_text, human_size
from ..worker import Job, VaultWorker


def problem_text(kind: str) -> str:
    translate = QCoreApplication.translate
    texts = {
        vr.BLOB_MISSING: translate("Verify", "A stored file is missing"),
        vr.BLOB_CORRUPT: translate("Verify", "A stored file is damaged or was altered (it fails to decrypt)"),
        vr.HASH_MISMATCH: translate("Verify", "A file's fingerprint (SHA-256) differs from the one recorded at import"),
        vr.SIZE_MISMATCH: translate("Verify", "A file's size differs from the one recorded"),
        vr.BLOB_ORPHAN: translate("Verify", "A leftover file no record uses (from an interrupted import)"),
        vr.BLOB_PARTIAL: translate("Verify", "An unfinished file from an interrupted write"),
        vr.BLOB_STRAY: translate("Verify", "Something unexpected in the vault's file store"),
        vr.ROW_DANGLING: translate("Verify", "A record points to another record that does not exist"),
        vr.ORIGINAL_MISSING: translate("Verify", "An item has no stored original"),
        vr.REVISION_MISSING: translate("Verify", "A testimony is missing a revision"),
        vr.ITEM_UNLOGGED: translate("Verify", "An item is not mentioned in the custody history"),
        vr.DELETE_UNLOGGED: translate("Verify", "An item was deleted without a custody record"),
        vr.DESTROY_UNLOGGED: translate("Verify", "A file was destroyed without a custody record"),
        vr.CHAIN_GAP: translate("Verify", "Events are missing from the custody history"),
        vr.CHAIN_BROKEN: translate("Verify", "The custody history's chain is broken (an event was removed or changed)"),
        vr.EVENT_HASH: translate("Verify", "A custody event was changed after it was recorded"),
        vr.EVENT_SIGNATURE: translate("Verify", "A custody event's signature does not verify"),
        vr.EVENT_KEY: translate("Verify", "A custody event was signed by another key"),
        vr.EVENT_FORMAT: translate("Verify", "A custody event cannot be read"),
        vr.SIGNING_KEY: translate("Verify", "The vault's signing key is not the one recorded when it was created"),
        vr.HEAD_MISSING: translate("Verify", "The custody history was cut or rewritten since an earlier export"),
        vr.DB_INTEGRITY: translate("Verify", "The database fails its integrity check"),
        vr.CIPHER_INTEGRITY: translate("Verify", "The encrypted database pages fail their check"),
        vr.CLOCK_BACKWARDS: translate("Verify", "The computer's clock went backwards between two events"),
    }
    return texts.get(kind, kind)


def stage_text(stage: str) -> str:
    translate = QCoreApplication.translate
    texts = {
        "database": translate("Verify", "Checking the database…"),
        "custody": translate("Verify", "Checking the custody history and its signatures…"),
        "records": translate("Verify", "Checking the records…"),
        "blobs": translate("Verify", "Re-reading and checking every stored file…"),
    }
    return texts.get(stage, stage)


class VerifyDialog(QDialog):
    finished_report = Signal(object)  # the VerifyReport, once shown

    def __init__(self, worker: VaultWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Verify vault"))
        self.resize(640, 420)
        self._worker = worker
        self._job: Job | None = None
        self.report: VerifyReport | None = None
        intro = QLabel(
            self.tr(
                "Re-reads every stored file and checks it against its fingerprint, walks the whole custody "
                "history and its signatures, and checks the database. Nothing is changed or repaired."
            )
        )
        intro.setWordWrap(True)
        self.stage = QLabel()
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(False)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setPointSizeF(font.pointSizeF() * 1.1)
        self.summary.setFont(font)
        self.findings = QListWidget()
        self.findings.setWordWrap(True)
        self.findings.hide()
        self.start_button = QPushButton(self.tr("Verify"))
        self.start_button.clicked.connect(self.start)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Close)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.close_button = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.accept)
        self.cancel_button.setEnabled(False)
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.ActionRole)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.stage)
        lay.addWidget(self.bar)
        lay.addWidget(self.summary)
        lay.addWidget(self.findings, 1)
        lay.addStretch(1)  # takes the room while there are no findings to list
        lay.addWidget(self.buttons)

    def start(self) -> None:
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.close_button.setEnabled(False)
        self.findings.clear()
        self.findings.hide()
        self.summary.clear()
        self.summary.setStyleSheet("")
        self.bar.setRange(0, 0)
        self.stage.setText(self.tr("Starting…"))

        def run(job: Job) -> VerifyReport:
            def progress(done: int, total: int, stage: str) -> None:
                job.check_cancelled()
                job.report((done, total, stage))

            return verify_vault(job.vault, on_progress=progress)

        self._job = self._worker.submit(run, done=self._done, error=self._failed, progress=self._progress)

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.cancel_button.setEnabled(False)
            self.stage.setText(self.tr("Stopping…"))

    def _progress(self, value: object) -> None:
        if not isinstance(value, tuple) or len(value) != 3:
            return
        done, total, stage = value
        self.stage.setText(stage_text(str(stage)))
        if stage == "blobs" and total:
            self.bar.setRange(0, 1000)
            self.bar.setValue(int(1000 * done / total))
        else:
            self.bar.setRange(0, 0)

    def _finish(self) -> None:
        self._job = None
        self.cancel_button.setEnabled(False)
        self.close_button.setEnabled(True)
        self.start_button.setEnabled(True)
        self.start_button.setText(self.tr("Verify again"))
        self.bar.setRange(0, 1)
        self.bar.setValue(1)

    def _done(self, report: VerifyReport) -> None:
        self._finish()
        self.report = report
        self.stage.setText(self.tr("Finished."))
        checked = self.tr("Checked %1 items, %2 stored files (%3) and %4 custody events.")
        for i, value in enumerate(
            (report.items_checked, report.blobs_checked, human_size(report.bytes_checked), report.events_checked), 1
        ):
            checked = checked.replace(f"%{i}", str(value))
        if report.ok:
            head = self.tr(
                "✓ The vault is sound. Every file matches its fingerprint and the custody history is "
                "complete and signed."
            )
            self.summary.setStyleSheet("color: #1a7f4b;")
        else:
            head = self.tr(
                "✗ Problems found: %1. Nothing was changed. Keep this vault as it is and make a "
                "copy of the folder before anything else."
            )
            head = head.replace("%1", str(len(report.problems)))
            self.summary.setStyleSheet("color: #a40000;")
        self.summary.setText(f"<b>{html.escape(head)}</b><br>{html.escape(checked)}")
        for p in report.problems:
            self.findings.addItem("✗ " + problem_text(p.kind) + f" — {p.subject}: {p.detail}")
        for n in report.notes:
            self.findings.addItem(self.tr("Note: %1").replace("%1", problem_text(n.kind)) + f" — {n.detail}")
        self.findings.setVisible(self.findings.count() > 0)
        self.finished_report.emit(report)

    def _failed(self, exc: object) -> None:
        self._finish()
        if isinstance(exc, Cancelled):
            self.stage.setText(self.tr("Cancelled. Nothing was changed; run it again to check everything."))
        else:
            self.stage.setText(error_text(exc))
            self.stage.setStyleSheet("color: #a40000; font-weight: bold;")

    def reject(self) -> None:  # Esc or the window's close button: stop a running check first
        self.cancel()
        if self._job is None:
            super().reject()
