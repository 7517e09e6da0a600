"""The vault folder: create and unlock, key slots, header tampering, the encrypted database,
migrations and the append-only custody table."""

from __future__ import annotations

import hashlib
import json
import os
import re
import stat
from pathlib import Path
from typing import Any

import pytest
from sqlcipher3 import dbapi2 as sqlcipher

from tests.support.vaults import PASSPHRASE, TEST_SETTINGS, VaultFactory
from vault import cases, db, header, kdf, schema
from vault.errors import UsageError, VaultDamaged, VaultExists, VaultNotFound, WeakParameters, WrongPassphrase
from vault.store import DB_FILE, HEADER_FILE, Vault

Snapshot = dict[str, tuple[str, int, int] | str]


def snapshot(root: Path) -> Snapshot:
    """Every file's (sha256, size, mtime_ns) and every folder under root."""
    out: Snapshot = {}
    for dirpath, _dirnames, filenames in os.walk(root):
        rel = os.path.relpath(dirpath, root)
        out[rel + "/"] = "dir"
        for name in filenames:
            path = Path(dirpath) / name
            st = path.stat()
            out[os.path.join(rel, name)] = (hashlib.sha256(path.read_bytes()).hexdigest(), st.st_size, st.st_mtime_ns)
    return out


def closed_vault(make_vault: VaultFactory, vault_dir: Path) -> Path:
    """A vault with one case in it, created and locked again."""
    v = make_vault(vault_dir)
    cases.add_case(v, "Дело Қасымов")
    v.close()
    return vault_dir


def edit_header(vault_dir: Path, change: Any) -> None:
    doc = json.loads((vault_dir / HEADER_FILE).read_text())
    change(doc)
    (vault_dir / HEADER_FILE).write_text(json.dumps(doc))


def slot_doc(doc: dict[str, Any], kind: str) -> dict[str, Any]:
    return next(s for s in doc["slots"] if s["type"] == kind)


# ----- create and open ----------------------------------------------------------------------


def test_create_makes_a_private_folder_with_header_db_and_blobs(make_vault: VaultFactory, vault_dir: Path) -> None:
    v = make_vault(vault_dir)
    assert {p.name for p in vault_dir.iterdir()} >= {HEADER_FILE, DB_FILE, "blobs"}
    assert stat.S_IMODE(vault_dir.stat().st_mode) == 0o700
    doc = json.loads((vault_dir / HEADER_FILE).read_text())
    assert doc["vault_id"] == v.vault_id and doc["version"] == header.VERSION
    assert sorted(s["type"] for s in doc["slots"]) == ["passphrase", "recovery"]
    passphrase_kdf = slot_doc(doc, "passphrase")["kdf"]
    assert (passphrase_kdf["name"], passphrase_kdf["memory_kib"], passphrase_kdf["iterations"]) == (
        "argon2id",
        kdf.FLOOR_MEMORY_KIB,
        kdf.FLOOR_ITERATIONS,
    )
    assert re.fullmatch(r"([0-9A-Z]{4}-){7}[0-9A-Z]{4}", make_vault.recovery_keys[vault_dir])
    raw = (vault_dir / HEADER_FILE).read_bytes()
    assert PASSPHRASE.encode() not in raw and v._master not in raw


def test_reopen_with_passphrase_sees_the_data(make_vault: VaultFactory, vault_dir: Path) -> None:
    path = closed_vault(make_vault, vault_dir)
    v = make_vault.open(path)
    assert [c.title for c in cases.list_cases(v)] == ["Дело Қасымов"]
    assert [e.action for e in v.custody.events()] == ["create", "case"]


def test_create_refuses_a_non_empty_folder_and_an_empty_passphrase(make_vault: VaultFactory, tmp_path: Path) -> None:
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "notes.txt").write_text("mine")
    with pytest.raises(VaultExists):
        make_vault(busy)
    assert [p.name for p in busy.iterdir()] == ["notes.txt"]
    with pytest.raises(UsageError):
        make_vault(tmp_path / "fresh", passphrase="")
    with pytest.raises(VaultExists):
        make_vault(closed_vault(make_vault, tmp_path / "existing"))


def test_open_where_there_is_no_vault(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFound):
        Vault.open(tmp_path / "absent", PASSPHRASE, settings=TEST_SETTINGS)
    (tmp_path / "empty").mkdir()
    with pytest.raises(VaultNotFound):
        Vault.open(tmp_path / "empty", PASSPHRASE, settings=TEST_SETTINGS)
    assert list((tmp_path / "empty").iterdir()) == []


