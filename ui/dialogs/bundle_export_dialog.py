"""Export a case to partners: one age-encrypted, signed bundle for the chosen contacts. Shows,
before export, what travels item by item and what the profile removes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)  # fmt: skip
from shiboken6 import isValid

from vault import keys
from vault.bundle import ExportResult, ItemPreview, Progress, export_bundle, preview
from vault.errors import Cancelled
from vault.models import Case

from .. import file_dialogs
from ..format import error_text, human_size, kind_label
from ..settings import GuiSettings
from ..worker import Job, VaultWorker
from .dossier_dialog import default_folder
from .export_common import Throttle, case_combo, message_label, profile_combo, show_removals
from .export_done import ExportDoneButtons, readable_bundle_name

CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def default_bundle_name(case_id: str, profile: str) -> str:
    """Readable, and never a case title or a person's name (export_done.py)."""
    return readable_bundle_name(case_id, profile)


class BundleExportDialog(QDialog):
    exported = Signal(object)  # ExportResult
    preview_ready = Signal()
    contacts_loaded = Signal()
    manage_contacts = Signal()

    def __init__(self, worker: VaultWorker, cases: list[Case], current_case: str | None,
                 settings: GuiSettings, parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self.setWindowTitle(self.tr("Send a case to partners (encrypted bundle)"))
        self.resize(900, 660)
        self._worker = worker
        self._job: Job | None = None
        self._preview_seq = 0
        self._auto_path = True
        self.case = case_combo(cases, current_case)
        self.profile = profile_combo(settings.export_profile)
        self.recipients = QListWidget()
        self.recipients.setMaximumHeight(96)
        self.include_self = QCheckBox(self.tr("Also encrypt to this vault, so it can be re-opened here"))
        contacts_button = QPushButton(self.tr("Contacts…"))
        contacts_button.clicked.connect(self.manage_contacts)
        rec_row = QHBoxLayout()
        rec_row.addWidget(self.recipients, 1)
        rec_row.addWidget(contacts_button, 0, Qt.AlignmentFlag.AlignTop)
        self.path = QLineEdit()
        self.path.textEdited.connect(lambda _t: setattr(self, "_auto_path", False))
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Case"), self.case)
        form.addRow(self.tr("Profile"), self.profile)
        form.addRow(self.tr("Recipients"), rec_row)
        form.addRow("", self.include_self)
        form.addRow(self.tr("Save as"), path_row)
        self.items = QTreeWidget()
        self.items.setRootIsDecorated(False)
        self.items.setHeaderLabels([self.tr("Item (as the partner sees it)"), self.tr("Kind"), self.tr("Travels as"),
                                    self.tr("Why")])  # fmt: skip
        self.removals = QListWidget()
        self.removals.setWordWrap(True)
        self.preview_state = QLabel()
        removals_box = QWidget()
        removals_lay = QVBoxLayout(removals_box)
        removals_lay.setContentsMargins(0, 0, 0, 0)
        removals_lay.addWidget(QLabel(self.tr("What the profile removes")))
        removals_lay.addWidget(self.removals, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.items)
        split.addWidget(removals_box)
        split.setSizes([250, 130])
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.stage = QLabel()
        self.message = message_label()
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(self.tr("Export bundle"))
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
        lay.addWidget(self.preview_state)
        lay.addWidget(split, 1)
        lay.addWidget(self.message)
        lay.addLayout(buttons)
        lay.addWidget(self.stage)
        lay.addWidget(self.outcome)
        self.done_buttons = ExportDoneButtons(can_open=False)  # an .age file opens in no viewer
        lay.addWidget(self.done_buttons)
        self.case.currentIndexChanged.connect(self._choice_changed)
        self.profile.currentIndexChanged.connect(self._choice_changed)
        if not cases:
            self.export_button.setEnabled(False)
            self.message.setText(self.tr("There is no case yet. Create a case and add items to it first."))
        self.reload_contacts()
        self._choice_changed()

    def case_id(self) -> str:
        return str(self.case.currentData() or "")

    def profile_name(self) -> str:
        return str(self.profile.currentData())

    # ----- contacts and preview --------------------------------------------------------------

    def reload_contacts(self) -> None:
        self._worker.submit(lambda job: keys.list_contacts(job.vault), done=self._contacts, error=self._error)

    def _contacts(self, contacts: list[keys.Contact]) -> None:
        checked = set(self.chosen_contacts())
        self.recipients.clear()
        for c in contacts:
            row = QListWidgetItem(f"{c.name} — {c.fingerprint}")
            row.setData(CONTACT_ID_ROLE, c.id)
            row.setFlags(row.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Checked if c.id in checked else Qt.CheckState.Unchecked)
            self.recipients.addItem(row)
        if not contacts:
            self.message.setText(self.tr("No partner contacts yet: add their keys under Contacts…"))
        self.contacts_loaded.emit()

    def chosen_contacts(self) -> list[str]:
        rows = (self.recipients.item(i) for i in range(self.recipients.count()))
        return [str(r.data(CONTACT_ID_ROLE)) for r in rows if r.checkState() == Qt.CheckState.Checked]

    def set_contact_checked(self, contact_id: str, checked: bool = True) -> None:
        for i in range(self.recipients.count()):
            row = self.recipients.item(i)
            if row.data(CONTACT_ID_ROLE) == contact_id:
                row.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def _choice_changed(self) -> None:
        case_id, profile = self.case_id(), self.profile_name()
        if not case_id:
            return
        if self._auto_path:
            self.path.setText(str(default_folder() / default_bundle_name(case_id, profile)))
        self._preview_seq += 1
        seq = self._preview_seq
        self.preview_state.setText(self.tr("Checking what travels under this profile…"))
        self._worker.submit(lambda job: preview(job.vault, case_id, profile),
                            done=lambda r: self._previewed(seq, profile, r), error=self._error)  # fmt: skip

    def _previewed(self, seq: int, profile: str, result: tuple[list[ItemPreview], list[str]]) -> None:
        if seq != self._preview_seq or not isValid(self):
            return  # an older choice, or the dialog was closed meanwhile
        items, removals = result
        self.items.clear()
        contents = {"original": self.tr("original"), "derivative": self.tr("cleaned copy"),
                    "withheld": self.tr("withheld")}  # fmt: skip
        reasons = {
            "names replaced": self.tr("names replaced by pseudonyms"),
            "re-encoded from pixels without metadata": self.tr("re-encoded from pixels without metadata"),
            "linked to a pseudonymised person": self.tr("linked to a pseudonymised person"),
            "names a pseudonymised person": self.tr("names a pseudonymised person"),
            "holds GPS or device serials that cannot be stripped from this kind of file":
                self.tr("holds GPS or device serials that cannot be removed from this kind of file"),
        }  # fmt: skip
        for it in items:
            QTreeWidgetItem(self.items, [it.title, kind_label(it.kind), contents.get(it.content, it.content),
                                         reasons.get(it.reason, it.reason)])  # fmt: skip
        for col in range(3):
            self.items.resizeColumnToContents(col)
        self.items.setColumnWidth(0, min(max(260, self.items.columnWidth(0)), 460))
        withheld = sum(it.content == "withheld" for it in items)
        self.preview_state.setText(self.tr("What travels: %1 items, %2 withheld.")
                                   .replace("%1", str(len(items))).replace("%2", str(withheld)))  # fmt: skip
        show_removals(self.removals, removals, profile)
        self.preview_ready.emit()

    def choose_path(self) -> None:
        path = file_dialogs.save_file_name(
            self, self.tr("Save the bundle as"), self.path.text(), self.tr("age-encrypted bundles (*.age)"),
            confirm_overwrite=False,
        )  # fmt: skip
        if path:
            self.path.setText(path)
            self._auto_path = False

    # ----- export ----------------------------------------------------------------------------

    def start(self) -> None:
        if self._job is not None or not self.case_id():
            return
        contact_ids, include_self = self.chosen_contacts(), self.include_self.isChecked()
        if not contact_ids and not include_self:
            self.message.setText(self.tr("Tick at least one partner (or “also encrypt to this vault”)."))
            return
        out = Path(self.path.text().strip()).expanduser()
        if not self.path.text().strip():
            self.message.setText(self.tr("Choose where to save the bundle."))
            return
        if out.exists():
            self.message.setText(self.tr("A file with this name already exists. Choose another name."))
            return
        case_id, profile = self.case_id(), self.profile_name()

        def work(job: Job) -> ExportResult:
            throttle = Throttle(job)
            return export_bundle(job.vault, case_id, contact_ids, out, profile=profile, include_self=include_self,
                                 on_progress=lambda p: throttle(p, p.stage), should_cancel=job.cancelled)  # fmt: skip

        self.message.clear()
        self.outcome.clear()
        self._set_running(True)
        self.stage.setText(self.tr("Preparing the items…"))
        self._job = self._worker.submit(work, done=self._done, error=self._failed, progress=self._progress)

    def _set_running(self, running: bool) -> None:
        self.export_button.setEnabled(not running)
        self.cancel_button.setEnabled(running)
        for w in (self.case, self.profile, self.recipients, self.include_self, self.path):
            w.setEnabled(not running)
        self.progress.setRange(0, 0 if running else 1)

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self.cancel_button.setEnabled(False)
            self.stage.setText(self.tr("Cancelling…"))

    def _progress(self, p: Progress) -> None:
        if p.total > 0:
            scale = 1024 if p.stage == "write" else 1  # bytes: keep the range within int
            self.progress.setRange(0, max(1, p.total // scale))
            self.progress.setValue(min(p.done, p.total) // scale)
        self.stage.setText(self.tr("Preparing the items…") if p.stage == "prepare"
                           else self.tr("Encrypting and writing…"))  # fmt: skip

    def _done(self, r: ExportResult) -> None:
        self._job = None
        self._set_running(False)
        self.progress.setValue(1)
        self.stage.setText(self.tr("Bundle written."))
        self.outcome.setText(
            self.tr("%1 files, %2 withheld, %3\nSHA-256: %4\nSaved to: %5")
            .replace("%1", str(len(r.items))).replace("%2", str(len(r.withheld))).replace("%3", human_size(r.size))
            .replace("%4", r.sha256).replace("%5", r.path)
        )  # fmt: skip
        self.done_buttons.show_for(Path(r.path))
        self.exported.emit(r)

    def _failed(self, exc: object) -> None:
        self._job = None
        self._set_running(False)
        self.progress.setValue(0)
        if isinstance(exc, Cancelled):
            self.stage.setText(self.tr("Export cancelled. No file was written."))
        else:
            self.stage.clear()
            self._error(exc)

    def _error(self, exc: object) -> None:
        self.message.setText(error_text(exc))

    def is_running(self) -> bool:
        return self._job is not None

    def reject(self) -> None:
        if self._job is not None:
            self.cancel()
            return
        super().reject()
