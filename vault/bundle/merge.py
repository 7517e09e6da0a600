"""The database side of a bundle import: one transaction, run only after everything verified.

A sender's ids map to ours through `received_refs`, so a second import of the same (or a later)
bundle creates nothing twice. An item whose bytes are already here (same SHA-256) is not
duplicated. Each new item gets a 'receive' event recording its SHA-256 (what verify checks the
item against) and the sender's intake hash; the bundle gets one 'receive' event naming the
sender, the bundle's SHA-256 and the items. The sender's events are kept verbatim in
`received_events`.

A testimony arrives with its revisions (format version 2), each stored under the sender's number,
time and actor (the sender's claims) and hashed as received; every revision after the first gets
a 'receive' event here, at this vault's time, naming the sender's fingerprint and its claims
(verify checks the text against it). This vault's own 'revise' events are only ever its own
edits. An item of this sender's already present gets the revisions it lacks, provided the ones it
has are the bundle's first ones (same numbers and hashes); otherwise (it was revised here
meanwhile) its revisions are left alone and the item is reported in `revisions_diverged`.

Only the sender's own records are ever touched (owners.py): the sender's key is bound to its
vault id at first acceptance; an item whose bytes are already here in a record that is not this
sender's is reported in `not_yours` and left exactly as it was.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from .. import keys
from ..custody import key_id
from ..db import named_rows, scalar
from ..intake.text import MAX_TEXT_CHARS, clean_text
from ..received_pages import metadata_for, without_pages
from ..search import reindex_item
from ..store import Vault
from ..tags import ensure_tag, normalise_tag
from . import chain, merge_pages, owners
from . import manifest as mf

if TYPE_CHECKING:
    from .receive import Staged

log = logging.getLogger(__name__)
_MAX_TEXT_UTF8 = 4 * MAX_TEXT_CHARS

_TABLE = {"case": "cases", "person": "people", "item": "items", "case_event": "case_events"}


@dataclass
class ImportResult:
    imported: int
    already_present: int
    withheld: int
    sender: dict[str, Any]
    case_id: str
    items: list[str] = field(default_factory=list)  # local ids, new and already present
    used_blobs: set[str] = field(default_factory=set)
    revisions: int = 0  # testimony revisions after the first one stored (on new and present items)
    revisions_diverged: list[str] = field(default_factory=list)  # present items revised here: left alone
    not_yours: list[str] = field(default_factory=list)  # present here, but not from this sender: untouched

    def to_json(self) -> dict[str, Any]:
        return {"imported": self.imported, "already_present": self.already_present, "sender": self.sender,
                "withheld": self.withheld, "case": self.case_id, "items": self.items, "revisions": self.revisions,
                "revisions_diverged": self.revisions_diverged, "not_yours": self.not_yours}  # fmt: skip


def _local(vault: Vault, sender: str, kind: str, remote: str, is_self: bool) -> str | None:
    if is_self and scalar(vault.conn, f"SELECT 1 FROM {_TABLE[kind]} WHERE id = ?", (remote,)) is not None:
        return remote
    local: str | None = scalar(
        vault.conn,
        "SELECT local_id FROM received_refs WHERE sender_vault = ? AND kind = ? AND remote_id = ?",
        (sender, kind, remote),
    )
    return local


def already_present(vault: Vault, m: mf.Manifest, is_self: bool) -> dict[str, str]:
    """Sender's item id -> our item id, for items we hold already (by reference or by hash)."""
    out: dict[str, str] = {}
    for item in m.files():
        local = _local(vault, m.sender.vault_id, "item", item.id, is_self)
        if local is None:
            local = scalar(
                vault.conn,
                "SELECT id FROM items WHERE sha256 = ? AND deleted IS NULL ORDER BY created, rowid LIMIT 1",
                (item.sha256,),
            )
        if local is not None:
            out[item.id] = local
    return out


def foreign_present(vault: Vault, m: mf.Manifest, here: dict[str, str], is_self: bool) -> set[str]:
    """Of the items already here, those whose record did not come from this sender."""
    if is_self:
        return set()
    return {rid for rid, local in here.items() if not owners.owned_by(vault, m.sender.vault_id, "item", local)}


