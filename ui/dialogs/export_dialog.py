"""The base of the two export dialogs (dossier, partner bundle), on top of the job base: the case
and profile choosers, the "save as" row, and the review step (ui/review) that runs again for
every new choice. Export is possible only once the review ran for exactly the current choice."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLineEdit, QPushButton, QVBoxLayout, QWidget

from vault.models import Case

from ..review.panel import ReviewPanel
from ..settings import GuiSettings
from ..worker import VaultWorker
from .export_common import case_combo, default_folder, profile_combo
from .export_done import ExportDoneButtons
from .job_dialog import JobDialog


class ExportDialog(JobDialog):
    preview_ready = Signal(object)  # the review shown (vault.protection.review_view.ReviewView)

    def __init__(
        self,
        worker: VaultWorker,
        cases: list[Case],
        current_case: str | None,
        settings: GuiSettings,
        action_text: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            worker, action_text, self.tr("Cancel export"), self.tr("Export cancelled. No file was written."), parent
        )
        self.resize(1080, 720)
        self._auto_path = True
        self.export_button = self.action_button
        self.case = case_combo(cases, current_case)
        self.profile = profile_combo(settings.export_profile)
        self.path = QLineEdit()
        self.path.textEdited.connect(self._path_edited)
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_path)
        self.path_row = QHBoxLayout()
        self.path_row.addWidget(self.path, 1)
        self.path_row.addWidget(choose)
        self.review = ReviewPanel(worker)
        self.review.state_changed.connect(self.update_action)
        self.review.reviewed.connect(self.preview_ready)
        self._no_cases = not cases
        self.done_buttons = ExportDoneButtons(can_open=self.opens_in_a_viewer)

    def lay_out(self, form: QFormLayout, inputs: list[QWidget]) -> None:
        """Form on top, the review in the middle, the job footer below; then the first review."""
        self.inputs = [self.case, self.profile, self.path, self.review, *inputs]
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(self.review, 1)
        self.add_footer(lay)
        lay.addWidget(self.done_buttons)
        self.case.currentIndexChanged.connect(self._choice_changed)
        self.profile.currentIndexChanged.connect(self._choice_changed)
        if self._no_cases:
            self.message.setText(self.tr("There is no case yet. Create a case and add items to it first."))

    # ----- what a subclass provides ----------------------------------------------------------

    opens_in_a_viewer = True  # "Open" after the export; an .age bundle opens in no viewer

    def default_name(self, case_id: str, profile: str) -> str:
        raise NotImplementedError

    def choose_path(self) -> None:
        raise NotImplementedError

    def language_code(self) -> str:
        return "en"

    # ----- choices and review ----------------------------------------------------------------

    def case_id(self) -> str:
        return str(self.case.currentData() or "")

    def profile_name(self) -> str:
        return str(self.profile.currentData())

    def ready(self) -> bool:
        case_id = self.case_id()
        return bool(case_id) and self.review.is_current(case_id, self.profile_name(), self.language_code())

    def _choice_changed(self) -> None:
        case_id, profile = self.case_id(), self.profile_name()
        if not case_id:
            self.update_action()
            return
        if self._auto_path:
            self.path.setText(str(default_folder() / self.default_name(case_id, profile)))
        self.review.run(case_id, profile, self.language_code())

    def _path_edited(self, _text: str) -> None:
        self._auto_path = False
