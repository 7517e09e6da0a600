"""Fixtures shared by every test file. Keep this small: area-specific fixtures belong in the
test files (or a conftest of their own) of that area."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.vaults import VaultFactory, fixed_clock
from vault.env import Environment
from vault.store import Vault

# `--long`: the nightly-style versions of the crash, hostile-file and fuzz harnesses.
pytest_plugins = ["tests.faults.plugin"]

# Tests never need a display. Conftest is imported before pytest_configure, so this is set
# before pytest-qt (or any test module) creates a QApplication.
os.environ["QT_QPA_PLATFORM"] = "offscreen"


@pytest.fixture
def env() -> Environment:
    """Deterministic time (2024-03-01T09:00:00Z, +1 s per call) and real randomness."""
    return Environment(clock=fixed_clock(), random_bytes=os.urandom)


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    """Where a test's vault goes; does not exist yet."""
    return tmp_path / "vault"


@pytest.fixture
def make_vault(tmp_path: Path, env: Environment) -> Iterator[VaultFactory]:
    factory = VaultFactory(tmp_path, env)
    yield factory
    factory.close_all()


@pytest.fixture
def vault(make_vault: VaultFactory, vault_dir: Path) -> Vault:
    """An open, empty vault at `vault_dir`."""
    return make_vault(vault_dir)
