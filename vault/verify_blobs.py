"""The blob side of `verify`: what lies under blobs/, and every live blob re-read, authenticated
and hashed (like `borg check --verify-data`).

Two worker threads each take whole blobs: file reads and SHA-256 (hashlib) run without the GIL,
so on two cores one blob is hashed while the other is read and decrypted. The whole blob pass
runs in the background while the caller checks the database and the chain; progress is
reported from the calling thread.
"""

from __future__ import annotations

import hashlib
import os
import stat
import threading
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from .blobs import BLOB_ID, PARTIAL_SUFFIX, BlobStore
from .db import Connection, as_record, named_rows
from .errors import IntegrityError
from .verify_report import (
    BLOB_CORRUPT,
    BLOB_MISSING,
    BLOB_ORPHAN,
    BLOB_PARTIAL,
    BLOB_STRAY,
    HASH_MISMATCH,
    SIZE_MISMATCH,
    VerifyReport,
)

Progress = Callable[[int, int, str], None]
_HEX2 = frozenset(f"{i:02x}" for i in range(256))
WORKERS = 2
_IN_FLIGHT = 4


@dataclass
class BlobFiles:
    """What is on disk under blobs/: candidate blob files by id (with their size), and the rest."""

    files: dict[str, int] = field(default_factory=dict)
    partial: list[str] = field(default_factory=list)  # relative paths
    stray: list[tuple[str, str]] = field(default_factory=list)  # (relative path, what it is)


def _what(mode: int) -> str:
    if stat.S_ISLNK(mode):
        return "a symbolic link"
    if stat.S_ISDIR(mode):
        return "a directory"
    return "a regular file" if stat.S_ISREG(mode) else "a special file"


def scan_files(root: Path) -> BlobFiles:
    """Classify every entry under blobs/ without following links."""
    found = BlobFiles()
    if not root.is_dir():
        return found
    for top in sorted(os.scandir(root), key=lambda e: e.name):
        rel_top = f"blobs/{top.name}"
        mode = top.stat(follow_symlinks=False).st_mode
        if not stat.S_ISDIR(mode) or top.name not in _HEX2:
            found.stray.append((rel_top, _what(mode)))
            continue
        for entry in sorted(os.scandir(top.path), key=lambda e: e.name):
            rel = f"{rel_top}/{entry.name}"
            st = entry.stat(follow_symlinks=False)
            name = entry.name
            regular = stat.S_ISREG(st.st_mode)
            if regular and BLOB_ID.match(name) and name[:2] == top.name:
                found.files[name] = st.st_size
            elif regular and name.endswith(PARTIAL_SUFFIX) and BLOB_ID.match(name[: -len(PARTIAL_SUFFIX)]):
                found.partial.append(rel)
            else:
                found.stray.append((rel, _what(st.st_mode)))
    return found


@dataclass(frozen=True)
class BlobRow:
    blob_id: str
    item_id: str
    purpose: str
    size: int
    sha256: str
    item_sha256: str | None
    item_size: int | None


def live_blob_rows(conn: Connection) -> list[BlobRow]:
    rows = named_rows(
        conn,
        "SELECT b.id AS blob_id, b.item_id, b.purpose, b.size, b.sha256, i.sha256 AS item_sha256, "
        "i.size AS item_size FROM blobs b "
        "LEFT JOIN items i ON i.id = b.item_id WHERE b.destroyed IS NULL ORDER BY b.id",
    )
    return [as_record(BlobRow, r) for r in rows]


def destroyed_blob_ids(conn: Connection) -> dict[str, str]:
    return {
        r["id"]: r["destroyed"] for r in named_rows(conn, "SELECT id, destroyed FROM blobs WHERE destroyed IS NOT NULL")
    }


INTERRUPTED_ORPHAN = (
    "a write was interrupted before it was recorded (power cut, crash, a killed program): this file was never "
    "part of the vault's records; nothing committed was lost; it is removed the next time the vault is opened"
)
INTERRUPTED_PARTIAL = (
    "an unfinished write left by an interruption: nothing committed was lost; "
    "it is removed the next time the vault is opened"
)


def report_files(files: BlobFiles, live: Iterable[BlobRow], destroyed: dict[str, str], report: VerifyReport) -> None:
    """Orphans, partial writes and strays; none of them is evidence, none is touched here. What an
    interrupted write leaves is a note; strays and files of destroyed content are problems."""
    live_ids = {r.blob_id for r in live}
    for blob_id in sorted(set(files.files) - live_ids):
        rel = f"blobs/{blob_id[:2]}/{blob_id}"
        if blob_id in destroyed:
            # Destroyed content still readable by whoever holds the key: worth a problem.
            why = f"its row says destroyed at {destroyed[blob_id]} but the file is still there (interrupted destroy)"
            report.add(BLOB_ORPHAN, rel, why)
        else:
            # What an interrupted write leaves is a note, not damage: the row that would have
            # named it never committed, so nothing committed is missing (issue 15, item 7).
            report.note(BLOB_ORPHAN, rel, INTERRUPTED_ORPHAN)
    for rel in files.partial:
        report.note(BLOB_PARTIAL, rel, INTERRUPTED_PARTIAL)
    for rel, what in files.stray:
        report.add(BLOB_STRAY, rel, f"{what} that is not a vault blob; it does not belong under blobs/")


