"""The three attacks of a hostile but trusted partner (bundles validly signed with a real
contact's key, encrypted to the receiver), each refused or contained: row counts, blob files
and the receiver's own items (rows, revisions, links) stay byte for byte what they were."""

from __future__ import annotations

import copy
import os
from pathlib import Path
from typing import Any

import pytest

from tests.support.hostile_partner import (
    C_WITNESS,
    World,
    blob_files,
    build_world,
    counts,
    members,
    not_senders,
    own_item_rows,
    repack,
    set_revision,
    sha,
    sign_event,
    split,
)
from vault.bundle import export_bundle, import_bundle
from vault.bundle import format as fmt
from vault.custody import key_id
from vault.errors import BundleRejected
from vault.testimony import current_text, revisions
from vault.verify import verify_vault

INJECTED = "Я, Гүлнар Сәрсенбаева, ничего не видела и беру свои слова назад."


@pytest.fixture
def world(make_vault: Any, tmp_path: Path) -> World:
    return build_world(make_vault, tmp_path)


def _own(w: World) -> dict[str, Any]:
    return {i: own_item_rows(w.r, i) for i in (w.r_testimony, w.r_photo)}


def _revise_events(w: World, item: str) -> list[tuple[int, str]]:
    return [(e.seq, e.actor) for e in w.r.custody.events(item) if e.action == "revise"]


def test_injection_into_the_receivers_own_testimony(world: World) -> None:
    """S re-sends R's own testimony (same SHA-256) with a back-dated 'revision 3' claiming R's user."""
    w = world
    own, before, files_before = _own(w), counts(w.r), blob_files(w.r)
    revise_before, text_before = _revise_events(w, w.r_testimony), current_text(w.r, w.r_testimony)
    out = export_bundle(w.s, w.s_copy_of_r_case, [w.s_to_r], w.tmp / "copy.age", profile="internal")
    doc, files = split(members(w.r, Path(out.path)))
    target = next(i for i in doc["items"] if i["sha256"] == revisions(w.r, w.r_testimony)[0].sha256)
    set_revision(target, files, 3, INJECTED, "Receiver NGO", "2024-01-01T00:00:00Z")
    got = import_bundle(w.r, repack(w.s, w.r, doc, files, w.tmp / "inject.age"))
    assert got.revisions == 0 and got.imported == 0
    assert set(got.not_yours) == {w.r_testimony, w.r_photo}
    assert _own(w) == own  # byte for byte: item rows, both revisions, blobs, links, tags
    assert current_text(w.r, w.r_testimony) == text_before and INJECTED not in text_before
    assert _revise_events(w, w.r_testimony) == revise_before  # no 'revise' signed for the sender
    after = counts(w.r)
    for table in ("items", "blobs", "revisions", "item_people", "item_cases", "received_senders"):
        assert after[table] == before[table], table
    assert after["cases"] == before["cases"] + 1  # S's copy of the case is S's own record
    assert blob_files(w.r) == files_before
    assert verify_vault(w.r).ok


def _new_document(template: dict[str, Any], files: dict[str, bytes], text: str) -> dict[str, Any]:
    item = copy.deepcopy(template)
    data = text.encode("utf-8")
    item_id = os.urandom(16).hex()
    path = fmt.file_path(item_id, "note.txt")
    item.update(
        id=item_id,
        file=path,
        sha256=sha(data),
        size=len(data),
        intake_sha256=sha(data),
        intake_size=len(data),
        people=[],
        tags=[],
        revisions=[],
        original_name="note.txt",
    )
    files[path] = data
    return item


def _write_into_cs_case(w: World, vault_id: str, case_id: str, out: str) -> Path:
    doc, files = split(members(w.r, w.s_bundle))
    doc["sender"]["vault_id"] = vault_id
    doc["case"]["id"] = case_id
    doc["case"]["events"].append(
        {
            "id": os.urandom(16).hex(),
            "date": "2024-05-05",
            "kind": "other",
            "text": f"{C_WITNESS} отказался от показаний.",
        }
    )
    template = next(i for i in doc["items"] if i["kind"] == "document" and i.get("file"))
    item = _new_document(template, files, "Новый документ в чужом деле.")
    item["people"] = [{"id": w.c_person_remote, "role": "author"}]
    doc["items"].append(item)
    doc["people"].append(
        {
            "id": w.c_person_remote,
            "name": "Свидетель Е",
            "pseudonym": "Свидетель Е",
            "role": "victim",
            "protected": False,
            "pseudonymised": False,
            "aliases": [],
        }
    )
    doc["custody"] = [e for e in doc["custody"] if e["seq"] != 1]  # seq 1 would name S's genesis
    return repack(w.s, w.r, doc, files, w.tmp / out)


