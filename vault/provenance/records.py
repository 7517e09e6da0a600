"""Provenance verdicts kept on the item: in its metadata (shown by `show`, read by search),
one custody event per verification (ids and verdicts only), proof files sealed as its blobs."""

from __future__ import annotations

import json
import logging
from collections.abc import Sequence
from typing import Any

from ..blobs import StoredBlob
from ..db import named_row
from ..errors import NotFound
from ..search import reindex_item
from ..store import Vault
from .verdict import Verdict

log = logging.getLogger(__name__)

KEY = "provenance"  # items.metadata key holding the list of verdicts
PROOF_PURPOSE = "derivative"  # the schema's purpose for sealed files that are not the original


def attach(
    vault: Vault, item_id: str, verdicts: Sequence[Verdict], proof_files: Sequence[tuple[str, StoredBlob]] = ()
) -> None:
    """Record `verdicts` on the item (a verdict replaces an earlier one of its kind) and seal
    `proof_files` (name, blob already stored) with it, in one transaction. On failure the
    proof blobs are removed again; the item itself is left as imported."""
    try:
        with vault.transaction() as conn:
            row = named_row(conn, "SELECT metadata FROM items WHERE id = ?", (item_id,))
            if row is None:
                raise NotFound(f"no item with id {item_id}")
            metadata: dict[str, Any] = json.loads(row["metadata"] or "{}")
            kinds = {v.kind for v in verdicts}
            kept = [p for p in metadata.get(KEY, []) if isinstance(p, dict) and p.get("kind") not in kinds]
            metadata[KEY] = kept + [v.to_json() for v in verdicts]
            now = vault.env.now_iso()
            files = []
            for name, blob in proof_files:
                conn.execute(
                    "INSERT INTO blobs (id, item_id, purpose, size, sha256, created) VALUES (?,?,?,?,?,?)",
                    (blob.blob_id, item_id, PROOF_PURPOSE, blob.size, blob.sha256, now),
                )
                files.append({"name": name, "blob": blob.blob_id, "sha256": blob.sha256})
            if files:
                metadata["proof_files"] = metadata.get("proof_files", []) + files
            conn.execute(
                "UPDATE items SET metadata = ? WHERE id = ?",
                (json.dumps(metadata, ensure_ascii=False, sort_keys=True), item_id),
            )
            for verdict in verdicts:
                # ids and verdicts only: never a signer's name, a chat or a message's text
                vault.record(
                    "provenance",
                    item_id,
                    {"kind": verdict.kind, "status": verdict.status, "proof_blobs": [f["blob"] for f in files]},
                )
            reindex_item(conn, item_id)
    except BaseException:
        for _name, blob in proof_files:
            try:
                vault.blobs.delete(blob.blob_id)
            except OSError:
                log.warning("could not remove blob %s; the next open sweeps it", blob.blob_id)
        raise


def provenance_of(metadata: dict[str, Any]) -> list[Verdict]:
    """The verdicts stored in an item's metadata."""
    return [Verdict.from_json(p) for p in metadata.get(KEY, []) if isinstance(p, dict)]


def show_entries(metadata: dict[str, Any]) -> list[dict[str, Any]]:
    """`show`'s "provenance" list: kind, status, signer, claims (and the reason when not valid)."""
    return [v.to_json() for v in provenance_of(metadata)]
