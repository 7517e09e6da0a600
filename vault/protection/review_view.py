"""What the export dialogs' review step shows beside `review_export`: the titles of the case's
items and the case as the export shows them (to say where a suspect word stands), and each
hidden person's pseudonym (for "add as alias of <pseudonym>"). Never a real name."""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import cases
from ..exports.review import ExportReview, ReviewProgress, review_export
from ..items import list_items
from ..people import get_person, update_person
from ..redaction import redactor_for
from ..store import Vault


@dataclass(frozen=True)
class ReviewView:
    review: ExportReview
    titles: dict[str, str] = field(default_factory=dict)  # item or case id -> title as shown
    pseudonyms: dict[str, str] = field(default_factory=dict)  # hidden person id -> pseudonym
    kinds: dict[str, str] = field(default_factory=dict)  # item id -> kind (a reason names it)


def review_for_dialog(
    vault: Vault, case_id: str, profile: str, language: str = "en", progress: ReviewProgress | None = None
) -> ReviewView:
    """`review_export` plus the shown titles and pseudonyms the review step needs. The export's
    Redactor is built a second time (a matcher over many people costs) only when there are
    suspects to place and attribute; otherwise the review's own titles suffice."""
    review = review_export(vault, case_id, profile, language, progress)
    if profile == "internal":
        return ReviewView(review)
    items = list_items(vault, case_id=case_id)
    kinds = {it.id: it.kind for it in items}
    titles = {w.item_id: w.title_as_shown for w in review.withheld}
    titles.update((d.item_id, d.title_as_shown) for d in review.derived)
    if not review.suspects and not review.near_misses:
        return ReviewView(review, titles, {}, kinds)
    red = redactor_for(vault, case_id, profile, language)
    titles[case_id] = red.text(cases.get_case(vault, case_id).title)
    titles.update((it.id, red.text(it.title)) for it in items if it.id not in titles)
    return ReviewView(review, titles, {h.id: h.pseudonym for h in red.hidden}, kinds)


def add_alias(vault: Vault, person_id: str, alias: str) -> None:
    """Record `alias` as one more spelling of a person (the review's "add as alias"); the same
    checks as `person edit` apply (an alias naming someone else hidden is refused)."""
    person = get_person(vault, person_id)
    alias = alias.strip()
    if alias and alias not in person.aliases:
        update_person(vault, person_id, aliases=[*person.aliases, alias])
