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


def peak_rss_mib() -> float:
    """This process's own peak resident memory. Not ru_maxrss: Linux carries a parent's peak
    into a child across fork/exec, so a child of a large pytest process would report the
    parent's figure. VmHWM belongs to the process's own address space."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def drop_file(path: Path) -> None:
    path.unlink(missing_ok=True)
