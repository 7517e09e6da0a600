"""`import_paths`: files and folders into the vault, each original hashed and sealed.

A small pipeline: helper threads prepare the next files (read, hash, encrypt, write, decode a
thumbnail; no database access) while this thread gathers the prepared ones into batches, in the
walk's order, and commits each batch with one durable sync of its blobs and one transaction
(`_Batch`): a folder of small files would otherwise spend its time in per-file fsyncs. A batch is
committed at BATCH_FILES files or BATCH_BYTES bytes, and before waiting on a large file or once
it is BATCH_SECONDS old, so a slow file never holds finished ones back for long. A crash loses at
most the open batch, never half an item. A file that cannot be evidence is rejected with a
reason while the rest imports; a cancelled import finishes nothing half-way: files already
prepared are committed, those still being prepared are discarded, and the exception's `report`
says what was done.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

from ..db import scalar
from ..errors import Cancelled, NotFound, UsageError
from ..links import link_existing
from ..provenance.scan import after_import
from ..search_index import people_text
from ..store import Vault
from ..tags import normalise_tag
from .ingest import Prepared, add_index_row, commit_prepared, discard, prepare
from .record import Links
from .report import Duplicate, ImportCancelled, ImportedFile, ImportProgress, ImportReport, Rejected
from .sandbox import PdfSandbox
from .walk import Candidate, collect

ProgressCallback = Callable[[ImportProgress], None]
WORKERS = 2  # helper threads preparing files
AHEAD = 2  # files queued behind the one being committed, at most AHEAD + 1 (bounds memory held)
BATCH_FILES = 200
BATCH_BYTES = 64 * 1024 * 1024
BATCH_SECONDS = 1.0
LARGE_FILE = 16 * 1024 * 1024  # before waiting for a file this large, commit the open batch

# (plan index, walk entry, its preparation; None for an entry rejected by the walk)
_Slot = tuple[int, "Candidate | Rejected", "Future[Prepared | Rejected] | None"]


def import_paths(
    vault: Vault,
    paths: Sequence[Path],
    *,
    case_id: str | None = None,
    tags: Sequence[str] = (),
    people: Sequence[tuple[str, str]] = (),
    on_progress: ProgressCallback | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> ImportReport:
    """Import `paths` (files and folders, walked recursively in sorted order).

    Raises NotFound for an unknown case or person and UsageError for a malformed tag, before any
    file is touched; ImportCancelled (a Cancelled, with `.report`) when `should_cancel` says so.
    `on_progress` and `should_cancel` may be called from a helper thread, never concurrently.
    """
    links = _links(vault, case_id, tags, people)
    plan = collect(list(paths), exclude=vault.path)
    todo = [entry for entry in plan if isinstance(entry, Candidate)]
    progress = _Progress(on_progress, len(todo), sum(c.size for c in todo))
    cancelled = _serialised(should_cancel, progress.lock)
    report = ImportReport()
    queue: deque[_Slot] = deque()
    pending = iter(enumerate(plan))
    # PDF text is read in one limited child process per run, started on the first PDF.
    with PdfSandbox() as sandbox, ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="intake") as pool:

        def fill() -> None:
            while sum(1 for _, _, f in queue if f is not None) <= AHEAD + 1:
                nxt = next(pending, None)
                if nxt is None:
                    return
                index, entry = nxt
                if isinstance(entry, Rejected):
                    queue.append((index, entry, None))
                    continue
                if cancelled():
                    raise Cancelled("cancelled")
                job = pool.submit(_prepare, vault, entry, (index, links), progress, cancelled, sandbox)
                queue.append((index, entry, job))

        batch = _Batch(vault, links, report, progress)
        try:
            fill()
            while queue:
                slot = queue[0]
                fill()  # keep the helpers busy while this thread waits for and commits `slot`
                queue.popleft()
                index, entry, future = slot
                if future is None:
                    assert isinstance(entry, Rejected)
                    report.rejected.append(entry)
                    continue
                assert isinstance(entry, Candidate)
                if not future.done() and (entry.size >= LARGE_FILE or batch.age() >= BATCH_SECONDS):
                    batch.flush()  # do not keep finished files uncommitted while a slow one runs
                outcome = future.result()
                if isinstance(outcome, Rejected):
                    report.rejected.append(outcome)
                elif cancelled():
                    discard(vault.blobs, outcome)
                    raise Cancelled("cancelled")
                else:
                    batch.add(index, entry, outcome)
            batch.flush()
        except Cancelled:
            try:
                batch.flush()  # prepared files are whole: keep them, as before a cancel
            finally:
                _drain(vault, queue)
            raise ImportCancelled(report) from None
        except BaseException:
            batch.discard()
            _drain(vault, queue)
            raise
    # Content credentials (C2PA) are read from the sealed originals, once each is committed,
    # and ProofMode bundles are opened, their media imported with their verdicts.
    report.imported += after_import(vault, report.imported, links, cancelled)
    return report


def _prepare(
    vault: Vault,
    entry: Candidate,
    where: tuple[int, Links],
    progress: _Progress,
    cancelled: Callable[[], bool],
    sandbox: PdfSandbox,
) -> Prepared | Rejected:
    index, links = where
    progress.begin(index, entry)
    done = prepare(vault.blobs, entry, lambda n: progress.bytes(index, n), cancelled, pdf=sandbox.pdf_text)
    if isinstance(done, Prepared):
        try:
            add_index_row(done, links)  # here, while the writer thread is inside SQLite without the GIL
        except BaseException:
            discard(vault.blobs, done)  # as prepare() does when its analysis fails: no orphan blobs
            raise
    return done


class _Batch:
    """Prepared files waiting to be committed together (see the module docstring)."""

    def __init__(self, vault: Vault, links: Links, report: ImportReport, progress: _Progress) -> None:
        self.vault, self.links, self.report, self.progress = vault, links, report, progress
        self.files: list[Prepared] = []
        self.size = 0
        self.started = 0.0

    def age(self) -> float:
        return time.monotonic() - self.started if self.files else 0.0

    def add(self, index: int, entry: Candidate, prepared: Prepared) -> None:
        if not self.files:
            self.started = time.monotonic()
        self.files.append(prepared)
        self.size += entry.size
        self.progress.end(index, entry)  # prepared is done as far as the user can tell
        if len(self.files) >= BATCH_FILES or self.size >= BATCH_BYTES:
            self.flush()

    def flush(self) -> None:
        if not self.files:
            return
        files, self.files, self.size = self.files, [], 0
        for result in commit_prepared(self.vault, files, self.links):
            if isinstance(result, ImportedFile):
                self.report.imported.append(result)
            else:
                self.report.duplicates.append(_link_duplicate(self.vault, result, self.links))

    def discard(self) -> None:
        for prepared in self.files:
            discard(self.vault.blobs, prepared)
        self.files, self.size = [], 0


def _link_duplicate(vault: Vault, dup: Duplicate, links: Links) -> Duplicate:
    """The bytes are already in the vault: that item still joins the import's case, tags, people."""
    if not (links.case_id or links.tags or links.people):
        return dup
    done = link_existing(vault, dup.id, case_id=links.case_id, tags=links.tags, people=links.people)
    return replace(
        dup,
        linked_case=(links.case_id or "") if done.case_linked else "",
        tags_added=done.tags_added,
        people_linked=done.people_linked,
    )


