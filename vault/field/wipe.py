"""`wipe`: destroy a vault. The key slots go first, so the vault is undecryptable within a
second of the call (crypto-erase); then the database and the blobs are removed.

Why the order: on an SSD (wear levelling, over-provisioned blocks) or a journaling or
copy-on-write file system, overwriting a file in place does not reach every copy of its blocks,
and deleting a multi-gigabyte blob store takes time an emergency may not give. What makes the
ciphertext left behind worthless is that the one thing able to decrypt it, the master key,
existed only wrapped in the header, and the header is gone. docs/travel-mode.md says what
survives anyway (an escrowed header, a backup, a copy taken earlier).
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Callable
from pathlib import Path

from ..errors import UsageError, VaultNotFound
from ..faults import crashpoint
from ..fsutil import fsync_dir
from .travelmark import HEADER_NAME, TRAVEL_FILE, destroy_file

log = logging.getLogger(__name__)

DB_NAME = "vault.db"
KEY_FILES = (HEADER_NAME, HEADER_NAME + ".tmp")
DB_FILES = (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", DB_NAME + ".new")
OTHER_FILES = (TRAVEL_FILE, "vault.lock", "backup-of")


def wipe(vault_dir: Path, on_progress: Callable[[str], None] | None = None) -> None:
    """Destroy the vault at `vault_dir` (open or not, in travel mode or not). Refuses a folder
    that is not a vault. Files that are not the vault's own are left where they are."""
    if not vault_dir.is_dir():
        raise VaultNotFound(f"no vault at {vault_dir}")
    if not any((vault_dir / name).exists() for name in (HEADER_NAME, DB_NAME, TRAVEL_FILE)):
        raise UsageError(f"{vault_dir} is not a vault; refusing to wipe it")
    for name in KEY_FILES:  # the crypto-erase: from here on, nothing decrypts
        destroy_file(vault_dir / name)
    fsync_dir(vault_dir)
    crashpoint("wipe-keys-destroyed")
    if on_progress is not None:
        on_progress("keys")
    for name in DB_FILES:
        destroy_file(vault_dir / name)  # small enough to overwrite where that helps (spinning disks)
    fsync_dir(vault_dir)
    if on_progress is not None:
        on_progress("database")
    blobs = vault_dir / "blobs"
    if blobs.is_dir() and not blobs.is_symlink():
        shutil.rmtree(blobs)
    for name in OTHER_FILES:
        (vault_dir / name).unlink(missing_ok=True)
    try:
        os.rmdir(vault_dir)
    except OSError:
        fsync_dir(vault_dir)  # something else is in the folder: the user's, left alone
    if on_progress is not None:
        on_progress("files")
    log.info("vault wiped")
