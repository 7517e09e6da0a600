"""Which files an import covers, and opening each one safely.

Folders are walked depth-first in sorted order, so the same folder always imports in the same
order. A path named by the user that is a symbolic link is followed; inside a walked folder, a
link is followed only if it resolves inside that folder (a link to a folder is not descended: its
contents are imported from where they really are). Special files are recognised from `lstat`/
`fstat` and never opened, so a FIFO cannot block and a device cannot be read.
"""

from __future__ import annotations

import errno
import logging
import os
import stat
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import RejectedFile
from .report import Rejected

log = logging.getLogger(__name__)

OUTSIDE_LINK = "symbolic link leads outside the imported folder"
BROKEN_LINK = "symbolic link leads nowhere (broken or looping)"
VANISHED = "file vanished before it could be read"
PERMISSION = "cannot be read: permission denied"
EMPTY = "empty file (0 bytes)"
INSIDE_VAULT = "is inside the vault's own folder"


@dataclass(frozen=True)
class Candidate:
    display: str  # the path as the user named it (a walked file: relative to the named folder)
    open_path: str  # what to open
    nofollow: bool  # open with O_NOFOLLOW: walked entries and resolved link targets
    size: int  # at walk time, for progress only


def collect(paths: Sequence[Path], exclude: Path | None = None) -> list[Candidate | Rejected]:
    """Every file the import covers, in a deterministic order, with early rejections in place."""
    excluded = os.path.realpath(exclude) if exclude is not None else None
    out: list[Candidate | Rejected] = []
    for given in paths:
        display = os.fspath(given)
        try:
            st = os.stat(given)
        except OSError as exc:
            out.append(Rejected(display, _stat_error(exc, os.path.islink(given))))
            continue
        real = os.path.realpath(given)
        if excluded is not None and _inside(real, excluded):
            out.append(Rejected(display, INSIDE_VAULT))
        elif stat.S_ISDIR(st.st_mode):
            out.extend(_walk(real, display, excluded))
        else:
            out.append(Candidate(display, display, nofollow=False, size=st.st_size))
    return out


def _stat_error(exc: OSError, is_link: bool) -> str:
    if exc.errno == errno.ENOENT:
        return BROKEN_LINK if is_link else "no such file or folder"
    if exc.errno == errno.ELOOP:
        return BROKEN_LINK
    if exc.errno in (errno.EACCES, errno.EPERM):
        return PERMISSION
    return f"cannot be read: {exc.strerror or 'error'}"


def _inside(path: str, folder: str) -> bool:
    return path == folder or os.path.commonpath([path, folder]) == folder


def _listing(real_dir: str) -> list[tuple[str, str]]:
    """(name, full path) of a folder's entries, sorted by name."""
    with os.scandir(real_dir) as it:
        return sorted((e.name, e.path) for e in it)


def _walk(root: str, display_root: str, excluded: str | None) -> Iterator[Candidate | Rejected]:
    try:
        first = _listing(root)
    except OSError as exc:
        yield Rejected(display_root, "folder " + _stat_error(exc, False))
        return
    stack: list[tuple[Iterator[tuple[str, str]], str]] = [(iter(first), display_root)]
    while stack:
        entries, display_dir = stack[-1]
        try:
            name, path = next(entries)
        except StopIteration:
            stack.pop()
            continue
        display = os.path.join(display_dir, name)
        try:
            st = os.lstat(path)
        except OSError as exc:
            yield Rejected(display, VANISHED if exc.errno == errno.ENOENT else _stat_error(exc, False))
            continue
        if stat.S_ISLNK(st.st_mode):
            found = _link(path, display, root)
            if found is not None:
                yield found
        elif stat.S_ISDIR(st.st_mode):
            if excluded is not None and _inside(os.path.realpath(path), excluded):
                yield Rejected(display, INSIDE_VAULT)
                continue
            try:
                stack.append((iter(_listing(path)), display))
            except OSError as exc:
                yield Rejected(display, "folder " + _stat_error(exc, False))
        else:
            yield Candidate(display, path, nofollow=True, size=st.st_size)


def _link(path: str, display: str, root: str) -> Candidate | Rejected | None:
    target = os.path.realpath(path)
    if not _inside(target, root):
        return Rejected(display, OUTSIDE_LINK)
    try:
        st = os.stat(target)
    except OSError as exc:
        return Rejected(display, _stat_error(exc, True))
    if stat.S_ISDIR(st.st_mode):
        log.debug("not descending into a linked folder inside the imported folder")
        return None
    return Candidate(display, target, nofollow=True, size=st.st_size)


# ----- opening -----------------------------------------------------------------------------------


def check_file_type(st: os.stat_result) -> None:
    """Raise RejectedFile unless `st` is a non-empty regular file."""
    mode = st.st_mode
    if stat.S_ISREG(mode):
        if st.st_size == 0:
            raise RejectedFile(EMPTY)
        return
    if stat.S_ISFIFO(mode):
        raise RejectedFile("a named pipe (FIFO) is not a file")
    if stat.S_ISSOCK(mode):
        raise RejectedFile("a socket is not a file")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        raise RejectedFile("a device is not a file")
    if stat.S_ISDIR(mode):
        raise RejectedFile("became a folder while importing")
    if stat.S_ISLNK(mode):
        raise RejectedFile("became a symbolic link while importing")
    raise RejectedFile("not a regular file")


def open_candidate(cand: Candidate) -> tuple[int, os.stat_result]:
    """An open descriptor on a non-empty regular file, and its fstat. Raises RejectedFile."""
    try:
        st = os.lstat(cand.open_path) if cand.nofollow else os.stat(cand.open_path)
    except OSError as exc:
        raise RejectedFile(VANISHED if exc.errno == errno.ENOENT else _stat_error(exc, False)) from None
    check_file_type(st)
    # POSIX-only flags fall back to 0 on Windows (which has O_BINARY instead: no CRLF translation);
    # there the fstat check below is what refuses a file that changed into something else.
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0)
    flags |= getattr(os, "O_NOFOLLOW", 0) if cand.nofollow else 0
    fd = _open(cand.open_path, flags)
    try:
        fst = os.fstat(fd)
        check_file_type(fst)
    except BaseException:
        os.close(fd)
        raise
    return fd, fst


def _open(path: str, flags: int) -> int:
    """Open without touching the access time where the system lets us (forensic courtesy)."""
    noatime = getattr(os, "O_NOATIME", 0)
    try:
        try:
            return os.open(path, flags | noatime)
        except PermissionError:
            if not noatime:
                raise
            return os.open(path, flags)  # O_NOATIME needs ownership; retry without it
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise RejectedFile("became a symbolic link while importing") from None
        if exc.errno == errno.ENOENT:
            raise RejectedFile(VANISHED) from None
        raise RejectedFile(_stat_error(exc, False)) from None
