"""Helpers for the custody and verify tests (no tests here): sealing a file item without the full
intake, finding a blob on disk, and rewriting the custody table the way an attacker holding the
key could (triggers dropped, events re-hashed and re-signed)."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from vault import custody
from vault.items import blob_of
from vault.store import Vault

# Fictional people and testimony text (Russian and Kazakh), used to prove none of it reaches the log.
NAME_RU = "Айгерим Нурланқызы Сейтжанова"
ALIAS_RU = "Сейтжановой Айгерим"
TESTIMONY_TEXT = (
    "Меня задержали 12 марта у здания суда в Алматы. Мені сотқа апарған жоқ, "
    "үш күн бойы ұстады. Следователь бил меня по почкам."
)


def add_file_item(
    vault: Vault, data: bytes, *, kind: str = "photo", name: str = "IMG_0001.jpg", mtime: str = "2024-02-29T10:00:00Z"
) -> str:
    """Seal `data` as an item the way intake does: blob first, then rows and the 'import' event in
    one transaction."""
    stored = vault.blobs.store(io.BytesIO(data))
    item_id = vault.env.new_id()
    now = vault.env.now_iso()
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO items (id, kind, title, created, sha256, size, original_name, original_mtime) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (item_id, kind, name, now, stored.sha256, stored.size, name, mtime),
        )
        conn.execute(
            "INSERT INTO blobs VALUES (?, ?, 'original', ?, ?, ?, NULL)",
            (stored.blob_id, item_id, stored.size, stored.sha256, now),
        )
        vault.record("import", item_id, {"name": name, "size": stored.size, "sha256": stored.sha256, "mtime": mtime})
    return item_id


def blob_path(vault: Vault, item_id: str, purpose: str = "original") -> Path:
    blob_id = blob_of(vault, item_id, purpose)
    assert blob_id is not None
    return vault.blobs.path_for(blob_id)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def drop_triggers(vault: Vault) -> None:
    """What an attacker with the key does first: the append-only triggers go."""
    vault.conn.execute("DROP TRIGGER custody_no_update")
    vault.conn.execute("DROP TRIGGER custody_no_delete")


def rows(vault: Vault) -> list[dict[str, Any]]:
    return [e.to_json() for e in vault.custody.events()]


def resign_chain(
    vault: Vault, key: Ed25519PrivateKey, *, fix_create: bool, keep: int | None = None, edit: Any = None
) -> None:
    """Rewrite the whole custody table: optionally keep only the first `keep` events, apply
    `edit(event_dict)` to each, then re-hash, re-link and re-sign every event with `key`. With
    `fix_create`, the creation event is made to name `key` as the vault's signing key."""
    drop_triggers(vault)
    events = rows(vault)[:keep]
    public_raw = custody.public_key_bytes(key.public_key())
    prev = custody.genesis_hash(vault.vault_id)
    vault.conn.execute("PRAGMA foreign_keys = OFF")
    vault.conn.execute("DELETE FROM custody")
    for ev in events:
        if edit is not None:
            edit(ev)
        if fix_create and ev["seq"] == 1:
            ev["details"]["signing_key"] = public_raw.hex()
        canonical = custody.canonical_bytes(
            ev["seq"], ev["time"], ev["actor"], ev["device"], ev["action"], ev["subject"], ev["details"], prev
        )
        digest = custody.event_hash(canonical)
        vault.conn.execute(
            "INSERT INTO custody VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                ev["seq"],
                ev["time"],
                ev["actor"],
                ev["device"],
                ev["action"],
                ev["subject"],
                json.dumps(ev["details"], sort_keys=True, ensure_ascii=False),
                prev,
                digest,
                custody.sign_hash(key, digest),
                custody.key_id(public_raw),
            ),
        )
        prev = digest
    vault.conn.execute("DELETE FROM custody_subjects WHERE seq NOT IN (SELECT seq FROM custody)")
    vault.conn.execute("PRAGMA foreign_keys = ON")


def replace_signing_key(vault: Vault) -> Ed25519PrivateKey:
    from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

    new = Ed25519PrivateKey.generate()
    raw = new.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
    vault.conn.execute("UPDATE secrets SET value = ? WHERE name = 'signing_key'", (raw,))
    return new
