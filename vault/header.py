"""`vault.header`: versioned JSON with the vault id and key slots. It holds no secret in clear.

Each slot wraps the 256-bit master key with AES-256-GCM under a key derived from a secret. The
slot's parameters are the AEAD's associated data, so an edited slot fails to open rather than
opening with weaker settings.
"""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from . import kdf
from .errors import VaultDamaged, WrongPassphrase
from .fsutil import atomic_write

FORMAT = "evidence-vault/header"
VERSION = 1
MAX_HEADER_BYTES = 64 * 1024
PASSPHRASE = "passphrase"
RECOVERY = "recovery"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object, what: str) -> bytes:
    if not isinstance(text, str):
        raise VaultDamaged(f"vault header is damaged: {what} is not text")
    try:
        return base64.b64decode(text, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise VaultDamaged(f"vault header is damaged: {what} is not base64") from exc


@dataclass(frozen=True)
class KeySlot:
    slot_id: str
    kind: str  # PASSPHRASE or RECOVERY
    salt: bytes
    argon2: kdf.Argon2Params | None  # None for the recovery slot (its secret is already random)
    nonce: bytes
    wrapped_key: bytes

    def kdf_document(self) -> dict[str, Any]:
        if self.argon2 is None:
            return {"name": "hkdf-sha256", "salt": _b64(self.salt)}
        return {
            "name": "argon2id",
            "memory_kib": self.argon2.memory_kib,
            "iterations": self.argon2.iterations,
            "lanes": self.argon2.lanes,
            "salt": _b64(self.salt),
        }

    def to_document(self) -> dict[str, Any]:
        return {
            "id": self.slot_id,
            "type": self.kind,
            "kdf": self.kdf_document(),
            "nonce": _b64(self.nonce),
            "wrapped_key": _b64(self.wrapped_key),
        }


@dataclass(frozen=True)
class VaultHeader:
    vault_id: str
    slots: tuple[KeySlot, ...]

    def to_bytes(self) -> bytes:
        doc = {
            "format": FORMAT,
            "version": VERSION,
            "vault_id": self.vault_id,
            "cipher": "aes-256-gcm",
            "slots": [s.to_document() for s in self.slots],
        }
        return (json.dumps(doc, indent=2, sort_keys=True) + "\n").encode("utf-8")

    def slot(self, kind: str) -> KeySlot | None:
        return next((s for s in self.slots if s.kind == kind), None)

    def with_slot(self, new: KeySlot) -> VaultHeader:
        others = tuple(s for s in self.slots if s.slot_id != new.slot_id)
        return replace(self, slots=others + (new,))


def _slot_aad(vault_id: str, slot: KeySlot) -> bytes:
    doc = {"vault_id": vault_id, "slot": slot.slot_id, "type": slot.kind, "kdf": slot.kdf_document()}
    return json.dumps(doc, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _secret_key(slot: KeySlot, secret: str | bytes) -> bytes:
    if slot.argon2 is not None:
        if not isinstance(secret, str):
            raise WrongPassphrase()
        return kdf.derive(secret, slot.salt, slot.argon2)
    if not isinstance(secret, bytes):
        raise WrongPassphrase("wrong recovery key")
    return HKDF(hashes.SHA256(), 32, slot.salt, b"evidence-vault recovery slot v1").derive(secret)


def make_slot(
    vault_id: str,
    slot_id: str,
    kind: str,
    secret: str | bytes,
    master_key: bytes,
    random_bytes: Any,
    params: kdf.Argon2Params | None,
) -> KeySlot:
    draft = KeySlot(slot_id, kind, random_bytes(16), params, random_bytes(12), b"")
    wrapping = _secret_key(draft, secret)
    wrapped = AESGCM(wrapping).encrypt(draft.nonce, master_key, _slot_aad(vault_id, draft))
    return replace(draft, wrapped_key=wrapped)


def open_slot(vault_id: str, slot: KeySlot, secret: str | bytes) -> bytes:
    """Unwrap the master key, or raise WrongPassphrase. Parameters are checked before any work."""
    if slot.argon2 is not None:
        slot.argon2.check()
    wrapping = _secret_key(slot, secret)
    try:
        return AESGCM(wrapping).decrypt(slot.nonce, slot.wrapped_key, _slot_aad(vault_id, slot))
    except InvalidTag:
        if slot.kind == RECOVERY:
            raise WrongPassphrase("wrong recovery key") from None
        raise WrongPassphrase() from None


def _parse_slot(doc: object) -> KeySlot:
    if not isinstance(doc, dict):
        raise VaultDamaged("vault header is damaged: a key slot is not an object")
    kind = doc.get("type")
    slot_id = doc.get("id")
    kdf_doc = doc.get("kdf")
    if kind not in (PASSPHRASE, RECOVERY) or not isinstance(slot_id, str) or not isinstance(kdf_doc, dict):
        raise VaultDamaged("vault header is damaged: unknown key slot")
    salt = _unb64(kdf_doc.get("salt"), "salt")
    params: kdf.Argon2Params | None = None
    if kind == PASSPHRASE:
        if kdf_doc.get("name") != "argon2id":
            raise VaultDamaged("vault header is damaged: passphrase slot without Argon2id")
        values = [kdf_doc.get(k) for k in ("memory_kib", "iterations", "lanes")]
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            raise VaultDamaged("vault header is damaged: Argon2id parameters are not integers")
        params = kdf.Argon2Params(*values)  # type: ignore[arg-type]
        params.check()
    elif kdf_doc.get("name") != "hkdf-sha256":
        raise VaultDamaged("vault header is damaged: recovery slot with unknown KDF")
    nonce = _unb64(doc.get("nonce"), "nonce")
    wrapped = _unb64(doc.get("wrapped_key"), "wrapped key")
    if len(nonce) != 12 or len(wrapped) != 48 or len(salt) < 16:
        raise VaultDamaged("vault header is damaged: key slot has the wrong size")
    return KeySlot(slot_id, kind, salt, params, nonce, wrapped)


def parse_header(data: bytes) -> VaultHeader:
    if len(data) > MAX_HEADER_BYTES:
        raise VaultDamaged("vault header is damaged: too large")
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise VaultDamaged("vault header is damaged: not valid JSON") from exc
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise VaultDamaged("vault header is damaged: not an Evidence Vault header")
    if doc.get("version") != VERSION:
        raise VaultDamaged(f"vault header version {doc.get('version')!r} is not supported by this program")
    vault_id = doc.get("vault_id")
    slots_doc = doc.get("slots")
    if not isinstance(vault_id, str) or not isinstance(slots_doc, list) or not slots_doc:
        raise VaultDamaged("vault header is damaged: missing vault id or key slots")
    slots = tuple(_parse_slot(s) for s in slots_doc)
    if len({s.slot_id for s in slots}) != len(slots):
        raise VaultDamaged("vault header is damaged: duplicate key slots")
    return VaultHeader(vault_id, slots)


def read_header(path: Path) -> VaultHeader:
    try:
        with open(path, "rb") as fh:
            data = fh.read(MAX_HEADER_BYTES + 1)
    except FileNotFoundError:
        raise
    except OSError as exc:
        raise VaultDamaged(f"vault header cannot be read: {exc.strerror}") from exc
    return parse_header(data)


def write_header(path: Path, header: VaultHeader) -> None:
    atomic_write(path, header.to_bytes())
