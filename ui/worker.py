"""The one worker idiom of the desktop app.

Every piece of vault work (database, blobs, crypto, files) is a function `fn(job) -> result`
submitted to `VaultWorker`. It runs as a QRunnable on a QThreadPool with a single thread, so
database access is serialised and the UI thread never touches the vault. Results come back on
the UI thread through the Job's signals (queued, since the Job lives on the UI thread).

Locking bumps a generation counter: results of jobs submitted before the lock are dropped.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from vault.errors import Cancelled, VaultLocked
from vault.store import Vault

log = logging.getLogger(__name__)

Callback = Callable[[Any], None]


class Job(QObject):
    """A handle on one submitted task, living on the UI thread."""

    progress = Signal(object)
    finished = Signal(object)
    failed = Signal(object)
    # Emitted from the worker thread; connected to the slots below (queued to the UI thread).
    _progress_w = Signal(object)
    _finished_w = Signal(object)
    _failed_w = Signal(object)

    def __init__(self, worker: VaultWorker, fn: Callable[[Job], Any], needs_vault: bool) -> None:
        super().__init__()  # kept alive by worker._jobs until its result is delivered
        self._worker = worker
        self._fn = fn
        self._needs_vault = needs_vault
        self._cancel = threading.Event()
        self.started = False
        self.generation = worker.generation
        self._progress_w.connect(self._on_progress)
        self._finished_w.connect(self._on_finished)
        self._failed_w.connect(self._on_failed)

    # ----- worker side -----------------------------------------------------------------------

    @property
    def vault(self) -> Vault:
        """The open vault. Only valid inside the job function (on the worker thread)."""
        v = self._worker._vault
        if v is None or not v.is_open:
            raise VaultLocked("the vault is locked")
        return v

    def set_vault(self, vault: Vault | None) -> None:
        """Worker side only: install (unlock) or forget (lock) the session's vault."""
        self._worker._vault = vault

    def report(self, value: object) -> None:
        self._progress_w.emit((value,))

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def check_cancelled(self) -> None:
        if self._cancel.is_set():
            raise Cancelled("cancelled")

    def _run(self) -> None:
        self.started = True
        try:
            if self._needs_vault:
                _ = self.vault
            result = self._fn(self)
        except BaseException as exc:  # noqa: BLE001 - every failure is reported to the UI
            if not isinstance(exc, VaultLocked | Cancelled):
                log.debug("job failed: %s", type(exc).__name__)
            self._failed_w.emit((exc,))
        else:
            self._finished_w.emit((result,))

    # ----- UI side ---------------------------------------------------------------------------

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def stale(self) -> bool:
        return self.generation != self._worker.generation

    # Values cross threads boxed in a 1-tuple: PySide6 6.12 mis-counts references of a bare
    # None passed through a queued Signal(object) (Python 3.11 then aborts in none_dealloc).

    @Slot(object)
    def _on_progress(self, boxed: tuple[object]) -> None:
        if not self.stale:
            self.progress.emit(boxed[0])

    @Slot(object)
    def _on_finished(self, boxed: tuple[object]) -> None:
        if not self.stale:
            self.finished.emit(boxed[0])
        self._worker._forget(self)

    @Slot(object)
    def _on_failed(self, boxed: tuple[object]) -> None:
        if not self.stale:
            self.failed.emit(boxed[0])
        self._worker._forget(self)


class _Runnable(QRunnable):
    def __init__(self, job: Job) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._job = job

    def run(self) -> None:
        self._job._run()


class VaultWorker(QObject):
    """Owns the serial thread pool and the session's open vault (touched only on that thread)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.pool.setExpiryTimeout(-1)
        self.generation = 0
        self._vault: Vault | None = None
        self._jobs: set[Job] = set()

    def submit(
        self,
        fn: Callable[[Job], Any],
        *,
        done: Callback | None = None,
        error: Callback | None = None,
        progress: Callback | None = None,
        needs_vault: bool = True,
    ) -> Job:
        job = Job(self, fn, needs_vault)
        if done is not None:
            job.finished.connect(done)
        if error is not None:
            job.failed.connect(error)
        if progress is not None:
            job.progress.connect(progress)
        self._jobs.add(job)
        self.pool.start(_Runnable(job))
        return job

    def busy(self) -> bool:
        return bool(self._jobs)

    def invalidate(self) -> None:
        """Drop the results of every job submitted so far and cancel those still running."""
        self.generation += 1
        self.pool.clear()
        for job in list(self._jobs):
            job.cancel()
            if not job.started:  # removed from the queue by clear(): it will never report
                self._jobs.discard(job)
                job.deleteLater()

    def lock(self, done: Callback | None = None) -> Job:
        """Cancel pending work, then close the vault on the worker thread."""
        self.invalidate()

        def close(job: Job) -> None:
            v = self._vault
            job.set_vault(None)
            if v is not None:
                v.close()

        return self.submit(close, done=done, needs_vault=False)

    def wait_idle(self, msecs: int = 30000) -> bool:
        return bool(self.pool.waitForDone(msecs))

    def _forget(self, job: Job) -> None:
        self._jobs.discard(job)
        job.deleteLater()
