"""The database side of `verify`: SQLite and SQLCipher integrity, dangling rows, testimonies, and
the tables cross-checked against what the signed custody history says."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from .db import Connection, DatabaseError, as_record, column, named_rows, scalar
from .verify_chain import ChainFacts
from .verify_report import (
    CIPHER_INTEGRITY,
    DB_INTEGRITY,
    DELETE_UNLOGGED,
    DESTROY_UNLOGGED,
    HASH_MISMATCH,
    ITEM_UNLOGGED,
    ORIGINAL_MISSING,
    REVISION_MISSING,
    ROW_DANGLING,
    VerifyReport,
)

_MAX_LINES = 50  # integrity_check can list thousands of lines for one bad page; name the first ones


@dataclass(frozen=True)
class _Revision:
    item_id: str
    rev: int
    text: str
    sha256: str


def check_database(conn: Connection, report: VerifyReport) -> None:
    """SQLCipher page HMACs (every page of the file), then SQLite's structural check."""
    try:
        lines = column(conn, "PRAGMA cipher_integrity_check")
        for line in lines[:_MAX_LINES]:
            report.add(CIPHER_INTEGRITY, "vault.db", str(line))
        if len(lines) > _MAX_LINES:
            report.add(CIPHER_INTEGRITY, "vault.db", f"... and {len(lines) - _MAX_LINES} more")
    except DatabaseError as exc:
        report.add(CIPHER_INTEGRITY, "vault.db", f"the check could not run: {exc}")
    try:
        bad = [str(line) for line in column(conn, "PRAGMA integrity_check") if str(line) != "ok"]
        for line in bad[:_MAX_LINES]:
            report.add(DB_INTEGRITY, "vault.db", line)
        if len(bad) > _MAX_LINES:
            report.add(DB_INTEGRITY, "vault.db", f"... and {len(bad) - _MAX_LINES} more")
    except DatabaseError as exc:
        report.add(DB_INTEGRITY, "vault.db", f"the check could not run: {exc}")


def check_foreign_keys(conn: Connection, report: VerifyReport) -> None:
    """Every row pointing at a row that is not there (item_tags, item_people, item_cases, blobs,
    revisions, custody_subjects, ...). Names the dangling id, never other column values."""
    fk_columns: dict[tuple[str, int], tuple[str, str]] = {}
    for dangling in named_rows(conn, "PRAGMA foreign_key_check"):
        table, rowid = dangling["table"], dangling["rowid"]
        key = (table, dangling["fkid"])
        if key not in fk_columns:
            for fk in named_rows(conn, f'PRAGMA foreign_key_list("{table}")'):
                fk_columns[(table, fk["id"])] = (fk["from"], fk["to"] or "rowid")
        name, target = fk_columns.get(key, ("?", "?"))
        value: Any = None
        if rowid is not None and name != "?":
            value = scalar(conn, f'SELECT "{name}" FROM "{table}" WHERE rowid = ?', (rowid,))
        report.add(
            ROW_DANGLING,
            str(value) if value is not None else f"{table} row {rowid}",
            f"{table}.{name} = {value!s} names no row in {dangling['parent']}.{target}",
        )


