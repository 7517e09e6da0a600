"""Walking the custody chain for `verify`: sequence, links, hashes, signatures, signing key, clock.

The trust anchor inside the vault is the signing key recorded in event 1 ('create'), which is
itself hashed from the genesis hash (bound to the vault id) and signed. Anything outside the
vault (a head carried by an earlier export) is a stronger anchor: see docs/custody.md.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from . import custody
from .db import Connection, Row, named_row, named_rows, scalar
from .verify_report import (
    CHAIN_BROKEN,
    CHAIN_GAP,
    CLOCK_BACKWARDS,
    EVENT_FORMAT,
    EVENT_HASH,
    EVENT_KEY,
    EVENT_SIGNATURE,
    HEAD_MISSING,
    SIGNING_KEY,
    VerifyReport,
)

Progress = Callable[[int, int, str], None]

# Actions whose details record the SHA-256 an item had when it entered the vault.
INTAKE_ACTIONS = frozenset({"import", "testimony", "receive"})
_COLUMNS = "seq, time, actor, device, action, subject, details, prev_hash, hash, signature, key_id"
_BATCH = 2000
# Events are read by column name straight from the row (row["hash"]), not copied into a record:
# this loop runs once per event of the whole history, and a record per event measurably slowed it.


@dataclass
class ChainFacts:
    """What the signed history says, for cross-checking the tables against it."""

    intake_sha: dict[str, tuple[int, str]] = field(default_factory=dict)  # item -> (seq, sha256)
    revision_sha: dict[tuple[str, int], tuple[int, str]] = field(default_factory=dict)
    deleted: set[str] = field(default_factory=set)  # subjects of 'delete' events
    destroyed_blobs: set[str] = field(default_factory=set)  # blobs named by 'destroy' events
    subjects: set[str] = field(default_factory=set)  # every event subject
    # what came in bundles: (seq, action, subject, details) of events naming a bundle and a sender's item
    received: list[tuple[int, str, str, dict[str, Any]]] = field(default_factory=list)


def _fp(raw: bytes) -> str:
    return custody.fingerprint(raw)


def _anchor_key(first: Row | None, vault_id: str, report: VerifyReport) -> bytes | None:
    """The signing public key recorded by event 1, or None (reported) if there is no usable one."""
    if first is None:
        return None
    if first["seq"] != 1 or first["action"] != "create" or first["subject"] != vault_id:
        report.add(CHAIN_BROKEN, "event 1", "the history does not begin with this vault's creation")
        return None
    try:
        raw = bytes.fromhex(json.loads(first["details"])["signing_key"])
        Ed25519PublicKey.from_public_bytes(raw)
    except (ValueError, KeyError, TypeError):
        report.add(SIGNING_KEY, "event 1", "the creation event holds no readable signing key")
        return None
    return raw


def check_chain(
    conn: Connection,
    vault_id: str,
    current_public: bytes,
    report: VerifyReport,
    *,
    expected_head: tuple[int, str] | None = None,
    on_progress: Progress | None = None,
) -> ChainFacts:
    facts = ChainFacts()
    total = int(scalar(conn, "SELECT count(*) FROM custody"))
    first = named_row(conn, f"SELECT {_COLUMNS} FROM custody ORDER BY seq LIMIT 1")
    if first is None:
        report.add(CHAIN_GAP, "custody", "the custody log is empty (not even the vault's creation)")
    anchor = _anchor_key(first, vault_id, report)
    if anchor is not None and anchor != current_public:
        report.add(
            SIGNING_KEY,
            "vault",
            f"the signing key stored in the vault (fingerprint {_fp(current_public)}) is not the one "
            f"recorded at creation in event 1 (fingerprint {_fp(anchor)}): the key was replaced",
        )
    key_raw = anchor if anchor is not None else current_public
    public = Ed25519PublicKey.from_public_bytes(key_raw)
    other = Ed25519PublicKey.from_public_bytes(current_public) if key_raw != current_public else None
    expected_key_id = custody.key_id(key_raw)

    prev_seq, prev_hash = 0, custody.genesis_hash(vault_id)
    prev_time: datetime | None = None
    prev_time_text = ""
    head_seen = False
    done = 0
    while True:
        rows = named_rows(
            conn, f"SELECT {_COLUMNS} FROM custody WHERE seq > ? ORDER BY seq LIMIT ?", (prev_seq, _BATCH)
        )
        if not rows:
            break
        for event in rows:
            seq = int(event["seq"])
            name = f"event {seq}"
            if seq != prev_seq + 1:
                gap = f"event {prev_seq + 1}" if seq == prev_seq + 2 else f"events {prev_seq + 1}..{seq - 1}"
                report.add(CHAIN_GAP, name, f"{gap} missing before this one (deleted or never written)")
            if event["prev_hash"] != prev_hash:
                linked = "the genesis hash" if prev_seq == 0 else f"the hash of event {prev_seq}"
                report.add(CHAIN_BROKEN, name, f"prev_hash does not equal {linked}")
            details = _check_event(event, name, public, other, expected_key_id, report)
            event_time = _parse_time(event["time"])
            if event_time is None:
                report.add(EVENT_FORMAT, name, "the time is not a UTC timestamp")
            elif prev_time is not None and event_time < prev_time:
                report.note(
                    CLOCK_BACKWARDS,
                    name,
                    f"recorded at {event['time']}, earlier than {prev_time_text} recorded before it: "
                    "the machine's clock went backwards between the two",
                )
            if event_time is not None:
                prev_time, prev_time_text = event_time, f"event {seq} ({event['time']})"
            if details is not None:
                _collect(facts, seq, event["action"], str(event["subject"]), details)
            if expected_head is not None and seq == expected_head[0]:
                head_seen = True
                if event["hash"] != expected_head[1]:
                    report.add(
                        HEAD_MISSING,
                        name,
                        f"the recorded head says event {seq} has hash {expected_head[1]}, the vault has "
                        f"{event['hash']}: history up to that head was rewritten",
                    )
            prev_seq, prev_hash = seq, str(event["hash"])
            done += 1
            report.events_checked += 1
        if on_progress is not None:
            on_progress(done, total, "custody")
    if prev_seq:
        report.head = (prev_seq, prev_hash)
    if expected_head is not None and not head_seen:
        report.add(
            HEAD_MISSING,
            f"event {expected_head[0]}",
            f"a head recorded earlier names event {expected_head[0]}, but the history ends at event "
            f"{prev_seq}: events were removed (history truncated)",
        )
    return facts


def _check_event(
    event: Row,
    name: str,
    public: Ed25519PublicKey,
    other: Ed25519PublicKey | None,
    expected_key_id: str,
    report: VerifyReport,
) -> dict[str, Any] | None:
    """Hash, signature and key id of one event. Returns its details, or None if unreadable."""
    try:
        loaded = json.loads(event["details"])
        if not isinstance(loaded, dict):
            raise TypeError("details is not an object")
        details: dict[str, Any] | None = loaded
        canonical = custody.canonical_bytes(
            event["seq"],
            event["time"],
            event["actor"],
            event["device"],
            event["action"],
            event["subject"],
            loaded,
            event["prev_hash"],
        )
    except (ValueError, TypeError):
        report.add(EVENT_FORMAT, name, "the details field is not a JSON object; the event cannot be re-hashed")
        details, canonical = None, b""
    stored = str(event["hash"])
    if details is not None and custody.event_hash(canonical) != stored:
        report.add(
            EVENT_HASH, name, f"the stored hash is not the hash of the event's content ({event['action']!s}): altered"
        )
    signature = event["signature"]
    if not isinstance(signature, str) or not custody.signature_valid(public, stored, signature):
        by_other = (
            other is not None and isinstance(signature, str) and custody.signature_valid(other, stored, signature)
        )
        why = "it is signed by the replaced key now stored in the vault" if by_other else "invalid or forged"
        report.add(EVENT_SIGNATURE, name, f"the signature does not verify under the vault's signing key: {why}")
    if event["key_id"] != expected_key_id:
        report.add(EVENT_KEY, name, f"names signing key {event['key_id']!s}, the vault's is {expected_key_id}")
    return details


def _collect(facts: ChainFacts, seq: int, action: str, subject: str, details: dict[str, Any]) -> None:
    facts.subjects.add(subject)
    if action in ("receive", "revise") and "bundle_sha256" in details and "sender_item" in details:
        facts.received.append((seq, action, subject, details))
    sha = details.get("sha256")
    if action in ("revise", "receive") and isinstance(sha, str) and type(details.get("rev")) is int:
        # an own edit ('revise') or a revision received from a sender ('receive' with its number)
        facts.revision_sha[(subject, details["rev"])] = (seq, sha)
    elif action in INTAKE_ACTIONS and isinstance(sha, str) and subject not in facts.intake_sha:
        facts.intake_sha[subject] = (seq, sha)
    elif action == "delete":
        facts.deleted.add(subject)
    elif action == "destroy" and isinstance(details.get("blobs"), list):
        facts.destroyed_blobs.update(b for b in details["blobs"] if isinstance(b, str))


def _parse_time(value: object) -> datetime | None:
    if not isinstance(value, str) or not value.endswith("Z"):
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None
