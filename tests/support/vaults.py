"""Vault-making helpers shared by tests: the test passphrase, fast KDF settings, a fixed clock
and `VaultFactory` (the `make_vault` fixture in tests/conftest.py hands one out)."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from vault import kdf
from vault.env import Environment
from vault.store import Vault, VaultSettings

PASSPHRASE = "correct horse"
# The Argon2id floor keeps unlocking fast in tests; calibration is for real vaults.
TEST_SETTINGS = VaultSettings(kdf_params=kdf.FLOOR, device_id="test-device")
CLOCK_START = datetime(2024, 3, 1, 9, 0, 0, tzinfo=UTC)


def fixed_clock(start: datetime = CLOCK_START) -> Callable[[], datetime]:
    """A clock that starts at `start` and advances one second per call."""
    ticks = itertools.count()
    return lambda: start + timedelta(seconds=next(ticks))


class VaultFactory:
    """`make_vault()` creates an open vault (passphrase "correct horse", Argon2id floor);
    `make_vault.open(path)` reopens one. Every vault it hands out is closed at teardown."""

    def __init__(self, root: Path, env: Environment) -> None:
        self.root = root
        self.env = env
        self.settings = TEST_SETTINGS
        self.recovery_keys: dict[Path, str] = {}
        self._vaults: list[Vault] = []
        self._names = itertools.count(1)

    def __call__(self, path: Path | None = None, *, passphrase: str = PASSPHRASE, owner: str = "") -> Vault:
        path = path if path is not None else self.root / f"vault-{next(self._names)}"
        vault, recovery_key = Vault.create(path, passphrase, owner=owner, env=self.env, settings=self.settings)
        self.recovery_keys[path] = recovery_key
        return self.track(vault)

    def open(self, path: Path, passphrase: str = PASSPHRASE) -> Vault:
        return self.track(Vault.open(path, passphrase, env=self.env, settings=self.settings))

    def open_with_recovery_key(self, path: Path, recovery_key: str | None = None) -> Vault:
        key = recovery_key if recovery_key is not None else self.recovery_keys[path]
        return self.track(Vault.open_with_recovery_key(path, key, env=self.env, settings=self.settings))

    def track(self, vault: Vault) -> Vault:
        self._vaults.append(vault)
        return vault

    def close_all(self) -> None:
        for vault in reversed(self._vaults):
            vault.close()
        self._vaults.clear()
