"""`backup --to DIR`: the copy is a vault that opens with the same passphrase, holds the same
items byte for byte, passes verify; updates copy new blobs only; restore is opening it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.field import contents, extracted, fill, plaintext_in
from tests.support.vaults import PASSPHRASE, TEST_SETTINGS, VaultFactory
from vault import items
from vault.errors import Cancelled, UsageError
from vault.field.backup import MARKER, SNAPSHOT, backup, restore
from vault.store import Vault
from vault.verify import verify_vault


def _open(path: Path, env: object) -> Vault:
    return Vault.open(path, PASSPHRASE, settings=TEST_SETTINGS, env=env)  # type: ignore[arg-type]


def test_a_backup_is_the_same_vault_byte_for_byte(make_vault: VaultFactory, tmp_path: Path) -> None:
    vault = make_vault()
    fill(vault, tmp_path / "src")
    target = tmp_path / "usb" / "backup"
    result = backup(vault, target)
    assert result.items == 5 and result.blobs_copied > 5 and result.bytes_copied > 0
    assert json.loads((target / "vault.header").read_text()) == json.loads((vault.path / "vault.header").read_text())
    assert not (target / MARKER).exists() and not (target / SNAPSHOT).exists()
    original = contents(vault)
    original_bytes = extracted(vault, tmp_path / "out-vault")
    with _open(target, make_vault.env) as copy:
        assert copy.vault_id == vault.vault_id
        assert contents(copy) == original
        assert extracted(copy, tmp_path / "out-copy") == original_bytes
        for item_id in original_bytes:
            same = (tmp_path / "out-copy" / item_id).read_bytes() == (tmp_path / "out-vault" / item_id).read_bytes()
            assert same, item_id
        report = verify_vault(copy)
        assert report.ok and not report.notes, report.to_json()
    assert plaintext_in(target) == []
    events = [e for e in vault.custody.events() if e.action == "backup"]
    assert len(events) == 1 and events[0].details["items"] == 5
    assert str(target) not in json.dumps(events[0].details)  # no path in the log


def test_backups_are_incremental(make_vault: VaultFactory, tmp_path: Path) -> None:
    vault = make_vault()
    fill(vault, tmp_path / "src")
    target = tmp_path / "backup"
    first = backup(vault, target)
    again = backup(vault, target)
    assert (again.blobs_copied, again.bytes_copied, again.blobs_removed) == (0, 0, 0)
    before = set(vault.conn.execute("SELECT id FROM blobs").fetchall())
    fill(vault, tmp_path / "more", count=2, tag="b")
    new_blobs = set(vault.conn.execute("SELECT id FROM blobs").fetchall()) - before
    third = backup(vault, target)
    assert third.blobs_copied == len(new_blobs) and third.items == first.items + 3
    with _open(target, make_vault.env) as copy:
        assert contents(copy) == contents(vault)


def test_destroyed_content_leaves_the_backup_too(make_vault: VaultFactory, tmp_path: Path) -> None:
    vault = make_vault()
    fill(vault, tmp_path / "src")
    target = tmp_path / "backup"
    backup(vault, target)
    victim = next(i for i, (kind, _) in contents(vault).items() if kind != "testimony")
    blob_ids = [r[0] for r in vault.conn.execute("SELECT id FROM blobs WHERE item_id = ?", (victim,))]
    items.delete_item(vault, victim)
    items.destroy_item(vault, victim, "court order")
    result = backup(vault, target)
    assert result.blobs_removed == len(blob_ids)
    assert not any((target / "blobs" / b[:2] / b).exists() for b in blob_ids)
    with _open(target, make_vault.env) as copy:
        assert verify_vault(copy).ok


def test_cancel_leaves_the_previous_backup_intact(make_vault: VaultFactory, tmp_path: Path) -> None:
    vault = make_vault()
    fill(vault, tmp_path / "src")
    target = tmp_path / "backup"
    backup(vault, target)
    previous = contents(vault)
    fill(vault, tmp_path / "more", count=2, tag="b")
    stages: list[str] = []
    with pytest.raises(Cancelled):
        backup(vault, target, on_progress=lambda d, t, s: stages.append(s), should_cancel=lambda: "blobs" in stages)
    assert not (target / SNAPSHOT).exists()
    with _open(target, make_vault.env) as copy:
        assert contents(copy) == previous
        report = verify_vault(copy)
    assert report.ok
    assert backup(vault, target).items == len(previous) + 3


def test_refuses_the_vault_itself_another_vault_and_foreign_folders(make_vault: VaultFactory, tmp_path: Path) -> None:
    vault = make_vault()
    other = make_vault()
    with pytest.raises(UsageError, match="outside the vault"):
        backup(vault, vault.path / "inside")
    with pytest.raises(UsageError, match="another vault"):
        backup(vault, other.path)
    foreign = tmp_path / "photos"
    foreign.mkdir()
    (foreign / "holiday.jpg").write_bytes(b"x")
    with pytest.raises(UsageError, match="not a backup of this vault"):
        backup(vault, foreign)
    assert sorted(p.name for p in foreign.iterdir()) == ["holiday.jpg"]


def test_restore_is_opening_the_backup(make_vault: VaultFactory, tmp_path: Path) -> None:
    """The documented restore: open the backup, or copy it onto the new laptop with `backup`."""
    vault = make_vault()
    fill(vault, tmp_path / "src")
    target = tmp_path / "usb"
    backup(vault, target)
    expected = contents(vault)
    expected_bytes = extracted(vault, tmp_path / "x1")
    vault.close()
    new_laptop = tmp_path / "new-laptop" / "vault"
    restore(target, new_laptop, PASSPHRASE, settings=TEST_SETTINGS, env=make_vault.env)
    with _open(new_laptop, make_vault.env) as restored:
        assert contents(restored) == expected
        assert extracted(restored, tmp_path / "x2") == expected_bytes
        assert verify_vault(restored).ok
    with _open(target, make_vault.env) as still:
        assert contents(still) == expected


def test_cli_backup_json(make_vault: VaultFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from vault.cli.main import main

    vault = make_vault()
    fill(vault, tmp_path / "src", count=2)
    path = vault.path
    vault.close()
    pw = tmp_path / "pw"
    pw.write_text(PASSPHRASE + "\n")
    code = main(["--vault", str(path), "--passphrase-file", str(pw), "backup", "--to", str(tmp_path / "b"), "--json"])
    doc = json.loads(capsys.readouterr().out)
    assert code == 0 and doc["items"] == 3 and doc["blobs_copied"] >= 2 and doc["path"] == str(tmp_path / "b")
    assert set(doc) == {"path", "items", "blobs_copied", "bytes_copied"}
