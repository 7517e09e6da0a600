"""Argon2id parameters: the floor we enforce, and calibration upward on the creating machine."""

from __future__ import annotations

import time
import unicodedata
from dataclasses import dataclass

from cryptography.hazmat.primitives.kdf.argon2 import Argon2id

from .errors import WeakParameters

FLOOR_MEMORY_KIB = 64 * 1024
FLOOR_ITERATIONS = 3
FLOOR_LANES = 4
# Above this a cheap laptop may swap; we raise iterations instead.
MAX_CALIBRATED_MEMORY_KIB = 512 * 1024
# A header asking for more than this is refused too: it would be a denial of service.
CEILING_MEMORY_KIB = 4 * 1024 * 1024
CEILING_ITERATIONS = 64


@dataclass(frozen=True)
class Argon2Params:
    memory_kib: int = FLOOR_MEMORY_KIB
    iterations: int = FLOOR_ITERATIONS
    lanes: int = FLOOR_LANES

    def check(self) -> None:
        """Refuse parameters below the floor (a weakened header) or absurdly high."""
        if self.memory_kib < FLOOR_MEMORY_KIB or self.iterations < FLOOR_ITERATIONS or self.lanes < FLOOR_LANES:
            raise WeakParameters("vault header asks for key-derivation parameters below the safe minimum; refused")
        if self.memory_kib > CEILING_MEMORY_KIB or self.iterations > CEILING_ITERATIONS or self.lanes > 64:
            raise WeakParameters("vault header asks for unreasonable key-derivation parameters")


FLOOR = Argon2Params()


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC so that the same words typed on another keyboard layout or OS give the same key."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def derive(passphrase: str, salt: bytes, params: Argon2Params) -> bytes:
    params.check()
    kdf = Argon2id(
        salt=salt,
        length=32,
        iterations=params.iterations,
        lanes=params.lanes,
        memory_cost=params.memory_kib,
    )
    return kdf.derive(normalise_passphrase(passphrase))


def calibrate(target_seconds: float = 1.0) -> Argon2Params:
    """Raise memory, then iterations, from the floor until one derivation takes ~target_seconds."""
    params = FLOOR
    salt = b"\x00" * 16

    def cost(p: Argon2Params) -> float:
        start = time.perf_counter()
        derive("calibration", salt, p)
        return time.perf_counter() - start

    elapsed = cost(params)
    while elapsed < target_seconds / 2 and params.memory_kib * 2 <= MAX_CALIBRATED_MEMORY_KIB:
        params = Argon2Params(params.memory_kib * 2, params.iterations, params.lanes)
        elapsed *= 2
    if elapsed < target_seconds:
        per_iteration = elapsed / params.iterations
        iterations = min(CEILING_ITERATIONS, max(params.iterations, round(target_seconds / per_iteration)))
        params = Argon2Params(params.memory_kib, iterations, params.lanes)
    return params
