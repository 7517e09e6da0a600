"""The duress passphrase: a key slot that looks like any passphrase slot but wraps no key.

Its slot has the same type, size and Argon2id parameters as the real one, so reading the header
does not tell which is which. What it wraps is a 32-byte token (16 random bytes and a 16-byte
HMAC of them), not the master key: entering the duress passphrase yields nothing that opens the
vault, and it can start travel mode without any key because travel mode only needs the header
destroyed. A random master key has the token's form with probability 2^-128.

At unlock every passphrase slot is tried (no early exit), so the time taken does not say which
slot matched; with a duress slot, unlocking costs two key derivations.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import replace
from pathlib import Path

from .. import header
from ..errors import UsageError, WrongPassphrase
from ..faults import crashpoint
from .travelmark import HEADER_NAME, enter_travel, file_sha256

_TOKEN_KEY = b"evidence-vault duress slot v1"


def _tag(vault_id: str, random_half: bytes) -> bytes:
    return hmac.new(_TOKEN_KEY + vault_id.encode(), random_half, hashlib.sha256).digest()[:16]


def make_token(vault_id: str) -> bytes:
    half = secrets.token_bytes(16)
    return half + _tag(vault_id, half)


def is_token(vault_id: str, value: bytes) -> bool:
    return len(value) == 32 and hmac.compare_digest(_tag(vault_id, value[:16]), value[16:])


def passphrase_slots(hdr: header.VaultHeader) -> list[header.KeySlot]:
    return [s for s in hdr.slots if s.kind == header.PASSPHRASE]


def unwrap(hdr: header.VaultHeader, passphrase: str) -> tuple[str, bytes, bool]:
    """Try every passphrase slot. Returns (slot id, master key, False) for the real passphrase,
    ('', b'', True) for the duress one; raises WrongPassphrase for anything else."""
    opened: list[tuple[str, bytes]] = []
    for slot in passphrase_slots(hdr):
        try:
            opened.append((slot.slot_id, header.open_slot(hdr.vault_id, slot, passphrase)))
        except WrongPassphrase:
            continue
    for slot_id, value in opened:
        if not is_token(hdr.vault_id, value):
            return slot_id, value, False
    if opened:
        return "", b"", True
    raise WrongPassphrase()


def unlock(vault_dir: Path, hdr: header.VaultHeader, passphrase: str) -> tuple[str, bytes]:
    """The store's passphrase unlock. The duress passphrase silently starts travel mode and then
    fails exactly as a wrong passphrase does (same exception, same message)."""
    slot_id, master, duress = unwrap(hdr, passphrase)
    if duress:
        enter_travel(vault_dir, hdr.vault_id, file_sha256(vault_dir / HEADER_NAME))
        crashpoint("duress-travel-started")
        raise WrongPassphrase()
    return slot_id, master


def with_duress(
    hdr: header.VaultHeader, master: bytes, passphrase: str, duress_passphrase: str
) -> tuple[header.VaultHeader, str]:
    """A new header: the real passphrase slot and the duress slot, both made afresh (new salts,
    new nonces, the same Argon2id parameters) under ids drawn at random, so neither the order nor
    the ids nor the parameters say which is which. Other slots (recovery) are kept. Returns the
    header and the real slot's id."""
    if not duress_passphrase:
        raise UsageError("the duress passphrase must not be empty")
    if duress_passphrase == passphrase:
        raise UsageError("the duress passphrase must differ from the passphrase")
    real_slots = passphrase_slots(hdr)
    params = max((s.argon2 for s in real_slots if s.argon2 is not None), key=lambda p: p.memory_kib * p.iterations)
    ids = ["passphrase-1", "passphrase-2"]
    if secrets.randbits(1):
        ids.reverse()
    rnd = secrets.token_bytes
    real = header.make_slot(hdr.vault_id, ids[0], header.PASSPHRASE, passphrase, master, rnd, params)
    decoy = header.make_slot(
        hdr.vault_id, ids[1], header.PASSPHRASE, duress_passphrase, make_token(hdr.vault_id), rnd, params
    )
    others = tuple(s for s in hdr.slots if s.kind != header.PASSPHRASE)
    slots = tuple(sorted((real, decoy), key=lambda s: s.slot_id)) + others
    return replace(hdr, slots=slots), real.slot_id