def _describe(row: BlobRow) -> str:
    return f"{row.purpose} blob {row.blob_id}"


def _read_one(store: BlobStore, blob_id: str, counter: list[int], lock: threading.Lock) -> tuple[str, int, str]:
    """Decrypt and hash one blob. Returns (sha256, plaintext size, error or '')."""
    sha = hashlib.sha256()
    size = 0

    def seen(n: int) -> None:
        with lock:
            counter[0] += n

    try:
        for chunk in store.iter_plaintext(blob_id, on_bytes=seen):
            sha.update(chunk)
            size += len(chunk)
    except IntegrityError as exc:
        return "", size, f"fails authentication after {size} bytes: {exc} (altered, truncated or damaged)"
    except OSError as exc:
        return "", size, f"cannot be read: {exc.strerror or exc}"
    return sha.hexdigest(), size, ""


def _judge(row: BlobRow, result: tuple[str, int, str], report: VerifyReport) -> None:
    sha, size, error = result
    what = _describe(row)
    if error:
        report.add(BLOB_CORRUPT, row.item_id, f"{what} {error}")
        return
    if sha != row.sha256:
        report.add(
            HASH_MISMATCH, row.item_id, f"{what}: SHA-256 of its content is {sha}, the vault recorded {row.sha256}"
        )
    if size != row.size:
        report.add(SIZE_MISMATCH, row.item_id, f"{what}: holds {size} bytes, the vault recorded {row.size}")
    if row.purpose == "original" and row.item_sha256 is not None and sha != row.item_sha256:
        report.add(
            HASH_MISMATCH,
            row.item_id,
            f"{what}: SHA-256 {sha} is not the item's intake hash {row.item_sha256}",
        )
    if row.purpose == "original" and row.item_size is not None and size != row.item_size:
        report.add(SIZE_MISMATCH, row.item_id, f"{what}: holds {size} bytes, the item recorded {row.item_size}")


class BlobCheck:
    """Re-reads every live blob on a background thread (itself feeding two workers), so the
    calling thread can check the database and the custody chain meanwhile: on a cold cache the
    disk is the bottleneck and that CPU work hides behind it. A missing file is named; nothing is
    repaired or removed. Findings go to `self.report`, merged by the caller after `finish`."""

    def __init__(self, store: BlobStore, rows: list[BlobRow], files: BlobFiles) -> None:
        self.report = VerifyReport()
        self._store = store
        self._present: list[BlobRow] = []
        for row in rows:
            if row.blob_id in files.files:
                self._present.append(row)
            else:
                path = f"blobs/{row.blob_id[:2]}/{row.blob_id}"
                self.report.add(BLOB_MISSING, row.item_id, f"{_describe(row)}: the file {path} is missing")
        self.total = sum(files.files[r.blob_id] for r in self._present)
        self._counter, self._lock = [0], threading.Lock()
        self._error: BaseException | None = None
        self._stop = threading.Event()  # set when the caller gives up (a cancelled verify)
        self._thread = threading.Thread(target=self._run, name="verify-blobs", daemon=True)

    def start(self) -> BlobCheck:
        self._thread.start()
        return self

    def done_bytes(self) -> int:
        with self._lock:
            return min(self._counter[0], self.total)

    def finish(self, on_progress: Progress | None = None) -> VerifyReport:
        """Wait for the end, reporting progress from the calling thread. If `on_progress` raises
        (the caller cancelled), the reader stops after the reads in flight and the error passes on."""
        try:
            while self._thread.is_alive():
                self._thread.join(0.25)
                if on_progress is not None:
                    on_progress(self.done_bytes(), self.total, "blobs")
            if on_progress is not None:
                on_progress(self.done_bytes(), self.total, "blobs")
        except BaseException:
            self._stop.set()
            self._thread.join()
            raise
        if self._error is not None:
            raise self._error
        return self.report

    def _run(self) -> None:
        try:
            self._check_all()
        except BaseException as exc:  # handed to the caller's thread by finish()
            self._error = exc

    def _check_all(self) -> None:
        report, items = self.report, set()
        todo = iter(self._present)
        running: dict[Future[tuple[str, int, str]], BlobRow] = {}
        with ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="verify-blob") as pool:
            while True:
                while len(running) < _IN_FLIGHT and not self._stop.is_set():
                    queued = next(todo, None)
                    if queued is None:
                        break
                    running[pool.submit(_read_one, self._store, queued.blob_id, self._counter, self._lock)] = queued
                if not running:
                    break
                finished, _ = wait(running, return_when=FIRST_COMPLETED)
                for fut in finished:
                    row = running.pop(fut)
                    result = fut.result()
                    _judge(row, result, report)
                    report.blobs_checked += 1
                    report.bytes_checked += result[1]
                    if row.purpose == "original":
                        items.add(row.item_id)
        report.items_checked = len(items)
