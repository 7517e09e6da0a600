"""Custody events in a bundle: how they are exported, and how a receiver checks them.

A bundle carries the sender's events about the case and the exported items, verbatim, with
their hashes and signatures, plus the sender's chain head. Events are a subset of the sender's
chain, so links are checked where two consecutive events both travel; every event's own hash is
recomputed from its content and its signature checked against the sender's key; the head's
signature is checked too. An event whose content would reveal a hidden person under the chosen
profile travels *withheld*: only seq, hash, prev_hash, signature and key id, so its existence
and the sender's signature over it remain checkable while its content stays home.
"""

from __future__ import annotations

import base64
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from ..custody import Event, event_hash, fingerprint, genesis_hash, key_id, signature_valid
from ..errors import BundleRejected
from .manifest import Manifest

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
            int(doc["seq"]), str(doc["time"]), str(doc["actor"]), str(doc["device"]), str(doc["action"]),
            str(doc["subject"]), dict(doc["details"]), str(doc["prev_hash"]), str(doc["hash"]),
            str(doc["signature"]), str(doc["key_id"]),
        )  # fmt: skip
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
