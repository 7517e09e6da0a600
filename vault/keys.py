"""This vault's public identity (age recipient, Ed25519 signing key) and its contacts: partner
organisations' public keys, to which bundles are encrypted and against which received bundles
are checked.

Contact changes are custody events ('contact'); like people, contact names never go into the
log (it travels with exports), only ids and key fingerprints.
"""

from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass
from pathlib import Path

import pyrage

from .custody import fingerprint, key_id
from .db import as_record, named_row, named_rows
from .errors import BundleRejected, NotFound, UsageError
from .fsutil import atomic_output
from .store import Vault

IDENTITY_WARNING = (
    "This file is the vault's SECRET decryption key. Anyone who holds it can read every bundle "
    "sent to this vault. Keep it on an encrypted disk, never send it, delete it when done."
)


@dataclass(frozen=True)
class PublicIdentity:
    recipient: str  # age1...
    signing_key: str  # base64 of the raw 32-byte Ed25519 public key
    fingerprint: str

    def to_json(self) -> dict[str, str]:
        return {"recipient": self.recipient, "signing_key": self.signing_key, "fingerprint": self.fingerprint}


@dataclass(frozen=True)
class Contact:
    id: str
    name: str
    recipient: str
    signing_key: str  # base64 raw Ed25519
    created: str
    removed: str | None = None

    @property
    def fingerprint(self) -> str:
        return fingerprint(base64.b64decode(self.signing_key))

    def to_json(self) -> dict[str, str | None]:
        return {
            "id": self.id,
            "name": self.name,
            "recipient": self.recipient,
            "signing_key": self.signing_key,
            "fingerprint": self.fingerprint,
            "created": self.created,
            "removed": self.removed,
        }


# ----- this vault ----------------------------------------------------------------------------


def identity(vault: Vault) -> pyrage.x25519.Identity:
    """The secret age identity (never leaves memory except through export_identity)."""
    return pyrage.x25519.Identity.from_str(vault.secret("age_identity").decode("ascii"))


def public_identity(vault: Vault) -> PublicIdentity:
    raw = vault.custody.public_raw
    return PublicIdentity(
        recipient=str(identity(vault).to_public()),
        signing_key=base64.b64encode(raw).decode("ascii"),
        fingerprint=fingerprint(raw),
    )


def export_identity(vault: Vault, out: Path) -> Path:
    """Write the secret age identity to `out` (mode 0600, refusing to overwrite), so a partner's
    stock `age -d -i FILE` can open bundles addressed to this vault. Logged."""
    text = f"# {IDENTITY_WARNING}\n# public key: {identity(vault).to_public()}\n{identity(vault)}\n"
    with atomic_output(out, overwrite=False, mode=0o600) as fh:
        fh.write(text.encode("ascii"))
    with vault.transaction():
        vault.record("extract", vault.vault_id, {"secret": "age_identity"})
    return out


# ----- validation ----------------------------------------------------------------------------


def parse_recipient(text: str) -> str:
    text = text.strip()
    try:
        return str(pyrage.x25519.Recipient.from_str(text))
    except Exception:  # pyrage raises its own RecipientError / ValueError
        raise UsageError("not an age X25519 recipient (expected age1...)") from None


def parse_signing_key(text: str) -> bytes:
    """A raw 32-byte Ed25519 public key given as base64 or as 64 hex digits."""
    text = text.strip()
    raw: bytes | None = None
    if len(text) == 64:
        try:
            raw = bytes.fromhex(text)
        except ValueError:
            raw = None
    if raw is None:
        try:
            raw = base64.b64decode(text, validate=True)
        except (binascii.Error, ValueError):
            raw = None
    if raw is None or len(raw) != 32:
        raise UsageError("the signing key must be a 32-byte Ed25519 public key, in base64 or hex")
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(raw)
    except ValueError:
        raise UsageError("not a valid Ed25519 public key") from None
    return raw


# ----- contacts ------------------------------------------------------------------------------

_COLS = "id, name, recipient, signing_key, created, removed"


def add_contact(vault: Vault, name: str, recipient: str, signing_key: str) -> str:
    """Store a partner's public keys. The same signing key cannot be an active contact twice."""
    name = name.strip()
    if not name:
        raise UsageError("a contact needs a name")
    rec = parse_recipient(recipient)
    key_b64 = base64.b64encode(parse_signing_key(signing_key)).decode("ascii")
    if find_by_signing_key(vault, key_b64) is not None:
        raise UsageError("a contact with this signing key already exists")
    with vault.transaction():
        return insert_contact(vault, name, rec, key_b64)


def insert_contact(vault: Vault, name: str, recipient: str, signing_key_b64: str, *, via: str = "") -> str:
    """Insert inside the caller's transaction (bundle import accepts a sender this way)."""
    contact_id = vault.env.new_id()
    vault.conn.execute(
        f"INSERT INTO contacts ({_COLS}) VALUES (?,?,?,?,?,NULL)",
        (contact_id, name, recipient, signing_key_b64, vault.env.now_iso()),
    )
    details = {"op": "add", "fingerprint": fingerprint(base64.b64decode(signing_key_b64)), "recipient": recipient}
    if via:
        details["via"] = via
    vault.record("contact", contact_id, details)
    return contact_id


