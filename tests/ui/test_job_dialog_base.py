"""The one base of the long-running dialogs (ui/dialogs/job_dialog.py): start locks the inputs and
the action, progress reaches the bar, success / failure / cancel each unlock and say what
happened, and closing while a job runs cancels it instead. The import, dossier, bundle export and
bundle import dialogs are built on it."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import QLineEdit, QVBoxLayout

from tests.support.vaults import VaultFactory
from ui.dialogs.bundle_export_dialog import BundleExportDialog
from ui.dialogs.bundle_import_dialog import BundleImportDialog
from ui.dialogs.dossier_dialog import DossierDialog
from ui.dialogs.import_dialog import ImportDialog
from ui.dialogs.job_dialog import JobDialog
from ui.worker import Job, VaultWorker
from vault.errors import NotFound

TIMEOUT = 20_000


class Sample(JobDialog):
    def __init__(self, worker: VaultWorker) -> None:
        super().__init__(worker, "Go", "Stop", "Stopped. Nothing changed.")
        self.field = QLineEdit()
        self.inputs = [self.field]
        self.results: list[Any] = []
        self.seen: list[Any] = []
        self.work: Any = None
        lay = QVBoxLayout(self)
        lay.addWidget(self.field)
        self.add_footer(lay)

    def start(self) -> None:
        self.run_job(self.work, "Working…")

    def show_progress(self, value: tuple[int, int]) -> None:
        self.seen.append(value)
        self.set_bar(*value)

    def job_done(self, result: Any) -> None:
        self.results.append(result)
        self.stage.setText("Done.")


@pytest.fixture
def worker(make_vault: VaultFactory) -> Iterator[VaultWorker]:
    w = VaultWorker()
    w._vault = make_vault()  # idle worker: safe to hand it the open vault
    yield w
    w.wait_idle()
    w._vault = None


def held(gate: threading.Event, result: object = None, fail: BaseException | None = None) -> Any:
    def work(job: Job) -> object:
        job.report((1, 4))
        gate.wait(20)
        job.check_cancelled()
        if fail is not None:
            raise fail
        return result

    return work


def test_success_locks_then_unlocks_and_reports(qtbot, worker: VaultWorker) -> None:
    dlg = Sample(worker)
    qtbot.addWidget(dlg)
    gate = threading.Event()
    dlg.work = held(gate, result=42)
    assert dlg.progress.isHidden()  # idle, an empty bar looked like a text field
    dlg.action_button.click()
    assert dlg.is_running() and dlg.stage.text() == "Working…" and not dlg.progress.isHidden()
    assert not dlg.action_button.isEnabled() and dlg.cancel_button.isEnabled() and not dlg.field.isEnabled()
    qtbot.waitUntil(lambda: dlg.seen == [(1, 4)], timeout=TIMEOUT)
    assert (dlg.progress.maximum(), dlg.progress.value()) == (4, 1)
    with qtbot.waitSignal(worker._jobs.copy().pop().finished, timeout=TIMEOUT):
        gate.set()
    assert dlg.results == [42] and dlg.stage.text() == "Done." and not dlg.is_running()
    assert dlg.progress.isHidden()  # and a full one like a button: the status line says it is done
    assert dlg.action_button.isEnabled() and not dlg.cancel_button.isEnabled() and dlg.field.isEnabled()


def test_failure_shows_the_error_and_cancel_says_so(qtbot, worker: VaultWorker) -> None:
    dlg = Sample(worker)
    qtbot.addWidget(dlg)
    gate = threading.Event()
    dlg.work = held(gate, fail=NotFound("no such item"))
    dlg.start()
    with qtbot.waitSignal(worker._jobs.copy().pop().failed, timeout=TIMEOUT):
        gate.set()
    assert dlg.message.text() and dlg.stage.text() == "" and dlg.results == [] and dlg.action_button.isEnabled()
    gate = threading.Event()
    dlg.work = held(gate, result=1)
    dlg.start()
    assert dlg.message.text() == ""  # a new run clears the last message
    dlg.reject()  # closing while running cancels instead
    assert dlg.stage.text() == "Cancelling…" and not dlg.cancel_button.isEnabled()
    with qtbot.waitSignal(worker._jobs.copy().pop().failed, timeout=TIMEOUT):
        gate.set()
    assert dlg.stage.text() == "Stopped. Nothing changed." and dlg.results == [] and not dlg.is_running()
    assert dlg.field.isEnabled() and dlg.action_button.isEnabled()


def test_the_long_running_dialogs_share_the_base() -> None:
    for cls in (ImportDialog, DossierDialog, BundleExportDialog, BundleImportDialog):
        assert issubclass(cls, JobDialog)
        own = {k for k, v in vars(cls).items() if callable(v)}
        assert not own & {"cancel", "reject", "is_running", "_set_running", "_done", "_failed"}
