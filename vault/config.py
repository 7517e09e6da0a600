"""Per-machine configuration shared by the CLI and the GUI: where the default vault is, the device id.
Nothing here names a case, a person or any content."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from .kdf import FLOOR, Argon2Params
from .store import VaultSettings

APP = "evidence-vault"
VAULT_DIR_ENV = "EVIDENCE_VAULT_DIR"
# Seconds one Argon2id derivation should take on this machine when creating a vault or changing
# a passphrase. Never below the enforced floor; "0" means "the floor" (for scripted test runs).
KDF_TARGET_ENV = "EVIDENCE_VAULT_KDF_TARGET"


def default_vault_dir() -> Path:
    env = os.environ.get(VAULT_DIR_ENV)
    if env:
        return Path(env).expanduser()
    return Path(platformdirs.user_data_dir(APP, appauthor=False)) / "vault"


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP, appauthor=False))


def device_id() -> str:
    """A random id for this machine, so custody events say which device acted without naming it."""
    path = config_dir() / "device-id"
    try:
        value = path.read_text(encoding="ascii").strip()
        if value:
            return value
    except (OSError, UnicodeDecodeError):
        pass
    value = "dev-" + os.urandom(6).hex()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(value + "\n", encoding="ascii")
    except OSError:
        pass
    return value


def kdf_settings() -> tuple[Argon2Params | None, float]:
    raw = os.environ.get(KDF_TARGET_ENV, "")
    try:
        target = float(raw) if raw else 1.0
    except ValueError:
        target = 1.0
    return (FLOOR if target <= 0 else None), max(target, 0.0)


def vault_settings() -> VaultSettings:
    params, target = kdf_settings()
    return VaultSettings(device_id=device_id(), kdf_params=params, kdf_target_seconds=target)
