"""The base of the dialogs that run one long job on the worker (import, dossier export, bundle
export, bundle import): a progress bar, a status line, a message line, the outcome, and the action /
Cancel / Close buttons, with start, progress, finish, failure and cancel handled once.

A subclass builds its own form, calls `add_footer(layout)`, lists the widgets to lock while the
job runs in `inputs`, says when its action may start (`ready`), and starts the job with
`run_job(work, stage_text)`; it reports results in `job_done` and shows progress in
`show_progress`. Closing the dialog while a job runs cancels the job instead."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from vault.errors import Cancelled

from ..format import error_text
from ..worker import Job, VaultWorker
from .export_common import message_label


class JobDialog(QDialog):
    def __init__(
        self,
        worker: VaultWorker,
        action_text: str,
        cancel_text: str,
        cancelled_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._job: Job | None = None
        self.cancelled_text = cancelled_text
        self.inputs: list[QWidget] = []
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.progress.setTextVisible(False)  # the status line says what happens; "0%" says nothing
        # Shown only while a job runs: idle, an empty bar looked like a text field and a full one
        # like a button. Its room is kept, so the buttons beside it do not jump.
        policy = self.progress.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.progress.setSizePolicy(policy)
        self.progress.hide()
        self.stage = QLabel()
        self.message = message_label()
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.action_button = QPushButton(action_text)
        self.action_button.setDefault(True)
        self.action_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(cancel_text)
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)

    def add_footer(self, lay: QVBoxLayout) -> None:
        lay.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.action_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.close_button)
        lay.addLayout(buttons)
        lay.addWidget(self.stage)
        lay.addWidget(self.outcome)

    # ----- what a subclass provides ----------------------------------------------------------

    def start(self) -> None:
        raise NotImplementedError

    def ready(self) -> bool:
        """Whether the action may start now (besides no job running)."""
        return True

    def show_progress(self, value: Any) -> None:
        """A progress report of the running job (throttled by the job function)."""

    def job_done(self, result: Any) -> None:
        """The job finished; the buttons and inputs are already unlocked."""

    def job_cancelled(self, exc: object) -> None:
        """The job was cancelled; the status line already says so (the partial outcome, if any,
        travels on the exception)."""

    def job_failed(self, exc: object) -> None:
        """The job failed (not cancelled): by default the error in the message line."""
        self.stage.clear()
        self.message.setText(error_text(exc))

    # ----- the run ---------------------------------------------------------------------------

    def run_job(self, work: Callable[[Job], Any], stage_text: str) -> None:
        self.message.clear()
        self.outcome.clear()
        self.stage.setText(stage_text)
        self._job = self._worker.submit(work, done=self._done, error=self._failed, progress=self.show_progress)
        self._set_running(True)

    def set_bar(self, done: int, total: int) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))

    def update_action(self) -> None:
        self.action_button.setEnabled(self._job is None and self.ready())

    def _set_running(self, running: bool) -> None:
        self.cancel_button.setEnabled(running)
        for w in self.inputs:
            w.setEnabled(not running)
        self.progress.setRange(0, 0 if running else 1)
        self.progress.setVisible(running)
        self.update_action()

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.cancel_button.setEnabled(False)
            self.stage.setText(self.tr("Cancelling…"))

    def _done(self, result: object) -> None:
        self._job = None
        self._set_running(False)
        self.progress.setValue(1)
        self.job_done(result)

    def _failed(self, exc: object) -> None:
        self._job = None
        self._set_running(False)
        self.progress.setValue(0)
        if isinstance(exc, Cancelled):
            self.stage.setText(self.cancelled_text)
            self.update_action()
            self.job_cancelled(exc)
        else:
            self.job_failed(exc)

    def is_running(self) -> bool:
        return self._job is not None

    def reject(self) -> None:
        if self._job is not None:
            self.cancel()
            return
        super().reject()
