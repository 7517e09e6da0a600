"""The review's "replaced" list shows each replaced near miss of a hidden name (a misspelling,
replaced like the name below internal) in its context, after the count of such words."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QTableView

from ui.review.highlight import ContextDelegate
from ui.review.models import CONTEXT_ROLE, ReviewModel
from ui.review.rows import replaced_rows
from vault.exports.review import ExportReview, ReplacedCount, ReplacedWord
from vault.protection.review_view import ReviewView


def _view() -> ReviewView:
    review = ExportReview("case1", "partner")
    review.replaced = [ReplacedCount("name-mentions-replaced", 3), ReplacedCount("similar-names-replaced", 2)]
    review.near_misses = [
        ReplacedWord("t1", "text", "Сейтказива", "Свидетельница К", "Записано со слов: ", " видела <b>всё</b>"),
        ReplacedWord("case1", "case.summary", "Seitkaziva", "Свидетельница К", "", " was there"),
    ]
    return ReviewView(review, {"case1": "Дело", "t1": "Показания"}, {"p1": "Свидетельница К"}, {})


def test_near_misses_follow_their_count_with_context(qtmodeltester) -> None:
    model = ReviewModel(["What", "Count"], context_column=0)
    model.set_rows(replaced_rows(_view()))
    qtmodeltester.check(model, force_py=True)
    cells = [r.cells for r in model.rows()]
    assert cells[0] == ("Name mentions replaced by pseudonyms", "3")
    assert cells[1] == ("Words close to a hidden name replaced by pseudonyms", "2")
    assert cells[2] == ("Показания — text: Записано со слов: Сейтказива → Свидетельница К видела <b>всё</b>", "1")
    assert model.data(model.index(3, 0), CONTEXT_ROLE) == (
        "Дело — case summary: ",
        "Seitkaziva → Свидетельница К",
        " was there",
    )
    assert model.data(model.index(0, 0), CONTEXT_ROLE) is None  # a count row paints as text


def test_the_list_paints_them(qtbot, tmp_path: Path) -> None:
    model = ReviewModel(["What", "Count"], context_column=0)
    model.set_rows(replaced_rows(_view()))
    view = QTableView()
    view.setModel(model)
    view.setItemDelegateForColumn(0, ContextDelegate(view))
    view.resize(900, 200)
    view.resizeColumnsToContents()
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    shot = tmp_path / "near.png"
    assert view.grab().save(str(shot)) and shot.stat().st_size > 0
