"""Dossier export: choose case, profile, language, optional password and prepared-by; see what
the profile removes before exporting; build the PDF on the worker with progress and cancel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)  # fmt: skip
from shiboken6 import isValid

from vault.dossier import DossierResult, build_dossier
from vault.errors import Cancelled
from vault.models import Case
from vault.redaction import preview_removals

from .. import file_dialogs
from ..format import error_text
from ..settings import GuiSettings
from ..worker import Job, VaultWorker
from .export_common import (
    Throttle,
    case_combo,
    default_language,
    language_combo,
    message_label,
    profile_combo,
    show_removals,
)  # fmt: skip
from .export_done import ExportDoneButtons, readable_dossier_name


def default_folder() -> Path:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


class DossierDialog(QDialog):
    exported = Signal(object)  # DossierResult
    preview_ready = Signal(list)  # the removal lines shown

    def __init__(self, worker: VaultWorker, cases: list[Case], current_case: str | None,
                 settings: GuiSettings, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export a case dossier (PDF)"))
        self.resize(760, 640)
        self._worker = worker
        self._job: Job | None = None
        self._preview_seq = 0
        self._auto_path = True
        self._overwrite_ok = False
        self.case = case_combo(cases, current_case)
        self.profile = profile_combo(settings.export_profile)
        self.language = language_combo(default_language(settings))
        self.prepared_by = QLineEdit()
        self.prepared_by.setPlaceholderText(self.tr("e.g. your organisation (printed on the cover)"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("optional: the PDF then opens only with it (AES-256)"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.path = QLineEdit()
        self.path.textEdited.connect(self._path_edited)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Case"), self.case)
        form.addRow(self.tr("Profile"), self.profile)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Prepared by"), self.prepared_by)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Repeat password"), self.repeat)
        form.addRow(self.tr("Save as"), path_row)
        self.removals = QListWidget()
        self.removals.setWordWrap(True)
        self.preview_state = QLabel()
        box = QGroupBox(self.tr("What this profile removes from the dossier"))
        box_lay = QVBoxLayout(box)
        box_lay.addWidget(self.preview_state)
        box_lay.addWidget(self.removals, 1)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.stage = QLabel()
        self.message = message_label()
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel export"))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(box, 1)
        lay.addWidget(self.message)
        lay.addLayout(buttons)
        lay.addWidget(self.stage)
        lay.addWidget(self.outcome)
        self.done_buttons = ExportDoneButtons()
        lay.addWidget(self.done_buttons)
        for combo in (self.case, self.profile, self.language):
            combo.currentIndexChanged.connect(self._choice_changed)
        if not cases:
            self.export_button.setEnabled(False)
            self.message.setText(self.tr("There is no case yet. Create a case and add items to it first."))
        self._choice_changed()

    # ----- choices and preview ---------------------------------------------------------------

    def case_id(self) -> str:
        return str(self.case.currentData() or "")

    def profile_name(self) -> str:
        return str(self.profile.currentData())

    def _choice_changed(self) -> None:
        case_id, profile, language = self.case_id(), self.profile_name(), str(self.language.currentData())
        if not case_id:
            return
        if self._auto_path:
            self.path.setText(str(default_folder() / readable_dossier_name(case_id, profile)))
        self._preview_seq += 1
        seq = self._preview_seq
        self.preview_state.setText(self.tr("Checking what the profile removes…"))
        self.removals.clear()
        self._worker.submit(
            lambda job: preview_removals(job.vault, case_id, profile, language=language),
            done=lambda lines: self._previewed(seq, profile, lines), error=lambda exc: self._preview_failed(seq, exc),
        )  # fmt: skip

    def _previewed(self, seq: int, profile: str, lines: list[str]) -> None:
        if seq != self._preview_seq or not isValid(self):
            return  # an older choice, or the dialog was closed meanwhile
        self.preview_state.setText(self.tr("Counted before export; names are never shown here."))
        show_removals(self.removals, lines, profile)
        self.preview_ready.emit(lines)

    def _preview_failed(self, seq: int, exc: object) -> None:
        if seq == self._preview_seq and isValid(self):
            self.preview_state.setText(error_text(exc))

    def _path_edited(self, _text: str) -> None:
        self._auto_path = False
        self._overwrite_ok = False

    def choose_path(self) -> None:
        path = file_dialogs.save_file_name(self, self.tr("Save the dossier as"), self.path.text(),
                                           self.tr("PDF documents (*.pdf)"))  # fmt: skip
        if path:
            self.path.setText(path)
            self._auto_path = False
            self._overwrite_ok = True  # the save dialog asked before replacing a file

    # ----- export ----------------------------------------------------------------------------

    def start(self) -> None:
        if self._job is not None or not self.case_id():
            return
        if self.password.text() != self.repeat.text():
            self.message.setText(self.tr("The two passwords differ. Please type them again."))
            self.repeat.clear()
            return
        text = self.path.text().strip()
        if not text:
            self.message.setText(self.tr("Choose where to save the dossier."))
            return
        out = Path(text).expanduser()
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        case_id, profile, language = self.case_id(), self.profile_name(), str(self.language.currentData())
        password, prepared_by = self.password.text() or None, self.prepared_by.text().strip()
        overwrite = self._overwrite_ok

        def work(job: Job) -> DossierResult:
            throttle = Throttle(job)
            return build_dossier(
                job.vault, case_id, out, profile=profile, language=language, password=password,
                prepared_by=prepared_by, overwrite=overwrite, should_cancel=job.cancelled,
                on_progress=lambda done, total, stage: throttle((done, total, stage), stage),
            )  # fmt: skip

        self.message.clear()
        self.outcome.clear()
        self._set_running(True)
        self.stage.setText(self.tr("Collecting the case…"))
        self._job = self._worker.submit(work, done=self._done, error=self._failed, progress=self._progress)

    def _set_running(self, running: bool) -> None:
        self.export_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        for w in (self.case, self.profile, self.language, self.password, self.repeat, self.path):
            w.setEnabled(not running)
        self.progress.setRange(0, 0 if running else 1)

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.cancel_button.setEnabled(False)
            self.stage.setText(self.tr("Cancelling…"))

    def stage_text(self, stage: str) -> str:
        if stage == "collect":
            return self.tr("Collecting the case…")
        if stage == "images":
            return self.tr("Preparing photos (re-encoded without metadata)…")
        if stage.startswith("layout"):
            return self.tr("Laying out pages…")
        if stage == "write":
            return self.tr("Writing the file…")
        return stage

    def _progress(self, value: tuple[int, int, str]) -> None:
        done, total, stage = value
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(min(done, total))
        self.stage.setText(self.stage_text(stage))

    def _done(self, result: DossierResult) -> None:
        self._job = None
        self._set_running(False)
        self.progress.setValue(1)
        self.password.clear()
        self.repeat.clear()
        self.stage.setText(self.tr("Dossier written."))
        self.outcome.setText(
            self.tr("%1 pages\nSHA-256: %2\nSaved to: %3")
            .replace("%1", str(result.pages)).replace("%2", result.sha256).replace("%3", str(result.path))
        )  # fmt: skip
        self.done_buttons.show_for(Path(result.path))
        self.exported.emit(result)

    def _failed(self, exc: object) -> None:
        self._job = None
        self._set_running(False)
        self.progress.setValue(0)
        if isinstance(exc, Cancelled):
            self.stage.setText(self.tr("Export cancelled. No file was written."))
        else:
            self.stage.clear()
            self.message.setText(error_text(exc))

    def is_running(self) -> bool:
        return self._job is not None

    def reject(self) -> None:
        if self._job is not None:
            self.cancel()
            return
        super().reject()
