"""Custody events in a bundle: how they are exported, and how a receiver checks them.

A bundle carries the sender's events about the case and the exported items, verbatim, with
their hashes and signatures, plus the sender's chain head. Events are a subset of the sender's
chain, so links are checked where two consecutive events both travel; every event's own hash is
recomputed from its content and its signature checked against the sender's key; the head's
signature is checked too. An event whose content would reveal a hidden person under the chosen
profile travels *withheld*: only seq, hash, prev_hash, signature and key id, so its existence
and the sender's signature over it remain checkable while its content stays home.

`check_held` then holds the bundle against what this vault already received from the same key
(events and signed heads, both kept per sender): an event at a seq we hold must be the same
event, and links must agree wherever the bundle's events and the held ones are neighbours. A
bundle that forks from or contradicts an earlier received segment is refused, whatever its
profile (full and withheld events carry the same seq/hash/prev_hash). A full event that names
this vault's own user and device as its actor is refused too: a sender's history is its own.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from ..custody import Event, event_hash, fingerprint, genesis_hash, key_id, signature_valid
from ..db import column, named_rows
from ..errors import BundleRejected
from .manifest import Manifest

if TYPE_CHECKING:
    from ..store import Vault

DEFAULT_ACTOR = "vault owner"  # what a vault without an owner name records: claims no one
_CHUNK = 500

_WITHHELD_KEYS = ("seq", "hash", "prev_hash", "signature", "key_id")


def withheld(event: Event) -> dict[str, Any]:
    doc: dict[str, Any] = {k: getattr(event, k) for k in _WITHHELD_KEYS}
    doc["withheld"] = True
    return doc


def _bad(what: str) -> BundleRejected:
    return BundleRejected(f"the sender's custody events do not verify: {what}")


def _event(doc: dict[str, Any]) -> Event:
    try:
        ev = Event(
            int(doc["seq"]),
            str(doc["time"]),
            str(doc["actor"]),
            str(doc["device"]),
            str(doc["action"]),
            str(doc["subject"]),
            dict(doc["details"]),
            str(doc["prev_hash"]),
            str(doc["hash"]),
            str(doc["signature"]),
            str(doc["key_id"]),
        )
    except (KeyError, TypeError, ValueError):
        raise _bad("malformed event") from None
    if not isinstance(doc["seq"], int) or not isinstance(doc["details"], dict):
        raise _bad("malformed event")
    return ev


def verify(manifest: Manifest) -> None:
    """Raise BundleRejected unless every event and the head verify against the sender's key."""
    raw = manifest.sender.public_raw
    public = Ed25519PublicKey.from_public_bytes(raw)
    expected_kid = key_id(raw)
    if manifest.sender.fingerprint != fingerprint(raw):
        raise _bad("the sender's fingerprint does not match its key")
    head = manifest.head
    try:
        head_seq, head_hash, head_sig = int(head["seq"]), str(head["hash"]), str(head["signature"])
        head_key = base64.b64decode(str(head["public_key"]))
    except (KeyError, TypeError, ValueError):
        raise _bad("malformed chain head") from None
    if head_key != raw or not signature_valid(public, head_hash, head_sig):
        raise _bad("the chain head is not signed by the sender")
    previous: dict[str, Any] | None = None
    for doc in manifest.custody:
        seq, is_withheld = doc.get("seq"), doc.get("withheld") is True
        if is_withheld:
            if set(doc) != {*_WITHHELD_KEYS, "withheld"} or not isinstance(seq, int):
                raise _bad("malformed withheld event")
            digest, prev, sig, kid = (str(doc[k]) for k in ("hash", "prev_hash", "signature", "key_id"))
        else:
            ev = _event(doc)
            if event_hash(ev.canonical()) != ev.hash:
                raise _bad(f"event {ev.seq} was altered (its hash does not match its content)")
            seq, digest, prev, sig, kid = ev.seq, ev.hash, ev.prev_hash, ev.signature, ev.key_id
        if not isinstance(seq, int) or seq < 1 or seq > head_seq:
            raise _bad("an event lies outside the sender's chain")
        if kid != expected_kid or not signature_valid(public, digest, sig):
            raise _bad(f"event {seq} is not signed by the sender")
        if previous is not None:
            if seq <= previous["seq"]:
                raise _bad("events out of order or repeated")
            if seq == previous["seq"] + 1 and prev != previous["hash"]:
                raise _bad(f"event {seq} does not chain to event {seq - 1}")
        if seq == 1 and prev != genesis_hash(manifest.sender.vault_id):
            raise _bad("the first event does not start the sender's chain")
        if seq == head_seq and digest != head_hash:
            raise _bad("the last event is not the chain head")
        previous = {"seq": seq, "hash": digest}
    _check_intake_hashes(manifest)


