"""Ids as a partner or public export shows them: derived, so two recipients cannot join copies.

An id in a `partner`/`public` export is HMAC-SHA256(K, scope || kind || local id), K derived
from this vault's signing secret (so nothing new is stored). The scope of a bundle is the set
of its recipients' keys: every bundle to the same recipient(s) carries the same ids (the
receiver recognises follow-ups, and stays idempotent), bundles to different recipients carry
unrelated ones. The scope of a dossier is the export itself (a fresh random export id).
`internal` exports keep the vault's own ids.
"""

from __future__ import annotations

import hashlib
import hmac

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..store import Vault

ID_HEX = 32  # 128 bits, within the bundle format's id shape


def subkey(vault: Vault, purpose: str) -> bytes:
    """A key for `purpose` derived from the vault's signing secret (HKDF, domain-separated)."""
    info = f"evidence-vault {purpose} v1".encode()
    return HKDF(hashes.SHA256(), 32, None, info).derive(vault.secret("signing_key"))


def bundle_scope(recipients: list[str]) -> bytes:
    return b"bundle\n" + "\n".join(sorted(set(recipients))).encode("utf-8")


def dossier_scope(export_id: str) -> bytes:
    return b"dossier\n" + export_id.encode("ascii")


class IdMap:
    """local id -> exported id, for one scope; identity under `internal`."""

    def __init__(self, vault: Vault, scope: bytes, profile: str) -> None:
        self.derive = profile != "internal"
        self._key = hmac.new(subkey(vault, "export ids"), scope, hashlib.sha256).digest() if self.derive else b""
        self._back: dict[str, str] = {}

    def __call__(self, kind: str, local_id: str) -> str:
        if not self.derive:
            return local_id
        out = hmac.new(self._key, f"{kind}\n{local_id}".encode(), hashlib.sha256).hexdigest()[:ID_HEX]
        self._back[out] = local_id
        return out

    def local(self, exported: str) -> str | None:
        """The local id behind an exported one this map produced."""
        return self._back.get(exported, exported if not self.derive else None)
