"""After an import: look for C2PA content credentials in the items just imported."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence

from ..db import named_rows
from ..intake.record import Links
from ..intake.report import ImportedFile
from ..items import blob_of, read_original
from ..store import Vault
from .bundles import expand_proofmode
from .c2pa import MAX_BYTES
from .isolate import C2paSandbox
from .records import attach
from .verdict import Verdict

log = logging.getLogger(__name__)

# An embedded manifest store is a JUMBF box labelled "c2pa" (NUL-terminated); a remote one is
# referenced from XMP's dcterms:provenance. Files with neither never reach the native library,
# and the search streams through the sealed original so a large file is never held in memory.
_MARKERS = (b"c2pa\x00", b"dcterms:provenance", b"provenance=")
# Formats the C2PA library reads (photos, video, audio, PDF); others are not handed to it.
_C2PA_MIMES = ("image/", "video/", "audio/", "application/pdf")


def after_import(
    vault: Vault, imported: Sequence[ImportedFile], links: Links, should_cancel: Callable[[], bool] | None = None
) -> list[ImportedFile]:
    """The proof carried by files just imported: ProofMode bundles are opened (their media become
    items, returned here) and every photo, video or PDF is checked for C2PA credentials."""
    extra: list[ImportedFile] = []
    for done in imported:
        if should_cancel is not None and should_cancel():
            break
        if done.kind == "other":
            extra += expand_proofmode(vault, done.id, links)
    check_imported(vault, [i.id for i in [*imported, *extra]], should_cancel)
    return extra


def check_imported(
    vault: Vault, item_ids: Iterable[str], should_cancel: Callable[[], bool] | None = None
) -> dict[str, Verdict]:
    """Check each item's sealed original (not the source file, which may have changed since) and
    record a verdict where it carries a manifest. Returns item id → verdict. The native parser
    runs in a limited child process, started only if some file carries a manifest marker."""
    found: dict[str, Verdict] = {}
    sandbox: C2paSandbox | None = None
    try:
        for item_id, mime in _readable(vault, list(item_ids)):
            if should_cancel is not None and should_cancel():
                break
            if not _has_marker(vault, item_id):
                continue
            data = read_original(vault, item_id, MAX_BYTES, log_view=False)
            sandbox = sandbox or C2paSandbox()
            verdict = sandbox.check(data, mime)
            del data
            if verdict is not None:
                attach(vault, item_id, [verdict])
                found[item_id] = verdict
                log.info("item %s: c2pa %s", item_id, verdict.status)
    finally:
        if sandbox is not None:
            sandbox.close()
    return found


def _readable(vault: Vault, item_ids: list[str]) -> list[tuple[str, str]]:
    """(id, mime) of the items, in the given order, that the C2PA library could read: one query
    per few hundred items (5,000 small text files cost 0.3 s when each item was fetched alone)."""
    kept: dict[str, str] = {}
    for start in range(0, len(item_ids), 500):
        part = item_ids[start : start + 500]
        rows = named_rows(
            vault.conn,
            f"SELECT id, mime, size FROM items WHERE id IN ({','.join('?' * len(part))})",
            part,
        )
        for row in rows:
            if (row["mime"] or "").startswith(_C2PA_MIMES) and (row["size"] or 0) <= MAX_BYTES:
                kept[row["id"]] = row["mime"]
    return [(item_id, kept[item_id]) for item_id in item_ids if item_id in kept]


def _has_marker(vault: Vault, item_id: str) -> bool:
    blob_id = blob_of(vault, item_id)
    if blob_id is None:
        return False
    tail = b""
    for chunk in vault.blobs.iter_plaintext(blob_id):
        window = tail + chunk
        if any(marker in window for marker in _MARKERS):
            return True
        tail = window[-32:]
    return False
