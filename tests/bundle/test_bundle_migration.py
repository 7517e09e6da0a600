"""Schema v2 (received_events, received_refs) is added to a v1 vault by migration, keeping its
data; received events are append-only like the vault's own custody log."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.bundles import befriend, build_sender
from tests.support.vaults import VaultFactory
from vault import schema
from vault.bundle import export_bundle, import_bundle
from vault.cases import add_case, list_cases
from vault.db import DatabaseError


def test_v1_vault_migrates_and_then_receives(make_vault: VaultFactory, tmp_path: Path) -> None:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:1])
        mp.setattr(schema, "SCHEMA_VERSION", 1)
        old = make_vault(tmp_path / "old")
        case_id = add_case(old, "Старое дело")
        assert schema.schema_version(old.conn) == 1
        assert old.conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'received_events'").fetchone()[0] == 0
        old.close()
    migrated = make_vault.open(tmp_path / "old")
    assert schema.schema_version(migrated.conn) == schema.SCHEMA_VERSION
    assert [c.id for c in list_cases(migrated)] == [case_id]
    names = {r[0] for r in migrated.conn.execute("SELECT name FROM sqlite_master")}
    assert {"received_events", "received_refs", "received_events_no_update", "received_events_no_delete"} <= names
    assert {"items_created", "items_title"} <= names  # v3

    sender = make_vault(tmp_path / "sender")
    s = build_sender(sender, tmp_path)
    to_old = befriend(sender, migrated)
    befriend(migrated, sender)
    export_bundle(sender, s.case_id, [to_old], tmp_path / "b.age")
    assert import_bundle(migrated, tmp_path / "b.age").imported == 2  # partner: documents withheld

    with pytest.raises(DatabaseError, match="append-only"):
        migrated.conn.execute("UPDATE received_events SET hash = 'x'")
    with pytest.raises(DatabaseError, match="append-only"):
        migrated.conn.execute("DELETE FROM received_events")
    from vault.verify import verify_vault

    assert verify_vault(migrated).ok
