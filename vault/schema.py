"""The database schema as an ordered list of migrations. `PRAGMA user_version` is the version.

A migration never edits custody events: the custody table is append-only by trigger.
"""

from __future__ import annotations

from collections.abc import Callable

from . import schema_protection
from .db import Connection, Transaction, scalar
from .errors import VaultDamaged

_V1 = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
CREATE TABLE secrets (
    name  TEXT PRIMARY KEY,
    value BLOB NOT NULL
);
CREATE TABLE cases (
    id       TEXT PRIMARY KEY,
    title    TEXT NOT NULL,
    summary  TEXT NOT NULL DEFAULT '',
    created  TEXT NOT NULL,
    updated  TEXT NOT NULL
);
CREATE TABLE case_events (
    id       TEXT PRIMARY KEY,
    case_id  TEXT NOT NULL REFERENCES cases(id),
    date     TEXT NOT NULL,
    kind     TEXT NOT NULL CHECK (kind IN
              ('arrest','hearing','sentence','transfer','release','complaint','other')),
    text     TEXT NOT NULL,
    created  TEXT NOT NULL
);
CREATE INDEX case_events_case ON case_events(case_id, date);
CREATE TABLE people (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    pseudonym  TEXT NOT NULL DEFAULT '',
    role       TEXT NOT NULL DEFAULT '',
    protected  INTEGER NOT NULL DEFAULT 0 CHECK (protected IN (0,1)),
    notes      TEXT NOT NULL DEFAULT '',
    created    TEXT NOT NULL
);
CREATE TABLE person_aliases (
    person_id  TEXT NOT NULL REFERENCES people(id),
    alias      TEXT NOT NULL,
    PRIMARY KEY (person_id, alias)
);
CREATE TABLE items (
    id             TEXT PRIMARY KEY,
    kind           TEXT NOT NULL CHECK (kind IN
                    ('testimony','document','photo','audio','video','other')),
    title          TEXT NOT NULL,
    created        TEXT NOT NULL,
    sha256         TEXT,
    size           INTEGER,
    mime           TEXT NOT NULL DEFAULT '',
    original_name  TEXT NOT NULL DEFAULT '',
    original_mtime TEXT,
    metadata       TEXT NOT NULL DEFAULT '{}',
    extracted_text TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT '',
    language       TEXT NOT NULL DEFAULT '',
    warning        TEXT NOT NULL DEFAULT '',
    source         TEXT NOT NULL DEFAULT 'intake',
    deleted        TEXT
);
CREATE INDEX items_sha ON items(sha256);
CREATE INDEX items_kind ON items(kind, created);
CREATE TABLE blobs (
    id        TEXT PRIMARY KEY,
    item_id   TEXT NOT NULL REFERENCES items(id),
    purpose   TEXT NOT NULL CHECK (purpose IN ('original','thumbnail','derivative')),
    size      INTEGER NOT NULL,
    sha256    TEXT NOT NULL,
    created   TEXT NOT NULL,
    destroyed TEXT
);
CREATE INDEX blobs_item ON blobs(item_id, purpose);
CREATE TABLE revisions (
    item_id   TEXT NOT NULL REFERENCES items(id),
    rev       INTEGER NOT NULL,
    text      TEXT NOT NULL,
    sha256    TEXT NOT NULL,
    created   TEXT NOT NULL,
    actor     TEXT NOT NULL,
    PRIMARY KEY (item_id, rev)
);
CREATE TABLE item_cases (
    item_id  TEXT NOT NULL REFERENCES items(id),
    case_id  TEXT NOT NULL REFERENCES cases(id),
    PRIMARY KEY (item_id, case_id)
);
CREATE INDEX item_cases_case ON item_cases(case_id);
CREATE TABLE item_people (
    item_id    TEXT NOT NULL REFERENCES items(id),
    person_id  TEXT NOT NULL REFERENCES people(id),
    role       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (item_id, person_id, role)
);
CREATE INDEX item_people_person ON item_people(person_id);
CREATE TABLE case_people (
    case_id    TEXT NOT NULL REFERENCES cases(id),
    person_id  TEXT NOT NULL REFERENCES people(id),
    role       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (case_id, person_id, role)
);
CREATE TABLE tags (
    path     TEXT PRIMARY KEY,
    label    TEXT NOT NULL DEFAULT '',
    builtin  INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE item_tags (
    item_id  TEXT NOT NULL REFERENCES items(id),
    tag      TEXT NOT NULL REFERENCES tags(path),
    PRIMARY KEY (item_id, tag)
);
CREATE INDEX item_tags_tag ON item_tags(tag);
CREATE TABLE saved_searches (
    id       TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    query    TEXT NOT NULL,
    filters  TEXT NOT NULL DEFAULT '{}',
    created  TEXT NOT NULL
);
CREATE TABLE contacts (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    recipient    TEXT NOT NULL,
    signing_key  TEXT NOT NULL,
    created      TEXT NOT NULL,
    removed      TEXT
);
CREATE TABLE custody (
    seq        INTEGER PRIMARY KEY,
    time       TEXT NOT NULL,
    actor      TEXT NOT NULL,
    device     TEXT NOT NULL,
    action     TEXT NOT NULL,
    subject    TEXT NOT NULL,
    details    TEXT NOT NULL,
    prev_hash  TEXT NOT NULL,
    hash       TEXT NOT NULL,
    signature  TEXT NOT NULL,
    key_id     TEXT NOT NULL
);
CREATE INDEX custody_subject ON custody(subject);
CREATE TRIGGER custody_no_update BEFORE UPDATE ON custody
BEGIN SELECT RAISE(ABORT, 'custody events are append-only'); END;
CREATE TRIGGER custody_no_delete BEFORE DELETE ON custody
BEGIN SELECT RAISE(ABORT, 'custody events are append-only'); END;
CREATE TABLE custody_subjects (
    seq      INTEGER NOT NULL REFERENCES custody(seq),
    subject  TEXT NOT NULL,
    PRIMARY KEY (subject, seq)
);
CREATE VIRTUAL TABLE search_index USING fts5(
    item_id UNINDEXED, title, body, people, tags,
    tokenize = 'unicode61 remove_diacritics 2'
);
"""

# v2 (partner bundles): what other vaults sent. `received_events` keeps a sender's custody events
# verbatim (append-only, like `custody`); `received_refs` maps a sender's ids to ours so that a
# bundle imported twice creates nothing twice.
_V2 = """
CREATE TABLE received_events (
    sender_key  TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    hash        TEXT NOT NULL,
    event       TEXT NOT NULL,
    bundle      TEXT NOT NULL,
    received    TEXT NOT NULL,
    PRIMARY KEY (sender_key, seq)
);
CREATE TRIGGER received_events_no_update BEFORE UPDATE ON received_events
BEGIN SELECT RAISE(ABORT, 'received custody events are append-only'); END;
CREATE TRIGGER received_events_no_delete BEFORE DELETE ON received_events
BEGIN SELECT RAISE(ABORT, 'received custody events are append-only'); END;
CREATE TABLE received_refs (
    sender_vault  TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('case','person','item','case_event')),
    remote_id     TEXT NOT NULL,
    local_id      TEXT NOT NULL,
    PRIMARY KEY (sender_vault, kind, remote_id)
);
CREATE INDEX received_refs_local ON received_refs(local_id);
"""

# v3 (desktop list over 100,000 items): the browsing orders (vault/browse.py) read these indexes
# in order instead of sorting the whole table for every 200-row page.
_V3 = """
CREATE INDEX items_created ON items(created);
CREATE INDEX items_title ON items(title COLLATE NOCASE);
"""

# v4 (a partner's bundle can add, never change what you own; docs/verify-a-bundle.md):
# `received_senders` binds a sender's signing key to its vault id at first acceptance (both ways
# unique), so no key can write under another sender's ids; `received_heads` keeps every chain head
# a sender signed, and `received_manifests` the exact signed manifest of every imported bundle, so
# that `verify` can re-check received material against what its sender signed. All append-only.
_V4 = """
CREATE TABLE received_senders (
    sender_key   TEXT PRIMARY KEY,
    signing_key  TEXT NOT NULL UNIQUE,
    vault_id     TEXT NOT NULL UNIQUE,
    bound        TEXT NOT NULL
);
CREATE TRIGGER received_senders_no_update BEFORE UPDATE ON received_senders
BEGIN SELECT RAISE(ABORT, 'sender bindings are append-only'); END;
CREATE TRIGGER received_senders_no_delete BEFORE DELETE ON received_senders
BEGIN SELECT RAISE(ABORT, 'sender bindings are append-only'); END;
CREATE TABLE received_heads (
    sender_key  TEXT NOT NULL,
    seq         INTEGER NOT NULL,
    hash        TEXT NOT NULL,
    signature   TEXT NOT NULL,
    bundle      TEXT NOT NULL,
    PRIMARY KEY (sender_key, seq)
);
CREATE TRIGGER received_heads_no_update BEFORE UPDATE ON received_heads
BEGIN SELECT RAISE(ABORT, 'received chain heads are append-only'); END;
CREATE TRIGGER received_heads_no_delete BEFORE DELETE ON received_heads
BEGIN SELECT RAISE(ABORT, 'received chain heads are append-only'); END;
CREATE TABLE received_manifests (
    bundle      TEXT PRIMARY KEY,
    sender_key  TEXT NOT NULL,
    manifest    BLOB NOT NULL,
    signature   BLOB NOT NULL,
    received    TEXT NOT NULL
);
CREATE TRIGGER received_manifests_no_update BEFORE UPDATE ON received_manifests
BEGIN SELECT RAISE(ABORT, 'received manifests are append-only'); END;
CREATE TRIGGER received_manifests_no_delete BEFORE DELETE ON received_manifests
BEGIN SELECT RAISE(ABORT, 'received manifests are append-only'); END;
"""

# v5 (search in every script): the index gets textual metadata and Russian/Kazakh stems, and its
# tokenizer counts combining marks as part of a word (Devanagari, Thai); every row is rebuilt with
# the folding of vault/searchtext.py.
_V5_SEARCH = """
DROP TABLE search_index;
CREATE VIRTUAL TABLE search_index USING fts5(
    item_id UNINDEXED, title, body, people, tags, meta, stems,
    tokenize = "unicode61 remove_diacritics 2 categories 'L* N* Co M*'"
);
"""


def _reindex(conn: Connection) -> None:
    from .search import reindex_all  # search imports nothing from here; late import keeps it so

    reindex_all(conn)


Migration = str | Callable[[Connection], None] | tuple[str, Callable[[Connection], None]]
# v6 (witness protection): people.public, clearances, roles mapped to the vocabulary
# (vault/schema_protection.py).
MIGRATIONS: tuple[Migration, ...] = (
    _V1,
    _V2,
    _V3,
    _V4,
    (_V5_SEARCH, _reindex),
    (schema_protection.SQL, schema_protection.map_roles),
)
SCHEMA_VERSION = len(MIGRATIONS)


def schema_version(conn: Connection) -> int:
    return int(scalar(conn, "PRAGMA user_version"))


def migrate(conn: Connection) -> int:
    """Bring the database to SCHEMA_VERSION, one transaction per step. Returns the old version.
    A database from a newer program is refused rather than guessed at."""
    current = schema_version(conn)
    if current > SCHEMA_VERSION:
        raise VaultDamaged(f"vault database is schema version {current}; this program knows up to {SCHEMA_VERSION}")
    for version in range(current, SCHEMA_VERSION):
        with Transaction(conn):
            _apply(conn, MIGRATIONS[version])
            conn.execute(f"PRAGMA user_version = {version + 1}")
    return current


def _apply(conn: Connection, step: Migration) -> None:
    """A step is SQL, a function, or SQL followed by a function (inside the same transaction)."""
    sql, func = (step, None) if isinstance(step, str) else step if isinstance(step, tuple) else ("", step)
    for statement in _statements(sql):
        conn.execute(statement)
    if func is not None:
        func(conn)


def _statements(script: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies (BEGIN … END;) whole."""
    out: list[str] = []
    buf: list[str] = []
    in_trigger = False
    for line in script.strip().splitlines():
        buf.append(line)
        stripped = line.strip().upper()
        if stripped.startswith("CREATE TRIGGER"):
            in_trigger = True
        if (in_trigger and stripped.endswith("END;")) or (not in_trigger and stripped.endswith(";")):
            out.append("\n".join(buf))
            buf = []
            in_trigger = False
    if "".join(buf).strip():
        out.append("\n".join(buf))
    return out
