"""Mutation testing of real signed bundles: a real sender exports, a seeded generator mutates the
manifest (ids, vault ids, hashes, revisions, custody events, people flags, roles, case titles)
and the files to match, the manifest is re-signed with the sender's real key and encrypted to
the receiver. Whatever the receiver does, it is either unchanged (row counts, blob files, every
row) or changed only inside that sender's own records. The normal run tries a few dozen
bundles; `--long` (EV_LONG=1) many more."""

from __future__ import annotations

import copy
import os
import random
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.faults import long_mode
from tests.support.hostile_partner import (
    World,
    blob_files,
    build_world,
    counts,
    cross_links,
    members,
    not_senders,
    own_item_rows,
    owned_by,
    repack,
    set_revision,
    sign_event,
    split,
)
from vault import keys
from vault.bundle import export_bundle, import_bundle
from vault.bundle import format as fmt
from vault.errors import BundleRejected
from vault.testimony import revise_testimony, revisions
from vault.verify import verify_vault

SEED = 1313
RUNS = 2000 if long_mode() else 40
Doc = dict[str, Any]
Files = dict[str, bytes]


class Ctx:
    def __init__(self, w: World, rng: random.Random) -> None:
        self.w, self.rng = w, rng
        c_items = owned_by(w.r, w.c.vault_id) & {r[0] for r in w.r.conn.execute("SELECT id FROM items")}
        self.foreign_ids = [
            w.r_case,
            w.r_person,
            w.r_testimony,
            w.r_photo,
            w.r_event,
            w.c_case_at_r,
            w.c_person_at_r,
            w.c_case_remote,
            w.c_person_remote,
            *sorted(c_items),
        ]
        self.r_text = revisions(w.r, w.r_testimony)[0].text

    def some_id(self) -> str:
        return self.rng.choice([*self.foreign_ids, os.urandom(16).hex()])


def _vault_id(doc: Doc, files: Files, x: Ctx) -> None:
    doc["sender"]["vault_id"] = x.rng.choice([x.w.r.vault_id, x.w.c.vault_id, os.urandom(16).hex()])


def _case(doc: Doc, files: Files, x: Ctx) -> None:
    if x.rng.random() < 0.5:
        doc["case"]["id"] = x.some_id()
    else:
        doc["case"]["title"] = x.rng.choice(["Дело закрыто", "Іс жабылды", "Renamed"])
    if x.rng.random() < 0.5:
        doc["case"]["events"].append({"id": x.some_id(), "date": "2023-12-31", "kind": "other", "text": "Новое."})


def _person(doc: Doc, files: Files, x: Ctx) -> None:
    if not doc["people"]:
        return
    p = x.rng.choice(doc["people"])
    what = x.rng.randrange(4)
    if what == 0:
        old, p["id"] = p["id"], x.some_id()
        for item in doc["items"]:
            item["people"] = [{**q, "id": p["id"]} if q["id"] == old else q for q in item["people"]]
    elif what == 1:
        p["protected"], p["pseudonymised"] = not p["protected"], not p["pseudonymised"]
    elif what == 2:
        p["role"] = x.rng.choice(["perpetrator", "official", "victim", "defender"])
    else:
        p["name"] = "Гүлнар Сәрсенбаева"


def _files_of(doc: Doc) -> list[Doc]:
    return [i for i in doc["items"] if i.get("file")]


def _item_id(doc: Doc, files: Files, x: Ctx) -> None:
    item = x.rng.choice(_files_of(doc))
    new = x.some_id()
    moved = {item["file"]: fmt.file_path(new, item["file"].rsplit("/", 1)[-1])}
    for r in item.get("revisions", [])[1:]:
        moved[r["file"]] = fmt.revision_path(new, r["rev"])
        r["file"] = moved[r["file"]]
    item["id"], item["file"] = new, moved[item["file"]]
    if item.get("revisions"):
        item["revisions"][0]["file"] = item["file"]
    for old, path in moved.items():
        files[path] = files.pop(old)


def _testimony(doc: Doc) -> Doc | None:
    found = [i for i in _files_of(doc) if i["kind"] == "testimony"]
    return found[0] if found else None


def _revision(doc: Doc, files: Files, x: Ctx) -> None:
    item = _testimony(doc)
    if item is None:
        return
    actor = x.rng.choice(["Receiver NGO", "Sender NGO", "vault owner"])
    when = x.rng.choice(["2020-01-01T00:00:00Z", "2024-03-01T09:00:01Z"])
    what = x.rng.randrange(3)
    if what == 0:  # the receiver's own text as the first revision: its SHA-256 is the receiver's item's
        set_revision(item, files, 1, x.r_text, actor, when)
        del item["revisions"][1:]
    elif what == 1:
        set_revision(item, files, len(item["revisions"]) + 1, "Вставка: я беру слова назад.", actor, when)
    else:
        set_revision(item, files, x.rng.randint(1, len(item["revisions"])), "Подменённый текст.", actor, when)


