"""`backup --to DIR`: make or update DIR as a complete, consistent copy of an open vault.

The copy is itself a vault (same header, same passphrase) and restoring is opening it. Order
matters, so that a cut at any instant (SIGKILL, an unplugged stick) leaves the previous backup
whole and the next run completes the job:

1. the database is snapshotted through SQLCipher's own backup API into `vault.db.new` (never a
   file copy of a live database: that can catch a page mid-write or miss the WAL), fsynced;
2. every blob the snapshot names and DIR lacks is copied (ciphertext, as it is on disk) under a
   `.partial` name; all are flushed to disk together (syncfs), then renamed, their folders
   fsynced. Blobs are written once and never change, so one already in DIR with the right size
   is skipped: that is the incremental part;
3. `vault.db.new` replaces `vault.db` (one rename, folder fsynced): until here the previous
   backup's database and blobs are untouched; after it, every blob it names is present;
4. blobs the new snapshot no longer names (destroyed in the vault) are removed from DIR;
5. the header is written last (atomic replace, fsynced).

Before step 3 the previous backup sees the new blobs as orphans: `verify` calls them a note and
the next open of the backup sweeps them. Nothing here reads plaintext.
"""

from __future__ import annotations

import ctypes
import logging
import os
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from .. import db, header
from ..blobs import BLOB_ID, PARTIAL_SUFFIX
from ..errors import Cancelled, IntegrityError, UsageError, VaultDamaged
from ..faults import crashpoint
from ..fsutil import atomic_write, fsync_dir
from ..store import BLOBS_DIR, DB_FILE, HEADER_FILE, Vault

log = logging.getLogger(__name__)

SNAPSHOT = DB_FILE + ".new"
# Written at the start of a first backup, so that a run cut short before the header exists can
# still be recognised (and completed) as this vault's backup. It holds the vault id only.
MARKER = "backup-of"

Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class BackupResult:
    path: str
    items: int
    blobs_copied: int
    bytes_copied: int
    blobs_removed: int
    head_seq: int

    def to_json(self) -> dict[str, object]:
        return {
            "path": self.path,
            "items": self.items,
            "blobs_copied": self.blobs_copied,
            "bytes_copied": self.bytes_copied,
        }


def check_target(vault: Vault, target: Path) -> None:
    """Refuse a target that is this vault (or inside it), or that holds anything other than a
    backup of this very vault. Never overwrites another vault or a user's files."""
    src, dst = vault.path.resolve(), target.resolve()
    if dst == src or src in dst.parents or dst in src.parents:
        raise UsageError("the backup folder must be outside the vault folder (and not contain it)")
    if not target.exists():
        return
    if not target.is_dir():
        raise UsageError(f"{target} is not a folder")
    if not any(target.iterdir()):
        return
    hdr_path = target / HEADER_FILE
    if hdr_path.is_file():
        try:
            other = header.read_header(hdr_path)
        except VaultDamaged as exc:
            raise UsageError(f"{target} holds a damaged vault header; refusing to write over it") from exc
        if other.vault_id != vault.vault_id:
            raise UsageError(f"{target} holds another vault; refusing to write over it")
        return
    marker = target / MARKER
    if marker.is_file() and marker.read_text(encoding="ascii", errors="replace").strip() == vault.vault_id:
        return  # a first backup that was cut short: complete it
    raise UsageError(f"{target} is not empty and is not a backup of this vault; refusing to write there")


def _copy_partial(src: Path, dst: Path) -> int:
    """Copy ciphertext src to `dst.partial` (flushed to disk later, all together). copyfile lets
    the kernel copy (sendfile/copy_file_range): no bytes pass through Python."""
    shutil.copyfile(src, dst.with_name(dst.name + PARTIAL_SUFFIX))
    return src.stat().st_size


def _flush(folder: Path, files: list[Path]) -> None:
    """Make `files` durable. One syncfs(2) of the backup's file system writes them back in one
    sweep (a fsync per file would make a full backup of 10,000 files crawl); elsewhere, or if it
    fails, fsync each file."""
    if files and _syncfs(folder):
        return
    for path in files:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _syncfs(folder: Path) -> bool:
    try:
        fn = ctypes.CDLL(None, use_errno=True).syncfs
    except (AttributeError, OSError):
        return False
    fd = os.open(folder, os.O_RDONLY)
    try:
        return int(fn(fd)) == 0
    finally:
        os.close(fd)


