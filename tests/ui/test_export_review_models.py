"""The review lists are proper QAbstractItemModels (qtmodeltester), built from the core's stable
keys with translated labels; a suspect's context is painted from escaped parts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from tests.support.review_case import PSEUDONYM, SUSPECT, ReviewCase, name_stems
from ui.review.highlight import ContextDelegate, context_html
from ui.review.models import CONTEXT_ROLE, KEY_ROLE, ReviewModel
from ui.review.rows import derived_rows, replaced_rows, suspect_rows, withheld_rows
from vault.exports.review import DerivedItem, ExportReview, ReplacedCount, SuspectHit, WithheldItem
from vault.people import get_person
from vault.protection.review_view import ReviewView, add_alias, review_for_dialog


def sample() -> ReviewView:
    review = ExportReview("case1", "partner")
    review.replaced = [
        ReplacedCount("name-mentions-replaced", 7),
        ReplacedCount("gps-removed", 2),
        ReplacedCount("some-new-key", 1),
    ]
    review.withheld = [
        WithheldItem("pdf1", "решение", "could-not-check", "could not be checked: document"),
        WithheldItem("mp3", "запись", "contains-hidden-name", "contains a hidden name"),
    ]
    review.derived = [DerivedItem("jpg", "двор", "photo-reencoded"), DerivedItem("doc", "иск", "cleared-original")]
    review.suspects = [
        SuspectHit("t1", "text", "Сейтгазиева", "Потом пришла ", " и <b>всё</b>", 13, 24, "p1"),
        SuspectHit("case1", "case.summary", "Показания", "", " Свидетель К", 0, 9, None),
    ]
    return ReviewView(
        review,
        {"case1": "Дело", "t1": "Показания соседки"},
        {"p1": "Свидетельница К"},
        {"pdf1": "document", "mp3": "audio"},
    )


def models() -> list[ReviewModel]:
    view = sample()
    replaced = ReviewModel(["What", "Count"])
    replaced.set_rows(replaced_rows(view))
    withheld = ReviewModel(["Item", "Why", "Original"], check_column=2)
    withheld.set_rows(withheld_rows(view))
    derived = ReviewModel(["Item", "Instead", "Original"], check_column=2)
    derived.set_rows(derived_rows(view))
    suspects = ReviewModel(["Word", "In context", "Where"], context_column=1)
    suspects.set_rows(suspect_rows(view, set()))
    return [replaced, withheld, derived, suspects]


def test_models_pass_the_model_tester(qtmodeltester) -> None:
    for model in models():
        qtmodeltester.check(model, force_py=True)
        qtmodeltester.check(model)  # Qt's own QAbstractItemModelTester as well
    empty = ReviewModel(["A", "B"])
    qtmodeltester.check(empty, force_py=True)


def test_rows_translate_keys_and_checkboxes_ask_without_changing(qtbot) -> None:
    replaced, withheld, derived, suspects = models()
    assert [r.cells for r in replaced.rows()] == [
        ("Name mentions replaced by pseudonyms", "7"),
        ("GPS positions removed", "2"),
        ("some-new-key", "1"),
    ]
    assert [r.cells[1] for r in withheld.rows()] == ["could not be checked: document", "contains a hidden name"]
    idx = withheld.index(0, 2)
    assert withheld.data(idx, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert withheld.flags(idx) & Qt.ItemFlag.ItemIsUserCheckable
    assert not withheld.flags(withheld.index(0, 1)) & Qt.ItemFlag.ItemIsUserCheckable
    with qtbot.waitSignal(withheld.check_requested) as asked:
        assert withheld.setData(idx, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert asked.args == ["pdf1", True]
    assert withheld.data(idx, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked  # until re-reviewed
    assert derived.data(derived.index(0, 2), Qt.ItemDataRole.CheckStateRole) is None  # a photo: nothing to clear
    assert derived.data(derived.index(1, 2), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert suspects.data(suspects.index(0, 1), CONTEXT_ROLE) == ("Потом пришла ", "Сейтгазиева", " и <b>всё</b>")
    assert suspects.data(suspects.index(0, 2)) == "Показания соседки — text"
    assert suspects.data(suspects.index(1, 2)) == "Дело — case summary"
    assert suspects.data(suspects.index(0, 0), KEY_ROLE) not in (None, "")
    dismissed = {suspects.row(0).key}
    assert [r.cells[0] for r in suspect_rows(sample(), dismissed)] == ["Показания"]


def test_context_is_escaped_and_highlighted(qtbot) -> None:
    html = context_html("Потом пришла ", "Сейт<газиева>", " и <b>всё</b>")
    assert "&lt;b&gt;всё&lt;/b&gt;" in html and "Сейт&lt;газиева&gt;" in html and "<b>" not in html
    assert html.index("Потом пришла") < html.index("background-color") < html.index("Сейт&lt;")
    view = QTableView()
    qtbot.addWidget(view)
    suspects = models()[3]
    view.setModel(suspects)
    delegate = ContextDelegate(view)
    view.setItemDelegateForColumn(1, delegate)
    view.resize(900, 200)
    view.show()
    qtbot.waitExposed(view)
    view.resizeRowsToContents()
    assert view.rowHeight(0) >= view.fontMetrics().height()
    assert not view.grab().isNull()


def test_review_for_dialog_titles_and_pseudonyms_never_name_her(review_case: ReviewCase) -> None:
    rc = review_case
    view = review_for_dialog(rc.vault, rc.case_id, "partner", "ru")
    assert view.pseudonyms == {rc.witness: PSEUDONYM}
    assert set(view.titles) >= {rc.case_id, *rc.ids.values()} and name_stems(" ".join(view.titles.values())) == []
    assert view.kinds[rc.ids["zapis.mp3"]] == "audio"
    add_alias(rc.vault, rc.witness, f"  {SUSPECT} ")
    add_alias(rc.vault, rc.witness, SUSPECT)  # once is enough
    assert get_person(rc.vault, rc.witness).aliases.count(SUSPECT) == 1
    again = review_for_dialog(rc.vault, rc.case_id, "partner", "ru")
    assert SUSPECT not in [s.text for s in again.review.suspects]
    assert review_for_dialog(rc.vault, rc.case_id, "internal").titles == {}
