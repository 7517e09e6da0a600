"""A ProofMode bundle found among imported items: its media become items with their verdicts,
its proof files are sealed with them. The zip stays an item as received (originals are never
rewritten); it records which items came out of it."""

from __future__ import annotations

import logging
import zipfile
from dataclasses import replace

from ..blobs import StoredBlob
from ..intake.record import Links
from ..intake.report import Duplicate, ImportedFile
from ..items import get_item, read_original
from ..store import Vault
from .frommemory import import_bytes
from .proofmode import examine, looks_like_proofmode
from .records import attach
from .safezip import MAX_MEDIA_BYTES, Member, read_zip
from .verdict import INVALID, PROOFMODE, UNVERIFIABLE, VALID, Verdict

log = logging.getLogger(__name__)
_RANK = {VALID: 0, UNVERIFIABLE: 1, INVALID: 2}


def expand_proofmode(vault: Vault, zip_item_id: str, links: Links) -> list[ImportedFile]:
    """If the item is a ProofMode bundle, import its media; returns the newly imported items."""
    item = get_item(vault, zip_item_id)
    if item.mime != "application/zip" or (item.size or 0) > MAX_MEDIA_BYTES:
        return []
    data = read_original(vault, zip_item_id, MAX_MEDIA_BYTES, log_view=False)
    try:
        contents = read_zip(data)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, RuntimeError):
        return []
    del data
    if not looks_like_proofmode(contents):
        return []
    media, extras = examine(contents)
    imported: list[ImportedFile] = []
    media_ids: list[str] = []
    verdicts: list[Verdict] = []
    for index, found in enumerate(media):
        result = import_bytes(vault, f"{item.original_name}/{found.name}", found.data, links)
        if isinstance(result, ImportedFile):
            imported.append(result)
        if not isinstance(result, ImportedFile | Duplicate):
            log.info("bundle %s: a media file was rejected", zip_item_id)
            continue
        files = found.proof_files + (extras if index == 0 else [])  # unknown files: kept, with the first
        verdict = found.verdict
        if contents.problems:  # what the zip refused may be why this media cannot be checked
            reason = "; ".join([verdict.reason, *contents.problems] if verdict.reason else contents.problems)
            verdict = replace(verdict, reason=reason[:1000])
        attach(vault, result.id, [verdict], _seal(vault, files))
        media_ids.append(result.id)
        verdicts.append(verdict)
    worst = max((v.status for v in verdicts), key=_RANK.__getitem__, default=UNVERIFIABLE)
    reasons = contents.problems + ([] if media else ["no media file in the bundle"])
    summary = Verdict(PROOFMODE, worst, "", {"media_items": media_ids}, "; ".join(reasons)[:1000])
    attach(vault, zip_item_id, [summary])
    return imported


def _seal(vault: Vault, files: list[Member]) -> list[tuple[str, StoredBlob]]:
    return [(m.name, vault.blobs.store_bytes(m.data)) for m in files]
