"""Every exception the core raises. The CLI maps these to exit codes; the UI to messages.

Messages never contain evidence content or names: only ids, paths the user gave us, and reasons.
"""

from __future__ import annotations


class VaultError(Exception):
    """Base of all Evidence Vault errors."""


class UsageError(VaultError):
    """The caller asked for something impossible (bad argument, unknown id, non-empty folder)."""


class NotFound(UsageError):
    """An id that names nothing in this vault."""


class VaultNotFound(VaultError):
    """No vault at the given place."""


class VaultExists(VaultError):
    """Refusing to create a vault where something already is."""


class WrongPassphrase(VaultError):
    """The secret did not open any key slot. Nothing was modified."""

    def __init__(self, message: str = "wrong passphrase") -> None:
        super().__init__(message)


class VaultInTravel(VaultError):
    """The vault is in travel mode: its header is with a partner organisation. Nobody can open it,
    with the passphrase or the recovery key, until the header is put back (`travel end`)."""


class VaultDamaged(VaultError):
    """The header or database is unreadable or inconsistent. Never repaired silently."""


class WeakParameters(VaultDamaged):
    """A header asks for key-derivation parameters below the enforced floor."""


class IntegrityError(VaultError):
    """Authenticated data failed to authenticate. Deliberately opaque (no oracle)."""

    def __init__(self, message: str = "integrity check failed") -> None:
        super().__init__(message)


class RejectedFile(VaultError):
    """A file that cannot be evidence (empty, unreadable, not a regular file, escaping link)."""


class Cancelled(VaultError):
    """A long operation was cancelled by its caller."""


class VaultLocked(VaultError):
    """The vault was closed (locked) while an operation needed it."""


class BundleRejected(IntegrityError):
    """A partner bundle failed a check on import (tampered, truncated, lying manifest, path
    tricks, oversize). Nothing was imported. The message names the reason, never content."""

    def __init__(self, message: str = "bundle rejected") -> None:
        super().__init__(message)


class WrongRecipient(BundleRejected):
    """The bundle is not encrypted to this vault's age identity (or its header is damaged)."""


class UnknownSender(BundleRejected):
    """The bundle is validly signed, but by a key that is not one of this vault's contacts.
    `fingerprint` is the sender key's, for the user to compare with the sender."""

    def __init__(self, message: str = "unknown sender", fingerprint: str = "") -> None:
        super().__init__(message)
        self.fingerprint = fingerprint


class DocumentUnreadable(VaultError):
    """A document's pages or facts could not be read (damaged, password-protected, or too hard
    for the limited child process). The item itself is unaffected."""
