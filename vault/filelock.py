"""Advisory locks on `vault.lock`, so a process knows whether another one has the vault open.

Every process that opens a vault holds a *shared* lock; the one that finds no other holder (an
*exclusive* lock succeeds) may sweep what a crash left behind. POSIX has `flock` with shared
locks. Windows has no `fcntl`; `msvcrt.locking` offers only exclusive byte-range locks, so there
each opener locks one byte of its own in a range, and "alone" means the whole range can be
locked. Advisory on both: they coordinate our processes, they do not keep anyone out.
"""

from __future__ import annotations

import os

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

_SLOTS = 4096  # Windows: one byte per concurrent opener; a collision only moves to the next byte
_held: dict[int, int] = {}  # Windows: fd -> the byte it holds (or -1 for the whole range)


def _msvcrt_lock(fd: int, offset: int, length: int, *, unlock: bool = False) -> bool:
    import msvcrt

    os.lseek(fd, offset, os.SEEK_SET)
    try:
        msvcrt.locking(fd, msvcrt.LK_UNLCK if unlock else msvcrt.LK_NBLCK, length)  # type: ignore[attr-defined,unused-ignore]
    except OSError:
        return False
    return True


def try_lock_exclusive(fd: int) -> bool:
    """Take the lock alone, without waiting; False when another process holds it."""
    if fcntl is not None:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True
    if _msvcrt_lock(fd, 1, _SLOTS):
        _held[fd] = -1
        return True
    return False


def lock_shared(fd: int) -> None:
    """Hold the lock alongside other openers (replacing an exclusive lock this fd held)."""
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_SH)
        return
    if fd in _held:
        unlock(fd)
    start = 1 + os.getpid() % _SLOTS
    for i in range(_SLOTS):
        byte = 1 + (start - 1 + i) % _SLOTS
        if _msvcrt_lock(fd, byte, 1):
            _held[fd] = byte
            return
    raise OSError("too many processes have this vault open")


def unlock(fd: int) -> None:
    if fcntl is not None:
        fcntl.flock(fd, fcntl.LOCK_UN)
        return
    byte = _held.pop(fd, None)
    if byte is not None:
        _msvcrt_lock(fd, 1 if byte < 0 else byte, _SLOTS if byte < 0 else 1, unlock=True)
