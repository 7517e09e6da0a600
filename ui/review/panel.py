"""The review step shown in both export dialogs. For the chosen case, profile and language it runs
the core's review on the worker (with progress) and shows four lists: what is replaced (counts
per category), what is withheld and why (with "clear for this profile…"), what travels as a
derivative, and suspects: words left that resemble a hidden name, in context, each of which can
be added as an alias of the hidden person or dismissed for this review. A clearance, its
withdrawal and a new alias are core calls (logged there); the review then runs again."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from vault.errors import Cancelled, NotFound
from vault.exports.clearance import clear_item, unclear_item
from vault.exports.review import SuspectHit
from vault.protection.person_checks import AliasNamesHidden
from vault.protection.review_view import ReviewView, add_alias, review_for_dialog

from ..format import error_text
from ..panels.empty_state import EmptyState
from ..worker import Job, VaultWorker
from .highlight import ContextDelegate
from .models import ReviewModel
from .rows import derived_rows, replaced_rows, suspect_key, suspect_rows, withheld_rows

Choice = tuple[str, str, str]  # case id, profile, language


def table(model: ReviewModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class ReviewPanel(QWidget):
    state_changed = Signal()  # the review became current or stale: the dialog updates its Export button
    reviewed = Signal(object)  # ReviewView of the current choice

    def __init__(self, worker: VaultWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._choice: Choice | None = None
        self._done_for: Choice | None = None
        self._seq = 0
        self._job: Job | None = None
        self._dismissed: set[str] = set()
        self._decision_error = ""  # shown once the review has run again after a refused decision
        self.result: ReviewView | None = None
        # Replaceable by tests: ask a person for a clearance's reason / an alias's spelling.
        self.ask_reason: Callable[[str], str | None] = self._ask_reason
        self.ask_alias: Callable[[str, str], str | None] = self._ask_alias
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 1)
        self.bar.setMaximumWidth(220)
        self.bar.setTextVisible(False)
        self.bar.hide()  # shown while a review runs; a full bar afterwards looked like a button
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(self.bar)
        self.replaced = ReviewModel([self.tr("What is replaced or removed"), self.tr("Count")], context_column=0)
        self.withheld = ReviewModel(
            [self.tr("Item (as the export shows it)"), self.tr("Why it stays home"), self.tr("Original")],
            check_column=2,
        )
        self.derived = ReviewModel(
            [self.tr("Item (as the export shows it)"), self.tr("What travels instead"), self.tr("Original")],
            check_column=2,
        )
        self.suspects = ReviewModel([self.tr("Word"), self.tr("In context"), self.tr("Where")], context_column=1)
        self.withheld.check_requested.connect(self._clear_requested)
        self.derived.check_requested.connect(self._clear_requested)
        self.tabs = QTabWidget()
        self.views: dict[str, QTableView] = {}
        for name, model in (("replaced", self.replaced), ("withheld", self.withheld), ("derived", self.derived)):
            self.views[name] = table(model)
            self.tabs.addTab(self.views[name], "")
        self.views["replaced"].setItemDelegateForColumn(0, ContextDelegate(self.views["replaced"]))  # near misses
        self.views["suspects"] = view = table(self.suspects)
        # An empty list after a review is good news; a blank pane looked broken, so say so.
        self.empty = {name: EmptyState(self.views[name]) for name in ("withheld", "suspects")}
        view.setItemDelegateForColumn(1, ContextDelegate(view))
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the context gets the room
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        view.selectionModel().selectionChanged.connect(lambda *_: self._update_suspect_buttons())
        self.alias_button = QPushButton()
        self.alias_button.clicked.connect(self.add_alias)
        self.not_name_button = QPushButton(self.tr("Not a name"))
        self.not_name_button.setToolTip(self.tr("Leave this word as it is and drop it from this review"))
        self.not_name_button.clicked.connect(self.dismiss)
        suspect_page = QWidget()
        sp = QVBoxLayout(suspect_page)
        sp.setContentsMargins(0, 0, 0, 0)
        sp.addWidget(view, 1)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.alias_button)
        actions.addWidget(self.not_name_button)
        sp.addLayout(actions)
        self.tabs.addTab(suspect_page, "")
        self.internal_note = QLabel(
            self.tr(
                "Under the internal profile everything travels: every real name, every original file with "
                "all its metadata (GPS positions, device serials, authors). Send it only within your own "
                "organisation."
            )
        )
        self.internal_note.setWordWrap(True)
        self.internal_note.setObjectName("internalNote")  # a warning, in the colour of the dialogs' messages
        self.internal_note.setStyleSheet("QLabel#internalNote { color: #7a4b00; font-weight: bold; padding: 8px; }")
        self.internal_note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.tabs)
        self.stack.addWidget(self.internal_note)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(top)
        lay.addWidget(self.stack, 1)
        self._fill()

    # ----- running the review ----------------------------------------------------------------

    def run(self, case_id: str, profile: str, language: str) -> None:
        choice = (case_id, profile, language)
        if self._choice is None or self._choice[:2] != choice[:2]:
            self._dismissed.clear()  # "not a name" holds for this case and profile's review only
        self._choice, self._done_for = choice, None
        self.state_changed.emit()
        if self._job is not None:
            self._job.cancel()
        self._seq += 1
        seq = self._seq
        self.status.setText(self.tr("Reviewing what this export would show…"))
        self.bar.setRange(0, 0)
        self.bar.show()

        def work(job: Job) -> ReviewView:
            def progress(done: int, total: int) -> None:
                job.check_cancelled()
                job.report((done, total))

            return review_for_dialog(job.vault, case_id, profile, language, progress)

        self._job = self._worker.submit(
            work,
            done=lambda r: self._reviewed(seq, choice, r),
            error=lambda e: self._failed(seq, e),
            progress=lambda p: self._progress(seq, p),
        )

    def rerun(self) -> None:
        if self._choice is not None:
            self.run(*self._choice)

    def is_current(self, case_id: str, profile: str, language: str) -> bool:
        return self._done_for == (case_id, profile, language)

    def _progress(self, seq: int, value: tuple[int, int]) -> None:
        done, total = value
        if seq == self._seq and isValid(self) and total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
            self.status.setText(self.tr("Reviewing item %1 of %2…").replace("%1", str(done)).replace("%2", str(total)))

    def _reviewed(self, seq: int, choice: Choice, view: ReviewView) -> None:
        if seq != self._seq or not isValid(self):
            return  # an older choice, or the dialog was closed meanwhile
        self._job = None
        self.result, self._done_for = view, choice
        self.bar.hide()
        self._fill()
        if self._decision_error:
            self.status.setText(self._decision_error)
            self._decision_error = ""
        self.reviewed.emit(view)
        self.state_changed.emit()

    def _failed(self, seq: int, exc: object) -> None:
        if seq != self._seq or not isValid(self):
            return
        self._job = None
        self.bar.hide()
        if not isinstance(exc, Cancelled):
            self.status.setText(error_text(exc))

    # ----- showing it ------------------------------------------------------------------------

    def _fill(self) -> None:
        view = self.result
        internal = view is not None and view.review.profile == "internal"
        self.stack.setCurrentWidget(self.internal_note if internal else self.tabs)
        self.replaced.set_rows(replaced_rows(view))
        self.withheld.set_rows(withheld_rows(view))
        self.derived.set_rows(derived_rows(view))
        self._fill_suspects()
        counts = (self.replaced.rowCount(), self.withheld.rowCount(), self.derived.rowCount())
        titles = (self.tr("Replaced (%1)"), self.tr("Withheld (%1)"), self.tr("Derived (%1)"))
        for n, (title, count) in enumerate(zip(titles, counts, strict=True)):
            self.tabs.setTabText(n, title.replace("%1", str(count)))
        for name in ("replaced", "withheld", "derived"):
            self.views[name].resizeColumnToContents(0)
            self.views[name].setColumnWidth(0, min(max(200, self.views[name].columnWidth(0)), 420))
        self.views["withheld"].resizeColumnToContents(1)
        self.views["derived"].resizeColumnToContents(1)
        reviewed = view is not None and not internal
        self.empty["withheld"].show_text(
            self.tr(
                "Nothing is withheld: the export carries every item of this case, each in the form shown under Derived."
            )
            if reviewed and not self.withheld.rowCount()
            else ""
        )
        if view is None:
            return
        if internal:
            self.status.setText(self.tr("Reviewed: nothing is replaced, withheld or derived."))
            return
        n = self.suspects.rowCount()
        self.status.setText(
            self.tr(
                "Reviewed. Words left in the export that resemble a hidden name: %1. Check them under "
                "Suspects before exporting."
            ).replace("%1", str(n))
            if n
            else self.tr("Reviewed. No word left in the export resembles a hidden name.")
        )

    def _fill_suspects(self) -> None:
        rows = suspect_rows(self.result, self._dismissed)
        self.suspects.set_rows(rows)
        self.tabs.setTabText(3, self.tr("Suspects (%1)").replace("%1", str(len(rows))))
        view = self.views["suspects"]
        view.resizeRowsToContents()
        if rows:
            view.selectRow(0)
        reviewed = self.result is not None and self.result.review.profile != "internal"
        self.empty["suspects"].show_text(
            self.tr("No suspects: no word left in the export resembles a hidden name.") if reviewed and not rows else ""
        )
        self._update_suspect_buttons()

    def selected_suspect(self) -> int | None:
        rows = self.views["suspects"].selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update_suspect_buttons(self) -> None:
        n = self.selected_suspect()
        hit = self._hit(n)
        pseudonym = self.result.pseudonyms.get(hit.person_key or "") if self.result and hit else None
        self.alias_button.setText(
            self.tr("Add as alias of %1…").replace("%1", pseudonym) if pseudonym else self.tr("Add as alias…")
        )
        self.alias_button.setEnabled(pseudonym is not None)
        self.alias_button.setToolTip(
            "" if pseudonym or hit is None else self.tr("This word resembles no single hidden person")
        )
        self.not_name_button.setEnabled(hit is not None)

    def _hit(self, n: int | None) -> SuspectHit | None:
        if n is None or self.result is None:
            return None
        key = self.suspects.row(n).key
        return next((s for s in self.result.review.suspects if suspect_key(s) == key), None)

    # ----- decisions -------------------------------------------------------------------------

    def _clear_requested(self, item_id: str, wanted: bool) -> None:
        if self._choice is None or self.result is None:
            return
        profile = self._choice[1]
        if wanted:
            reason = self.ask_reason(self.result.titles.get(item_id, ""))
            if not reason or not reason.strip():
                return
            text = reason.strip()
            self._decide(lambda job: clear_item(job.vault, item_id, profile, text))
        else:
            self._decide(lambda job: unclear_item(job.vault, item_id, profile))

    def add_alias(self) -> None:
        hit = self._hit(self.selected_suspect())
        if hit is None or hit.person_key is None or self.result is None:
            return
        person_id = hit.person_key
        alias = self.ask_alias(hit.text, self.result.pseudonyms.get(person_id, ""))
        if alias and alias.strip():
            text = alias.strip()
            self._decide(lambda job: add_alias(job.vault, person_id, text))

    def dismiss(self) -> None:
        n = self.selected_suspect()
        if n is not None:
            self._dismissed.add(self.suspects.row(n).key)
            self._fill()

    def _decide(self, fn: Callable[[Job], object]) -> None:
        self._done_for = None  # the shown review no longer holds until it ran again
        self.state_changed.emit()
        self._worker.submit(fn, done=lambda _r: self.rerun(), error=self._decision_failed)

    def _decision_failed(self, exc: object) -> None:
        """Refused (a reason missing, an alias naming someone else, the item changed meanwhile):
        say why, after reviewing again, since the vault may have changed under the old review."""
        if not isValid(self):
            return
        if isinstance(exc, NotFound):
            self._decision_error = self.tr(
                "This item changed meanwhile (perhaps from the command line). The review was run again."
            )
        elif isinstance(exc, AliasNamesHidden):
            self._decision_error = self.tr("This spelling names another hidden person, so it was not recorded.")
        else:
            self._decision_error = error_text(exc)
        self.rerun()

    def _ask_reason(self, title: str) -> str | None:
        text, ok = QInputDialog.getText(
            self,
            self.tr("Clear the original for this profile"),
            self.tr(
                "Why may the original of “%1” leave under this profile? The reason is kept in the custody log."
            ).replace("%1", title),
        )
        return text if ok else None

    def _ask_alias(self, word: str, pseudonym: str) -> str | None:
        text, ok = QInputDialog.getText(
            self,
            self.tr("Add an alias"),
            self.tr("Record this spelling as one more name of the person shown as %1:").replace("%1", pseudonym),
            text=word,
        )
        return text if ok else None
