"""Travel mode: escrow the header with a partner (age), destroy it locally, take it back.

- `escrow`: the header file's exact bytes, age-encrypted to a contact's X25519 recipient. The
  header holds only wrapped keys, useless without the passphrase; the partner holds it so that
  nobody, the owner under coercion included, can open the vault while it is away.
- `travel_start`: refused unless the custody log records an escrow of the header as it is now
  (same SHA-256); logged; then the header is destroyed (vault/field/travelmark.py).
- `travel_end`: a header decrypted by the partner with stock `age -d` is accepted only if it
  opens this very database with the owner's passphrase; then it is put back and logged.
- `set_duress`: the duress slot (vault/field/duress.py), refused without an escrow.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

import pyrage

from .. import db, header
from ..errors import UsageError, VaultDamaged, VaultError, WrongPassphrase
from ..faults import crashpoint
from ..fsutil import fsync_dir
from ..keys import get_contact
from ..store import DB_FILE, HEADER_FILE, Vault, VaultSettings
from . import duress, travelmark


@dataclass(frozen=True)
class EscrowResult:
    path: str
    header_sha256: str
    contact: str


def escrowed_hashes(vault: Vault) -> set[str]:
    """SHA-256 of every header this vault has escrowed (from its custody log)."""
    found: set[str] = set()
    for details in db.column(vault.conn, "SELECT details FROM custody WHERE action = 'escrow'"):
        try:
            value = json.loads(details).get("header_sha256")
        except (ValueError, AttributeError):
            continue
        if isinstance(value, str):
            found.add(value)
    return found


def escrow(vault: Vault, contact_id: str, out: Path) -> EscrowResult:
    """Write the header, age-encrypted to the contact, to `out` (refuses to overwrite)."""
    contact = get_contact(vault, contact_id)
    data = (vault.path / HEADER_FILE).read_bytes()
    if header.parse_header(data).vault_id != vault.vault_id:
        raise VaultDamaged("vault header does not belong to this vault")
    sha = hashlib.sha256(data).hexdigest()
    try:
        recipient = pyrage.x25519.Recipient.from_str(contact.recipient)
    except Exception as exc:  # pyrage raises its own untyped errors
        raise UsageError(f"contact {contact.id} has no usable age recipient") from exc
    sealed = pyrage.encrypt(data, [recipient])
    try:
        fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        raise UsageError(f"{out} already exists; refusing to overwrite it") from None
    with os.fdopen(fd, "wb") as fh:
        fh.write(sealed)
        fh.flush()
        os.fsync(fh.fileno())
    with vault.transaction():
        vault.record("escrow", vault.vault_id, {"contact": contact.id, "header_sha256": sha}, also=(contact.id,))
    return EscrowResult(str(out), sha, contact.id)


def travel_start(vault: Vault) -> str:
    """Destroy the local header after checking the partner holds exactly this one. Closes the
    vault. Returns the header's SHA-256 (to compare with the partner's copy)."""
    sha = travelmark.file_sha256(vault.path / HEADER_FILE)
    if sha not in escrowed_hashes(vault):
        raise UsageError(
            "no escrow of the current header: run 'escrow --to CONTACT --out FILE' and send the file first "
            "(the header changes with the passphrase, the duress passphrase and shared recovery)"
        )
    with vault.transaction():
        vault.record("travel-start", vault.vault_id, {"header_sha256": sha})
    path, vault_id = vault.path, vault.vault_id
    vault.close()
    crashpoint("travel-logged")
    travelmark.enter_travel(path, vault_id, sha)
    return sha


def _check_header_opens(vault_dir: Path, candidate: header.VaultHeader, passphrase: str) -> None:
    """The candidate header must unwrap with the passphrase to the key of this database."""
    try:
        _slot, master, _duress = duress.unwrap(candidate, passphrase)
    except WrongPassphrase:
        raise WrongPassphrase("wrong passphrase for this header; nothing was changed") from None
    if _duress:
        raise WrongPassphrase()
    from ..store import _subkey

    try:
        conn = db.connect(vault_dir / DB_FILE, _subkey(master, "database"))
    except VaultDamaged:
        raise UsageError("this header belongs to another vault; nothing was changed") from None
    try:
        stored_id = db.scalar(conn, "SELECT value FROM meta WHERE key = 'vault_id'")
    finally:
        conn.close()
    if stored_id != candidate.vault_id:
        raise UsageError("this header belongs to another vault; nothing was changed")


def travel_end(vault_dir: Path, header_file: Path, passphrase: str, settings: VaultSettings) -> Vault:
    """Put back the header the partner returned; returns the vault, open. Refuses a header of
    another vault, and changes nothing when it refuses."""
    marker = travelmark.read_marker(vault_dir)
    if marker is None and (vault_dir / HEADER_FILE).exists():
        raise UsageError("the vault is not in travel mode")
    if not (vault_dir / DB_FILE).is_file():
        raise UsageError(f"no vault database at {vault_dir}")
    try:
        data = header_file.read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {header_file}: {exc.strerror}") from exc
    try:
        candidate = header.parse_header(data)
    except VaultDamaged as exc:
        raise UsageError(f"{header_file} is not an Evidence Vault header (was it decrypted with age -d?)") from exc
    if marker and marker.get("vault_id") not in (None, candidate.vault_id):
        raise UsageError("this header belongs to another vault; nothing was changed")
    _check_header_opens(vault_dir, candidate, passphrase)
    # Marker first: a cut between the two leaves no header and no marker, and this command
    # simply runs again. The other order could leave a marker that destroys the header anew.
    (vault_dir / travelmark.TRAVEL_FILE).unlink(missing_ok=True)
    fsync_dir(vault_dir)
    crashpoint("travel-marker-removed")
    header.write_header(vault_dir / HEADER_FILE, candidate)
    vault = Vault.open(vault_dir, passphrase, settings=settings)
    try:
        sha = hashlib.sha256(data).hexdigest()
        started = (marker or {}).get("header_sha256", "")
        last = db.scalar(
            vault.conn,
            "SELECT action FROM custody WHERE action IN ('travel-start','travel-end') ORDER BY seq DESC LIMIT 1",
        )
        with vault.transaction():
            if last != "travel-start":
                # Started without a log entry (by the duress passphrase, which holds no key).
                vault.record("travel-start", vault.vault_id, {"header_sha256": started, "logged_late": True})
            vault.record("travel-end", vault.vault_id, {"returned": sha})
    except (VaultError, db.DatabaseError):
        vault.close()
        raise
    return vault


def set_duress(vault: Vault, passphrase: str, duress_passphrase: str) -> None:
    """Add (or replace) the duress passphrase. Needs the current passphrase to re-make its slot
    under a fresh random id. Refused when no escrow exists: the duress passphrase destroys the
    header, and without a copy at a partner nothing would bring the vault back."""
    if not escrowed_hashes(vault):
        raise UsageError("no escrow exists: run 'escrow --to CONTACT --out FILE' and send it to the partner first")
    slot_id, master, is_duress = duress.unwrap(vault.header, passphrase)
    if is_duress or slot_id != vault.unlocked_slot:
        raise WrongPassphrase()
    new_header, real_id = duress.with_duress(vault.header, master, passphrase, duress_passphrase)
    with vault.transaction():
        vault.record("duress-set", vault.vault_id, {})  # no slot id: it would say which one
    header.write_header(vault.path / HEADER_FILE, new_header)
    vault.header = new_header
    vault.unlocked_slot = real_id
