"""Small files are committed in batches: one durable sync of the blobs and one transaction per
batch, each file still all-or-nothing; duplicates inside a batch are found; a failing batch
leaves neither rows nor blob files; a cancel keeps what was prepared. (Crashes inside a batch:
tests/reliability/test_faults_crash.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import intake as fx
from vault import search
from vault.blobs import BlobStore
from vault.intake import ImportCancelled, ImportProgress, import_paths, importer
from vault.store import Vault


def _blob_files(vault: Vault) -> list[str]:
    return sorted(name for name, path in vault.blobs.scan() if path.is_file())


def _blob_rows(vault: Vault) -> list[str]:
    return sorted(r[0] for r in vault.conn.execute("SELECT id FROM blobs"))


@pytest.fixture
def small_batches(monkeypatch: pytest.MonkeyPatch, vault: Vault) -> list[int]:
    """Batches of 3 files, no time-based flush; returns the sizes of the syncs made."""
    monkeypatch.setattr(importer, "BATCH_FILES", 3)
    monkeypatch.setattr(importer, "BATCH_SECONDS", 3600.0)
    syncs: list[int] = []
    real = BlobStore.make_durable

    def counting(self: BlobStore, blob_ids: list[str]) -> None:
        syncs.append(len(blob_ids))
        real(self, blob_ids)

    monkeypatch.setattr(BlobStore, "make_durable", counting)
    return syncs


def _notes(folder: Path, count: int) -> list[Path]:
    return [
        fx.write(folder / f"{n:02d}.txt", f"Показание № {n}: задержан у здания суда".encode()) for n in range(count)
    ]


def test_ten_files_are_committed_in_batches_of_three(vault: Vault, tmp_path: Path, small_batches: list[int]) -> None:
    _notes(tmp_path / "in", 10)
    report = import_paths(vault, [tmp_path / "in"])
    assert [Path(i.path).name for i in report.imported] == [f"{n:02d}.txt" for n in range(10)]
    assert small_batches == [3, 3, 3, 1]  # one sync per batch, not per file
    assert vault.conn.execute("SELECT count(*) FROM custody WHERE action = 'import'").fetchone()[0] == 10
    assert _blob_files(vault) == _blob_rows(vault) and len(_blob_rows(vault)) == 10
    assert len(search.search(vault.conn, "здания")) == 10


def test_the_same_bytes_twice_in_one_batch_are_one_item(vault: Vault, tmp_path: Path, small_batches: list[int]) -> None:
    fx.write(tmp_path / "in" / "a.txt", "одно и то же".encode())
    fx.write(tmp_path / "in" / "b.txt", "одно и то же".encode())
    report = import_paths(vault, [tmp_path / "in"], tags=["дело/17"])
    assert len(report.imported) == 1 and len(report.duplicates) == 1
    assert report.duplicates[0].id == report.imported[0].id
    assert _blob_files(vault) == _blob_rows(vault) and len(_blob_rows(vault)) == 1


def test_a_failing_batch_leaves_no_rows_and_no_blobs(
    vault: Vault, tmp_path: Path, small_batches: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    _notes(tmp_path / "in", 7)
    real = BlobStore.make_durable
    calls = iter(range(10))

    def failing_second(self: BlobStore, blob_ids: list[str]) -> None:
        if next(calls) == 1:
            raise OSError(5, "Input/output error")
        real(self, blob_ids)

    monkeypatch.setattr(BlobStore, "make_durable", failing_second)
    with pytest.raises(OSError):
        import_paths(vault, [tmp_path / "in"])
    assert vault.conn.execute("SELECT count(*) FROM items").fetchone()[0] == 3  # the first batch only
    assert _blob_files(vault) == _blob_rows(vault) and len(_blob_rows(vault)) == 3
    assert [name for name, _ in vault.blobs.scan() if name.endswith(".partial")] == []


def test_a_cancel_commits_the_prepared_files_of_the_open_batch(
    vault: Vault, tmp_path: Path, small_batches: list[int]
) -> None:
    _notes(tmp_path / "in", 8)
    done: list[int] = []

    def track(p: ImportProgress) -> None:
        done.append(p.files_done)

    with pytest.raises(ImportCancelled) as caught:
        import_paths(vault, [tmp_path / "in"], on_progress=track, should_cancel=lambda: bool(done) and max(done) >= 5)
    names = [Path(i.path).name for i in caught.value.report.imported]
    assert names == [f"{n:02d}.txt" for n in range(5)]  # 3 in the first batch, 2 in the open one
    assert vault.conn.execute("SELECT count(*) FROM items").fetchone()[0] == 5
    assert _blob_files(vault) == _blob_rows(vault)


def test_without_syncfs_each_file_and_folder_is_fsynced(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from vault import fsutil

    files = [fx.write(tmp_path / sub / f"{n}.bin", b"x") for sub in ("ab", "cd") for n in range(3)]
    synced: list[str] = []
    monkeypatch.setattr(fsutil, "_syncfs", lambda root: False)  # as on macOS and Windows
    monkeypatch.setattr(fsutil, "fsync_file", lambda fd: synced.append("file"))
    monkeypatch.setattr(fsutil, "fsync_dir", lambda path: synced.append(path.name))
    fsutil.sync_files(tmp_path, files)
    assert synced == ["file"] * 6 + ["ab", "cd"]
