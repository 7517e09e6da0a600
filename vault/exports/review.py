"""The review before an export (`--dry-run`, and the export dialogs' review step).

Says what an export of a case under a profile will do, without writing anything or decrypting
any file: which counts of names and metadata it replaces or removes (categories, never names),
which items it withholds and why, which it sends as derivatives, and "suspects": words left in
the redacted output that resemble a hidden name, each with its context, so a person can add an
alias or clear an item before exporting. Photos are assumed decodable here; one that is not is
withheld by the export itself.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .. import cases
from ..items import list_items
from ..people import item_people
from ..redaction import Redactor, check_profile, file_name_for, redactor_for, sanitize_metadata
from ..store import Vault
from ..testimony import revisions
from . import reasons as rs
from .clearance import cleared_items
from .decide import body_text, decide, is_text_testimony

CONTEXT_CHARS = 40

ReviewProgress = Callable[[int, int], None]


@dataclass(frozen=True)
class ReplacedCount:
    category: str  # stable key (vault.redaction.CATEGORY_TEXT); the UI translates it
    count: int


@dataclass(frozen=True)
class WithheldItem:
    item_id: str
    title_as_shown: str  # the title after redaction: what the export itself would show
    reason_key: str  # vault.exports.reasons
    reason_text: str  # English, for the CLI


@dataclass(frozen=True)
class DerivedItem:
    item_id: str
    title_as_shown: str
    kind: str  # reasons.PHOTO_REENCODED | REDACTED_TEXT | DOCUMENT_TEXT | DOCUMENT_PAGES | CLEARED_ORIGINAL


@dataclass(frozen=True)
class SuspectHit:
    """A word left in the output that resembles a hidden name. Offsets index the field's text as
    the export shows it (after replacement); context_before/after are up to 40 characters of it."""

    item_id: str  # the item, or the case id for the case's own title, summary and events
    field: str  # "title", "notes", "text", "file_name", "case.title", "case.summary", "case.event"...
    text: str
    context_before: str
    context_after: str
    start: int
    end: int
    person_key: str | None  # the hidden person it resembles, when one


@dataclass(frozen=True)
class ReplacedWord:
    """A word replaced because it is one letter from a hidden name (a misspelling), shown in the
    review with the text around its replacement as the export shows it."""

    item_id: str
    field: str
    text: str  # the word as written in the vault
    replacement: str  # the pseudonym the export shows instead
    context_before: str
    context_after: str


@dataclass
class ExportReview:
    case_id: str
    profile: str
    replaced: list[ReplacedCount] = field(default_factory=list)
    withheld: list[WithheldItem] = field(default_factory=list)
    derived: list[DerivedItem] = field(default_factory=list)
    suspects: list[SuspectHit] = field(default_factory=list)
    near_misses: list[ReplacedWord] = field(default_factory=list)  # counted in `replaced` in the JSON

    def to_json(self) -> dict[str, Any]:
        """The `--dry-run` document: replaced counts, withheld and derived items, suspects."""
        return {
            "replaced": {r.category: r.count for r in self.replaced},
            "withheld": [
                {"item": w.item_id, "reason": w.reason_text, "reason_key": w.reason_key} for w in self.withheld
            ],
            "derived": [{"item": d.item_id, "kind": d.kind} for d in self.derived],
            "suspects": [
                {
                    "item": s.item_id,
                    "text": s.text,
                    "field": s.field,
                    "before": s.context_before,
                    "after": s.context_after,
                }
                for s in self.suspects
            ],
        }


class _Collector:
    def __init__(self, red: Redactor, review: ExportReview) -> None:
        self.red, self.review = red, review

    def shown(self, subject: str, where: str, text: str) -> str:
        """`text` as the export shows it; its suspects recorded."""
        out, placed = self.red.replace(text) if text else (text, [])
        for p in placed:
            if p.mention.kind == "similar":
                self.review.near_misses.append(
                    ReplacedWord(
                        subject,
                        where,
                        p.mention.text,
                        out[p.start : p.end],
                        out[max(0, p.start - CONTEXT_CHARS) : p.start],
                        out[p.end : p.end + CONTEXT_CHARS],
                    )
                )
        if out:
            for s in self.red.suspects(out):
                self.review.suspects.append(
                    SuspectHit(
                        subject,
                        where,
                        s.text,
                        out[max(0, s.start - CONTEXT_CHARS) : s.start],
                        out[s.end : s.end + CONTEXT_CHARS],
                        s.start,
                        s.end,
                        s.key,
                    )
                )
        return out


def review_export(
    vault: Vault, case_id: str, profile: str, language: str = "en", progress: ReviewProgress | None = None
) -> ExportReview:
    """What an export of `case_id` under `profile` would replace, withhold and derive, and what
    suspicious words remain. Reads the database only; writes nothing."""
    check_profile(profile)
    red = redactor_for(vault, case_id, profile, language)
    review = ExportReview(case_id, profile)
    if profile == "internal":
        return review
    col = _Collector(red, review)
    case = cases.get_case(vault, case_id)
    col.shown(case_id, "case.title", case.title)
    col.shown(case_id, "case.summary", case.summary)
    for ev in cases.case_events(vault, case_id):
        col.shown(case_id, "case.event", ev.text)
    cleared = cleared_items(vault, profile)
    case_items = list_items(vault, case_id=case_id)
    meta_counts: Counter[str] = Counter()
    for n, item in enumerate(case_items, 1):
        title = col.shown(item.id, "title", item.title)
        col.shown(item.id, "notes", item.notes)
        d = decide(vault, red, item, item_people(vault, item.id), item.id in cleared)
        if d.content == "withheld":
            review.withheld.append(WithheldItem(item.id, title, d.reason_key, d.reason_text(item.kind)))
        else:
            if d.derived_kind:
                review.derived.append(DerivedItem(item.id, title, d.derived_kind))
            if d.derived_kind == rs.REDACTED_TEXT and is_text_testimony(vault, item):
                for r in revisions(vault, item.id):
                    col.shown(item.id, "text" if r.rev == 1 else f"text.rev{r.rev}", r.text)
            if d.derived_kind == rs.DOCUMENT_TEXT:
                col.shown(item.id, "text", body_text(vault, item))
            if item.original_name and file_name_for(red, item.original_name) is not None:
                col.shown(item.id, "file_name", item.original_name)
            per_item: Counter[str] = Counter()
            sanitize_metadata(item.metadata, profile, per_item)
            meta_counts.update(k for k, v in per_item.items() if v)  # items affected, not fields
        if progress is not None:
            progress(n, len(case_items))
    for cat, count in meta_counts.items():
        red.note(cat, count)
    review.replaced = [ReplacedCount(k, v) for k, v in red.removal_counts().items() if v]
    return review
