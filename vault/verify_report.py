"""What `verify` found: named problems (the vault is not sound) and notes (facts worth seeing that
are not damage, such as the machine's clock going backwards between two events)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Stable problem kinds: scripts and the GUI key on these strings; never rename one.
BLOB_MISSING = "blob-missing"  # a live blob row whose file is absent (or is not a regular file)
BLOB_CORRUPT = "blob-corrupt"  # the file fails to decrypt/authenticate (flipped byte, truncation, ...)
HASH_MISMATCH = "hash-mismatch"  # plaintext SHA-256 differs from the row, the item, or the custody record
SIZE_MISMATCH = "size-mismatch"  # plaintext length differs from the row or the item
# An orphan no row names and a `.partial` file are notes (an interrupted write; swept on the next
# open); an orphan whose row says destroyed is a problem (destroyed content still on disk).
BLOB_ORPHAN = "blob-orphan"  # a blob file no live row names
BLOB_PARTIAL = "blob-partial"  # an interrupted write (`<id>.partial`)
BLOB_STRAY = "blob-stray"  # anything else under blobs/: odd names, directories, symlinks
ROW_DANGLING = "row-dangling"  # a row pointing at a row that does not exist
ORIGINAL_MISSING = "original-missing"  # a file item with no original blob, and not destroyed
REVISION_MISSING = "revision-missing"  # a testimony with no first revision or a gap in revisions
ITEM_UNLOGGED = "item-unlogged"  # an item no custody event mentions
DELETE_UNLOGGED = "delete-unlogged"  # an item marked deleted with no 'delete' event
DESTROY_UNLOGGED = "destroy-unlogged"  # a blob marked destroyed with no 'destroy' event naming it
CHAIN_GAP = "chain-gap"  # sequence numbers do not run 1, 2, 3, ... without holes
CHAIN_BROKEN = "chain-broken"  # prev_hash does not link to the previous event (or to genesis)
EVENT_HASH = "event-hash"  # the stored hash is not the hash of the event's content
EVENT_SIGNATURE = "event-signature"  # the signature does not verify under the vault's signing key
EVENT_KEY = "event-key"  # the event names another signing key (key_id)
EVENT_FORMAT = "event-format"  # an event field cannot be read (time, details)
SIGNING_KEY = "signing-key"  # the vault's signing key is not the one recorded at creation
HEAD_MISSING = "head-missing"  # a head recorded earlier is not in this history (truncated/rewritten)
RECEIVED_EVENT = "received-event"  # a sender's event or head held here no longer verifies, or forks
RECEIVED_MISMATCH = "received-mismatch"  # a received item's history differs from what its sender signed
DB_INTEGRITY = "db-integrity"  # SQLite PRAGMA integrity_check
CIPHER_INTEGRITY = "cipher-integrity"  # SQLCipher PRAGMA cipher_integrity_check (page HMACs)

# Note kinds (do not make the report fail).
CLOCK_BACKWARDS = "clock-backwards"


@dataclass(frozen=True)
class Problem:
    kind: str
    subject: str
    detail: str

    def to_json(self) -> dict[str, str]:
        return {"kind": self.kind, "subject": self.subject, "detail": self.detail}


@dataclass
class VerifyReport:
    problems: list[Problem] = field(default_factory=list)
    items_checked: int = 0
    blobs_checked: int = 0
    bytes_checked: int = 0
    events_checked: int = 0
    notes: list[Problem] = field(default_factory=list)
    head: tuple[int, str] | None = None  # (seq, hash) of the last event seen

    @property
    def ok(self) -> bool:
        return not self.problems

    def add(self, kind: str, subject: str, detail: str) -> None:
        self.problems.append(Problem(kind, subject, detail))

    def note(self, kind: str, subject: str, detail: str) -> None:
        self.notes.append(Problem(kind, subject, detail))

    def kinds(self) -> set[str]:
        return {p.kind for p in self.problems}

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "problems": [p.to_json() for p in self.problems],
            "notes": [n.to_json() for n in self.notes],
            "stats": {
                "items_checked": self.items_checked,
                "blobs_checked": self.blobs_checked,
                "bytes_checked": self.bytes_checked,
                "events_checked": self.events_checked,
            },
            "head": None if self.head is None else {"seq": self.head[0], "hash": self.head[1]},
        }
