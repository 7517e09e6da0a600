"""Rows of the four review lists, built from the core's review (stable keys translated here)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from vault.exports import reasons as rs
from vault.exports.review import CONTEXT_CHARS, SuspectHit
from vault.protection.review_view import ReviewView

from .labels import category_label, derived_label, field_label, reason_label
from .models import ReviewRow

translate = QCoreApplication.translate


def suspect_key(s: SuspectHit) -> str:
    """Identifies one suspect within a review (for "not a name")."""
    return f"{s.item_id}\x1f{s.field}\x1f{s.start}\x1f{s.text}"


def replaced_rows(view: ReviewView | None) -> list[ReviewRow]:
    """The counts; after that of near misses, each replaced near miss in its context (the word
    as written, an arrow, the pseudonym the export shows)."""
    if view is None:
        return []
    rows = []
    for r in view.review.replaced:
        rows.append(ReviewRow(r.category, (category_label(r.category), str(r.count))))
        if r.category != "similar-names-replaced":
            continue
        for n, w in enumerate(view.review.near_misses):
            where = f"{view.titles.get(w.item_id, '')} — {field_label(w.field)}"
            before = ("…" if len(w.context_before) >= CONTEXT_CHARS else "") + w.context_before
            after = w.context_after + ("…" if len(w.context_after) >= CONTEXT_CHARS else "")
            word = f"{w.text} → {w.replacement}"
            shown = (f"{where}: {before}", word, after)
            rows.append(ReviewRow(f"{r.category}\x1f{n}", ("".join(shown), "1"), context=shown))
    return rows


def withheld_rows(view: ReviewView | None) -> list[ReviewRow]:
    if view is None:
        return []
    clear = translate("Review", "Clear for this profile…")
    return [
        ReviewRow(
            w.item_id,
            (w.title_as_shown, reason_label(w.reason_key, view.kinds.get(w.item_id, "")), clear),
            checked=False,
        )
        for w in view.review.withheld
    ]


def derived_rows(view: ReviewView | None) -> list[ReviewRow]:
    if view is None:
        return []
    cleared = translate("Review", "Cleared (untick to withdraw)")
    rows = []
    for d in view.review.derived:
        is_cleared = d.kind == rs.CLEARED_ORIGINAL
        rows.append(
            ReviewRow(
                d.item_id,
                (d.title_as_shown, derived_label(d.kind), cleared if is_cleared else ""),
                checked=True if is_cleared else None,
            )
        )
    return rows


def suspect_rows(view: ReviewView | None, dismissed: set[str]) -> list[ReviewRow]:
    if view is None:
        return []
    rows = []
    for s in view.review.suspects:
        key = suspect_key(s)
        if key in dismissed:
            continue
        where = f"{view.titles.get(s.item_id, '')} — {field_label(s.field)}"
        before = ("…" if s.start > len(s.context_before) else "") + s.context_before  # cut: the text goes on
        after = s.context_after + ("…" if len(s.context_after) >= CONTEXT_CHARS else "")
        rows.append(ReviewRow(key, (s.text, f"{before}{s.text}{after}", where), context=(before, s.text, after)))
    return rows