def _check_intake_hashes(manifest: Manifest) -> None:
    """The sender's own intake events must agree with the hashes the manifest claims."""
    claims = {i.id: i.intake_sha256 for i in manifest.items}
    for doc in manifest.custody:
        if doc.get("withheld") is True or doc.get("action") not in ("import", "testimony"):
            continue
        subject, details = doc.get("subject"), doc.get("details")
        known = subject in claims and isinstance(details, dict) and "sha256" in details
        if known and details["sha256"] != claims[subject]:  # type: ignore[index]
            raise _bad(f"item {subject}: the intake event records another SHA-256")


def _chunks(values: Iterable[int]) -> Iterable[list[int]]:
    vals = sorted(set(values))
    for i in range(0, len(vals), _CHUNK):
        yield vals[i : i + _CHUNK]


def held_state(vault: Vault, kid: str, seqs: Iterable[int]) -> dict[int, tuple[str, str | None]]:
    """seq -> (hash, prev_hash or None for a head) of what we hold from this sender at those seqs."""
    out: dict[int, tuple[str, str | None]] = {}
    for chunk in _chunks(seqs):
        marks = ",".join("?" * len(chunk))
        for head in named_rows(
            vault.conn, f"SELECT seq, hash FROM received_heads WHERE sender_key = ? AND seq IN ({marks})", (kid, *chunk)
        ):
            out[int(head["seq"])] = (str(head["hash"]), None)
        for event in named_rows(
            vault.conn,
            f"SELECT seq, hash, event FROM received_events WHERE sender_key = ? AND seq IN ({marks})",
            (kid, *chunk),
        ):
            seq, digest = event["seq"], event["hash"]
            prev = json.loads(event["event"]).get("prev_hash")
            if int(seq) in out and out[int(seq)][0] != digest:
                raise _bad(f"what this vault holds from the sender disagrees at event {seq}")
            out[int(seq)] = (str(digest), str(prev) if prev is not None else None)
    return out


def check_held(vault: Vault, manifest: Manifest, is_self: bool) -> None:
    """Raise BundleRejected unless the bundle's events and head agree with every segment of the
    sender's history received before (see the module's docstring)."""
    kid = key_id(manifest.sender.public_raw)
    mine: dict[int, tuple[str, str | None]] = {}
    for doc in manifest.custody:
        mine[int(doc["seq"])] = (str(doc["hash"]), str(doc["prev_hash"]))
    head_seq, head_hash = int(manifest.head["seq"]), str(manifest.head["hash"])
    if head_seq not in mine:
        mine[head_seq] = (head_hash, None)
    held = held_state(vault, kid, (n for s in mine for n in (s - 1, s, s + 1)))
    for seq, (digest, prev) in sorted(mine.items()):
        old = held.get(seq)
        if old is not None and old[0] != digest:
            raise _bad(f"event {seq} differs from the one received earlier: the sender's history was rewritten")
        before, after = held.get(seq - 1), held.get(seq + 1)
        if prev is not None and before is not None and prev != before[0]:
            raise _bad(f"event {seq} does not chain to event {seq - 1} received earlier (a fork)")
        if after is not None and after[1] is not None and after[1] != digest:
            raise _bad(f"event {seq + 1} received earlier does not chain to this bundle's event {seq} (a fork)")
    if not is_self:
        _check_claims(vault, manifest)


def _check_claims(vault: Vault, manifest: Manifest) -> None:
    """A sender's event that names this vault's own user on this vault's own device is not the sender's."""
    actors = {str(a) for a in column(vault.conn, "SELECT DISTINCT actor FROM custody")} | {vault.actor}
    devices = {str(d) for d in column(vault.conn, "SELECT DISTINCT device FROM custody")}
    actors.discard(DEFAULT_ACTOR)
    for doc in manifest.custody:
        if doc.get("withheld") is True:
            continue
        if doc.get("actor") in actors and doc.get("device") in devices:
            raise _bad(f"event {doc['seq']} claims this vault's own user and device: it is not the sender's")
