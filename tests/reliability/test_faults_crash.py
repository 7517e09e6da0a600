"""Crash safety (issue 8 point 1): a child process imports files (a 30 MiB one among them) and partner bundles,
adds and revises testimonies, tags and untags, and changes the passphrase, and is killed with
SIGKILL at seeded random moments and at named points inside the write path. After each kill the
vault opens with exactly one passphrase, the open sweeps what the crash left, `verify` passes,
every operation is all-or-nothing and every finished one durable, and no plaintext is on disk.

Normal suite: 14 kills (half at named points, each point once). EV_LONG=1 (or --long): 200. Figures of the last
long run are in docs/reliability.md. The harness itself: tests/faults/{driver,checks,runner}.py.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.faults import long_mode
from tests.faults.checks import Tally, after_kill, leftovers, read_journal
from tests.faults.driver import OPS
from tests.faults.runner import FIRST_PASSPHRASE, NAMED, PASSWD, ROOT, campaign, new_vault, run_once
from vault import faults
from vault.store import Vault

pytestmark = pytest.mark.slow  # a harness: minutes of CPU; ./run test still runs it

RUNS = 200 if long_mode() else 14
SEED = int(os.environ.get("EV_CRASH_SEED", "20240301"))


def test_the_crash_point_hook_is_inert_when_not_armed() -> None:
    assert "EV_CRASHPOINT" not in os.environ
    assert faults._ARMED is None
    faults.crashpoint("db-before-commit")  # returns: nothing armed in this process


def test_an_armed_crash_point_kills_with_sigkill_at_the_nth_hit() -> None:
    code = "from vault.faults import crashpoint\nfor i in range(5):\n    print(i, flush=True)\n    crashpoint('x')\n"
    env = {**os.environ, "EV_CRASHPOINT": "x@3"}
    proc = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, timeout=60)
    assert proc.returncode == -9
    assert proc.stdout.split() == [b"0", b"1", b"2"]


def test_a_stale_header_temp_file_is_swept_on_open(tmp_path: Path) -> None:
    from tests.faults.driver import SETTINGS

    new_vault(tmp_path / "v")
    (tmp_path / "v" / "vault.header.tmp").write_bytes(b"{}")
    with Vault.open(tmp_path / "v", FIRST_PASSPHRASE, settings=SETTINGS):
        assert leftovers(tmp_path / "v") == (0, False)


@pytest.mark.parametrize("point", ["atomic-tmp-written", "passphrase-logged"])
def test_a_kill_inside_a_passphrase_change_leaves_the_old_one_working_and_logged(tmp_path: Path, point: str) -> None:
    vault_dir = tmp_path / "vault"
    new_vault(vault_dir)
    only_passwd = {**dict.fromkeys(OPS, 0.0), **PASSWD}
    run_once(tmp_path / "run", vault_dir, FIRST_PASSPHRASE, 7, crashpoint=point, weights=only_passwd)
    journal = read_journal(tmp_path / "run" / "journal.jsonl")
    assert journal[-1]["op"] == "passwd" and journal[-1]["phase"] == "begin"
    assert leftovers(vault_dir)[1] is (point == "atomic-tmp-written")
    outcome, secret = after_kill(vault_dir, tmp_path / "run" / "journal.jsonl", FIRST_PASSPHRASE)
    assert secret == journal[-1]["old"]  # the header was never replaced
    from tests.faults.driver import SETTINGS

    with Vault.open(vault_dir, secret, settings=SETTINGS) as vault:
        actions = [r[0] for r in vault.conn.execute("SELECT action FROM custody ORDER BY seq")]
    assert actions.count("passphrase") == sum(1 for e in journal if e["op"] == "passwd")


@pytest.mark.parametrize("point", ["batch-blobs-synced@1", "batch-item-recorded@2"])
def test_a_kill_inside_an_import_batch_keeps_the_batch_all_or_nothing(tmp_path: Path, point: str) -> None:
    vault_dir = tmp_path / "vault"
    new_vault(vault_dir)
    only_folders = {**dict.fromkeys(OPS, 0.0), "import_folder": 1.0}
    assert (
        run_once(tmp_path / "run", vault_dir, FIRST_PASSPHRASE, 11, crashpoint=point, weights=only_folders) == "named"
    )
    journal = read_journal(tmp_path / "run" / "journal.jsonl")
    last = journal[-1]
    assert last["op"] == "import" and last["phase"] == "begin" and len(last["files"]) >= 2
    outcome, _secret = after_kill(vault_dir, tmp_path / "run" / "journal.jsonl", FIRST_PASSPHRASE)
    assert outcome.in_flight == "import" and not outcome.in_flight_committed  # none of the batch's files
    assert outcome.orphans_before_open >= len(last["files"])  # their blobs were durable, not yet named
    assert leftovers(vault_dir)[0] == 0  # the open swept the batch's synced, unrecorded blobs


def _figures(tally: Tally) -> dict[str, object]:
    return {
        "runs": tally.runs,
        "kills": tally.kills,
        "named": dict(tally.named),
        "interrupted": dict(tally.interrupted),
        "committed": dict(tally.committed),
        "partials_swept": tally.partials_swept,
        "orphans_swept": tally.orphans_swept,
        "header_tmp_swept": tally.header_tmp_swept,
    }


def test_seeded_kill_campaign(tmp_path: Path) -> None:
    tally = campaign(tmp_path, SEED, RUNS, named_every=2, chain=4, big_mb=30)
    figures = _figures(tally)
    (tmp_path / "figures.json").write_text(json.dumps(figures, indent=1), encoding="utf-8")
    if long_mode():
        print("\ncrash campaign figures:", json.dumps(figures, sort_keys=True))
    assert tally.runs == tally.kills == RUNS
    assert set(tally.named) == set(NAMED), "every named crash point was reached"
    assert sum(tally.interrupted.values()) == RUNS