@pytest.mark.parametrize("secret", ["wrong", "correct horse ", "Correct horse", ""])
def test_wrong_passphrase_changes_nothing_and_creates_nothing(
    make_vault: VaultFactory, vault_dir: Path, secret: str
) -> None:
    path = closed_vault(make_vault, vault_dir)
    before = snapshot(path)
    with pytest.raises(WrongPassphrase, match="wrong passphrase"):
        Vault.open(path, secret, settings=TEST_SETTINGS)
    with pytest.raises(WrongPassphrase):
        Vault.open_with_recovery_key(path, "0000-0000-0000-0000-0000-0000-0000-0000", settings=TEST_SETTINGS)
    assert snapshot(path) == before


def test_recovery_key_opens_and_resets_the_passphrase(make_vault: VaultFactory, vault_dir: Path) -> None:
    path = closed_vault(make_vault, vault_dir)
    recovery = make_vault.recovery_keys[path]
    # Typed by hand: lower case, spaces instead of dashes, O for 0 and I/L for 1 are accepted.
    typed = recovery.lower().replace("-", " ")
    v = make_vault.open_with_recovery_key(path, typed)
    assert [c.title for c in cases.list_cases(v)] == ["Дело Қасымов"]
    v.change_passphrase("новый пароль", via="recover")
    assert v.custody.events()[-1].action == "recover"
    v.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(path, PASSPHRASE, settings=TEST_SETTINGS)
    make_vault.open(path, "новый пароль").close()
    make_vault.open_with_recovery_key(path).close()  # the recovery slot is untouched


def test_change_passphrase_rewrites_only_the_passphrase_slot(make_vault: VaultFactory, vault_dir: Path) -> None:
    v = make_vault(vault_dir)
    before = json.loads((vault_dir / HEADER_FILE).read_text())
    blobs_before = snapshot(vault_dir / "blobs")
    v.change_passphrase("second one")
    after = json.loads((vault_dir / HEADER_FILE).read_text())
    assert slot_doc(after, "recovery") == slot_doc(before, "recovery")
    assert slot_doc(after, "passphrase")["wrapped_key"] != slot_doc(before, "passphrase")["wrapped_key"]
    assert slot_doc(after, "passphrase")["kdf"]["salt"] != slot_doc(before, "passphrase")["kdf"]["salt"]
    assert snapshot(vault_dir / "blobs") == blobs_before
    assert not (vault_dir / (HEADER_FILE + ".tmp")).exists()
    v.close()
    with pytest.raises(WrongPassphrase):
        Vault.open(vault_dir, PASSPHRASE, settings=TEST_SETTINGS)
    assert make_vault.open(vault_dir, "second one").custody.events()[-1].action == "passphrase"


# ----- header tampering -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "field,value",
    [("memory_kib", 1024), ("iterations", 1), ("lanes", 1), ("memory_kib", kdf.CEILING_MEMORY_KIB * 2)],
)
def test_header_outside_the_kdf_bounds_is_refused(
    make_vault: VaultFactory, vault_dir: Path, field: str, value: int
) -> None:
    path = closed_vault(make_vault, vault_dir)
    edit_header(path, lambda doc: slot_doc(doc, "passphrase")["kdf"].__setitem__(field, value))
    before = snapshot(path)
    with pytest.raises(WeakParameters):
        Vault.open(path, PASSPHRASE, settings=TEST_SETTINGS)
    assert snapshot(path) == before


def test_swapped_wrapped_keys_between_slots_are_refused(make_vault: VaultFactory, vault_dir: Path) -> None:
    path = closed_vault(make_vault, vault_dir)
    recovery = make_vault.recovery_keys[path]

    def swap(doc: dict[str, Any]) -> None:
        p, r = slot_doc(doc, "passphrase"), slot_doc(doc, "recovery")
        for key in ("wrapped_key", "nonce"):
            p[key], r[key] = r[key], p[key]

    edit_header(path, swap)
    before = snapshot(path)
    with pytest.raises(WrongPassphrase):
        Vault.open(path, PASSPHRASE, settings=TEST_SETTINGS)
    with pytest.raises(WrongPassphrase):
        Vault.open_with_recovery_key(path, recovery, settings=TEST_SETTINGS)
    assert snapshot(path) == before


