"""After an import: look for C2PA content credentials in the items just imported."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from ..items import get_item, read_original
from ..store import Vault
from .c2pa import MAX_BYTES, check_c2pa
from .records import attach
from .verdict import Verdict

log = logging.getLogger(__name__)

# Formats the C2PA library reads (photos, video, audio, PDF); others are not handed to it.
_C2PA_MIMES = ("image/", "video/", "audio/", "application/pdf")


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
