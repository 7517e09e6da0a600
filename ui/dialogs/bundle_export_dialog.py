"""Export a case to partners: one age-encrypted, signed bundle for the chosen contacts. Before
export, the review (ui/review) shows what is replaced, withheld and derived item by item, and the
words left that resemble a hidden name; export is possible only after it ran for the chosen case
and profile."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from vault import keys
from vault.bundle import ExportResult, Progress, export_bundle
from vault.models import Case

from .. import file_dialogs
from ..format import error_text, human_size
from ..settings import GuiSettings
from ..worker import Job, VaultWorker
from .export_common import Throttle
from .export_dialog import ExportDialog
from .export_done import readable_bundle_name

CONTACT_ID_ROLE = Qt.ItemDataRole.UserRole + 1


def default_bundle_name(case_id: str, profile: str) -> str:
    """Readable, and never a case title or a person's name (export_done.py)."""
    return readable_bundle_name(case_id, profile)


class BundleExportDialog(ExportDialog):
    opens_in_a_viewer = False  # an .age file opens in no viewer
    exported = Signal(object)  # ExportResult
    contacts_loaded = Signal()
    manage_contacts = Signal()

    def __init__(
        self,
        worker: VaultWorker,
        cases: list[Case],
        current_case: str | None,
        settings: GuiSettings,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(worker, cases, current_case, settings, self.tr("Export bundle"), parent)
        self.setWindowTitle(self.tr("Send a case to partners (encrypted bundle)"))
        self.recipients = QListWidget()
        self.recipients.setMaximumHeight(72)
        self.include_self = QCheckBox(self.tr("Also encrypt to this vault, so it can be re-opened here"))
        contacts_button = QPushButton(self.tr("Contacts…"))
        contacts_button.clicked.connect(self.manage_contacts)
        rec_row = QHBoxLayout()
        rec_row.addWidget(self.recipients, 1)
        rec_row.addWidget(contacts_button, 0, Qt.AlignmentFlag.AlignTop)
        form = QFormLayout()
        form.addRow(self.tr("Case"), self.case)
        form.addRow(self.tr("Profile"), self.profile)
        form.addRow(self.tr("Recipients"), rec_row)
        form.addRow("", self.include_self)
        form.addRow(self.tr("Save as"), self.path_row)
        self.lay_out(form, [self.recipients, self.include_self])
        self.reload_contacts()
        self._choice_changed()

    def default_name(self, case_id: str, profile: str) -> str:
        return default_bundle_name(case_id, profile)

    # ----- contacts --------------------------------------------------------------------------

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

    def choose_path(self) -> None:
        path = file_dialogs.save_file_name(
            self,
            self.tr("Save the bundle as"),
            self.path.text(),
            self.tr("age-encrypted bundles (*.age)"),
            confirm_overwrite=False,
        )
        if path:
            self.path.setText(path)
            self._auto_path = False

    # ----- export ----------------------------------------------------------------------------

    def start(self) -> None:
        if self._job is not None or not self.ready():
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
            return export_bundle(
                job.vault,
                case_id,
                contact_ids,
                out,
                profile=profile,
                include_self=include_self,
                on_progress=lambda p: throttle(p, p.stage),
                should_cancel=job.cancelled,
            )

        self.run_job(work, self.tr("Preparing the items…"))

    def show_progress(self, p: Progress) -> None:
        scale = 1024 if p.stage == "write" else 1  # bytes: keep the range within int
        self.set_bar(min(p.done, p.total) // scale, max(1, p.total // scale) if p.total > 0 else 0)
        self.stage.setText(
            self.tr("Preparing the items…") if p.stage == "prepare" else self.tr("Encrypting and writing…")
        )

    def job_done(self, r: ExportResult) -> None:
        self.stage.setText(self.tr("Bundle written."))
        self.outcome.setText(
            self.tr("%1 files, %2 withheld, %3\nSHA-256: %4\nSaved to: %5")
            .replace("%1", str(len(r.items)))
            .replace("%2", str(len(r.withheld)))
            .replace("%3", human_size(r.size))
            .replace("%4", r.sha256)
            .replace("%5", r.path)
        )
        self.done_buttons.show_for(Path(r.path))
        self.exported.emit(r)

    def _error(self, exc: object) -> None:
        self.message.setText(error_text(exc))
