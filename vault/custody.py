"""The chain of custody: an append-only, hash-chained, Ed25519-signed event log.

Each event's hash is SHA-256 over its canonical JSON (which includes the previous event's hash);
the signature covers that hash. The table refuses UPDATE and DELETE by trigger, and nothing in
the program edits an event. Every export carries the head, so a later rewrite of history is
provable against any earlier export.
"""

from __future__ import annotations

import base64
import hashlib
import json
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from .db import Connection, Row, named_row, named_rows

EVENT_VERSION = 1
SIGNATURE_CONTEXT = b"evidence-vault custody v1\n"

ACTIONS = frozenset(
    {
        "create",
        "import",
        "testimony",
        "revise",
        "edit",
        "tag",
        "untag",
        "link",
        "unlink",
        "view",
        "extract",
        "export",
        "receive",
        "delete",
        "destroy",
        "passphrase",
        "recover",
        "case",
        "case-event",
        "person",
        "contact",
        "settings",
        "clear",
        "unclear",
        "provenance",
        "backup",
        "escrow",
        "travel-start",
        "travel-end",
        "duress-set",
        "recovery-split",  # field safety
    }
)


def genesis_hash(vault_id: str) -> str:
    return hashlib.sha256(b"evidence-vault custody genesis:" + vault_id.encode()).hexdigest()