def _snapshot(vault: Vault, target: Path) -> Path:
    """The database as of one instant, through SQLCipher's backup API, into target/vault.db.new."""
    snap = target / SNAPSHOT
    for leftover in (snap, snap.with_name(SNAPSHOT + "-wal"), snap.with_name(SNAPSHOT + "-shm")):
        leftover.unlink(missing_ok=True)
    dst = db.connect(snap, vault.database_key(), create=True)
    try:
        vault.conn.backup(dst)
        dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        dst.close()
    with open(snap, "rb") as fh:
        os.fsync(fh.fileno())
    fsync_dir(target)
    return snap


def _settle_previous(vault: Vault, target: Path) -> None:
    """A previous backup that was opened (to verify or restore from it) may have a WAL file with
    committed pages. Fold it into its database first, so it cannot be replayed onto the new one."""
    wal = target / (DB_FILE + "-wal")
    if (target / DB_FILE).is_file() and wal.is_file() and wal.stat().st_size > 0:
        conn = db.connect(target / DB_FILE, vault.database_key())
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    for name in (DB_FILE + "-wal", DB_FILE + "-shm"):
        (target / name).unlink(missing_ok=True)


def _named_blobs(snap: Path, key: bytes) -> tuple[list[str], int, int]:
    """Live blob ids the snapshot names, its item count and its custody head."""
    conn = db.connect(snap, key)
    try:
        ids: list[str] = db.column(conn, "SELECT id FROM blobs WHERE destroyed IS NULL ORDER BY id")
        items = int(db.scalar(conn, "SELECT count(*) FROM items WHERE deleted IS NULL"))
        head = db.scalar(conn, "SELECT max(seq) FROM custody") or 0
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        conn.close()
    for name in (SNAPSHOT + "-wal", SNAPSHOT + "-shm"):
        (snap.parent / name).unlink(missing_ok=True)
    return ids, items, int(head)


def _present(root: Path) -> dict[str, int]:
    """Blob files already in the backup, with their sizes (one scandir per folder: fast)."""
    found: dict[str, int] = {}
    if not root.is_dir():
        return found
    for sub in os.scandir(root):
        if not sub.is_dir(follow_symlinks=False):
            continue
        for entry in os.scandir(sub.path):
            if BLOB_ID.match(entry.name) and entry.is_file(follow_symlinks=False):
                found[entry.name] = entry.stat(follow_symlinks=False).st_size
    return found


