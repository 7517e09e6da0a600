"""Parent side of the crash harness: start the driver, kill it, check, repeat (seeded).

A campaign is a series of runs. Each run starts `tests.faults.driver` on a vault, lets it work,
and kills it: either with SIGKILL from here after a seeded random delay, or by arming a named
crash point (`EV_CRASHPOINT=name@N`) so the child kills itself at that exact place in the write
path. The same vault lives through `chain` runs (crashes pile up on one vault, as on a laptop
that loses power several times), then a fresh one is made so disk use stays bounded.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from vault.store import Vault

from .checks import Tally, after_kill
from .driver import SETTINGS

ROOT = Path(__file__).resolve().parents[2]
FIRST_PASSPHRASE = "first passphrase"

# Named crash points, with the operation mix that reaches each quickly.
IMPORTS = {"import_small": 3.0, "import_folder": 2.0, "import_big": 1.0, "bundle_import": 1.0}
PASSWD = {"passwd": 6.0, "tag": 1.0}
NAMED: dict[str, dict[str, float]] = {
    "blob-partial-written": IMPORTS,
    "blob-renamed": IMPORTS,
    "batch-blobs-synced": IMPORTS,
    "batch-item-recorded": {"import_folder": 6.0, "import_small": 1.0},
    "db-before-commit": {},
    "atomic-tmp-written": PASSWD,
    "passphrase-logged": PASSWD,
}
DEFAULT_WEIGHTS = {"import_big": 0.4, "passwd": 0.5}


class DriverFailed(AssertionError):
    pass


def new_vault(path: Path) -> None:
    if path.exists():
        shutil.rmtree(path)
    vault, _recovery = Vault.create(path, FIRST_PASSPHRASE, settings=SETTINGS)
    vault.close()


def run_once(
    run_dir: Path,
    vault_dir: Path,
    passphrase: str,
    seed: int,
    *,
    crashpoint: str | None = None,
    weights: dict[str, float] | None = None,
    max_delay: float = 1.5,
    big_mb: int = 30,
    extra: dict[str, Any] | None = None,
) -> str:
    """One child, one kill. Returns how it died: 'random' or 'named'."""
    run_dir.mkdir(parents=True)
    spec: dict[str, Any] = {
        "vault": str(vault_dir),
        "passphrase": passphrase,
        "work": str(run_dir / "src"),
        "journal": str(run_dir / "journal.jsonl"),
        "seed": seed,
        "big_mb": big_mb,
        "weights": {**DEFAULT_WEIGHTS, **(weights or {})},
        **(extra or {}),
    }
    (run_dir / "spec.json").write_text(json.dumps(spec), encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k != "EV_CRASHPOINT"}
    if crashpoint:
        env["EV_CRASHPOINT"] = crashpoint
    with open(run_dir / "stderr.txt", "wb") as err:
        proc = subprocess.Popen(
            [sys.executable, "-m", "tests.faults.driver", str(run_dir / "spec.json")],
            cwd=ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=err,
        )
        assert proc.stdout is not None
        ready = proc.stdout.readline()
        how = "named" if crashpoint else "random"
        if not ready and crashpoint:
            proc.wait()  # a crash point reached while opening (e.g. a migration's COMMIT)
        elif not ready:
            proc.wait()
            raise DriverFailed(f"driver did not start: {(run_dir / 'stderr.txt').read_text(errors='replace')}")
        elif crashpoint:
            try:
                proc.wait(timeout=300)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
                raise DriverFailed(f"crash point {crashpoint} never reached") from None
        else:
            try:
                proc.wait(timeout=random.Random(seed).uniform(0.0, max_delay))
            except subprocess.TimeoutExpired:
                proc.send_signal(signal.SIGKILL)
                proc.wait()
        proc.stdout.close()
    if proc.returncode != -signal.SIGKILL:
        raise DriverFailed(
            f"driver ended with {proc.returncode}, not SIGKILL: {(run_dir / 'stderr.txt').read_text(errors='replace')}"
        )
    return how


def campaign(
    root: Path,
    seed: int,
    runs: int,
    *,
    named_every: int = 2,
    chain: int = 4,
    big_mb: int = 30,
    on_run: Callable[[int, Tally], None] | None = None,
) -> Tally:
    """`runs` kills; every `named_every`-th one at a named crash point (cycling through them).
    Each new vault gets a bundle from a sender vault to import (the `bundle_import` operation)."""
    from .bundles import bundle_for, make_sender

    tally = Tally()
    sender_case, bundle_shas = make_sender(root / "sender", root / "sender-src")
    extra: dict[str, Any] = {}
    names = sorted(NAMED)
    vault_dir = root / "vault"
    passphrase = FIRST_PASSPHRASE
    for i in range(runs):
        if i % chain == 0:
            new_vault(vault_dir)
            passphrase = FIRST_PASSPHRASE
            bundle = root / f"bundle-{i:04d}.age"
            bundle_for(vault_dir, passphrase, root / "sender", sender_case, bundle)
            extra = {"bundle": str(bundle), "bundle_shas": bundle_shas}
        rng = random.Random(seed * 100_003 + i)
        crashpoint = None
        weights: dict[str, float] = {}
        if named_every and i % named_every == named_every - 1:
            name = names[(i // named_every) % len(names)]
            crashpoint = f"{name}@{rng.randint(1, 3)}"
            weights = NAMED[name]
        run_dir = root / f"run-{i:04d}"
        how = run_once(
            run_dir,
            vault_dir,
            passphrase,
            rng.randrange(10**9),
            crashpoint=crashpoint,
            weights=weights,
            big_mb=big_mb,
            extra=extra,
        )
        outcome, new_secret = after_kill(vault_dir, run_dir / "journal.jsonl", passphrase)
        passphrase = new_secret
        tally.runs += 1
        tally.kills += 1
        if how == "named" and crashpoint:
            tally.named[crashpoint.split("@")[0]] += 1
        tally.add(outcome)
        shutil.rmtree(run_dir / "src", ignore_errors=True)
        if on_run is not None:
            on_run(i, tally)
    return tally
