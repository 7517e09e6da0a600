"""Salted commitments: how a partner/public export ties what it shows to a sealed original
without handing the receiver an oracle (docs/court-commitments.md).

A redacted testimony is identified by the SHA-256 of the redacted text. Printing the SHA-256 of
the original text would let a receiver confirm a guessed name by hashing guesses, so the export
carries instead

    commitment = SHA-256( ASCII of  salt_hex + original_sha256_hex + shown_sha256_hex )

where `shown_sha256_hex` is the SHA-256 of what travelled (empty when nothing did) and the salt
is HMAC-SHA256(K, export id || item || revision), K derived from this vault's signing secret. The
salt never leaves the vault; `evidence-vault commitment reveal EXPORT ITEM` prints it for a
court, which recomputes the commitment with `printf '%s%s%s' SALT ORIGINAL SHOWN | sha256sum`.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from typing import Any

from ..db import scalar
from ..errors import NotFound
from ..store import Vault
from .derive_ids import subkey


def salt_hex(vault: Vault, export_id: str, item_id: str, rev: int = 0) -> str:
    key = subkey(vault, "commitment salts")
    return hmac.new(key, f"{export_id}\n{item_id}\n{rev}".encode(), hashlib.sha256).hexdigest()


def commitment(salt: str, original_sha256: str, shown_sha256: str = "") -> str:
    return hashlib.sha256((salt + original_sha256 + shown_sha256).encode("ascii")).hexdigest()


class Committer:
    """Makes the commitments of one export and remembers them for its custody event."""

    def __init__(self, vault: Vault, export_id: str) -> None:
        self.vault, self.export_id = vault, export_id
        self.records: list[dict[str, Any]] = []

    def __call__(self, item_id: str, exported_id: str, original: str, shown: str = "", rev: int = 0) -> str:
        c = commitment(salt_hex(self.vault, self.export_id, item_id, rev), original, shown)
        self.records.append({"item": item_id, "as": exported_id, "rev": rev, "commitment": c, "shown": shown})
        return c


@dataclass(frozen=True)
class Reveal:
    export_id: str
    item_id: str
    exported_id: str
    rev: int
    salt: str
    original_sha256: str
    shown_sha256: str
    commitment: str

    def to_json(self) -> dict[str, Any]:
        doc = dict(self.__dict__)
        doc["recompute"] = f"printf '%s%s%s' {self.salt} {self.original_sha256} {self.shown_sha256} | sha256sum"
        return doc


def _original_sha(vault: Vault, item_id: str, rev: int) -> str:
    if rev:
        sha = scalar(vault.conn, "SELECT sha256 FROM revisions WHERE item_id = ? AND rev = ?", (item_id, rev))
    else:
        sha = scalar(vault.conn, "SELECT sha256 FROM items WHERE id = ?", (item_id,))
    if not sha:  # no such row, or no hash recorded
        raise NotFound(f"item {item_id} has no recorded SHA-256" + (f" for revision {rev}" if rev else ""))
    return str(sha)


def reveal(vault: Vault, export_id: str, item: str, rev: int | None = None) -> list[Reveal]:
    """The salts behind an export's commitments for `item` (this vault's id, or the id the
    export showed), each checked: the recomputed commitment must be the one recorded."""
    found: list[Reveal] = []
    for ev in vault.custody.events():
        if ev.action != "export" or ev.details.get("export_id") != export_id:
            continue
        for rec in ev.details.get("commitments", []):
            if item not in (rec.get("item"), rec.get("as")) or (rev is not None and rec.get("rev") != rev):
                continue
            local, r = str(rec["item"]), int(rec["rev"])
            salt = salt_hex(vault, export_id, local, r)
            original = _original_sha(vault, local, r)
            if commitment(salt, original, str(rec["shown"])) != rec["commitment"]:
                raise NotFound(f"the commitment recorded for item {item} does not recompute; run verify")
            found.append(
                Reveal(export_id, local, str(rec["as"]), r, salt, original, str(rec["shown"]), str(rec["commitment"]))
            )
    if not found:
        raise NotFound(f"export {export_id} made no commitment for item {item}")
    return found