def backup(
    vault: Vault,
    target: Path,
    *,
    on_progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> BackupResult:
    """Make or update `target` as a backup of `vault` (see the module docstring for the order).
    `on_progress(done, total, stage)`: stages 'database', 'blobs' (bytes), 'finish'. Cancelling
    (should_cancel returns True) raises Cancelled and leaves the previous backup intact."""

    def progress(done: int, total: int, stage: str) -> None:
        if on_progress is not None:
            on_progress(done, total, stage)

    def check_cancel() -> None:
        if should_cancel is not None and should_cancel():
            (target / SNAPSHOT).unlink(missing_ok=True)
            raise Cancelled("backup cancelled; the previous backup is intact")

    check_target(vault, target)
    target.mkdir(parents=True, exist_ok=True, mode=0o700)
    if not (target / HEADER_FILE).exists() and not (target / MARKER).exists():
        atomic_write(target / MARKER, (vault.vault_id + "\n").encode("ascii"))
    progress(0, 1, "database")
    snap = _snapshot(vault, target)
    key = vault.database_key()
    ids, items, head_seq = _named_blobs(snap, key)
    crashpoint("backup-snapshot-written")
    progress(1, 1, "database")

    root = target / BLOBS_DIR
    root.mkdir(exist_ok=True, mode=0o700)
    have = _present(root)
    sizes = _present(vault.blobs.root)  # one scandir per folder, not one stat per blob
    todo: list[tuple[str, int]] = []
    for blob_id in ids:
        size = sizes.get(blob_id)
        if size is None:
            snap.unlink(missing_ok=True)
            raise IntegrityError(f"blob {blob_id} is missing from the vault; run verify (backup not updated)")
        if have.get(blob_id) != size:
            todo.append((blob_id, size))
    total = sum(size for _, size in todo)
    done = copied = 0
    staged: list[Path] = []
    folders = {Path(e.path) for e in os.scandir(root) if e.is_dir(follow_symlinks=False)}
    for blob_id, _size in todo:
        check_cancel()
        dst = root / blob_id[:2] / blob_id
        if dst.parent not in folders:
            dst.parent.mkdir(mode=0o700, exist_ok=True)
            folders.add(dst.parent)
        done += _copy_partial(vault.blobs.path_for(blob_id), dst)
        staged.append(dst)
        progress(done, total, "blobs")
    check_cancel()
    # Durable before any takes its final name: a blob under its own name in a backup is always
    # complete, so the next run may trust a file of the right size.
    _flush(target, [d.with_name(d.name + PARTIAL_SUFFIX) for d in staged])
    for dst in staged:
        os.replace(dst.with_name(dst.name + PARTIAL_SUFFIX), dst)
        copied += 1
        crashpoint("backup-blob-copied")
    if staged and not _syncfs(target):  # the renames durable too (one sweep, or folder by folder)
        for folder in sorted({d.parent for d in staged}):
            fsync_dir(folder)
        fsync_dir(root)

    _settle_previous(vault, target)
    os.replace(snap, target / DB_FILE)
    fsync_dir(target)
    crashpoint("backup-db-replaced")
    removed = _remove_unnamed(root, set(ids), have)
    header.write_header(target / HEADER_FILE, vault.header)
    (target / MARKER).unlink(missing_ok=True)
    fsync_dir(target)
    progress(1, 1, "finish")
    result = BackupResult(str(target), items, copied, done, removed, head_seq)
    with vault.transaction():
        # The target path is not logged: it may name a person's disk. The counts and the
        # custody head say what the copy holds.
        vault.record(
            "backup",
            vault.vault_id,
            {
                "items": items,
                "blobs_copied": copied,
                "bytes_copied": done,
                "blobs_removed": removed,
                "head_seq": head_seq,
            },
        )
    log.info("backup: %d blobs copied (%d bytes), %d removed", copied, done, removed)
    return result


def _remove_unnamed(root: Path, named: set[str], had: dict[str, int]) -> int:
    """Blobs the backup's database no longer names (destroyed in the vault) and `.partial`
    files of an earlier cut-short run. Only names of the blob store's own form are touched."""
    removed = 0
    dirs: set[Path] = set()
    for blob_id in set(had) - named:
        path = root / blob_id[:2] / blob_id
        path.unlink(missing_ok=True)
        dirs.add(path.parent)
        removed += 1
    for sub in os.scandir(root):
        if not sub.is_dir(follow_symlinks=False):
            continue
        for entry in os.scandir(sub.path):
            stem = entry.name[: -len(PARTIAL_SUFFIX)]
            if entry.name.endswith(PARTIAL_SUFFIX) and BLOB_ID.match(stem) and entry.is_file(follow_symlinks=False):
                os.unlink(entry.path)
                dirs.add(Path(sub.path))
    for folder in dirs:
        fsync_dir(folder)
    return removed


def restore(backup_dir: Path, target: Path, passphrase: str, **open_args: object) -> BackupResult:
    """Restoring is opening the backup; to put it back on a laptop, back the opened backup up to
    the new place (the same consistent, fsynced procedure). Returns what was written."""
    if target.exists() and any(target.iterdir()):
        raise UsageError(f"{target} is not empty; restore into a new folder")
    with Vault.open(backup_dir, passphrase, **open_args) as opened:  # type: ignore[arg-type]
        result = backup(opened, target)
    return result


def last_backup_time(vault: Vault) -> str | None:
    """UTC time (ISO) of the last backup, from the custody log; None if never backed up."""
    time = db.scalar(vault.conn, "SELECT time FROM custody WHERE action = 'backup' ORDER BY seq DESC LIMIT 1")
    return None if time is None else str(time)
