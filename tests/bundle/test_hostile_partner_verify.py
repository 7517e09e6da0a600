"""`verify` on the receiver re-checks what partners sent: the senders' events and heads held here,
the signed manifests, and every received item's history against what its sender signed."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from tests.support.hostile_partner import World, build_world
from vault import keys
from vault.custody import key_id
from vault.testimony import revise_testimony, revisions
from vault.verify import verify_vault
from vault.verify_report import RECEIVED_EVENT, RECEIVED_MISMATCH

TEXT = "Я, Гүлнар Сәрсенбаева, ничего не видела."


@pytest.fixture
def world(make_vault: Any, tmp_path: Path) -> World:
    return build_world(make_vault, tmp_path)


def _received_testimony(w: World) -> tuple[str, dict[str, Any]]:
    """S's testimony as received by R, and its item-level 'receive' event's details."""
    fp = keys.public_identity(w.s).fingerprint
    for e in w.r.custody.events():
        kind = w.r.conn.execute("SELECT kind FROM items WHERE id = ?", (e.subject,)).fetchone()
        ours = e.action == "receive" and "rev" not in e.details and e.details.get("sender_fingerprint") == fp
        if ours and kind == ("testimony",):
            return e.subject, e.details
    raise AssertionError("S's testimony was not received")


def _kinds(w: World) -> list[tuple[str, str]]:
    return [(p.kind, p.subject) for p in verify_vault(w.r).problems]


def test_received_material_verifies_and_own_edits_of_it_are_fine(world: World) -> None:
    w = world
    local, _ = _received_testimony(w)
    assert [r.rev for r in revisions(w.r, local)] == [1, 2]
    revise_testimony(w.r, local, revisions(w.r, local)[-1].text + " Примечание получателя.")  # our own edit
    report = verify_vault(w.r)
    assert report.ok, report.to_json()
    assert w.r.conn.execute("SELECT count(*) FROM received_manifests").fetchone()[0] == 2  # from C and from S


def test_an_altered_event_held_from_a_sender_is_reported(world: World) -> None:
    w = world
    kid = key_id(w.s.custody.public_raw)
    seq, text = w.r.conn.execute(
        "SELECT seq, event FROM received_events WHERE sender_key = ? ORDER BY seq LIMIT 1",
        (kid,),
    ).fetchone()
    doc = json.loads(text)
    if doc.get("withheld"):  # under `partner` events travel as hash and signature only
        doc["hash"] = hashlib.sha256(b"another event").hexdigest()
    else:
        doc["time"] = "2020-01-01T00:00:00Z"  # back-dated after the fact, by someone with the database
    with w.r.transaction() as conn:
        conn.execute("DROP TRIGGER received_events_no_update")
        conn.execute(
            "UPDATE received_events SET event = ? WHERE sender_key = ? AND seq = ?", (json.dumps(doc), kid, seq)
        )
    assert (RECEIVED_EVENT, f"sender {kid} event {seq}") in _kinds(w)


def _inject(w: World, item: str, rev: int, action: str, details: dict[str, Any]) -> None:
    """What an earlier program (or someone with the database) wrote: a revision row and its event."""
    sha = hashlib.sha256(TEXT.encode()).hexdigest()
    with w.r.transaction() as conn:
        conn.execute(
            "INSERT INTO revisions VALUES (?,?,?,?,?,?)", (item, rev, TEXT, sha, "2020-01-01T00:00:00Z", "Receiver NGO")
        )
        w.r.record(action, item, {"rev": rev, "sha256": sha, **details})


def test_a_senders_revision_in_the_receivers_own_testimony_is_reported(world: World) -> None:
    """As the previous import wrote attack 1: a 'revise' event naming the sender's bundle and item,
    signed by this vault, on this vault's own testimony."""
    w = world
    _, received = _received_testimony(w)
    details = {"sender": received["sender"], "sender_item": "ab" * 16, "bundle_sha256": received["bundle_sha256"]}
    _inject(w, w.r_testimony, 3, "revise", details)
    problems = _kinds(w)
    assert (RECEIVED_MISMATCH, w.r_testimony) in problems


def test_a_received_revision_that_its_sender_did_not_sign_is_reported(world: World) -> None:
    w = world
    local, received = _received_testimony(w)
    details = {k: received[k] for k in ("sender", "sender_fingerprint", "sender_item", "bundle_sha256")}
    _inject(w, local, 3, "receive", {"op": "revision", **details})
    report = verify_vault(w.r)
    found = [p for p in report.problems if p.kind == RECEIVED_MISMATCH and p.subject == local]
    assert found and "not what its sender signed" in found[0].detail, report.to_json()


def test_a_received_revision_logged_by_no_event_is_reported(world: World) -> None:
    w = world
    local, _ = _received_testimony(w)
    sha = hashlib.sha256(TEXT.encode()).hexdigest()
    with w.r.transaction() as conn:
        conn.execute("INSERT INTO revisions VALUES (?,?,?,?,?,?)", (local, 3, TEXT, sha, "2020-01-01T00:00:00Z", "x"))
    assert (RECEIVED_MISMATCH, local) in _kinds(w)


def test_a_kept_manifest_altered_or_unreadable_is_reported_bundle_by_bundle(world: World) -> None:
    w = world
    kept = [str(b) for (b,) in w.r.conn.execute("SELECT bundle FROM received_manifests ORDER BY rowid")]
    assert len(kept) == 2
    first = w.r.conn.execute("SELECT manifest FROM received_manifests WHERE bundle = ?", (kept[0],)).fetchone()[0]
    with w.r.transaction() as conn:
        conn.execute("DROP TRIGGER received_manifests_no_update")
        # the first: still a manifest, but not the bytes its sender signed; the second: no manifest at all
        altered = bytes(first).replace(b'"sha256"', b'"sha256" ', 1)
        conn.execute("UPDATE received_manifests SET manifest = ? WHERE bundle = ?", (altered, kept[0]))
        conn.execute("UPDATE received_manifests SET manifest = ? WHERE bundle = ?", (b"\x00not json", kept[1]))
    found = [p for p in verify_vault(w.r).problems if p.kind == RECEIVED_MISMATCH and p.subject.startswith("bundle ")]
    assert [p.subject for p in found] == [f"bundle {kept[0]}", f"bundle {kept[1]}"]
    assert "not signed by its sender" in found[0].detail
    assert "cannot be read" in found[1].detail
