"""The database side of `verify`: SQLite and SQLCipher integrity, dangling rows, testimonies, and
the tables cross-checked against what the signed custody history says."""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from typing import Any

from .db import Connection, DatabaseError
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


def check_database(conn: Connection, report: VerifyReport) -> None:
    """SQLCipher page HMACs (every page of the file), then SQLite's structural check."""
    try:
        rows = conn.execute("PRAGMA cipher_integrity_check").fetchall()
        for row in rows[:_MAX_LINES]:
            report.add(CIPHER_INTEGRITY, "vault.db", str(row[0]))
        if len(rows) > _MAX_LINES:
            report.add(CIPHER_INTEGRITY, "vault.db", f"... and {len(rows) - _MAX_LINES} more")
    except DatabaseError as exc:
        report.add(CIPHER_INTEGRITY, "vault.db", f"the check could not run: {exc}")
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        bad = [str(r[0]) for r in rows if str(r[0]) != "ok"]
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
    for table, rowid, parent, fkid in conn.execute("PRAGMA foreign_key_check").fetchall():
        key = (table, fkid)
        if key not in fk_columns:
            for fk in conn.execute(f'PRAGMA foreign_key_list("{table}")').fetchall():
                fk_columns[(table, fk[0])] = (fk[3], fk[4] or "rowid")
        column, target = fk_columns.get(key, ("?", "?"))
        value: Any = None
        if rowid is not None and column != "?":
            found = conn.execute(f'SELECT "{column}" FROM "{table}" WHERE rowid = ?', (rowid,)).fetchone()
            value = found[0] if found else None
        report.add(
            ROW_DANGLING,
            str(value) if value is not None else f"{table} row {rowid}",
            f"{table}.{column} = {value!s} names no row in {parent}.{target}",
        )


def check_items(conn: Connection, facts: ChainFacts, subjects_index: set[str], report: VerifyReport) -> None:
    """Items against their originals and the custody history."""
    rows = conn.execute(
        "SELECT i.id, i.kind, i.sha256, i.deleted, "
        " (SELECT count(*) FROM blobs b WHERE b.item_id = i.id AND b.purpose = 'original'), "
        " (SELECT count(*) FROM blobs b WHERE b.item_id = i.id AND b.purpose = 'original' AND b.destroyed IS NULL) "
        "FROM items i"
    ).fetchall()
    for item_id, kind, sha, deleted, originals, live in rows:
        if kind != "testimony":
            if originals == 0:
                report.add(ORIGINAL_MISSING, item_id, f"a {kind} item with no original blob recorded")
            elif live == 0 and deleted is None:
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
    for blob_id, item_id in conn.execute("SELECT id, item_id FROM blobs WHERE destroyed IS NOT NULL"):
        if blob_id not in facts.destroyed_blobs:
            report.add(DESTROY_UNLOGGED, item_id, f"blob {blob_id} is marked destroyed but no 'destroy' event names it")


def check_testimonies(conn: Connection, facts: ChainFacts, report: VerifyReport) -> int:
    """Each revision's stored SHA-256 against its text; the first against the item's hash (the
    sealed original); revisions numbered 1, 2, 3, ... Returns how many testimonies were checked."""
    checked = 0
    current: str | None = None
    expected_rev = 1
    item_sha: dict[str, str | None] = {
        r[0]: r[1]
        for r in conn.execute(
            "SELECT id, sha256 FROM items WHERE kind = 'testimony' AND NOT EXISTS "
            "(SELECT 1 FROM blobs b WHERE b.item_id = items.id AND b.purpose = 'original')"
        )
    }
    seen: set[str] = set()
    for item_id, rev, text, stored in _revisions(conn):
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


def _revisions(conn: Connection) -> Iterator[tuple[Any, ...]]:
    """All revisions in (item, rev) order, a batch at a time (texts can be large)."""
    last: tuple[str, int] = ("", 0)
    while True:
        rows = conn.execute(
            "SELECT item_id, rev, text, sha256 FROM revisions WHERE (item_id, rev) > (?, ?) "
            "ORDER BY item_id, rev LIMIT 500",
            last,
        ).fetchall()
        if not rows:
            return
        yield from rows
        last = (rows[-1][0], rows[-1][1])


def custody_subject_index(conn: Connection) -> set[str]:
    """The subjects index (unsigned; used only to avoid calling an item 'unlogged' that an event
    names among its secondary subjects)."""
    return {r[0] for r in conn.execute("SELECT DISTINCT subject FROM custody_subjects")}
