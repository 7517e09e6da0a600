"""`atomic_output`: the one way files are written whole (header, blobs, extracts, dossiers,
bundles, identities): temporary sibling, fsync, rename, folder fsync; nothing on failure."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from vault import fsutil, items, keys
from vault.fsutil import atomic_output
from vault.store import Vault


@pytest.fixture
def synced(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """Records every file and folder fsync, in order."""
    calls: list[tuple[str, str]] = []
    real_file, real_dir = fsutil.fsync_file, fsutil.fsync_dir

    def file_sync(fd: int) -> None:
        calls.append(("file", os.readlink(f"/proc/self/fd/{fd}") if os.path.exists("/proc/self/fd") else "?"))
        real_file(fd)

    def dir_sync(path: Path) -> None:
        calls.append(("dir", str(path)))
        real_dir(path)

    monkeypatch.setattr(fsutil, "fsync_file", file_sync)
    monkeypatch.setattr(fsutil, "fsync_dir", dir_sync)
    return calls


def test_writes_whole_file_owner_only_and_syncs_file_then_folder(tmp_path: Path, synced: list) -> None:
    out = tmp_path / "доказательство.bin"
    with atomic_output(out) as fh:
        fh.write(b"part one, ")
        assert not out.exists() and (tmp_path / (out.name + ".partial")).is_file()
        fh.write(b"part two")
    assert out.read_bytes() == b"part one, part two"
    assert sorted(p.name for p in tmp_path.iterdir()) == [out.name]
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert [kind for kind, _ in synced] == ["file", "dir"] and synced[1][1] == str(tmp_path)


def test_failure_leaves_old_content_and_no_partial(tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    out.write_bytes(b"old")
    with pytest.raises(RuntimeError), atomic_output(out) as fh:
        fh.write(b"new, half written")
        raise RuntimeError("power cut")
    assert out.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.txt"]


def test_no_overwrite_and_stale_partials(tmp_path: Path) -> None:
    out = tmp_path / "out.txt"
    out.write_bytes(b"keep")
    with pytest.raises(FileExistsError), atomic_output(out, overwrite=False) as fh:
        fh.write(b"x")
    assert out.read_bytes() == b"keep"
    fresh = tmp_path / "fresh.txt"
    (tmp_path / "fresh.txt.partial").write_bytes(b"left by a crash")
    with atomic_output(fresh, overwrite=False) as fh:
        fh.write(b"new")
    assert fresh.read_bytes() == b"new" and not (tmp_path / "fresh.txt.partial").exists()
    target = tmp_path / "elsewhere"
    (tmp_path / "linked.txt.partial").symlink_to(target)
    with pytest.raises(FileExistsError), atomic_output(tmp_path / "linked.txt") as fh:
        fh.write(b"never through a symlink")
    assert not target.exists()


def test_extract_and_identity_export_sync_the_folder(vault: Vault, tmp_path: Path, synced: list) -> None:
    from vault import testimony

    item = testimony.add_testimony(vault, title="Показания", text="Мен көрдім. Я видела.", language="kk")
    out = tmp_path / "exports"
    out.mkdir()
    synced.clear()
    items.extract(vault, item, out / "t.txt")
    assert ("dir", str(out)) in synced
    synced.clear()
    keys.export_identity(vault, out / "key.txt")
    assert ("dir", str(out)) in synced
    assert stat.S_IMODE((out / "key.txt").stat().st_mode) == 0o600
    assert (out / "key.txt").read_text(encoding="ascii").splitlines()[-1].startswith("AGE-SECRET-KEY-1")
    with pytest.raises(FileExistsError):
        keys.export_identity(vault, out / "key.txt")


def test_readable_output_can_read_back_what_it_wrote(tmp_path: Path) -> None:
    out = tmp_path / "dossier.pdf"
    with atomic_output(out, readable=True) as fh:
        fh.write(b"%PDF-1.7 body")
        fh.seek(0)
        assert fh.read(8) == b"%PDF-1.7"  # an incremental update reads the file it extends
        fh.seek(0, os.SEEK_END)
        fh.write(b" update")
    assert out.read_bytes() == b"%PDF-1.7 body update"


def test_scratch_file_is_owner_only_and_gone_however_the_block_ends(tmp_path: Path) -> None:
    scratch = tmp_path / "dossier.pdf.unsigned.partial"
    with fsutil.scratch_file(scratch) as fh:
        fh.write(b"unsigned")
        assert stat.S_IMODE(scratch.stat().st_mode) == 0o600
    assert not scratch.exists()
    with pytest.raises(RuntimeError), fsutil.scratch_file(scratch) as fh:
        fh.write(b"unsigned")
        raise RuntimeError("signing failed")
    assert not scratch.exists()


def test_scratch_file_never_writes_through_a_link_left_at_its_name(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.txt"
    target.write_bytes(b"keep")
    scratch = tmp_path / "dossier.pdf.unsigned.partial"
    scratch.symlink_to(target)
    with pytest.raises(OSError), fsutil.scratch_file(scratch) as fh:
        fh.write(b"unsigned dossier")
    assert target.read_bytes() == b"keep"