def _links(doc: Doc, files: Files, x: Ctx) -> None:
    item = x.rng.choice(_files_of(doc))
    if x.rng.random() < 0.5 and item["people"]:
        item["people"][0]["role"] = x.rng.choice(["author", "depicted", "mentioned"])
        return
    pid = x.some_id()
    if pid not in {p["id"] for p in doc["people"]}:
        doc["people"].append(
            {
                "id": pid,
                "name": "Свидетель Х",
                "pseudonym": "",
                "role": "witness",
                "protected": False,
                "pseudonymised": False,
                "aliases": [],
            }
        )
    item["people"].append({"id": pid, "role": "depicted"})


def _events(doc: Doc, files: Files, x: Ctx) -> None:
    events, head = doc["custody"], int(doc["chain_head"]["seq"])
    what = x.rng.randrange(4)
    if what == 0 and events:  # drop some
        doc["custody"] = [e for e in events if x.rng.random() < 0.6]
    elif what == 1 and events:  # turn a full event into its withheld form
        e = x.rng.choice(events)
        keep = {k: e[k] for k in ("seq", "hash", "prev_hash", "signature", "key_id")}
        events[events.index(e)] = {**keep, "withheld": True}
    else:  # a forged event signed by the sender, at a seq it may or may not hold
        seq = x.rng.randint(2, head)
        by_seq = {e["seq"]: e for e in events}
        prev = by_seq[seq - 1]["hash"] if seq - 1 in by_seq and x.rng.random() < 0.7 else os.urandom(32).hex()
        forged = sign_event(
            x.w.s,
            seq=seq,
            time="2024-03-01T09:00:02Z",
            actor=x.rng.choice(["Receiver NGO", "Sender NGO"]),
            device="test-device",
            action=x.rng.choice(["view", "revise", "import"]),
            subject=x.rng.choice(x.foreign_ids),
            details={"sha256": "0" * 64, "rev": 2},
            prev_hash=prev,
        )
        doc["custody"] = sorted([e for e in events if e["seq"] != seq] + [forged], key=lambda e: e["seq"])


MUTATIONS: list[Callable[[Doc, Files, Ctx], None]] = [_vault_id, _case, _person, _item_id, _revision, _links, _events]


def _base_bundles(w: World) -> list[tuple[Doc, Files]]:
    """Real follow-up bundles: S's own case (a new revision since) and S's copy of R's case."""
    text = revisions(w.s, w.s_testimony)[-1].text
    revise_testimony(w.s, w.s_testimony, text + " Жаңа толықтыру.")
    own = export_bundle(w.s, w.s_case, [w.s_to_r], w.tmp / "follow-up.age", profile="partner")
    copy_of_r = export_bundle(w.s, w.s_copy_of_r_case, [w.s_to_r], w.tmp / "copy.age", profile="internal")
    return [split(members(w.r, Path(b.path))) for b in (own, copy_of_r)]


def test_mutated_resigned_bundles_change_only_the_senders_records(make_vault: Any, tmp_path: Path) -> None:
    w = build_world(make_vault, tmp_path)
    bases = _base_bundles(w)
    rng = random.Random(SEED)
    x = Ctx(w, rng)
    own_items = [w.r_testimony, w.r_photo]
    fp = keys.public_identity(w.s).fingerprint
    outcomes = {"refused": 0, "accepted": 0}
    for n in range(RUNS):
        doc, files = copy.deepcopy(rng.choice(bases))
        for mutate in rng.sample(MUTATIONS, rng.randint(1, 3)):
            mutate(doc, files, x)
        bundle = repack(w.s, w.r, doc, files, tmp_path / f"m{n}.age")
        rows, full, blobs_before = not_senders(w.r, w.s.vault_id), not_senders(w.r, "nobody"), blob_files(w.r)
        own_before, counts_before = {i: own_item_rows(w.r, i) for i in own_items}, counts(w.r)
        last_seq = w.r.custody.head().seq  # type: ignore[union-attr]
        try:
            import_bundle(w.r, bundle)
        except BundleRejected:
            outcomes["refused"] += 1
            assert counts(w.r) == counts_before and blob_files(w.r) == blobs_before, n
            assert not_senders(w.r, "nobody") == full, n
        else:
            outcomes["accepted"] += 1
            assert not_senders(w.r, w.s.vault_id) == rows, n
            assert cross_links(w.r, w.s.vault_id) == [], n
            after = blob_files(w.r)
            assert all(after.get(k) == v for k, v in blobs_before.items()), n
            new_events = [e for e in w.r.custody.events() if e.seq > last_seq]
            assert all(e.action != "revise" for e in new_events), n  # revise is only ever our own edit
            assert all(e.details.get("sender_fingerprint") == fp for e in new_events), n
        assert {i: own_item_rows(w.r, i) for i in own_items} == own_before, n
    assert outcomes["refused"] and outcomes["accepted"], outcomes
    report = verify_vault(w.r)
    assert report.ok, report.to_json()
