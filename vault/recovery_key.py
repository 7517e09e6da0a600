"""The recovery key: 160 random bits shown once as eight groups of four Crockford base32 letters."""

from __future__ import annotations

from .errors import UsageError

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_DECODE = {c: i for i, c in enumerate(ALPHABET)}
# Letters people confuse when copying by hand.
_DECODE.update({"O": 0, "I": 1, "L": 1})
RECOVERY_BYTES = 20


def format_recovery_key(raw: bytes) -> str:
    if len(raw) != RECOVERY_BYTES:
        raise ValueError("recovery key must be 20 bytes")
    n = int.from_bytes(raw, "big")
    chars = []
    for _ in range(32):
        chars.append(ALPHABET[n & 31])
        n >>= 5
    text = "".join(reversed(chars))
    return "-".join(text[i : i + 4] for i in range(0, 32, 4))


def parse_recovery_key(text: str) -> bytes:
    cleaned = "".join(ch for ch in text.upper() if not ch.isspace() and ch != "-")
    if len(cleaned) != 32:
        raise UsageError("a recovery key has 32 letters and digits (8 groups of 4)")
    n = 0
    for ch in cleaned:
        if ch not in _DECODE:
            raise UsageError("the recovery key contains a character that cannot be in it")
        n = (n << 5) | _DECODE[ch]
    return n.to_bytes(RECOVERY_BYTES, "big")
