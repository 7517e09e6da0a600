"""`verify`, the received side: what partners sent is re-checked against what they signed.

- Every sender's event held in `received_events` is re-hashed (full events), its signature checked
  under that sender's key (bound at first acceptance, or a contact's), and linked to its held
  neighbour; every held chain head is checked the same way and against the event at its seq.
- Every signed manifest kept in `received_manifests` is re-verified, and every 'receive' event of
  this vault that names a bundle is compared with it: the item's and each revision's SHA-256 must
  be what the sender signed (the tables are in turn checked against those events elsewhere).
- A revision that came in a bundle must sit in an item that came from that same sender: a
  sender's revision in this vault's own item (or another sender's) is reported, including ones
  written by versions of the program that did not refuse it.
- A received testimony's later revisions must each be logged (received or revised here).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator
from typing import Any, NamedTuple

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from . import custody
from .bundle import format as fmt
from .bundle import manifest as mf
from .db import Connection, column, named_row, named_rows, scalar
from .errors import BundleRejected
from .verify_chain import ChainFacts
from .verify_report import RECEIVED_EVENT, RECEIVED_MISMATCH, VerifyReport

_BATCH = 2000


class _Held(NamedTuple):
    """One sender's event held in `received_events`, as stored."""

    sender_key: str
    seq: int
    hash: str
    event: str  # the event's JSON


def sender_keys(conn: Connection, own_public: bytes) -> dict[str, Ed25519PublicKey]:
    """Key id -> public key for every sender we know: bindings, contacts (removed too), ourselves."""
    raws = [own_public]
    for text in column(conn, "SELECT signing_key FROM received_senders UNION SELECT signing_key FROM contacts"):
        try:
            raws.append(base64.b64decode(str(text)))
        except ValueError:
            continue
    out = {}
    for raw in raws:
        try:
            out[custody.key_id(raw)] = Ed25519PublicKey.from_public_bytes(raw)
        except ValueError:
            continue
    return out


def _held(conn: Connection) -> Iterator[_Held]:
    last: tuple[str, int] = ("", 0)
    while True:
        rows = named_rows(
            conn,
            "SELECT sender_key, seq, hash, event FROM received_events WHERE (sender_key, seq) > (?, ?) "
            "ORDER BY sender_key, seq LIMIT ?",
            (*last, _BATCH),
        )
        if not rows:
            return
        held = [
            _Held(sender_key=str(r["sender_key"]), seq=int(r["seq"]), hash=str(r["hash"]), event=str(r["event"]))
            for r in rows
        ]
        yield from held
        last = (held[-1].sender_key, held[-1].seq)


def _event_ok(doc: dict[str, Any], kid: str, seq: int, digest: str, key: Ed25519PublicKey | None) -> str | None:
    """Why a held event no longer verifies, or None."""
    if doc.get("seq") != seq or doc.get("hash") != digest or doc.get("key_id") != kid:
        return "its stored seq, hash or key id disagree with the event"
    if doc.get("withheld") is not True:
        try:
            canonical = custody.canonical_bytes(
                seq,
                doc["time"],
                doc["actor"],
                doc["device"],
                doc["action"],
                doc["subject"],
                doc["details"],
                doc["prev_hash"],
            )
        except (KeyError, TypeError, ValueError):
            return "the event cannot be read"
        if custody.event_hash(canonical) != digest:
            return "its content does not match its hash (altered)"
    if key is None:
        return "no key is known for this sender"
    if not custody.signature_valid(key, digest, str(doc.get("signature", ""))):
        return "its signature does not verify under the sender's key"
    return None


def check_segments(conn: Connection, keys: dict[str, Ed25519PublicKey], report: VerifyReport) -> None:
    prev: tuple[str, int, str] | None = None
    for held in _held(conn):
        kid, seq, digest, text = held.sender_key, held.seq, held.hash, held.event
        name = f"sender {kid} event {seq}"
        try:
            doc = json.loads(text)
            if not isinstance(doc, dict):
                raise ValueError
        except ValueError:
            report.add(RECEIVED_EVENT, name, "the received event cannot be read")
            prev = None
            continue
        why = _event_ok(doc, kid, seq, digest, keys.get(kid))
        if why is not None:
            report.add(RECEIVED_EVENT, name, f"the sender's event received here no longer verifies: {why}")
        if prev is not None and prev[0] == kid and prev[1] == seq - 1 and doc.get("prev_hash") != prev[2]:
            report.add(RECEIVED_EVENT, name, f"does not chain to the sender's event {seq - 1} held here (a fork)")
        prev = (kid, seq, digest)
    for head in named_rows(conn, "SELECT h.sender_key, h.seq, h.hash, h.signature FROM received_heads h"):
        kid, seq, digest = head["sender_key"], head["seq"], head["hash"]
        key = keys.get(str(kid))
        if key is None or not custody.signature_valid(key, str(digest), str(head["signature"])):
            report.add(
                RECEIVED_EVENT, f"sender {kid} head {seq}", "a chain head received here is not signed by its sender"
            )
        held = scalar(conn, "SELECT hash FROM received_events WHERE sender_key = ? AND seq = ?", (kid, seq))
        if held is not None and held != digest:
            report.add(
                RECEIVED_EVENT,
                f"sender {kid} head {seq}",
                "a chain head received here contradicts the event at its seq",
            )