@pytest.mark.parametrize("edit", ["slot id", "vault id"])
def test_slot_parameters_are_bound_to_the_wrapped_key(make_vault: VaultFactory, vault_dir: Path, edit: str) -> None:
    """Changing a field that does not alter the derived key still fails: it is associated data."""
    path = closed_vault(make_vault, vault_dir)
    if edit == "slot id":
        edit_header(path, lambda doc: slot_doc(doc, "passphrase").__setitem__("id", "passphrase-2"))
    else:
        edit_header(path, lambda doc: doc.__setitem__("vault_id", "0" * 32))
    with pytest.raises(WrongPassphrase):
        Vault.open(path, PASSPHRASE, settings=TEST_SETTINGS)


def test_header_of_another_vault_is_reported_as_damage(make_vault: VaultFactory, tmp_path: Path) -> None:
    a = closed_vault(make_vault, tmp_path / "a")
    b = closed_vault(make_vault, tmp_path / "b")
    (b / HEADER_FILE).write_bytes((a / HEADER_FILE).read_bytes())
    db_before = (b / DB_FILE).read_bytes()
    with pytest.raises(VaultDamaged, match="does not belong"):
        Vault.open(b, PASSPHRASE, settings=TEST_SETTINGS)
    assert (b / DB_FILE).read_bytes() == db_before


@pytest.mark.parametrize(
    "content",
    [b"\x00garbage\xff" * 10, b"", b"{}", b'{"format": "evidence-vault/header", "version": 99}', b"[1, 2]"],
    ids=["binary", "empty", "empty-object", "future-version", "list"],
)
def test_damaged_header_is_reported_as_damaged(make_vault: VaultFactory, vault_dir: Path, content: bytes) -> None:
    path = closed_vault(make_vault, vault_dir)
    (path / HEADER_FILE).write_bytes(content)
    before = snapshot(path)
    with pytest.raises(VaultDamaged):
        Vault.open(path, PASSPHRASE, settings=TEST_SETTINGS)
    assert snapshot(path) == before


def test_missing_header_or_database_is_damage_not_a_new_vault(make_vault: VaultFactory, tmp_path: Path) -> None:
    a = closed_vault(make_vault, tmp_path / "a")
    (a / HEADER_FILE).unlink()
    with pytest.raises(VaultDamaged, match="header is missing"):
        Vault.open(a, PASSPHRASE, settings=TEST_SETTINGS)
    b = closed_vault(make_vault, tmp_path / "b")
    (b / DB_FILE).unlink()
    with pytest.raises(VaultDamaged, match="database is missing"):
        Vault.open(b, PASSPHRASE, settings=TEST_SETTINGS)
    assert not (b / DB_FILE).exists()


def test_garbage_database_is_reported_as_damaged(make_vault: VaultFactory, vault_dir: Path) -> None:
    path = closed_vault(make_vault, vault_dir)
    garbage = os.urandom(8192)
    (path / DB_FILE).write_bytes(garbage)
    with pytest.raises(VaultDamaged):
        Vault.open(path, PASSPHRASE, settings=TEST_SETTINGS)
    assert (path / DB_FILE).read_bytes() == garbage


# ----- the database file ------------------------------------------------------------------------


def test_database_file_is_unreadable_without_the_key(make_vault: VaultFactory, vault_dir: Path) -> None:
    v = make_vault(vault_dir)
    cases.add_case(v, "MARKER-CASE-7f3a Алматы")
    v.close()
    data = (vault_dir / DB_FILE).read_bytes()
    assert data[:16] != b"SQLite format 3\x00"
    for marker in ("MARKER-CASE-7f3a", "Алматы", "meta", "CREATE TABLE"):
        assert marker.encode("utf-8") not in data
    for key_pragma in (None, "PRAGMA key = 'correct horse'", f"PRAGMA key = \"x'{'00' * 32}'\""):
        conn = sqlcipher.connect(str(vault_dir / DB_FILE))
        try:
            with pytest.raises(sqlcipher.DatabaseError):
                if key_pragma:
                    conn.execute(key_pragma)
                conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()


def test_database_pragmas(vault: Vault) -> None:
    conn = vault.conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA cipher_version").fetchone()[0].startswith("4.")


# ----- schema and migrations --------------------------------------------------------------------