class _Merger:
    def __init__(self, vault: Vault, staged: Staged, bundle_sha: str) -> None:
        self.vault, self.staged, self.m, self.bundle_sha = vault, staged, staged.manifest, bundle_sha
        self.sender = self.m.sender.vault_id
        self.now = vault.env.now_iso()
        self.added = 0
        self.diverged: list[str] = []

    def claims(self) -> dict[str, str]:
        return {"sender_fingerprint": self.m.sender.fingerprint, "bundle_sha256": self.bundle_sha}

    def ref(self, kind: str, remote: str) -> str | None:
        return _local(self.vault, self.sender, kind, remote, self.staged.is_self)

    def add_ref(self, kind: str, remote: str, local: str) -> None:
        if not (self.staged.is_self and local == remote):
            self.vault.conn.execute(
                "INSERT OR IGNORE INTO received_refs VALUES (?,?,?,?)", (self.sender, kind, remote, local)
            )

    def case(self) -> str:
        c = self.m.case
        local = self.ref("case", c.id)
        if local is None:
            local = self.vault.env.new_id()
            self.vault.conn.execute(
                "INSERT INTO cases VALUES (?,?,?,?,?)", (local, c.title, c.summary, self.now, self.now)
            )
            self.add_ref("case", c.id, local)
            self.vault.record("case", local, {"op": "receive", "sender_case": c.id, "bundle_sha256": self.bundle_sha,
                                              "sender_fingerprint": self.m.sender.fingerprint})  # fmt: skip
        for ev_id, date, kind, text in c.events:
            if self.ref("case_event", ev_id) is None:
                new = self.vault.env.new_id()
                self.vault.conn.execute(
                    "INSERT INTO case_events VALUES (?,?,?,?,?,?)", (new, local, date, kind, text, self.now)
                )
                self.add_ref("case_event", ev_id, new)
                self.vault.record(
                    "case-event", local,
                    {"op": "receive", "event": new, "sender_case_event": ev_id,
                     "sender_fingerprint": self.m.sender.fingerprint, "bundle_sha256": self.bundle_sha},
                )  # fmt: skip
        return local

    def people(self, case_id: str) -> dict[str, str]:
        out: dict[str, str] = {}
        for p in self.m.people:
            local = self.ref("person", p.id)
            if local is None:
                local = self.vault.env.new_id()
                self.vault.conn.execute(
                    "INSERT INTO people (id, name, pseudonym, role, protected, notes, created) VALUES (?,?,?,?,?,?,?)",
                    (local, p.name, p.pseudonym, p.role, int(p.protected or p.pseudonymised), "", self.now),
                )
                for alias in dict.fromkeys(a.strip() for a in p.aliases if a.strip()):
                    self.vault.conn.execute("INSERT INTO person_aliases VALUES (?, ?)", (local, alias))
                self.add_ref("person", p.id, local)
                self.vault.record("person", local, {"op": "receive", "protected": p.protected or p.pseudonymised,
                                                    "role": p.role, "sender_person": p.id,
                                                    "sender_fingerprint": self.m.sender.fingerprint})  # fmt: skip
            self.vault.conn.execute("INSERT OR IGNORE INTO case_people VALUES (?,?,?)", (case_id, local, p.role))
            out[p.id] = local
        return out

    def document_text(self, item: mf.MItem) -> str:
        """A document that arrived as its redacted text (a `document-text` derivative): that text,
        kept as its extracted text so that search, the viewer and a later export read it."""
        blob = self.staged.blobs.get(item.id)
        if item.kind != "document" or item.content != "derivative" or item.mime != "text/plain" or blob is None:
            return ""
        if blob.size > _MAX_TEXT_UTF8:  # more than an intake keeps: not read, the file is still stored
            return ""
        return clean_text(self.vault.blobs.read_bytes(blob.blob_id, _MAX_TEXT_UTF8).decode("utf-8", "replace"))

    def item(self, item: mf.MItem, case_id: str, people: dict[str, str], contact_id: str) -> str:
        conn, local = self.vault.conn, self.vault.env.new_id()
        received = {
            "sender_vault": self.sender, "sender_item": item.id, "sender_fingerprint": self.m.sender.fingerprint,
            "bundle_sha256": self.bundle_sha, "profile": self.m.profile, "content": item.content,
            "derivation": item.derivation, "intake_sha256": item.intake_sha256, "intake_size": item.intake_size,
            "sender_created": item.created,
        }  # fmt: skip
        pages = merge_pages.staged_pages(self.staged, item)  # a document's page images: all of them
        metadata = {**without_pages(item.metadata), "received": received, **metadata_for(pages)}
        conn.execute(
            "INSERT INTO items (id, kind, title, created, sha256, size, mime, original_name, metadata, language,"
            " extracted_text, source) VALUES (?,?,?,?,?,?,?,?,?,?,?, 'bundle')",
            (local, item.kind, item.title or item.id, self.now, item.sha256, item.size, item.mime,
             item.original_name or "", json.dumps(metadata, ensure_ascii=False, sort_keys=True), item.language,
             self.document_text(item)),
        )  # fmt: skip
        if (item.id, 1) in self.staged.texts:
            first = item.revisions[0] if item.revisions else None  # format version 1: none listed
            conn.execute("INSERT INTO revisions VALUES (?, 1, ?, ?, ?, ?)",
                         (local, self.staged.texts[(item.id, 1)], item.sha256, first.created if first else self.now,
                          first.actor if first else self.vault.actor))  # fmt: skip
        else:
            thumb = self.staged.thumbnails.get(item.id)
            for blob, purpose in ((self.staged.blobs[item.id], "original"), (thumb, "thumbnail")):
                if blob is not None:
                    conn.execute(
                        "INSERT INTO blobs (id, item_id, purpose, size, sha256, created) VALUES (?,?,?,?,?,?)",
                        (blob.blob_id, local, purpose, blob.size, blob.sha256, self.now),
                    )
            merge_pages.insert_pages(conn, local, pages, self.now)
        conn.execute("INSERT OR IGNORE INTO item_cases VALUES (?, ?)", (local, case_id))
        for pid, role in item.people:
            conn.execute("INSERT OR IGNORE INTO item_people VALUES (?,?,?)", (local, people[pid], role))
        tags = []
        for raw in item.tags:
            tag = normalise_tag(raw)
            ensure_tag(conn, tag)
            conn.execute("INSERT OR IGNORE INTO item_tags VALUES (?, ?)", (local, tag))
            tags.append(tag)
        self.add_ref("item", item.id, local)
        self.vault.record(
            "receive", local,
            {"sha256": item.sha256, "size": item.size, "sender": contact_id, "case": case_id, "tags": tags,
             "people": [people[p] for p, _ in item.people], **{k: received[k] for k in
             ("sender_item", "sender_fingerprint", "bundle_sha256", "content", "intake_sha256")},
             **({"pages": [b.sha256 for b in pages]} if pages else {})},
            also=(case_id, *(people[p] for p, _ in item.people)),
        )  # fmt: skip
        self.added += self.revisions_after(local, item, 1, contact_id)
        reindex_item(conn, local)
        return local

    def revisions_after(self, local: str, item: mf.MItem, have: int, contact_id: str) -> int:
        """Store the bundle's revisions after the first `have`, each with a 'revise' event."""
        if len(item.revisions) <= have:
            return 0
        previous = item.revisions[have - 1].sha256
        for r in item.revisions[have:]:
            self.vault.conn.execute(
                "INSERT INTO revisions VALUES (?,?,?,?,?,?)",
                (local, r.rev, self.staged.texts[(item.id, r.rev)], r.sha256, r.created, r.actor),
            )
            self.vault.record(
                "receive", local,
                {"op": "revision", "rev": r.rev, "sha256": r.sha256, "previous": previous, "sender": contact_id,
                 "sender_fingerprint": self.m.sender.fingerprint, "sender_item": item.id,
                 "bundle_sha256": self.bundle_sha, "content": r.content, "recorded_sha256": r.recorded_sha256,
                 "claimed_time": r.created, "claimed_actor": r.actor},
            )  # fmt: skip
            previous = r.sha256
        return len(item.revisions) - have

    def present_item(self, item: mf.MItem, local: str, contact_id: str) -> None:
        """Give an item already here the revisions it lacks."""
        if not item.revisions or (self.staged.is_self and local == item.id):
            return  # format version 1, not a testimony, or this vault's own item
        mine = [(r["rev"], r["sha256"]) for r in named_rows(
            self.vault.conn, "SELECT rev, sha256 FROM revisions WHERE item_id = ? ORDER BY rev", (local,))]  # fmt: skip
        if not mine or len(mine) >= len(item.revisions):
            return
        if mine != [(r.rev, r.sha256) for r in item.revisions[: len(mine)]]:
            log.warning("bundle import: item %s was revised here; the sender's revisions were not merged", local)
            self.diverged.append(local)
            return
        self.added += self.revisions_after(local, item, len(mine), contact_id)
        reindex_item(self.vault.conn, local)

    def events(self) -> None:
        """The sender's events, its signed head and the signed manifest: this sender's chain state."""
        kid = key_id(self.m.sender.public_raw)
        head = self.m.head
        self.vault.conn.execute(
            "INSERT OR IGNORE INTO received_heads VALUES (?,?,?,?,?)",
            (kid, int(head["seq"]), str(head["hash"]), str(head["signature"]), self.bundle_sha),
        )
        self.vault.conn.execute(
            "INSERT OR IGNORE INTO received_manifests VALUES (?,?,?,?,?)",
            (self.bundle_sha, kid, self.staged.raw, self.staged.sig, self.now),
        )
        for doc in self.m.custody:
            self.vault.conn.execute(
                "INSERT OR IGNORE INTO received_events VALUES (?,?,?,?,?,?)",
                (kid, doc["seq"], doc["hash"], json.dumps(doc, ensure_ascii=False, sort_keys=True), self.bundle_sha,
                 self.now),
            )  # fmt: skip


