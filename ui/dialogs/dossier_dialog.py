"""Dossier export: choose case, profile, language, optional password and prepared-by; review what
the export replaces, withholds, derives and what suspicious words remain (ui/review), then build
the PDF on the worker with progress and cancel. Export is possible only after the review ran for
the chosen case, profile and language."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QWidget

from vault.dossier import DossierResult, build_dossier
from vault.models import Case

from .. import file_dialogs
from ..settings import GuiSettings
from ..worker import Job, VaultWorker
from .export_common import Throttle, default_folder, default_language, language_combo
from .export_dialog import ExportDialog
from .export_done import readable_dossier_name

__all__ = ["DossierDialog", "default_folder"]


class DossierDialog(ExportDialog):
    exported = Signal(object)  # DossierResult

    def __init__(
        self,
        worker: VaultWorker,
        cases: list[Case],
        current_case: str | None,
        settings: GuiSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(worker, cases, current_case, settings, self.tr("Export"), parent)
        self.setWindowTitle(self.tr("Export a case dossier (PDF)"))
        self._overwrite_ok = False
        self.language = language_combo(default_language(settings))
        self.prepared_by = QLineEdit()
        self.prepared_by.setPlaceholderText(self.tr("e.g. your organisation (printed on the cover)"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("optional: the PDF then opens only with it (AES-256)"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setPlaceholderText(self.tr("repeat the password"))
        pw_row = QHBoxLayout()
        pw_row.addWidget(self.password, 1)
        pw_row.addWidget(self.repeat, 1)
        form = QFormLayout()
        form.addRow(self.tr("Case"), self.case)
        form.addRow(self.tr("Profile"), self.profile)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Prepared by"), self.prepared_by)
        form.addRow(self.tr("Password"), pw_row)
        form.addRow(self.tr("Save as"), self.path_row)
        self.lay_out(form, [self.language, self.password, self.repeat])
        self.language.currentIndexChanged.connect(self._choice_changed)
        self._choice_changed()

    def language_code(self) -> str:
        return str(self.language.currentData())

    def default_name(self, case_id: str, profile: str) -> str:
        return readable_dossier_name(case_id, profile)

    def _path_edited(self, _text: str) -> None:
        super()._path_edited(_text)
        self._overwrite_ok = False

    def choose_path(self) -> None:
        path = file_dialogs.save_file_name(
            self, self.tr("Save the dossier as"), self.path.text(), self.tr("PDF documents (*.pdf)")
        )
        if path:
            self.path.setText(path)
            self._auto_path = False
            self._overwrite_ok = True  # the save dialog asked before replacing a file

    # ----- export ----------------------------------------------------------------------------

    def start(self) -> None:
        if self._job is not None or not self.ready():
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
        case_id, profile, language = self.case_id(), self.profile_name(), self.language_code()
        password, prepared_by = self.password.text() or None, self.prepared_by.text().strip()
        overwrite = self._overwrite_ok

        def work(job: Job) -> DossierResult:
            throttle = Throttle(job)
            return build_dossier(
                job.vault,
                case_id,
                out,
                profile=profile,
                language=language,
                password=password,
                prepared_by=prepared_by,
                overwrite=overwrite,
                should_cancel=job.cancelled,
                on_progress=lambda done, total, stage: throttle((done, total, stage), stage),
            )

        self.run_job(work, self.tr("Collecting the case…"))

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

    def show_progress(self, value: tuple[int, int, str]) -> None:
        done, total, stage = value
        self.set_bar(done, total)
        self.stage.setText(self.stage_text(stage))

    def job_done(self, result: DossierResult) -> None:
        self.password.clear()
        self.repeat.clear()
        self.stage.setText(self.tr("Dossier written."))
        self.outcome.setText(
            self.tr("%1 pages\nSHA-256: %2\nSaved to: %3")
            .replace("%1", str(result.pages))
            .replace("%2", result.sha256)
            .replace("%3", str(result.path))
        )
        self.done_buttons.show_for(Path(result.path))
        self.exported.emit(result)
