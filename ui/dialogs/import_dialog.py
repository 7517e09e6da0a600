"""Import: drop files or folders (or choose them), then import on the worker with a progress
bar, a cancel button and a per-file result list (what was rejected and why). Importing into a
case also brings files already in the vault into that case, with the tags typed here, and the
results say so file by file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vault.models import Case

from .. import file_dialogs
from ..models.import_results_model import DUPLICATE, IMPORTED, REJECTED, FileResult, ImportResultsModel
from ..worker import Job, VaultWorker
from .export_common import Throttle
from .job_dialog import JobDialog


class ElideLeftDelegate(QStyledItemDelegate):
    """Elides on the left, for the file column only: a note in the next column keeps its start."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802 - Qt API
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideLeft


def duplicate_detail(d: Any) -> str:
    """What the import still did to a file already in the vault (its case, its tags)."""
    done = []
    if getattr(d, "linked_case", ""):
        done.append(QCoreApplication.translate("ImportDialog", "added to the case"))
    if getattr(d, "tags_added", ()):
        tagged = QCoreApplication.translate("ImportDialog", "tagged: %1")
        done.append(tagged.replace("%1", ", ".join(d.tags_added)))
    return "; ".join(done) if done else QCoreApplication.translate("ImportDialog", "nothing to change")


def results_of(report: Any) -> list[FileResult]:
    out = [FileResult(str(i.path), IMPORTED, i.warning or "") for i in report.imported]
    out += [FileResult(str(d.path), DUPLICATE, duplicate_detail(d)) for d in report.duplicates]
    out += [FileResult(str(r.path), REJECTED, str(r.error)) for r in report.rejected]
    return out


def run_import(job: Job, paths: list[Path], case_id: str | None, tags: list[str]) -> tuple[list[FileResult], int, int]:
    """On the worker: the intake, reporting progress and honouring cancel. Returns the per-file
    results and how many files already in the vault were added to the case, and were tagged."""
    from vault.intake import import_paths

    throttle = Throttle(job)  # every finished file gets through; chunks at most every 100 ms
    report = import_paths(
        job.vault,
        paths,
        case_id=case_id,
        tags=tags,
        people=[],
        on_progress=lambda p: throttle(p, str(getattr(p, "files_done", 0))),
        should_cancel=job.cancelled,
    )
    linked = sum(bool(d.linked_case) for d in report.duplicates)
    tagged = sum(bool(d.tags_added) for d in report.duplicates)
    return results_of(report), linked, tagged