def check_items(conn: Connection, facts: ChainFacts, subjects_index: set[str], report: VerifyReport) -> None:
    """Items against their originals and the custody history."""
    rows = named_rows(
        conn,
        "SELECT i.id, i.kind, i.sha256, i.deleted, "
        " (SELECT count(*) FROM blobs b WHERE b.item_id = i.id AND b.purpose = 'original') AS originals, "
        " (SELECT count(*) FROM blobs b WHERE b.item_id = i.id AND b.purpose = 'original' AND b.destroyed IS NULL)"
        " AS live "
        "FROM items i",
    )
    for item in rows:  # read by name from the row: a record per item would slow verify of 100,000s
        item_id, kind, sha, deleted = item["id"], item["kind"], item["sha256"], item["deleted"]
        if kind != "testimony":
            if item["originals"] == 0:
                report.add(ORIGINAL_MISSING, item_id, f"a {kind} item with no original blob recorded")
            elif item["live"] == 0 and deleted is None:
                report.add(ORIGINAL_MISSING, item_id, "its original is marked destroyed but the item was never deleted")
        if item_id not in facts.subjects and item_id not in subjects_index:
            report.add(ITEM_UNLOGGED, item_id, "no custody event records this item")
        recorded = facts.intake_sha.get(item_id)
        if recorded is not None and sha is not None and recorded[1] != sha:
            report.add(
                HASH_MISMATCH,
                item_id,
                f"the item's SHA-256 {sha} differs from {recorded[1]} recorded at intake in event {recorded[0]}",
            )
        if deleted is not None and item_id not in facts.deleted:
            report.add(DELETE_UNLOGGED, item_id, "the item is marked deleted but no 'delete' event records it")
    for blob in named_rows(conn, "SELECT id, item_id FROM blobs WHERE destroyed IS NOT NULL"):
        if blob["id"] not in facts.destroyed_blobs:
            report.add(
                DESTROY_UNLOGGED,
                blob["item_id"],
                f"blob {blob['id']} is marked destroyed but no 'destroy' event names it",
            )


def check_testimonies(conn: Connection, facts: ChainFacts, report: VerifyReport) -> int:
    """Each revision's stored SHA-256 against its text; the first against the item's hash (the
    sealed original); revisions numbered 1, 2, 3, ... Returns how many testimonies were checked."""
    checked = 0
    current: str | None = None
    expected_rev = 1
    item_sha: dict[str, str | None] = {
        r["id"]: r["sha256"]
        for r in named_rows(
            conn,
            "SELECT id, sha256 FROM items WHERE kind = 'testimony' AND NOT EXISTS "
            "(SELECT 1 FROM blobs b WHERE b.item_id = items.id AND b.purpose = 'original')",
        )
    }
    seen: set[str] = set()
    for revision in _revisions(conn):
        item_id, rev, text, stored = revision.item_id, revision.rev, revision.text, revision.sha256
        if item_id not in item_sha:
            continue
        if item_id != current:
            current, expected_rev = item_id, 1
            seen.add(item_id)
            checked += 1
        if rev != expected_rev:
            report.add(REVISION_MISSING, item_id, f"revision {expected_rev} is missing (next is {rev})")
        expected_rev = rev + 1
        actual = hashlib.sha256(str(text).encode("utf-8")).hexdigest()
        if actual != stored:
            report.add(HASH_MISMATCH, item_id, f"revision {rev}: the text's SHA-256 is {actual}, recorded {stored}")
        if rev == 1 and item_sha[item_id] != actual:
            report.add(
                HASH_MISMATCH,
                item_id,
                f"the first revision's SHA-256 {actual} is not the item's sealed hash {item_sha[item_id]}",
            )
        logged = facts.revision_sha.get((item_id, rev))
        if logged is not None and actual == stored and logged[1] != actual:
            report.add(
                HASH_MISMATCH,
                item_id,
                f"revision {rev}: text differs from SHA-256 {logged[1]} recorded in event {logged[0]}",
            )
    for item_id in sorted(set(item_sha) - seen):
        report.add(REVISION_MISSING, item_id, "a testimony with no text revision")
    return checked


def _revisions(conn: Connection) -> Iterator[_Revision]:
    """All revisions in (item, rev) order, a batch at a time (texts can be large)."""
    last: tuple[str, int] = ("", 0)
    while True:
        batch = [
            as_record(_Revision, row)
            for row in named_rows(
                conn,
                "SELECT item_id, rev, text, sha256 FROM revisions WHERE (item_id, rev) > (?, ?) "
                "ORDER BY item_id, rev LIMIT 500",
                last,
            )
        ]
        if not batch:
            return
        yield from batch
        last = (batch[-1].item_id, batch[-1].rev)


def custody_subject_index(conn: Connection) -> set[str]:
    """The subjects index (unsigned; used only to avoid calling an item 'unlogged' that an event
    names among its secondary subjects)."""
    return set(column(conn, "SELECT DISTINCT subject FROM custody_subjects"))
