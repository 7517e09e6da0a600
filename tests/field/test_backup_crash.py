"""An interrupted backup (SIGKILL at random moments and at the named crash points of the backup
path) leaves the previous backup whole: it opens, holds exactly the old or the new state, and
passes verify; the next run completes the job. Same harness conventions as tests/faults/."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.faults import long_mode
from tests.faults.driver import SETTINGS
from tests.faults.runner import ROOT
from tests.support.field import contents, fill
from vault.errors import VaultDamaged, VaultNotFound
from vault.field.backup import backup
from vault.store import Vault
from vault.verify import verify_vault

PASS = "паспорт фраза"
RANDOM_KILLS = 40 if long_mode() else 4  # --long / EV_LONG=1: the nightly-style run
POINTS = [
    "backup-snapshot-written",
    "backup-blob-copied@1",
    "backup-blob-copied@7",
    "backup-db-replaced",
    "atomic-tmp-written",
]


def _kill_backup(vault_dir: Path, target: Path, *, point: str | None = None, delay: float = 0.0) -> int:
    env = {k: v for k, v in os.environ.items() if k != "EV_CRASHPOINT"}
    env["EVIDENCE_VAULT_PASSPHRASE"] = PASS
    if point:
        env["EV_CRASHPOINT"] = point
    proc = subprocess.Popen(
        [sys.executable, "-m", "tests.field.backup_child", str(vault_dir), str(target)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None and proc.stdout.readline() == b"ready\n"
    try:
        proc.wait(timeout=300 if point else delay)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    err = proc.stderr.read() if proc.stderr else b""
    if point:
        assert proc.returncode == -signal.SIGKILL, err
    else:
        assert proc.returncode in (0, -signal.SIGKILL), err
    return proc.returncode


@pytest.fixture
def states(tmp_path: Path) -> tuple[Path, Path, dict[str, tuple[str, str]], dict[str, tuple[str, str]]]:
    """A vault with a backup of state 1, then grown to state 2 (many new blobs, one of 8 MiB)."""
    vault_dir, target = tmp_path / "vault", tmp_path / "backup"
    vault, _ = Vault.create(vault_dir, PASS, settings=SETTINGS)
    with vault:
        fill(vault, tmp_path / "one", count=3, tag="a")
        backup(vault, target)
        old = contents(vault)
        fill(vault, tmp_path / "two", count=16, tag="b")
        big = tmp_path / "big.bin"
        big.write_bytes(random.Random(1).randbytes(8 << 20))
        from vault.intake import import_paths

        import_paths(vault, [big])
        new = contents(vault)
    return vault_dir, target, old, new


def _check_then_complete(vault_dir: Path, target: Path, old: dict, new: dict) -> dict:  # type: ignore[type-arg]
    with Vault.open(target, PASS, settings=SETTINGS, sweep=False) as copy:
        seen = contents(copy)
        report = verify_vault(copy)
    assert seen in (old, new)
    assert report.ok, report.to_json()  # leftovers of the cut are notes, never problems
    with Vault.open(vault_dir, PASS, settings=SETTINGS) as vault:
        backup(vault, target)
    with Vault.open(target, PASS, settings=SETTINGS) as copy:
        assert contents(copy) == new
        done = verify_vault(copy)
    assert done.ok and not done.notes, done.to_json()
    return seen


@pytest.mark.parametrize("point", POINTS)
def test_a_kill_at_a_named_point_keeps_the_previous_backup(states: tuple, point: str) -> None:  # type: ignore[type-arg]
    vault_dir, target, old, new = states
    _kill_backup(vault_dir, target, point=point)
    seen = _check_then_complete(vault_dir, target, old, new)
    # Up to the database swap the copy is the old one; from then on, the new one.
    assert seen == (new if point == "backup-db-replaced" or point == "atomic-tmp-written" else old)


def test_kills_at_random_moments_keep_a_whole_backup(states: tuple) -> None:  # type: ignore[type-arg]
    vault_dir, target, old, new = states
    rng = random.Random(int(os.environ.get("EV_CRASH_SEED", "20240301")))
    outcomes = []
    for _ in range(RANDOM_KILLS):
        code = _kill_backup(vault_dir, target, delay=rng.uniform(0.0, 1.2))
        outcomes.append(code)
        with Vault.open(target, PASS, settings=SETTINGS, sweep=False) as copy:
            assert contents(copy) in (old, new)
            assert verify_vault(copy).ok
    _check_then_complete(vault_dir, target, old, new)


def test_a_first_backup_cut_short_is_completed_by_the_next_run(tmp_path: Path) -> None:
    vault_dir, target = tmp_path / "vault", tmp_path / "backup"
    vault, _ = Vault.create(vault_dir, PASS, settings=SETTINGS)
    with vault:
        fill(vault, tmp_path / "src", count=6)
        expected = contents(vault)
    _kill_backup(vault_dir, target, point="backup-blob-copied@3")
    with pytest.raises((VaultNotFound, VaultDamaged)):  # not yet a vault: no header
        Vault.open(target, PASS, settings=SETTINGS)
    with Vault.open(vault_dir, PASS, settings=SETTINGS) as v:
        backup(v, target)
    with Vault.open(target, PASS, settings=SETTINGS) as copy:
        assert contents(copy) == expected
        assert verify_vault(copy).ok
