"""The core runs on Windows and macOS in principle: nothing POSIX-only without a fallback. These
tests run on Linux; they check the fallbacks by hiding the POSIX pieces."""

from __future__ import annotations

import ast
import os
import sys
import types
from pathlib import Path

import pytest

from vault import filelock

ROOT = Path(__file__).resolve().parent.parent.parent
POSIX_ONLY_FLAGS = ("O_NOFOLLOW", "O_DIRECTORY", "O_NONBLOCK", "O_CLOEXEC", "O_NOATIME", "O_BINARY")


def test_no_posix_only_flag_without_a_fallback() -> None:
    """`os.O_NOFOLLOW` and friends must be read with getattr(os, NAME, 0): Windows lacks them."""
    found = []
    for path in sorted((ROOT / "vault").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            is_os = isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "os"
            if is_os and node.attr in POSIX_ONLY_FLAGS:  # type: ignore[attr-defined]
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: os.{node.attr}")  # type: ignore[attr-defined]
    assert found == []


def test_no_top_level_import_of_posix_only_modules() -> None:
    """fcntl, resource, termios, pwd and grp exist only on POSIX: import them guarded or lazily."""
    found = []
    for path in sorted((ROOT / "vault").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                found += [
                    f"{path.relative_to(ROOT)}: {n}"
                    for n in names
                    if n in ("fcntl", "resource", "termios", "pwd", "grp")
                ]
    assert found == []


class FakeMsvcrt(types.SimpleNamespace):
    """msvcrt.locking's semantics, shared by 'processes' (fds) in this one test: exclusive
    byte-range locks that fail at once when any byte is taken."""

    LK_UNLCK, LK_NBLCK = 0, 2

    def __init__(self) -> None:
        super().__init__()
        self.owner: dict[int, int] = {}

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        start = os.lseek(fd, 0, os.SEEK_CUR)
        span = range(start, start + nbytes)
        if mode == self.LK_UNLCK:
            for b in span:
                self.owner.pop(b, None)
            return
        if any(self.owner.get(b, fd) != fd for b in span):
            raise OSError("locked")
        self.owner.update(dict.fromkeys(span, fd))


def test_windows_locks_share_and_exclude(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fake = FakeMsvcrt()
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    monkeypatch.setattr(filelock, "fcntl", None)
    path = tmp_path / "vault.lock"
    a, b = (os.open(path, os.O_RDWR | os.O_CREAT, 0o600) for _ in range(2))
    try:
        assert filelock.try_lock_exclusive(a)  # alone: may sweep
        filelock.lock_shared(a)  # then only shares
        assert not filelock.try_lock_exclusive(b)  # someone else has it open: no sweep
        filelock.lock_shared(b)
        assert len(set(fake.owner.values())) == 2  # both hold it at once
        filelock.unlock(a)
        filelock.unlock(b)
        assert fake.owner == {} and filelock.try_lock_exclusive(b)
        filelock.unlock(b)
    finally:
        os.close(a)
        os.close(b)


def test_posix_locks(tmp_path: Path) -> None:
    path = tmp_path / "vault.lock"
    a, b = (os.open(path, os.O_RDWR | os.O_CREAT, 0o600) for _ in range(2))
    try:
        filelock.lock_shared(a)
        assert not filelock.try_lock_exclusive(b)
        filelock.lock_shared(b)
        filelock.unlock(a)
        filelock.unlock(b)
        assert filelock.try_lock_exclusive(a)
    finally:
        os.close(a)
        os.close(b)