def _c_case_rows(w: World) -> dict[str, list[tuple[Any, ...]]]:
    q = {
        "case": "SELECT * FROM cases WHERE id = ?",
        "events": "SELECT * FROM case_events WHERE case_id = ?",
        "people": "SELECT * FROM case_people WHERE case_id = ?",
        "items": "SELECT * FROM item_cases WHERE case_id = ?",
    }
    rows = {k: sorted(tuple(r) for r in w.r.conn.execute(sql, (w.c_case_at_r,))) for k, sql in q.items()}
    rows["person"] = [tuple(r) for r in w.r.conn.execute("SELECT * FROM people WHERE id = ?", (w.c_person_at_r,))]
    rows["person_items"] = sorted(
        tuple(r) for r in w.r.conn.execute("SELECT * FROM item_people WHERE person_id = ?", (w.c_person_at_r,))
    )
    return rows


@pytest.mark.parametrize(
    ("claim", "reason"),
    [("c_vault", "was bound to vault"), ("s_vault", "another sender"), ("own_case", "this vault's own")],
)
def test_writing_into_another_contacts_case(world: World, claim: str, reason: str) -> None:
    """S claims C's vault id (or names C's case under its own, or R's own case) to add a chronology
    entry and an item to C's case and link C's protected person: refused, nothing imported."""
    w = world
    vault_id = w.c.vault_id if claim == "c_vault" else w.s.vault_id
    case_id = w.r_case if claim == "own_case" else w.c_case_remote
    bundle = _write_into_cs_case(w, vault_id, case_id, f"{claim}.age")
    c_rows, own, before, files_before = _c_case_rows(w), _own(w), counts(w.r), blob_files(w.r)
    everything = not_senders(w.r, "nobody")
    with pytest.raises(BundleRejected, match=reason):
        import_bundle(w.r, bundle)
    assert _c_case_rows(w) == c_rows and _own(w) == own
    assert counts(w.r) == before and blob_files(w.r) == files_before
    assert not_senders(w.r, "nobody") == everything


def _forged(w: World, seq: int, prev: str, actor: str) -> dict[str, Any]:
    return sign_event(
        w.s,
        seq=seq,
        time="2024-03-01T09:00:30Z",
        actor=actor,
        device="test-device",
        action="view",
        subject=w.r_testimony,
        details={"note": "seen"},
        prev_hash=prev,
    )


def _held(w: World) -> list[tuple[Any, ...]]:
    return sorted(tuple(r) for r in w.r.conn.execute("SELECT * FROM received_events"))


def _free_seq(doc: dict[str, Any], held: set[int], need_held_neighbour: bool) -> int:
    seqs = {e["seq"] for e in doc["custody"]}
    for k in range(2, int(doc["chain_head"]["seq"])):
        if not need_held_neighbour and {k - 1, k, k + 1} & seqs:
            continue  # alone in the bundle: no neighbour to link with
        if need_held_neighbour == (k - 1 in held) and k not in held:
            return k
    raise AssertionError("no free seq in the sender's chain")


@pytest.mark.parametrize("shape", ["claims_receiver", "does_not_chain", "fork"])
def test_forged_custody_events(world: World, shape: str) -> None:
    """An event signed by S but not part of S's chain (claiming R's user and device, or not linking
    to what R holds from S, or replacing an event R holds): refused, received events unchanged."""
    w = world
    doc, files = split(members(w.r, w.s_bundle))
    kid = key_id(w.s.custody.public_raw)
    held = {int(r[0]) for r in w.r.conn.execute("SELECT seq FROM received_events WHERE sender_key = ?", (kid,))}
    if shape == "claims_receiver":
        event = _forged(w, _free_seq(doc, held, False), os.urandom(32).hex(), "Receiver NGO")
        doc["custody"].append(event)
        reason = "claims this vault's own user"
    elif shape == "does_not_chain":
        event = _forged(w, _free_seq(doc, held, True), os.urandom(32).hex(), "Sender NGO")
        doc["custody"] = [event]
        reason = "does not chain"
    else:
        real = next(e for e in doc["custody"] if e["seq"] > 1)  # under partner every event travels withheld
        event = _forged(w, real["seq"], real["prev_hash"], "Sender NGO")
        doc["custody"] = [event if e is real else e for e in doc["custody"]]
        reason = "differs from the one received earlier"
    doc["custody"].sort(key=lambda e: e["seq"])
    bundle = repack(w.s, w.r, doc, files, w.tmp / f"{shape}.age")
    own, before, events_before = _own(w), counts(w.r), _held(w)
    with pytest.raises(BundleRejected, match=reason):
        import_bundle(w.r, bundle)
    assert _held(w) == events_before and counts(w.r) == before and _own(w) == own
