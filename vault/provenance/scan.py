"""After an import: look for C2PA content credentials in the items just imported."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence

from ..intake.record import Links
from ..intake.report import ImportedFile
from ..items import get_item, read_original
from ..store import Vault
from .bundles import expand_proofmode
from .c2pa import MAX_BYTES, check_c2pa
from .records import attach
from .verdict import Verdict

log = logging.getLogger(__name__)

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
    record a verdict where it carries a manifest. Returns item id → verdict."""
    found: dict[str, Verdict] = {}
    for item_id in item_ids:
        if should_cancel is not None and should_cancel():
            break
        item = get_item(vault, item_id)
        if not item.mime.startswith(_C2PA_MIMES) or (item.size or 0) > MAX_BYTES:
            continue
        data = read_original(vault, item_id, MAX_BYTES, log_view=False)
        # Every manifest (embedded, or a remote reference in XMP) names itself "c2pa": files
        # without the word are not handed to the native library at all.
        verdict = check_c2pa(data, item.mime) if b"c2pa" in data else None
        del data
        if verdict is not None:
            attach(vault, item_id, [verdict])
            found[item_id] = verdict
            log.info("item %s: c2pa %s", item_id, verdict.status)
    return found
