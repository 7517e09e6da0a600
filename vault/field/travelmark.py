"""Travel mode on disk: the local header destroyed, and `vault.travel` saying so.

`vault.travel` holds no secret: the vault id and the SHA-256 of the header that was destroyed, so
that every open can say in one line why the vault cannot be opened, and `travel end` can tell
this vault's header from another's. It is the same whether travel mode was started by hand or by
the duress passphrase. This module does not import the store: the store calls it on every open.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from ..errors import VaultInTravel
from ..fsutil import atomic_write, fsync_dir

TRAVEL_FILE = "vault.travel"
TRAVEL_FORMAT = "evidence-vault/travel"
HEADER_NAME = "vault.header"  # the store's HEADER_FILE (not imported: the store imports us)
TRAVEL_MESSAGE = (
    "the vault is in travel mode: its keys are with your partner organisation; "
    "ask them for the header and run 'travel end --header-file FILE'"
)


def file_sha256(path: Path) -> str:
    with open(path, "rb") as fh:
        return hashlib.sha256(fh.read()).hexdigest()


def destroy_file(path: Path) -> bool:
    """Overwrite a small file with random bytes in place, fsync, unlink. On an SSD or a
    journaling file system the old blocks may survive elsewhere (docs/travel-mode.md); the
    overwrite is for the disks where it does help. Returns whether there was a file."""
    try:
        fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0))
    except FileNotFoundError:
        return False
    except OSError:  # a symbolic link or something odd: just remove the name
        path.unlink(missing_ok=True)
        return True
    try:
        size = os.fstat(fd).st_size
        view = memoryview(os.urandom(size))
        while view:
            view = view[os.write(fd, view) :]
        os.fsync(fd)
    finally:
        os.close(fd)
    path.unlink(missing_ok=True)
    return True


def read_marker(vault_dir: Path) -> dict[str, str] | None:
    try:
        doc = json.loads((vault_dir / TRAVEL_FILE).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return {}  # unreadable: still travel mode (fail closed), with nothing to compare against
    if not isinstance(doc, dict) or doc.get("format") != TRAVEL_FORMAT:
        return {}
    return {k: str(v) for k, v in doc.items()}


def enter_travel(vault_dir: Path, vault_id: str, header_sha256: str) -> None:
    """Write the marker, then destroy the header (and a stale temporary copy of it). A cut between
    the two is completed by the next open (`refuse_if_travelling`)."""
    doc = {"format": TRAVEL_FORMAT, "vault_id": vault_id, "header_sha256": header_sha256}
    atomic_write(vault_dir / TRAVEL_FILE, (json.dumps(doc, sort_keys=True) + "\n").encode("ascii"))
    destroy_file(vault_dir / HEADER_NAME)
    destroy_file(vault_dir / (HEADER_NAME + ".tmp"))
    fsync_dir(vault_dir)


def refuse_if_travelling(vault_dir: Path) -> None:
    """Called before any header is read. In travel mode a header still on disk can only be one
    whose destruction was cut short: finish it, then refuse."""
    if not (vault_dir / TRAVEL_FILE).exists():
        return
    if destroy_file(vault_dir / HEADER_NAME) | destroy_file(vault_dir / (HEADER_NAME + ".tmp")):
        fsync_dir(vault_dir)
    raise VaultInTravel(TRAVEL_MESSAGE)