_CREATE = re.compile(r"CREATE\s+(?:VIRTUAL\s+)?(TABLE|INDEX|TRIGGER)\s+(?:IF NOT EXISTS\s+)?(\w+)", re.I)
_DROP = re.compile(r"DROP\s+(TABLE|INDEX|TRIGGER)\s+(?:IF EXISTS\s+)?(\w+)", re.I)


def declared_objects() -> set[tuple[str, str]]:
    """(type, name) of everything vault/schema.py's migrations create and do not drop."""
    objects: set[tuple[str, str]] = set()
    for step in schema.MIGRATIONS:
        script = step if isinstance(step, str) else step[0] if isinstance(step, tuple) else ""
        for statement in schema._statements(script):  # in order: a step may drop, then re-create
            for kind, name in _DROP.findall(statement):
                objects.discard((kind.lower(), name))
            for kind, name in _CREATE.findall(statement):
                objects.add((kind.lower(), name))
    return objects


def actual_objects(conn: db.Connection) -> set[tuple[str, str]]:
    rows = conn.execute("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'").fetchall()
    virtual = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")}
    # FTS5 keeps its own shadow tables (<name>_data, _idx, _content, _docsize, _config).
    return {(t, n) for t, n in rows if not any(n.startswith(v + "_") for v in virtual)}


def fresh_db(path: Path) -> db.Connection:
    return db.connect(path, os.urandom(32), create=True)


def test_migrating_an_empty_database_gives_the_declared_schema(tmp_path: Path) -> None:
    conn = fresh_db(tmp_path / "empty.db")
    try:
        assert schema.schema_version(conn) == 0
        assert actual_objects(conn) == set()
        assert schema.migrate(conn) == 0
        assert schema.schema_version(conn) == schema.SCHEMA_VERSION == len(schema.MIGRATIONS)
        declared = declared_objects()
        assert {
            ("table", "custody"),
            ("trigger", "custody_no_update"),
            ("trigger", "custody_no_delete"),
            ("table", "search_index"),
            ("index", "items_sha"),
        } <= declared
        assert actual_objects(conn) == declared
        assert schema.migrate(conn) == schema.SCHEMA_VERSION  # a second run does nothing
        assert actual_objects(conn) == declared
    finally:
        conn.close()


def test_created_vault_has_exactly_the_migrated_schema(vault: Vault, tmp_path: Path) -> None:
    conn = fresh_db(tmp_path / "m.db")
    try:
        schema.migrate(conn)
        query = "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"
        assert vault.conn.execute(query).fetchall() == conn.execute(query).fetchall()
    finally:
        conn.close()


def test_migrating_step_by_step_equals_migrating_at_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    stepwise = fresh_db(tmp_path / "stepwise.db")
    at_once = fresh_db(tmp_path / "at_once.db")
    try:
        for n in range(1, schema.SCHEMA_VERSION + 1):
            monkeypatch.setattr(schema, "SCHEMA_VERSION", n)
            schema.migrate(stepwise)
            assert schema.schema_version(stepwise) == n
        monkeypatch.undo()
        schema.migrate(at_once)
        query = "SELECT type, name, sql FROM sqlite_master ORDER BY type, name"
        assert stepwise.execute(query).fetchall() == at_once.execute(query).fetchall()
    finally:
        stepwise.close()
        at_once.close()


def test_database_from_a_newer_program_is_refused(tmp_path: Path) -> None:
    conn = fresh_db(tmp_path / "newer.db")
    try:
        conn.execute(f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")
        with pytest.raises(VaultDamaged, match="schema version"):
            schema.migrate(conn)
        assert actual_objects(conn) == set()
    finally:
        conn.close()


# ----- custody is append-only -------------------------------------------------------------------


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE custody SET actor = 'someone else'",
        "UPDATE custody SET details = '{}' WHERE seq = 1",
        "DELETE FROM custody",
        "DELETE FROM custody WHERE seq = (SELECT max(seq) FROM custody)",
    ],
)
def test_custody_triggers_refuse_update_and_delete(vault: Vault, statement: str) -> None:
    cases.add_case(vault, "A case")
    before = [e.to_json() for e in vault.custody.events()]
    assert len(before) == 2
    with pytest.raises(db.DatabaseError, match="append-only"), vault.transaction() as conn:
        conn.execute(statement)
    assert [e.to_json() for e in vault.custody.events()] == before
    # Outside an explicit transaction too.
    with pytest.raises(db.DatabaseError, match="append-only"):
        vault.conn.execute(statement)
    assert [e.to_json() for e in vault.custody.events()] == before
