"""Detached OpenPGP signatures checked in memory with PGPy (docs/adr/017-provenance-libraries.md).

PGPy 0.6 warns about checks it does not implement (revocation, key flags) and Python 3.11
deprecations; those warnings are silenced here, and the verdict says what was and was not
checked: the signature against the key shipped in the same bundle.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass


@dataclass(frozen=True)
class Key:
    fingerprint: str
    handle: object  # a pgpy.PGPKey


class PgpError(Exception):
    """A key or signature that cannot be parsed."""


def load_key(armored: bytes) -> Key:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pgpy

        try:
            key, _ = pgpy.PGPKey.from_blob(armored)
        except Exception as exc:  # noqa: BLE001 - PGPy raises many types on malformed input
            raise PgpError(f"the public key could not be read ({type(exc).__name__})") from None
    return Key(str(key.fingerprint).replace(" ", ""), key)


def verify(key: Key, data: bytes, armored_signature: bytes) -> bool:
    """True when `armored_signature` is a good signature of `data` by `key` (or its subkeys).
    Raises PgpError when the signature cannot be parsed."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import pgpy

        try:
            signature = pgpy.PGPSignature.from_blob(armored_signature)
        except Exception as exc:  # noqa: BLE001
            raise PgpError(f"the signature could not be read ({type(exc).__name__})") from None
        try:
            return bool(key.handle.verify(data, signature))  # type: ignore[attr-defined]
        except Exception:  # noqa: BLE001 - a signature by another key raises rather than failing
            return False
