"""Written testimonies. The text is versioned: an edit adds a revision; the first is kept as the
sealed original and its SHA-256 is the item's hash."""

from __future__ import annotations

import hashlib
import json

from .db import as_record, named_rows, scalar
from .errors import NotFound, UsageError
from .models import Revision
from .people import get_person
from .search import reindex_item
from .store import Vault

MAX_TESTIMONY_CHARS = 10_000_000


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def add_testimony(
    vault: Vault,
    *,
    title: str,
    text: str,
    case_id: str | None = None,
    language: str = "",
    people: list[tuple[str, str]] | None = None,
    tags: list[str] | None = None,
    metadata: dict[str, str] | None = None,
) -> str:
    """`metadata`: flags of what the text is (a kept messenger chat: vault.provenance.messenger)."""
    title = title.strip()
    if not title:
        raise UsageError("a testimony needs a title")
    if not text.strip():
        raise UsageError("a testimony needs a text")
    if len(text) > MAX_TESTIMONY_CHARS:
        raise UsageError("testimony text is too long")
    for person_id, _role in people or []:
        get_person(vault, person_id)
    item_id = vault.env.new_id()
    now = vault.env.now_iso()
    digest = _sha(text)
    size = len(text.encode("utf-8"))
    with vault.transaction() as conn:
        if case_id is not None and scalar(conn, "SELECT 1 FROM cases WHERE id = ?", (case_id,)) is None:
            raise NotFound(f"no case with id {case_id}")
        conn.execute(
            "INSERT INTO items (id, kind, title, created, sha256, size, mime, language, metadata, source) "
            "VALUES (?, 'testimony', ?, ?, ?, ?, 'text/plain; charset=utf-8', ?, ?, 'testimony')",
            (item_id, title, now, digest, size, language, json.dumps(metadata or {}, sort_keys=True)),
        )
        conn.execute(
            "INSERT INTO revisions (item_id, rev, text, sha256, created, actor) VALUES (?, 1, ?, ?, ?, ?)",
            (item_id, text, digest, now, vault.actor),
        )
        also: list[str] = []
        if case_id:
            conn.execute("INSERT INTO item_cases (item_id, case_id) VALUES (?, ?)", (item_id, case_id))
            also.append(case_id)
        for person_id, role in people or []:
            conn.execute(
                "INSERT OR IGNORE INTO item_people (item_id, person_id, role) VALUES (?,?,?)",
                (item_id, person_id, role),
            )
            also.append(person_id)
        if tags:
            from .tags import ensure_tag, normalise_tag

            for t in tags:
                tag = normalise_tag(t)
                ensure_tag(conn, tag)
                conn.execute("INSERT OR IGNORE INTO item_tags (item_id, tag) VALUES (?, ?)", (item_id, tag))
        vault.record(
            "testimony",
            item_id,
            {
                "sha256": digest,
                "size": size,
                "language": language,
                "case": case_id,
                "people": [p for p, _ in people or []],
                "tags": sorted(tags or []),
            },
            also=tuple(also),
        )
        reindex_item(conn, item_id)
    return item_id


def revise_testimony(vault: Vault, item_id: str, text: str) -> int:
    """Add a revision; returns its number. An unchanged text adds nothing."""
    if not text.strip():
        raise UsageError("a testimony needs a text")
    revs = revisions(vault, item_id)
    if revs[-1].text == text:
        return revs[-1].rev
    rev = revs[-1].rev + 1
    digest = _sha(text)
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO revisions (item_id, rev, text, sha256, created, actor) VALUES (?, ?, ?, ?, ?, ?)",
            (item_id, rev, text, digest, vault.env.now_iso(), vault.actor),
        )
        vault.record("revise", item_id, {"rev": rev, "sha256": digest, "previous": revs[-1].sha256})
        reindex_item(conn, item_id)
    return rev


def revisions(vault: Vault, item_id: str) -> list[Revision]:
    rows = named_rows(
        vault.conn,
        "SELECT item_id, rev, text, sha256, created, actor FROM revisions WHERE item_id = ? ORDER BY rev",
        (item_id,),
    )
    if not rows:
        raise NotFound(f"no testimony with id {item_id}")
    return [as_record(Revision, r) for r in rows]


def current_text(vault: Vault, item_id: str) -> str:
    return revisions(vault, item_id)[-1].text