def _manifests(
    conn: Connection, keys: dict[str, Ed25519PublicKey], report: VerifyReport
) -> dict[str, dict[str, list[str]]]:
    """Bundle SHA-256 -> sender's item id -> [item SHA-256, revision 1.. SHA-256s], as signed."""
    out: dict[str, dict[str, list[str]]] = {}
    # One manifest in memory at a time (a bundle of 100,000 items has a manifest of many MB).
    for bundle_id in column(conn, "SELECT bundle FROM received_manifests ORDER BY rowid"):
        kept = named_row(
            conn,
            "SELECT bundle, sender_key, manifest, signature FROM received_manifests WHERE bundle = ?",
            (bundle_id,),
        )
        if kept is None:
            continue
        bundle, kid, raw, sig = kept["bundle"], kept["sender_key"], kept["manifest"], kept["signature"]
        name = f"bundle {bundle}"
        try:
            m = mf.parse(bytes(raw))
        except BundleRejected:
            report.add(RECEIVED_MISMATCH, name, "the signed manifest kept for this bundle cannot be read")
            continue
        if custody.key_id(m.sender.public_raw) != kid or not fmt.signature_ok(
            m.sender.public_raw, bytes(raw), bytes(sig)
        ):
            report.add(RECEIVED_MISMATCH, name, "the manifest kept for this bundle is not signed by its sender")
            continue
        out[str(bundle)] = {i.id: [i.sha256 or "", *(r.sha256 for r in i.revisions)] for i in m.items}
    return out


def check_received(conn: Connection, facts: ChainFacts, own_public: bytes, report: VerifyReport) -> None:
    keys = sender_keys(conn, own_public)
    check_segments(conn, keys, report)
    signed = _manifests(conn, keys, report)
    came_from: dict[str, tuple[str, str]] = {}  # item -> (fingerprint, contact) its item-level 'receive' names
    for _seq, action, subject, d in facts.received:
        if action == "receive" and "rev" not in d and subject not in came_from:
            came_from[subject] = (str(d.get("sender_fingerprint")), str(d.get("sender")))
    for seq, _action, subject, d in facts.received:
        rev = d.get("rev")
        shas = signed.get(str(d["bundle_sha256"]), {}).get(str(d["sender_item"]))
        if str(d["bundle_sha256"]) in signed and shas is None:
            report.add(
                RECEIVED_MISMATCH, subject, f"event {seq} names an item its bundle's signed manifest does not list"
            )
        elif shas is not None:
            want = shas[0] if rev is None else (shas[rev] if isinstance(rev, int) and 0 < rev < len(shas) else None)
            if want != d.get("sha256"):
                what = "the item" if rev is None else f"revision {rev}"
                why = f"{what} (event {seq}) is not what its sender signed in bundle {d['bundle_sha256']}"
                report.add(RECEIVED_MISMATCH, subject, why)
        origin = came_from.get(subject)
        same = origin is not None and (
            origin[0] == d["sender_fingerprint"] if "sender_fingerprint" in d else origin[1] == str(d.get("sender"))
        )  # older 'revise' events for received revisions name only the contact
        if rev is not None and not same:
            report.add(
                RECEIVED_MISMATCH,
                subject,
                f"revision {rev} (event {seq}) came in a bundle, but the item did not come from that sender",
            )
    for revision in named_rows(
        conn,
        "SELECT r.item_id, r.rev FROM revisions r JOIN items i ON i.id = r.item_id "
        "WHERE i.source = 'bundle' AND r.rev > 1 ORDER BY r.item_id, r.rev",
    ):
        item_id, rev = revision["item_id"], revision["rev"]
        if (item_id, rev) not in facts.revision_sha:
            report.add(RECEIVED_MISMATCH, str(item_id), f"revision {rev} of a received item is logged by no event")
