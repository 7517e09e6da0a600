"""Testimony editor: a new testimony, or a new revision of an existing one. Earlier revisions
are listed and can be read; the first one stays as the sealed original."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from vault import items, testimony
from vault.models import Case, Item, Revision

from ..format import error_text, local_datetime
from ..worker import Job, VaultWorker

LANGUAGES = (
    ("", "—"),
    ("ru", "Русский"),
    ("kk", "Қазақша"),
    ("en", "English"),
    ("uz", "Oʻzbekcha"),
    ("ky", "Кыргызча"),
    ("tg", "Тоҷикӣ"),
)


def _load(job: Job, item_id: str) -> tuple[Item, list[Revision]]:
    return items.get_item(job.vault, item_id), testimony.revisions(job.vault, item_id)


class TestimonyDialog(QDialog):
    saved = Signal(str)

    def __init__(
        self,
        worker: VaultWorker,
        cases: list[Case],
        item_id: str | None = None,
        parent: QWidget | None = None,
        case_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self.item_id = item_id
        self._revisions: list[Revision] = []
        self.setWindowTitle(self.tr("Edit testimony") if item_id else self.tr("New testimony"))
        self.resize(960, 640)
        self.title = QLineEdit()
        self.case = QComboBox()
        self.case.addItem(self.tr("(no case)"), "")
        for c in cases:
            self.case.addItem(c.title, c.id)
        if case_id:  # a new testimony written while a case is selected in the navigator belongs to it
            self.case.setCurrentIndex(max(0, self.case.findData(case_id)))
        self.language = QComboBox()
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.text = QPlainTextEdit()
        self.history = QListWidget()
        self.history.currentRowChanged.connect(self._show_revision)
        self.preview = QPlainTextEdit()
        self.preview.setReadOnly(True)
        form = QFormLayout()
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Case"), self.case)
        form.addRow(self.tr("Language"), self.language)
        editor = QWidget()
        ed_lay = QVBoxLayout(editor)
        ed_lay.setContentsMargins(0, 0, 0, 0)
        ed_lay.addLayout(form)
        ed_lay.addWidget(self.text, 1)
        side = QWidget()
        side_lay = QVBoxLayout(side)
        side_lay.setContentsMargins(0, 0, 0, 0)
        side_lay.addWidget(QLabel(self.tr("Revisions (the first is the sealed original)")))
        side_lay.addWidget(self.history)
        side_lay.addWidget(self.preview, 1)
        split = QSplitter()
        split.addWidget(editor)
        split.addWidget(side)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        side.setVisible(item_id is not None)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(split, 1)
        lay.addWidget(self.message)
        lay.addWidget(self.buttons)
        if item_id:
            self.title.setReadOnly(True)
            self.case.setEnabled(False)
            self.language.setEnabled(False)
            worker.submit(lambda job: _load(job, item_id), done=self._loaded, error=self._error)

    def _loaded(self, result: tuple[Item, list[Revision]]) -> None:
        item, revs = result
        self._revisions = revs
        self.title.setText(item.title)
        self.language.setCurrentIndex(max(0, self.language.findData(item.language)))
        if item.case_ids:
            self.case.setCurrentIndex(max(0, self.case.findData(item.case_ids[0])))
        self.history.clear()
        for r in revs:
            self.history.addItem(
                self.tr("Revision %1 — %2, %3")
                .replace("%1", str(r.rev))
                .replace("%2", local_datetime(r.created))
                .replace("%3", r.actor)
            )
        self.text.setPlainText(revs[-1].text if revs else "")
        self.history.setCurrentRow(len(revs) - 1)

    def _show_revision(self, row: int) -> None:
        if 0 <= row < len(self._revisions):
            self.preview.setPlainText(self._revisions[row].text)

    def save(self) -> None:
        title, text = self.title.text().strip(), self.text.toPlainText()
        if not title or not text.strip():
            self.message.setText(self.tr("A testimony needs a title and a text."))
            return
        item_id = self.item_id
        case_id = str(self.case.currentData() or "") or None
        language = str(self.language.currentData() or "")

        def work(job: Job) -> str:
            if item_id:
                testimony.revise_testimony(job.vault, item_id, text)
                return item_id
            return testimony.add_testimony(job.vault, title=title, text=text, case_id=case_id, language=language)

        self.buttons.setEnabled(False)
        self._worker.submit(work, done=self._saved, error=self._error)

    def _saved(self, item_id: str) -> None:
        self.item_id = item_id
        self.saved.emit(item_id)
        self.accept()

    def _error(self, exc: object) -> None:
        self.buttons.setEnabled(True)
        self.message.setText(error_text(exc))
