"""The pins agree with each other and with what is installed, so `./run` reproduces this env."""

from __future__ import annotations

import os
import re
import tomllib
from importlib import metadata
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PIN = re.compile(r"^([A-Za-z0-9_.\-]+)==([^\s;#]+)")


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def pins(lines: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for line in lines:
        line = line.strip().removesuffix("\\").strip()
        if not line or line.startswith(("#", "--hash=")):
            continue
        m = PIN.match(line)
        assert m, f"not an exact pin: {line!r}"
        out[canonical(m.group(1))] = m.group(2)
    return out


def lock(name: str) -> dict[str, str]:
    return pins((ROOT / "requirements" / name).read_text(encoding="utf-8").splitlines())


def test_pyproject_pins_are_exact_and_match_the_lock() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    declared = pins(project["dependencies"] + project["optional-dependencies"]["dev"])
    assert {"pyside6", "sqlcipher3", "cryptography", "pytest", "mypy", "ruff"} <= set(declared)
    locked = lock("lock.txt")
    assert {name: locked.get(name) for name in declared} == declared


def hashes(name: str) -> dict[str, int]:
    """Number of --hash lines under each pin of a lock file."""
    out: dict[str, int] = {}
    current = ""
    for line in (ROOT / "requirements" / name).read_text(encoding="utf-8").splitlines():
        if (m := PIN.match(line.strip())) is not None:
            current = canonical(m.group(1))
            out[current] = 0
        elif line.strip().startswith("--hash=sha256:") and current:
            out[current] += 1
    return out


@pytest.mark.parametrize("name", ["lock.txt", "runtime.txt"])
def test_every_locked_package_has_hashes_and_setup_requires_them(name: str) -> None:
    counts = hashes(name)
    assert counts and all(n > 0 for n in counts.values()), f"pins without a hash in {name}"
    assert set(counts) == set(lock(name))
    setup = (ROOT / "run").read_text(encoding="utf-8")
    assert '--require-hashes -r "$LOCK"' in setup


def test_runtime_lock_is_a_subset_of_the_full_lock() -> None:
    runtime, full = lock("runtime.txt"), lock("lock.txt")
    assert {name: full.get(name) for name in runtime} == runtime
    assert "pytest" not in runtime and "mypy" not in runtime


def test_installed_versions_match_the_lock() -> None:
    installed = {canonical(d.metadata["Name"]): d.version for d in metadata.distributions()}
    locked = lock("lock.txt")
    assert {name: installed.get(name) for name in locked} == locked


def test_entry_points_are_executable() -> None:
    for script in ("run", ".ci/run"):
        assert os.access(ROOT / script, os.X_OK), script
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert ci.startswith("#!/usr/bin/env bash\n") and "exec ./run test" in ci