def _drain(vault: Vault, queue: deque[_Slot]) -> None:
    """Stop what has not started; wait for what has, and remove the blobs it sealed."""
    futures = [f for _, _, f in queue if f is not None]
    queue.clear()
    for future in futures:
        future.cancel()
    for future in futures:
        if future.cancelled():
            continue
        try:
            outcome = future.result()
        except BaseException:  # noqa: BLE001 - its blobs are already removed; the first error wins
            continue
        if isinstance(outcome, Prepared):
            discard(vault.blobs, outcome)


def _serialised(fn: Callable[[], bool] | None, lock: threading.RLock) -> Callable[[], bool]:
    if fn is None:
        return lambda: False

    def call() -> bool:
        with lock:
            return bool(fn())

    return call


def _links(vault: Vault, case_id: str | None, tags: Sequence[str], people: Sequence[tuple[str, str]]) -> Links:
    conn = vault.conn
    if case_id is not None and scalar(conn, "SELECT 1 FROM cases WHERE id = ?", (case_id,)) is None:
        raise NotFound(f"no case with id {case_id}")
    for person_id, _role in people:
        if scalar(conn, "SELECT 1 FROM people WHERE id = ?", (person_id,)) is None:
            raise NotFound(f"no person with id {person_id}")
    if any(not isinstance(role, str) for _pid, role in people):
        raise UsageError("a person's role must be text")
    clean_tags = tuple(dict.fromkeys(normalise_tag(t) for t in tags))
    clean_people = tuple(dict.fromkeys((pid, role.strip()) for pid, role in people))
    return Links(case_id, clean_tags, clean_people, people_text(conn, (pid for pid, _ in clean_people)))


class _Progress:
    """Per-chunk and per-file progress as ImportProgress values: callbacks are serialised by a
    lock (they come from helper threads) and bytes_done never goes backwards."""

    def __init__(self, callback: ProgressCallback | None, files_total: int, bytes_total: int) -> None:
        self.lock = threading.RLock()
        self._callback = callback
        self._files_total = files_total
        self._bytes_total = bytes_total
        self._files_done = 0
        self._bytes_finished = 0  # bytes of the files already finished
        self._in_flight: dict[int, int] = {}  # plan index → bytes read so far
        self._last = 0
        self._current = ""

    def _emit(self) -> None:
        if self._callback is None:
            return
        done = max(self._last, self._bytes_finished + sum(self._in_flight.values()))
        self._last = done
        self._callback(ImportProgress(self._files_done, self._files_total, done, self._bytes_total, self._current))

    def begin(self, index: int, entry: Candidate) -> None:
        with self.lock:
            self._current = entry.display
            self._in_flight[index] = 0
            self._emit()

    def bytes(self, index: int, done_in_file: int) -> None:
        with self.lock:
            self._in_flight[index] = done_in_file
            self._emit()

    def end(self, index: int, entry: Candidate) -> None:
        with self.lock:
            self._files_done += 1
            self._bytes_finished += entry.size
            self._in_flight.pop(index, None)
            self._emit()
