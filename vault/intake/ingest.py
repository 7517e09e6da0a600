"""One file through intake, in two steps.

`prepare` (on a helper thread, no database access): open safely, seal the original (hash and
encrypt in one pass), analyse it, seal the thumbnail; its blob files are written but not yet
synced. `commit_prepared` (on the caller's thread, for a batch of prepared files): one durable
sync of all their blobs, then one transaction with the duplicate checks, rows, links, custody
events and search index. Blobs of a prepared file that is not committed are removed with
`discard` (a crash leaves them as orphans, swept on the next open).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, BinaryIO, cast

from ..blobs import BlobStore, StoredBlob
from ..errors import RejectedFile
from ..search_index import IndexRow, new_item_row
from ..store import Vault
from .analyse import Analysis, PdfTextFn, analyse
from .capture import CapturingReader, SourceReadError
from .pdf import pdf_text
from .record import Links, NewItem, commit_batch
from .report import Duplicate, ImportedFile, Rejected
from .walk import Candidate, open_candidate

log = logging.getLogger(__name__)

_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_BIDI_CONTROLS = dict.fromkeys(map(ord, _BIDI))


def clean_text(text: str) -> str:
    """A name as valid Unicode: bytes that were not UTF-8 in the file system become U+FFFD."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def make_title(name: str) -> str:
    """The name without its extension, with control and bidi-override characters removed so a
    title cannot reorder or break the lines it is shown on. The raw name is kept separately."""
    stem, dot, _ext = name.rpartition(".")
    base = stem if dot and stem.strip(".") else name
    title = "".join(" " if not ch.isprintable() and ch not in _BIDI else ch for ch in base)
    title = " ".join(title.translate(_BIDI_CONTROLS).split())
    return title or "untitled"


def _utc(timestamp: float) -> str:
    return datetime.fromtimestamp(timestamp, UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass
class Prepared:
    """A file whose original (and thumbnail) are sealed in blob files but not yet recorded."""

    display: str
    name: str
    mtime: str
    original: StoredBlob
    analysis: Analysis
    metadata: dict[str, Any]
    blobs: list[StoredBlob] = field(default_factory=list)
    index: IndexRow | None = None  # its search index row, when computed ahead (add_index_row)

    def title(self) -> str:
        return make_title(self.name)

    def item_metadata(self) -> dict[str, Any]:
        return {**self.analysis.metadata, **self.metadata}


def prepare(
    blobs: BlobStore,
    cand: Candidate,
    on_bytes: Callable[[int], None] | None,
    should_cancel: Callable[[], bool] | None,
    *,
    pdf: PdfTextFn = pdf_text,
) -> Prepared | Rejected:
    """Raises Cancelled (nothing left behind) or a vault-side error (likewise). `pdf` reads a
    PDF's text (the importer passes its sandbox's)."""
    display = clean_text(cand.display)
    try:
        fd, st = open_candidate(cand)
    except RejectedFile as exc:
        return Rejected(display, str(exc))
    raw_name = os.path.basename(cand.display.rstrip("/"))
    name = clean_text(raw_name)
    metadata: dict[str, Any] = {} if name == raw_name else {"name_bytes_hex": os.fsencode(raw_name).hex()}
    with open(fd, "rb", buffering=0, closefd=True) as raw:
        reader = CapturingReader(raw, name, st.st_size)
        try:
            original = blobs.store(cast(BinaryIO, reader), on_bytes, should_cancel, durable=False)  # read() only
        except SourceReadError as exc:
            return Rejected(display, f"could not be read: {exc.reason}")
        done = Prepared(display, name, _utc(st.st_mtime), original, Analysis("other", ""), metadata, [original])
        try:
            done.analysis = analyse(reader, raw, pdf=pdf)
            if reader.bytes_read != st.st_size:
                done.analysis.warnings.append(
                    f"the file changed while it was being imported ({st.st_size} bytes at the start, "
                    f"{reader.bytes_read} read)"
                )
            if done.analysis.thumbnail:
                done.blobs.append(blobs.store_bytes(done.analysis.thumbnail, durable=False))
                done.analysis.thumbnail = None  # sealed; no need to hold it
        except BaseException:
            discard(blobs, done)
            raise
    return done


def add_index_row(done: Prepared, links: Links) -> None:
    """Compute the search index row the item will get (pure text work; see search_index)."""
    done.index = new_item_row(done.title(), done.analysis.text, done.item_metadata(), links.people_text, links.tags)


def commit(vault: Vault, done: Prepared, links: Links) -> ImportedFile | Duplicate:
    """Record one prepared file, or report it as a duplicate (and remove its blobs)."""
    return commit_prepared(vault, [done], links)[0]


def commit_prepared(vault: Vault, batch: list[Prepared], links: Links) -> list[ImportedFile | Duplicate]:
    """Record a batch of prepared files together: all of them or (on an exception, after which
    every blob of the batch is removed) none. Duplicates' blobs are removed."""
    entries = []
    for done in batch:
        result = done.analysis
        item = NewItem(
            item_id=vault.env.new_id(),
            kind=result.kind,
            title=done.title(),
            mime=result.mime,
            original_name=done.name,
            original_mtime=done.mtime,
            metadata=done.item_metadata(),
            text=result.text,
            warning=result.warning,
            index=done.index,
        )
        entries.append((item, done.original, done.blobs[1] if len(done.blobs) > 1 else None))
    try:
        vault.blobs.make_durable([blob.blob_id for done in batch for blob in done.blobs])
        existing = commit_batch(vault, entries, links)
    except BaseException:
        for done in batch:
            discard(vault.blobs, done)
        raise
    out: list[ImportedFile | Duplicate] = []
    for done, (item, _, _), dup_id in zip(batch, entries, existing, strict=True):
        if dup_id is not None:
            discard(vault.blobs, done)
            out.append(Duplicate(done.display, dup_id))
            continue
        done.blobs.clear()  # recorded: the blobs belong to the item now, never to be discarded
        log.info("imported item %s (%s)", item.item_id, item.kind)
        out.append(ImportedFile(item.item_id, done.display, done.original.sha256, item.kind, item.warning))
    return out


def discard(blobs: BlobStore, done: Prepared) -> None:
    for blob in done.blobs:
        try:
            blobs.delete(blob.blob_id)
        except OSError:
            log.warning("could not remove blob %s; the next open sweeps it", blob.blob_id)
    done.blobs.clear()