class ImportDialog(JobDialog):
    imported = Signal(int)  # number of files imported (the main window then refreshes)

    def __init__(
        self, worker: VaultWorker, cases: list[Case], parent: QWidget | None = None, case_id: str | None = None
    ) -> None:
        super().__init__(
            worker,
            self.tr("Import"),
            self.tr("Cancel import"),
            self.tr("Import cancelled. Files already imported stay in the vault."),
            parent,
        )
        self.setWindowTitle(self.tr("Import evidence"))
        self.setAcceptDrops(True)
        self.resize(820, 560)
        self.start_button = self.action_button  # the names the tests and scripts know
        self.progress_label = self.stage
        self.summary = self.outcome
        self.paths: list[Path] = []
        self.drop_hint = QLabel(
            self.tr(
                "Drop files or folders here, or choose them below. Originals are hashed "
                "and sealed; the files on disk are left untouched."
            )
        )
        self.drop_hint.setWordWrap(True)
        self.pending = QListWidget()
        self.pending.setMaximumHeight(110)
        add_files = QPushButton(self.tr("Add files…"))
        add_files.clicked.connect(self._choose_files)
        add_folder = QPushButton(self.tr("Add folder…"))
        add_folder.clicked.connect(self._choose_folder)
        self.case = QComboBox()
        self.case.addItem(self.tr("(no case)"), "")
        for c in cases:
            self.case.addItem(c.title, c.id)
        if case_id:  # the case selected in the navigator
            self.case.setCurrentIndex(max(0, self.case.findData(case_id)))
        self.tags = QLineEdit()
        self.tags.setPlaceholderText(self.tr("tags separated by commas, e.g. status/needs-verification"))
        self.results = ImportResultsModel(self)
        self.table = QTableView()
        self.table.setModel(self.results)
        self.table.verticalHeader().setVisible(False)
        self.table.setItemDelegateForColumn(0, ElideLeftDelegate(self.table))  # a long path keeps its file name
        self.table.setWordWrap(False)  # wrapped, a path broke at a "/" and the last line lost its end
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        choose = QHBoxLayout()
        choose.addWidget(add_files)
        choose.addWidget(add_folder)
        choose.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Case"), self.case)
        form.addRow(self.tr("Tags"), self.tags)
        self.inputs = [add_files, add_folder, self.case, self.tags]
        lay = QVBoxLayout(self)
        lay.addWidget(self.drop_hint)
        lay.addWidget(self.pending)
        lay.addLayout(choose)
        lay.addLayout(form)
        self.add_footer(lay)
        lay.addWidget(self.table, 1)
        self.update_action()

    # ----- choosing --------------------------------------------------------------------------

    def add_paths(self, paths: list[Path]) -> None:
        for p in paths:
            if p not in self.paths:
                self.paths.append(p)
                self.pending.addItem(str(p))
        self.update_action()

    def _choose_files(self) -> None:
        files = file_dialogs.open_file_names(self, self.tr("Choose files to import"))
        self.add_paths([Path(f) for f in files])

    def _choose_folder(self) -> None:
        folder = file_dialogs.existing_directory(self, self.tr("Choose a folder to import"))
        if folder:
            self.add_paths([Path(folder)])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasUrls() and not self.is_running():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        self.add_paths([Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()])
        event.acceptProposedAction()

    # ----- importing -------------------------------------------------------------------------

    def ready(self) -> bool:
        return bool(self.paths)

    def start(self) -> None:
        if not self.paths or self.is_running():
            return
        paths = list(self.paths)
        case_id = str(self.case.currentData() or "") or None
        tags = [t.strip() for t in self.tags.text().split(",") if t.strip()]
        self.run_job(lambda job: run_import(job, paths, case_id, tags), self.tr("Reading files…"))

    def show_progress(self, p: Any) -> None:
        total, done = int(getattr(p, "files_total", 0)), int(getattr(p, "files_done", 0))
        self.set_bar(done, total)
        mb = QLocale().toString(float(getattr(p, "bytes_done", 0)) / 1e6, "f", 1)
        self.stage.setText(
            self.tr("%1 of %2 files, %3 MB").replace("%1", str(done)).replace("%2", str(total)).replace("%3", mb)
        )

    def _clear_pending(self) -> None:
        """The files of a finished (or stopped) run leave the list; another run starts afresh."""
        self.paths = []
        self.pending.clear()
        self.update_action()

    def job_done(self, outcome: tuple[list[FileResult], int, int]) -> None:
        results, linked, tagged = outcome
        self._clear_pending()
        self.results.set_results(results)
        counts = {s: sum(r.status == s for r in results) for s in (IMPORTED, DUPLICATE, REJECTED)}
        text = (
            self.tr("%1 imported, %2 already in the vault, %3 rejected")
            .replace("%1", str(counts[IMPORTED]))
            .replace("%2", str(counts[DUPLICATE]))
            .replace("%3", str(counts[REJECTED]))
        )
        extra = []
        if linked:
            extra.append(self.tr("%n file(s) already in the vault added to the case", "", linked))
        if tagged:
            extra.append(self.tr("%n file(s) already in the vault tagged", "", tagged))
        self.outcome.setText("; ".join([text, *extra]))
        self.stage.setText(self.tr("Import finished."))
        self.imported.emit(counts[IMPORTED] + linked + tagged)

    def job_failed(self, exc: object) -> None:
        self._clear_pending()
        super().job_failed(exc)

    def job_cancelled(self, exc: object) -> None:
        self._clear_pending()
        partial = results_of(exc.report) if hasattr(exc, "report") else []
        self.results.set_results(partial)
        self.imported.emit(sum(r.status == IMPORTED for r in partial))