def public_key_bytes(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(Encoding.Raw, PublicFormat.Raw)


def fingerprint(public_raw: bytes) -> str:
    """Short, human-comparable (readable over the phone): 80 bits as 5 groups of 4 hex digits."""
    digest = hashlib.sha256(b"evidence-vault key:" + public_raw).hexdigest().upper()[:20]
    return " ".join(digest[i : i + 4] for i in range(0, 20, 4))


def key_id(public_raw: bytes) -> str:
    return hashlib.sha256(b"evidence-vault key:" + public_raw).hexdigest()[:16]


@dataclass(frozen=True)
class Event:
    seq: int
    time: str
    actor: str
    device: str
    action: str
    subject: str
    details: dict[str, Any]
    prev_hash: str
    hash: str
    signature: str
    key_id: str

    def canonical(self) -> bytes:
        return canonical_bytes(
            self.seq,
            self.time,
            self.actor,
            self.device,
            self.action,
            self.subject,
            self.details,
            self.prev_hash,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "time": self.time,
            "actor": self.actor,
            "device": self.device,
            "action": self.action,
            "subject": self.subject,
            "details": self.details,
            "prev_hash": self.prev_hash,
            "hash": self.hash,
            "signature": self.signature,
            "key_id": self.key_id,
        }


@dataclass(frozen=True)
class Head:
    """What an export carries to pin the history as it was at export time."""

    seq: int
    hash: str
    signature: str
    public_key: str  # base64 raw Ed25519
    fingerprint: str

    def to_json(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "hash": self.hash,
            "signature": self.signature,
            "public_key": self.public_key,
            "fingerprint": self.fingerprint,
        }


def canonical_bytes(
    seq: int,
    time: str,
    actor: str,
    device: str,
    action: str,
    subject: str,
    details: dict[str, Any],
    prev_hash: str,
) -> bytes:
    doc = {
        "v": EVENT_VERSION,
        "seq": seq,
        "time": time,
        "actor": actor,
        "device": device,
        "action": action,
        "subject": subject,
        "details": details,
        "prev_hash": prev_hash,
    }
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def event_hash(canonical: bytes) -> str:
    return hashlib.sha256(canonical).hexdigest()


def sign_hash(key: Ed25519PrivateKey, hash_hex: str) -> str:
    return base64.b64encode(key.sign(SIGNATURE_CONTEXT + hash_hex.encode("ascii"))).decode("ascii")


def signature_valid(public: Ed25519PublicKey, hash_hex: str, signature_b64: str) -> bool:
    try:
        public.verify(base64.b64decode(signature_b64), SIGNATURE_CONTEXT + hash_hex.encode("ascii"))
    except (InvalidSignature, ValueError):
        return False
    return True


_COLUMNS = "seq, time, actor, device, action, subject, details, prev_hash, hash, signature, key_id"


def _row_to_event(row: Row) -> Event:
    # Field by field rather than Event(**dict(row)): as fast as reading by position (verify and
    # exports read every event), and `details` is JSON text in the table.
    return Event(
        seq=row["seq"],
        time=row["time"],
        actor=row["actor"],
        device=row["device"],
        action=row["action"],
        subject=row["subject"],
        details=json.loads(row["details"]),
        prev_hash=row["prev_hash"],
        hash=row["hash"],
        signature=row["signature"],
        key_id=row["key_id"],
    )


class CustodyLog:
    """Appends events inside the caller's transaction and reads them back."""

    def __init__(self, conn: Connection, signing_key: Ed25519PrivateKey, vault_id: str) -> None:
        self._conn = conn
        self._key = signing_key
        self._public_raw = public_key_bytes(signing_key.public_key())
        self._key_id = key_id(self._public_raw)
        self.vault_id = vault_id

    @property
    def public_raw(self) -> bytes:
        return self._public_raw

    def append(
        self,
        *,
        time: str,
        actor: str,
        device: str,
        action: str,
        subject: str,
        details: dict[str, Any] | None = None,
        also: tuple[str, ...] = (),
    ) -> Event:
        """Must run inside a write transaction (BEGIN IMMEDIATE), so seq allocation is serial and
        the event commits or rolls back with the change it records."""
        if action not in ACTIONS:
            raise ValueError(f"unknown custody action {action!r}")
        details = details or {}
        row = named_row(self._conn, "SELECT seq, hash FROM custody ORDER BY seq DESC LIMIT 1")
        seq, prev = (row["seq"] + 1, row["hash"]) if row else (1, genesis_hash(self.vault_id))
        canonical = canonical_bytes(seq, time, actor, device, action, subject, details, prev)
        digest = event_hash(canonical)
        signature = sign_hash(self._key, digest)
        self._conn.execute(
            f"INSERT INTO custody ({_COLUMNS}) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                seq,
                time,
                actor,
                device,
                action,
                subject,
                json.dumps(details, sort_keys=True, ensure_ascii=False),
                prev,
                digest,
                signature,
                self._key_id,
            ),
        )
        for extra in {subject, *also}:
            self._conn.execute("INSERT OR IGNORE INTO custody_subjects (seq, subject) VALUES (?, ?)", (seq, extra))
        return Event(
            seq=seq,
            time=time,
            actor=actor,
            device=device,
            action=action,
            subject=subject,
            details=details,
            prev_hash=prev,
            hash=digest,
            signature=signature,
            key_id=self._key_id,
        )

    def head(self) -> Head | None:
        row = named_row(self._conn, "SELECT seq, hash, signature FROM custody ORDER BY seq DESC LIMIT 1")
        if row is None:
            return None
        return Head(
            seq=row["seq"],
            hash=row["hash"],
            signature=row["signature"],
            public_key=base64.b64encode(self._public_raw).decode(),
            fingerprint=fingerprint(self._public_raw),
        )

    def events(self, subject: str | None = None) -> list[Event]:
        if subject is None:
            rows = named_rows(self._conn, f"SELECT {_COLUMNS} FROM custody ORDER BY seq")
        else:
            rows = named_rows(
                self._conn,
                f"SELECT {_COLUMNS} FROM custody WHERE seq IN "
                "(SELECT seq FROM custody_subjects WHERE subject = ?) OR subject = ? ORDER BY seq",
                (subject, subject),
            )
        return [_row_to_event(r) for r in rows]

    def iter_all(self, batch: int = 2000) -> Any:
        last = 0
        while True:
            rows = named_rows(
                self._conn, f"SELECT {_COLUMNS} FROM custody WHERE seq > ? ORDER BY seq LIMIT ?", (last, batch)
            )
            if not rows:
                return
            for r in rows:
                yield _row_to_event(r)
            last = rows[-1]["seq"]
