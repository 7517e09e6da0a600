"""Durable file-system steps: fsync files and directories, atomic replace."""

from __future__ import annotations

import os
from pathlib import Path

from .faults import crashpoint


def fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def atomic_write(path: Path, data: bytes, tmp_suffix: str = ".tmp") -> None:
    """Write `data` to `path` so that a crash leaves either the old or the new content.

    Only ever used for ciphertext or for headers that hold no secret in clear.
    """
    tmp = path.with_name(path.name + tmp_suffix)
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        view = memoryview(data)
        while view:
            n = os.write(fd, view)
            view = view[n:]
        os.fsync(fd)
    finally:
        os.close(fd)
    crashpoint("atomic-tmp-written")
    os.replace(tmp, path)
    fsync_dir(path.parent)
