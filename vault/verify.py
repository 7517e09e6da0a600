"""`verify`: the full check of a vault, like `borg check --verify-data`.

Re-reads and authenticates every blob and checks its SHA-256 against intake; walks the whole
custody chain (links, hashes, signatures, sequence gaps, signing key, an optional earlier head);
runs SQLite `integrity_check` and SQLCipher `cipher_integrity_check`; finds orphan, partial and
stray files, missing blobs and dangling rows; re-checks what partners sent against what they
signed (verify_received.py). Every problem is named. It never repairs, never
sweeps, and writes nothing, not even a custody event (docs/adr/007-verify-writes-nothing.md).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from .custody import public_key_bytes
from .db import Connection, DatabaseError
from .errors import VaultDamaged
from .store import Vault
from .verify_blobs import BlobCheck, destroyed_blob_ids, live_blob_rows, report_files, scan_files
from .verify_chain import check_chain
from .verify_pages import check_received_pages
from .verify_received import check_received
from .verify_report import DB_INTEGRITY, SIGNING_KEY, Problem, VerifyReport
from .verify_rows import (
    check_database,
    check_foreign_keys,
    check_items,
    check_testimonies,
    custody_subject_index,
)

__all__ = ["Problem", "VerifyReport", "verify_vault"]

log = logging.getLogger(__name__)


def verify_vault(
    vault: Vault,
    *,
    expected_head: tuple[int, str] | None = None,
    on_progress: Callable[[int, int, str], None] | None = None,
) -> VerifyReport:
    """Check everything; return what was found. `expected_head` is (seq, hash) of a chain head
    recorded earlier (an export carries one): its absence means history was cut or rewritten.
    `on_progress(done, total, stage)` is called from this thread; stages are 'database',
    'custody', 'records' and 'blobs' (done/total in bytes for 'blobs')."""
    report = VerifyReport()
    conn = vault.conn

    def progress(done: int, total: int, stage: str) -> None:
        if on_progress is not None:
            on_progress(done, total, stage)

    # Files first, then one read snapshot of the database: a blob committed by another process
    # meanwhile then shows up at worst as an orphan, never as a missing file.
    files = scan_files(vault.blobs.root)
    own_txn = not conn.in_transaction
    if own_txn:
        conn.execute("BEGIN")  # deferred: a read snapshot, no lock taken against writers
    blobs: BlobCheck | None = None
    destroyed: dict[str, str] = {}
    try:
        rows = _guarded(report, "blob rows", lambda: live_blob_rows(conn))
        destroyed = _guarded(report, "blob rows", lambda: destroyed_blob_ids(conn)) or {}
        if rows is not None:  # blobs are read in the background while the database is checked
            blobs = BlobCheck(vault.blobs, rows, files).start()
        progress(0, 1, "database")
        check_database(conn, report)
        progress(1, 1, "database")
        current_public = _stored_public_key(vault, report)
        facts = _guarded(
            report,
            "custody",
            lambda: check_chain(
                conn, vault.vault_id, current_public, report, expected_head=expected_head, on_progress=on_progress
            ),
        )
        progress(0, 3, "records")
        _guarded(report, "records", lambda: check_foreign_keys(conn, report))
        progress(1, 3, "records")
        if facts is not None:  # without the history, cross-checks would only add false alarms
            _guarded(report, "records", lambda: check_items(conn, facts, custody_subject_index(conn), report))
            progress(2, 3, "records")
            report.items_checked += _guarded(report, "records", lambda: check_testimonies(conn, facts, report)) or 0
            public = vault.custody.public_raw
            _guarded(report, "received", lambda: check_received(conn, facts, public, report))
            _guarded(report, "received", lambda: check_received_pages(conn, facts, report))
        progress(3, 3, "records")
    finally:
        if own_txn:
            _end_read(conn)
        found = blobs.finish(on_progress) if blobs is not None else None
    if found is not None and rows is not None:
        report.problems += found.problems
        report.items_checked += found.items_checked
        report.blobs_checked += found.blobs_checked
        report.bytes_checked += found.bytes_checked
        report_files(files, rows, destroyed, report)
    log.info(
        "verify: %d problems, %d notes, %d blobs, %d events",
        len(report.problems),
        len(report.notes),
        report.blobs_checked,
        report.events_checked,
    )
    return report


def _stored_public_key(vault: Vault, report: VerifyReport) -> bytes:
    """The public half of the signing key in `secrets` now (read afresh, not the one loaded at open)."""
    try:
        private = Ed25519PrivateKey.from_private_bytes(vault.secret("signing_key"))
    except (ValueError, VaultDamaged, DatabaseError):
        report.add(SIGNING_KEY, "vault", "the signing key stored in the vault is missing or unreadable")
        return vault.custody.public_raw
    return public_key_bytes(private.public_key())


T = TypeVar("T")


def _guarded(report: VerifyReport, stage: str, step: Callable[[], T]) -> T | None:
    """Run one database-reading step; a database that fails mid-way is itself the finding."""
    try:
        return step()
    except DatabaseError as exc:
        report.add(DB_INTEGRITY, "vault.db", f"the {stage} check stopped: the database could not be read ({exc})")
        return None


def _end_read(conn: Connection) -> None:
    try:
        conn.execute("COMMIT")
    except DatabaseError:
        try:
            conn.execute("ROLLBACK")
        except DatabaseError:
            pass
