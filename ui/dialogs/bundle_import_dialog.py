"""Import a partner bundle: inspect it first (sender, fingerprint, what it holds), accept an
unknown sender only explicitly and after comparing the fingerprint, then verify and merge on
the worker with progress. A refusal is shown calmly with its reason: nothing was imported."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vault.bundle import BundleSummary, ImportResult, Progress, import_bundle, inspect_bundle
from vault.errors import BundleRejected, UnknownSender

from .. import file_dialogs
from ..format import error_text, human_size
from ..worker import Job, VaultWorker
from .contacts_dialog import mono_label
from .export_common import Throttle, profile_label
from .job_dialog import JobDialog


class BundleImportDialog(JobDialog):
    imported = Signal(object)  # ImportResult
    inspected = Signal(object)  # BundleSummary
    refused = Signal(str)  # the reason shown

    def __init__(self, worker: VaultWorker, parent: QWidget | None = None) -> None:
        super().__init__(
            worker,
            self.tr("Import"),
            self.tr("Cancel import"),
            self.tr("Import cancelled. Nothing was imported."),
            parent,
        )
        self.setWindowTitle(self.tr("Import a bundle from a partner"))
        self.resize(760, 600)
        self.import_button = self.action_button
        self.import_button.setDefault(False)
        self.summary: BundleSummary | None = None
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("a .age file received from a partner"))
        self.path.returnPressed.connect(self.inspect)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_file)
        self.inspect_button = QPushButton(self.tr("Check"))
        self.inspect_button.clicked.connect(self.inspect)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(choose)
        row.addWidget(self.inspect_button)
        self.fields: dict[str, QLabel] = {}
        info = QGroupBox(self.tr("What the bundle says"))
        form = QFormLayout(info)
        for key, label in (
            ("sender", self.tr("Sender")),
            ("fingerprint", self.tr("Fingerprint")),
            ("profile", self.tr("Profile")),
            ("case", self.tr("Case")),
            ("items", self.tr("Items")),
            ("size", self.tr("Size")),
        ):
            self.fields[key] = mono_label() if key == "fingerprint" else QLabel()
            self.fields[key].setWordWrap(True)
            self.fields[key].setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, self.fields[key])
        self.unknown = QGroupBox(self.tr("Unknown sender"))
        self.unknown_text = QLabel()
        self.unknown_text.setWordWrap(True)
        self.unknown_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sender_name = QLineEdit()
        self.sender_name.setPlaceholderText(self.tr("name to record for this sender"))
        self.compared = QCheckBox(
            self.tr(
                "I compared the fingerprint with the sender by phone or in person, "
                "and it matches: accept and record this sender"
            )
        )
        unknown_lay = QVBoxLayout(self.unknown)
        unknown_lay.addWidget(self.unknown_text)
        unknown_lay.addWidget(self.sender_name)
        unknown_lay.addWidget(self.compared)
        self.unknown.hide()
        self.compared.toggled.connect(lambda _c: self._update_buttons())
        self.inputs = [self.inspect_button]
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addWidget(info)
        lay.addWidget(self.unknown)
        lay.addStretch(1)
        self.add_footer(lay)
        self._update_buttons()

    # ----- inspect ---------------------------------------------------------------------------

    def choose_file(self) -> None:
        path = file_dialogs.open_file_name(
            self, self.tr("Choose a bundle"), "", self.tr("Bundles (*.age);;All files (*)")
        )
        if path:
            self.path.setText(path)
            self.inspect()

    def inspect(self) -> None:
        text = self.path.text().strip()
        if not text or self._job is not None:
            return
        path = Path(text).expanduser()
        self.summary = None
        self._clear_summary()
        self.stage.setText(self.tr("Checking the bundle's signature…"))
        self._worker.submit(lambda job: inspect_bundle(job.vault, path), done=self._inspected, error=self._refused)

    def _clear_summary(self) -> None:
        for label in self.fields.values():
            label.clear()
        self.unknown.hide()
        self.compared.setChecked(False)
        self.message.clear()
        self.outcome.clear()
        self._update_buttons()

    def _inspected(self, s: BundleSummary) -> None:
        self.summary = s
        self.stage.clear()
        if s.is_self:
            sender = self.tr("this vault")
        elif s.sender_contact is not None:
            sender = s.sender_contact.name
        else:
            sender = self.tr("unknown — not one of your contacts")
        values = {
            "sender": sender,
            "fingerprint": s.sender_fingerprint,
            "profile": profile_label(s.profile),
            "case": s.case_title,
            "items": self.tr("%1 items: %2 files, %3 withheld by the sender's profile")
            .replace("%1", str(s.items))
            .replace("%2", str(s.files))
            .replace("%3", str(s.withheld)),
            "size": human_size(s.total_bytes),
        }
        for key, value in values.items():
            self.fields[key].setText(value)
        if not s.is_self and s.sender_contact is None:
            self.show_unknown(s.sender_fingerprint)
        self._update_buttons()
        self.inspected.emit(s)

    def show_unknown(self, fingerprint: str) -> None:
        self.unknown_text.setText(
            self.tr(
                "This bundle is correctly signed, but by a key that is not one of your contacts. Anyone can make "
                "a key and claim a name. Call the sender on a phone number you already know (not one given "
                "with the bundle), and ask them to read their fingerprint aloud. It must match exactly:\n\n%1\n\n"
                "If it differs, do not import the bundle."
            ).replace("%1", fingerprint)
        )
        self.unknown.show()

    def ready(self) -> bool:
        s = self.summary
        return s is not None and (s.is_self or s.sender_contact is not None or self.compared.isChecked())

    def _update_buttons(self) -> None:
        self.update_action()

    # ----- import ----------------------------------------------------------------------------

    def start(self) -> None:
        if self._job is not None or self.summary is None:
            return
        path = Path(self.path.text().strip()).expanduser()
        accept, name = self.compared.isChecked(), self.sender_name.text().strip()
        if accept and not name and self.summary.sender_fingerprint:  # the record's name, in the user's language
            name = self.tr("Sender %1").replace("%1", self.summary.sender_fingerprint)

        def work(job: Job) -> ImportResult:
            throttle = Throttle(job)
            return import_bundle(
                job.vault,
                path,
                accept_sender=accept,
                sender_name=name,
                on_progress=lambda p: throttle(p, p.stage),
                should_cancel=job.cancelled,
            )

        self.run_job(work, self.tr("Decrypting and checking every file…"))

    def show_progress(self, p: Progress) -> None:
        self.set_bar(min(p.done, p.total) // 1024, max(1, p.total // 1024) if p.total > 0 else 0)

    def job_done(self, r: ImportResult) -> None:
        self.stage.setText(self.tr("Import finished. Every file and the sender's custody history were verified."))
        self.outcome.setText(
            self.tr("%1 imported, %2 already present, %3 withheld by the sender's profile")
            .replace("%1", str(r.imported))
            .replace("%2", str(r.already_present))
            .replace("%3", str(r.withheld))
        )
        self.unknown.hide()
        self.compared.setChecked(False)
        self.summary = None
        self._update_buttons()
        self.imported.emit(r)

    def job_failed(self, exc: object) -> None:
        self.summary = None  # a refused file is not offered for import again
        self._refused(exc)

    def _refused(self, exc: object) -> None:
        self.stage.clear()
        if isinstance(exc, UnknownSender):
            self.show_unknown(exc.fingerprint)
            text = self.tr("The sender is not one of your contacts. Nothing was imported.")
        elif isinstance(exc, BundleRejected):
            text = self.tr("The bundle was refused and nothing was imported. Reason: %1").replace("%1", str(exc))
        else:
            text = error_text(exc)
        self.message.setText(text)
        self._update_buttons()
        self.refused.emit(text)
