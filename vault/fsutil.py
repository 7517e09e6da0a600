"""Durable file-system steps: fsync files and directories, and one way to write a file whole.

Every file the program writes outside the database (the header, blobs, extracted originals,
dossiers, bundles, exported identities) goes through `atomic_output`: written under a temporary
sibling name, fsynced, renamed over the final name, and the folder fsynced, so a power cut
leaves either no file (or the old one) or the complete new one, never a torn one.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from .faults import crashpoint

PARTIAL = ".partial"


def fsync_file(fd: int) -> None:
    """fsync, and on macOS F_FULLFSYNC: there plain fsync leaves data in the drive's cache."""
    if sys.platform == "darwin":
        import fcntl

        try:
            fcntl.fcntl(fd, fcntl.F_FULLFSYNC)  # type: ignore[attr-defined,unused-ignore]
            return
        except OSError:
            pass  # some file systems (network, FAT) refuse it: plain fsync is the best there is
    os.fsync(fd)


def fsync_dir(path: Path) -> None:
    """Make a rename or unlink in `path` durable. Windows has no way to open a folder for fsync
    (NTFS journals its metadata itself), so there this does nothing."""
    if os.name == "nt":
        return
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _create_exclusive(path: Path, mode: int, *, readable: bool = False) -> int:
    flags = (os.O_RDWR if readable else os.O_WRONLY) | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    try:
        return os.open(path, flags, mode)
    except FileExistsError:
        # Left by a crash in an earlier run. O_EXCL refuses symlinks too, and those stay.
        if path.is_symlink() or not path.is_file():
            raise
        path.unlink()
        return os.open(path, flags, mode)


@contextmanager
def atomic_output(
    path: Path,
    *,
    overwrite: bool = True,
    suffix: str = PARTIAL,
    mode: int = 0o600,
    buffering: int = -1,
    crash_name: str = "atomic-tmp-written",
    durable: bool = True,
    readable: bool = False,
) -> Iterator[BinaryIO]:
    """`with atomic_output(path) as fh: fh.write(...)`: the bytes reach `path` only if the block
    ends normally, after an fsync; the folder is fsynced after the rename. On an exception the
    temporary file is removed and `path` is untouched. With overwrite=False an existing `path`
    raises FileExistsError (checked again just before the rename). The file is created with
    `mode` (owner-only by default: exports of plaintext are for the user alone).
    durable=False skips both fsyncs: only for a caller that makes a batch of such files durable
    itself (`sync_files`) before anything refers to them. readable=True opens the file for
    reading too (a writer that reads back what it wrote, as a PDF incremental update does)."""
    if not overwrite and path.exists():
        raise FileExistsError(f"{path} already exists")
    tmp = path.with_name(path.name + suffix)
    fd = _create_exclusive(tmp, mode, readable=readable)
    try:
        with os.fdopen(fd, "w+b" if readable else "wb", buffering=buffering) as fh:
            yield fh
            fh.flush()
            if durable:
                fsync_file(fh.fileno())
        crashpoint(crash_name)
        if not overwrite and path.exists():
            raise FileExistsError(f"{path} already exists")
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    if durable:
        fsync_dir(path.parent)


@contextmanager
def scratch_file(path: Path, mode: int = 0o600) -> Iterator[BinaryIO]:
    """A new file at `path` (owner-only, never following a link left there) open for reading and
    writing, removed when the block ends, however it ends: an intermediate step of an export."""
    fd = _create_exclusive(path, mode, readable=True)
    try:
        with os.fdopen(fd, "w+b") as fh:
            yield fh
    finally:
        path.unlink(missing_ok=True)


def _syncfs(path: Path) -> bool:
    """Linux syncfs(2) on the file system holding `path`: all its dirty data and metadata in one
    call. False where it is not available (then the caller fsyncs file by file)."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        libc = ctypes.CDLL(None, use_errno=True)
        call = libc.syncfs
    except (OSError, AttributeError):
        return False
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    try:
        if call(fd) != 0:
            errno = ctypes.get_errno()
            raise OSError(errno, f"syncfs failed: {os.strerror(errno)}")
    finally:
        os.close(fd)
    return True


def sync_files(root: Path, files: list[Path]) -> None:
    """Make `files` (written with durable=False, all under `root`) and their renames durable.

    Why one call: an fsync per small file costs a journal commit (2-3 ms on ext4), 10-15 s for
    5,000 small files; syncfs flushes them all at once. Since
    Linux 5.8 syncfs reports write-back errors, which become an OSError here. Elsewhere: fsync
    each file, then each folder once."""
    if not files or _syncfs(root):
        return
    for path in files:
        fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))  # Windows flushes only writable handles
        try:
            fsync_file(fd)
        finally:
            os.close(fd)
    for folder in dict.fromkeys(p.parent for p in files):
        fsync_dir(folder)


def atomic_write(path: Path, data: bytes, tmp_suffix: str = ".tmp") -> None:
    """Write `data` to `path` so that a crash leaves either the old or the new content.

    Only ever used for ciphertext or for headers that hold no secret in clear.
    """
    with atomic_output(path, suffix=tmp_suffix) as fh:
        fh.write(data)