def _contact(vault: Vault, staged: Staged, name: str) -> str:
    if staged.is_self:
        return "self"
    if staged.contact is not None:
        return staged.contact.id
    s = staged.manifest.sender
    return keys.insert_contact(
        vault, name.strip() or f"Sender {s.fingerprint}", s.recipient, s.signing_key, via="bundle"
    )


def commit(vault: Vault, staged: Staged, bundle_sha: str, sender_name: str = "") -> ImportResult:
    m = staged.manifest
    mg = _Merger(vault, staged, bundle_sha)
    new: list[str] = []
    present: list[str] = []
    with vault.transaction():
        if not staged.is_self:  # again, under the write lock: another import may have run meanwhile
            keys.bind_sender(vault, m.sender.signing_key, m.sender.vault_id)
            owners.check_ids(vault, m)
        chain.check_held(vault, m, staged.is_self)
        contact_id = _contact(vault, staged, sender_name)
        case_id = mg.case()
        people = mg.people(case_id)
        here = already_present(vault, m, staged.is_self)
        foreign = foreign_present(vault, m, here, staged.is_self)
        not_yours = sorted({here[i] for i in foreign})
        completed: set[str] = set()  # items kept here with page 1 only that got their other pages
        for item in m.files():
            if item.id in foreign:
                log.warning("bundle import: item %s is here, not from this sender: left alone", here[item.id])
                present.append(here[item.id])
            elif item.id in here:
                mg.add_ref("item", item.id, here[item.id])
                mg.present_item(item, here[item.id], contact_id)
                if merge_pages.complete(vault, staged, item, here[item.id], {**mg.claims(), "sender": contact_id}):
                    completed.add(item.id)
                present.append(here[item.id])
            else:
                new.append(mg.item(item, case_id, people, contact_id))
        mg.events()
        vault.record(
            "receive", case_id,
            {"bundle_sha256": bundle_sha, "sender": contact_id, "sender_fingerprint": m.sender.fingerprint,
             "sender_vault": m.sender.vault_id, "profile": m.profile, "imported": new, "already_present": present,
             "withheld": sum(1 for i in m.items if not i.file), "revisions_added": mg.added,
             "not_yours": not_yours,
             "sender_head": {"seq": m.head.get("seq"), "hash": m.head.get("hash")}},
            also=tuple(dict.fromkeys(new + [p for p in present if p not in not_yours])),
        )  # fmt: skip
    used = {
        b.blob_id
        for i in m.files()
        if i.id not in here
        for b in (staged.blobs.get(i.id), staged.thumbnails.get(i.id))
        if b
    } | merge_pages.used_blobs(staged, {i.id for i in m.files() if i.id not in here} | completed)
    sender = {"contact": contact_id, "fingerprint": m.sender.fingerprint, "vault_id": m.sender.vault_id,
              "accepted": staged.contact is None and not staged.is_self}  # fmt: skip
    return ImportResult(len(new), len(present), sum(1 for i in m.items if not i.file), sender, case_id,
                        new + present, used, mg.added, mg.diverged, not_yours)  # fmt: skip
