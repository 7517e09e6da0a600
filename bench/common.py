"""Shared helpers for benchmarks: a throwaway vault, timing, peak RSS of child processes."""

from __future__ import annotations

import resource
import statistics
import subprocess
import time
from collections.abc import Sequence
from pathlib import Path

from vault.kdf import FLOOR
from vault.store import Vault, VaultSettings

PASSPHRASE = "bench passphrase"
SETTINGS = VaultSettings(device_id="bench", kdf_params=FLOOR)


def new_vault(path: Path) -> Vault:
    vault, _ = Vault.create(path, PASSPHRASE, settings=SETTINGS)
    return vault


def timed(cmd: Sequence[str], **kwargs: object) -> tuple[float, int]:
    """Run a command; returns (seconds, peak RSS in MB of that child)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    subprocess.run(list(cmd), check=True, **kwargs)  # type: ignore[call-overload]
    elapsed = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(after, before) // 1024


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def drop_file(path: Path) -> None:
    path.unlink(missing_ok=True)