def get_contact(vault: Vault, contact_id: str, *, include_removed: bool = False) -> Contact:
    row = named_row(vault.conn, f"SELECT {_COLS} FROM contacts WHERE id = ?", (contact_id,))
    if row is None or (row["removed"] is not None and not include_removed):
        raise NotFound(f"no contact with id {contact_id}")
    return as_record(Contact, row)


def list_contacts(vault: Vault, *, include_removed: bool = False) -> list[Contact]:
    where = "" if include_removed else "WHERE removed IS NULL"
    rows = named_rows(vault.conn, f"SELECT {_COLS} FROM contacts {where} ORDER BY created, rowid")
    return [as_record(Contact, r) for r in rows]


def find_by_signing_key(vault: Vault, signing_key_b64: str) -> Contact | None:
    row = named_row(
        vault.conn,
        f"SELECT {_COLS} FROM contacts WHERE signing_key = ? AND removed IS NULL ORDER BY created LIMIT 1",
        (signing_key_b64,),
    )
    return as_record(Contact, row) if row else None


def remove_contact(vault: Vault, contact_id: str) -> None:
    """Mark removed (kept for history: past exports and receipts name it). Logged."""
    contact = get_contact(vault, contact_id)
    with vault.transaction() as conn:
        conn.execute("UPDATE contacts SET removed = ? WHERE id = ?", (vault.env.now_iso(), contact_id))
        vault.record("contact", contact_id, {"op": "remove", "fingerprint": contact.fingerprint})


# ----- a sender's key bound to its vault id --------------------------------------------------


@dataclass(frozen=True)
class SenderBinding:
    sender_key: str  # key id of the signing key
    signing_key: str  # base64 raw Ed25519
    vault_id: str
    bound: str


_BINDING = "SELECT sender_key, signing_key, vault_id, bound FROM received_senders"


def binding_for_key(vault: Vault, signing_key_b64: str) -> SenderBinding | None:
    row = named_row(vault.conn, f"{_BINDING} WHERE signing_key = ?", (signing_key_b64,))
    return as_record(SenderBinding, row) if row is not None else None


def binding_for_vault(vault: Vault, vault_id: str) -> SenderBinding | None:
    row = named_row(vault.conn, f"{_BINDING} WHERE vault_id = ?", (vault_id,))
    return as_record(SenderBinding, row) if row is not None else None


def bindings(vault: Vault) -> dict[str, SenderBinding]:
    """Key id -> binding, for every sender this vault ever accepted a bundle from."""
    found = (as_record(SenderBinding, r) for r in named_rows(vault.conn, _BINDING))
    return {b.sender_key: b for b in found}


def check_sender_binding(vault: Vault, signing_key_b64: str, vault_id: str) -> None:
    """Refuse a sender whose key is bound to another vault id, or who claims a vault id bound to
    another key or this vault's own. Vaults from before the binding table existed are checked
    against their own signed 'receive' events, which name each sender's vault and fingerprint."""
    fp = fingerprint(base64.b64decode(signing_key_b64))
    if vault_id == vault.vault_id:
        raise BundleRejected(f"the bundle (key {fp}) claims to come from this vault itself")
    by_key, by_vault = binding_for_key(vault, signing_key_b64), binding_for_vault(vault, vault_id)
    if by_key is not None and by_key.vault_id != vault_id:
        raise BundleRejected(
            f"the sender's key {fp} was bound to vault {by_key.vault_id} when first accepted; "
            f"this bundle claims vault {vault_id}"
        )
    if by_vault is not None and by_vault.signing_key != signing_key_b64:
        other = fingerprint(base64.b64decode(by_vault.signing_key))
        raise BundleRejected(f"vault {vault_id} belongs to another sender (key {other}); this bundle is signed by {fp}")
    if by_key is None:
        for seen_vault, seen_fp in _earlier_receipts(vault, vault_id, fp):
            if seen_vault != vault_id or seen_fp != fp:
                raise BundleRejected(
                    f"an earlier bundle from vault {seen_vault} was signed by key {seen_fp}; "
                    f"this one claims vault {vault_id} with key {fp}"
                )


def _earlier_receipts(vault: Vault, vault_id: str, fp: str) -> list[tuple[str, str]]:
    rows = named_rows(
        vault.conn,
        "SELECT json_extract(details, '$.sender_vault') AS vault_id, "
        "json_extract(details, '$.sender_fingerprint') AS fingerprint "
        "FROM custody WHERE action = 'receive' AND json_extract(details, '$.sender') IS NOT 'self' AND "
        "(json_extract(details, '$.sender_vault') = ? OR (json_extract(details, '$.sender_fingerprint') = ? "
        " AND json_extract(details, '$.sender_vault') IS NOT NULL))",
        (vault_id, fp),
    )
    return [(str(r["vault_id"]), str(r["fingerprint"])) for r in rows]


def bind_sender(vault: Vault, signing_key_b64: str, vault_id: str) -> None:
    """Record the binding at first acceptance (inside the caller's transaction); checked first."""
    check_sender_binding(vault, signing_key_b64, vault_id)
    vault.conn.execute(
        "INSERT OR IGNORE INTO received_senders VALUES (?,?,?,?)",
        (key_id(base64.b64decode(signing_key_b64)), signing_key_b64, vault_id, vault.env.now_iso()),
    )
