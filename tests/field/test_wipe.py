"""`wipe --yes`: the key slots go first (after that nothing decrypts, whatever else survives),
then the database and the blobs; no wrapped-key bytes remain in any file."""

from __future__ import annotations

import base64
import json
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.faults.runner import ROOT
from tests.support.field import fill, plaintext_in
from tests.support.vaults import PASSPHRASE, TEST_SETTINGS, VaultFactory
from vault.errors import UsageError, VaultDamaged, VaultNotFound
from vault.field.wipe import wipe
from vault.store import Vault


def _key_bytes(vault_dir: Path) -> list[bytes]:
    doc = json.loads((vault_dir / "vault.header").read_text())
    raw = [base64.b64decode(s["wrapped_key"]) for s in doc["slots"]]
    return raw + [s["wrapped_key"].encode() for s in doc["slots"]] + [s["kdf"]["salt"].encode() for s in doc["slots"]]


def _files_holding(root: Path, needles: list[bytes]) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() and any(n in p.read_bytes() for n in needles)]


def test_wipe_removes_everything_and_no_key_bytes_remain(make_vault: VaultFactory, tmp_path: Path) -> None:
    vault = make_vault()
    fill(vault, tmp_path / "src")
    path = vault.path
    (path / "notes-of-the-user.txt").write_text("not the vault's")  # left alone
    needles = _key_bytes(path)
    vault.change_passphrase("вторая")  # leaves nothing either (old header replaced atomically)
    needles += _key_bytes(path)
    stages: list[str] = []
    wipe(path, on_progress=stages.append)
    assert stages == ["keys", "database", "files"]
    assert sorted(p.name for p in path.iterdir()) == ["notes-of-the-user.txt"]
    assert _files_holding(tmp_path, needles) == []
    assert plaintext_in(path) == []
    with pytest.raises((VaultNotFound, VaultDamaged)):
        Vault.open(path, "вторая", settings=TEST_SETTINGS)


def test_a_wipe_cut_after_the_keys_leaves_nothing_that_opens(make_vault: VaultFactory, tmp_path: Path) -> None:
    """Killed right after the key slots are destroyed: the database and blobs are still there,
    and nothing opens them (the passphrase nor the recovery key)."""
    vault = make_vault()
    fill(vault, tmp_path / "src")
    path, recovery = vault.path, make_vault.recovery_keys[vault.path]
    needles = _key_bytes(path)
    vault.close()
    env = {**os.environ, "EV_CRASHPOINT": "wipe-keys-destroyed"}
    code = "import sys; from pathlib import Path; from vault.field.wipe import wipe; wipe(Path(sys.argv[1]))"
    proc = subprocess.run([sys.executable, "-c", code, str(path)], cwd=ROOT, env=env, timeout=120)
    assert proc.returncode == -signal.SIGKILL
    assert (path / "vault.db").exists() and any((path / "blobs").iterdir())
    assert not (path / "vault.header").exists()
    assert _files_holding(path, needles) == []
    with pytest.raises(VaultDamaged, match="header is missing"):
        Vault.open(path, PASSPHRASE, settings=TEST_SETTINGS)
    with pytest.raises(VaultDamaged):
        Vault.open_with_recovery_key(path, recovery, settings=TEST_SETTINGS)
    wipe(path)  # and running it again finishes the job
    assert not path.exists()


def test_wipe_refuses_a_folder_that_is_not_a_vault(tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "a.jpg").write_bytes(b"x")
    with pytest.raises(UsageError, match="not a vault"):
        wipe(folder)
    assert (folder / "a.jpg").exists()


def test_wipe_in_travel_mode_and_from_the_cli(
    make_vault: VaultFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from vault.cli.main import main
    from vault.field.travelmark import enter_travel

    vault = make_vault()
    path = vault.path
    vault.close()
    enter_travel(path, "x", "y")
    assert main(["--vault", str(path), "wipe"]) == 2
    assert "--yes" in capsys.readouterr().err and path.exists()
    assert main(["--vault", str(path), "wipe", "--yes", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {}
    assert not path.exists()
