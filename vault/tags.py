"""Tags are paths (`violation/torture`). A default vocabulary in the spirit of HURIDOCS'
micro-thesauri is installed at creation; users add their own by simply using them."""

from __future__ import annotations

import re
from typing import NamedTuple

from .db import Connection, as_record, named_rows
from .errors import UsageError

DEFAULT_VOCABULARY: tuple[tuple[str, str], ...] = (
    ("violation", "Violations"),
    ("violation/torture", "Torture and ill-treatment"),
    ("violation/arbitrary-detention", "Arbitrary detention"),
    ("violation/enforced-disappearance", "Enforced disappearance"),
    ("violation/forced-psychiatric-treatment", "Forced psychiatric treatment"),
    ("violation/unfair-trial", "Unfair trial"),
    ("violation/freedom-of-assembly", "Freedom of peaceful assembly"),
    ("violation/freedom-of-expression", "Freedom of expression and media"),
    ("violation/freedom-of-association", "Freedom of association"),
    ("violation/freedom-of-religion", "Freedom of religion or belief"),
    ("violation/persecution-of-defenders", "Persecution of human rights defenders"),
    ("violation/right-to-life", "Right to life"),
    ("violation/discrimination", "Discrimination"),
    ("violation/reprisals", "Reprisals for cooperation with the UN"),
    ("place", "Places"),
    ("place/detention-centre", "Detention centre (SIZO, IVS)"),
    ("place/penal-colony", "Penal colony"),
    ("place/psychiatric-hospital", "Psychiatric hospital"),
    ("place/court", "Court"),
    ("evidence", "Evidence"),
    ("evidence/medical", "Medical report"),
    ("evidence/court-decision", "Court decision"),
    ("evidence/complaint", "Complaint"),
    ("evidence/official-reply", "Official reply"),
    ("status", "Status"),
    ("status/needs-verification", "Needs verification"),
    ("status/verified", "Verified"),
    ("status/sensitive", "Sensitive"),
)

_SEGMENT = re.compile(r"^[^/\x00-\x1f\x7f]+$")
MAX_TAG_LENGTH = 200


def normalise_tag(raw: str) -> str:
    """`Violation / Torture ` → `violation/torture`. Any script; no empty segments."""
    parts = [p.strip() for p in raw.strip().strip("/").split("/")]
    if not raw.strip() or any(not p or not _SEGMENT.match(p) for p in parts):
        raise UsageError(f"not a valid tag: {raw!r} (use a path like violation/torture)")
    tag = "/".join(p.casefold().replace(" ", "-") for p in parts)
    if len(tag) > MAX_TAG_LENGTH:
        raise UsageError("tag is too long")
    return tag


def install_default_vocabulary(conn: Connection) -> None:
    conn.executemany("INSERT OR IGNORE INTO tags (path, label, builtin) VALUES (?, ?, 1)", DEFAULT_VOCABULARY)


def ensure_tag(conn: Connection, tag: str) -> None:
    """Create the tag and its parents (`a/b/c` makes `a` and `a/b` too) so the tree is whole."""
    parts = tag.split("/")
    for i in range(1, len(parts) + 1):
        conn.execute("INSERT OR IGNORE INTO tags (path) VALUES (?)", ("/".join(parts[:i]),))


class TagCount(NamedTuple):
    """A tag with the number of (not deleted) items carrying it. A tuple too: `path, label, n`."""

    path: str
    label: str
    items: int


def all_tags(conn: Connection) -> list[TagCount]:
    """Every tag, sorted by path."""
    rows = named_rows(
        conn,
        "SELECT t.path AS path, t.label AS label, count(d.id) AS items FROM tags t "
        "LEFT JOIN item_tags it ON it.tag = t.path "
        "LEFT JOIN items d ON d.id = it.item_id AND d.deleted IS NULL "
        "GROUP BY t.path ORDER BY t.path",
    )
    return [as_record(TagCount, r) for r in rows]
