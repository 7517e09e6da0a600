"""Schema v4 on a vault made by the previous release (schema v3): free-text roles become the
fixed vocabulary, `people.public` appears (everyone 0: hidden under `public`), the `clearances`
table appears, and everything else (custody chain, items, search) keeps working."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import vault.intake.record as intake_record
import vault.items as items_module
import vault.people as people_module
import vault.testimony as testimony_module
from tests.support.vaults import PASSPHRASE, VaultFactory
from vault import schema
from vault.cases import add_case
from vault.cli.main import main
from vault.db import DatabaseError
from vault.people import add_person, get_person, list_people
from vault.protection.roles import ROLES, legacy_role
from vault.search import search
from vault.store import Vault
from vault.testimony import add_testimony
from vault.verify import verify_vault

OLD_ROLES = {
    "Witness": "witness",
    "свидетель": "witness",
    "Свидетельница": "witness",
    "куә": "witness",
    "victim's mother": "relative",
    "мать потерпевшего": "relative",
    "жәбірленушінің анасы": "relative",
    "Victim": "victim",
    "потерпевшая": "victim",
    "Жәбірленуші": "victim",
    "human rights defender": "defender",
    "правозащитник": "defender",
    "адвокат": "lawyer",
    "журналист": "journalist",
    "следователь": "official",
    "official": "official",
    "эксперт": "expert",
    "": "other",
    "neighbour": "other",
    "сосед": "other",
}


def _old_person(vault: Vault, name: str, role: str, protected: bool = False) -> str:
    """A person as the v3 release wrote one: seven columns, role as typed."""
    pid = vault.env.new_id()
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO people VALUES (?,?,?,?,?,?,?)", (pid, name, "", role, int(protected), "", vault.env.now_iso())
        )
        vault.record("person", pid, {"op": "create", "protected": protected, "role": role})
    return pid


@pytest.fixture()
def v3_vault(make_vault: VaultFactory, tmp_path: Path) -> tuple[Path, dict[str, str], str]:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(schema, "MIGRATIONS", schema.MIGRATIONS[:3])
        mp.setattr(schema, "SCHEMA_VERSION", 3)
        # A v3 index has fewer columns than today's code writes; v5 rebuilds it on open anyway.
        for module in (testimony_module, people_module, items_module):
            mp.setattr(module, "reindex_item", lambda conn, item_id: None)
        mp.setattr(intake_record, "insert_row", lambda conn, rowid, item_id, row: None)
        old = make_vault(tmp_path / "old")
        assert schema.schema_version(old.conn) == 3
        columns = [r[1] for r in old.conn.execute("PRAGMA table_info(people)")]
        assert "public" not in columns
        case_id = add_case(old, "Дело Сейтқазиевой")
        ids = {role: _old_person(old, f"Person {n}", role) for n, role in enumerate(OLD_ROLES)}
        item = add_testimony(old, title="Показания", text="Свидетельница видела задержание.", case_id=case_id)
        with old.transaction() as conn:
            conn.execute("INSERT INTO item_people VALUES (?, ?, 'witness')", (item, ids["свидетель"]))
        old.close()
    return tmp_path / "old", ids, case_id


def test_legacy_roles_map_to_the_vocabulary() -> None:
    for typed, expected in OLD_ROLES.items():
        assert legacy_role(typed) == expected, typed
    assert all(legacy_role(r) == r for r in ROLES)


def test_v3_vault_migrates_roles_public_and_clearances(make_vault: VaultFactory, v3_vault: tuple) -> None:
    path, ids, case_id = v3_vault
    v = make_vault.open(path)
    assert schema.schema_version(v.conn) == schema.SCHEMA_VERSION >= 4
    for typed, pid in ids.items():
        p = get_person(v, pid)
        assert p.role == OLD_ROLES[typed], typed
        assert p.public is False  # nobody is public until someone says so
    assert {p.role for p in list_people(v)} <= set(ROLES)

    sql = v.conn.execute("SELECT sql FROM sqlite_master WHERE name = 'clearances'").fetchone()[0]
    assert "REFERENCES items(id) ON DELETE CASCADE" in sql and "PRIMARY KEY (item_id, profile)" in sql
    item_id = v.conn.execute("SELECT id FROM items").fetchone()[0]
    with v.transaction() as conn:
        conn.execute(
            "INSERT INTO clearances VALUES (?, 'partner', 'published by the court', ?)", (item_id, v.env.now_iso())
        )
    with pytest.raises(DatabaseError), v.transaction() as conn:
        conn.execute("INSERT INTO clearances VALUES (?, 'internal', 'x', ?)", (item_id, v.env.now_iso()))
    with pytest.raises(DatabaseError), v.transaction() as conn:
        conn.execute("INSERT INTO clearances VALUES ('no-such-item', 'public', 'x', ?)", (v.env.now_iso(),))
    with pytest.raises(DatabaseError), v.transaction() as conn:
        conn.execute("UPDATE people SET public = 2")

    # The rest of the vault is as it was: custody chain whole, search answers, new people work.
    assert verify_vault(v).ok
    assert [h.id for h in search(v.conn, "задержание")] == [item_id]
    new = add_person(v, "Гульнара Сейтқазиева", role="witness", protected=True)
    assert get_person(v, new).role == "witness"
    official = add_person(v, "Ержан Бекович", role="official", public=True)
    assert get_person(v, official).public is True


def test_migrating_twice_changes_nothing(make_vault: VaultFactory, v3_vault: tuple) -> None:
    path, ids, _ = v3_vault
    make_vault.open(path).close()
    v = make_vault.open(path)
    assert get_person(v, ids["victim's mother"]).role == "relative"
    assert verify_vault(v).ok


def test_cli_on_a_migrated_vault(
    v3_vault: tuple, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path, ids, _ = v3_vault
    monkeypatch.setenv("EVIDENCE_VAULT_PASSPHRASE", PASSPHRASE)
    assert main(["--vault", str(path), "person", "list", "--json"]) == 0
    rows = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows[ids["Witness"]]["role"] == "witness"
    assert rows[ids["мать потерпевшего"]]["role"] == "relative"
    assert rows[ids["neighbour"]]["public"] is False
    with pytest.raises(SystemExit) as exited:  # argparse's usage error: exit 2, one line
        main(["--vault", str(path), "person", "add", "Айгүл", "--role", "Witness", "--json"])
    assert exited.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert "victim witness relative defender lawyer journalist official perpetrator expert other" in err
    assert (
        main(["--vault", str(path), "person", "add", "Ержан Бекович", "--role", "official", "--public", "--json"]) == 0
    )
    pid = json.loads(capsys.readouterr().out)["id"]
    assert main(["--vault", str(path), "person", "list", "--json"]) == 0
    row = next(r for r in json.loads(capsys.readouterr().out) if r["id"] == pid)
    assert row["public"] is True and row["role"] == "official"
