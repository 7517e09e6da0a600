"""Duplicates are detected and reported, never silently stored twice; cancelling finishes nothing
half-way."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import intake as fx
from vault import items
from vault.errors import Cancelled
from vault.intake import ImportCancelled, ImportProgress, import_paths
from vault.store import Vault


def _blob_files(vault: Vault) -> list[str]:
    return sorted(name for name, path in vault.blobs.scan() if path.is_file())


def _blob_rows(vault: Vault) -> list[str]:
    return sorted(r[0] for r in vault.conn.execute("SELECT id FROM blobs"))


def test_same_file_twice_and_same_bytes_under_two_names(vault: Vault, tmp_path: Path) -> None:
    photo = fx.photo_bytes((200, 150))
    a = fx.write(tmp_path / "in" / "a.jpg", photo)
    fx.write(tmp_path / "in" / "sub" / "copy-of-a.jpg", photo)
    other = fx.write(tmp_path / "in" / "b.txt", "другой файл".encode())
    report = import_paths(vault, [a, tmp_path / "in"])
    assert [i.path for i in report.imported] == [str(a), str(other)]
    original = report.imported[0].id
    assert [(d.path, d.id) for d in report.duplicates] == [
        (str(tmp_path / "in" / "a.jpg"), original),
        (str(tmp_path / "in" / "sub" / "copy-of-a.jpg"), original),
    ]
    assert vault.conn.execute("SELECT count(*) FROM items").fetchone()[0] == 2
    # no blob of a duplicate is left behind: files on disk = rows (original + thumbnail + text)
    assert _blob_files(vault) == _blob_rows(vault) and len(_blob_rows(vault)) == 3


def test_a_second_import_of_the_same_folder_adds_nothing(vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    fx.write(folder / "x.txt", "первый".encode())
    fx.write(folder / "y.jpg", fx.photo_bytes((50, 50)))
    first = import_paths(vault, [folder])
    events = vault.conn.execute("SELECT count(*) FROM custody").fetchone()[0]
    second = import_paths(vault, [folder])
    assert second.imported == [] and second.rejected == []
    assert [d.id for d in second.duplicates] == [i.id for i in first.imported]
    assert vault.conn.execute("SELECT count(*) FROM custody").fetchone()[0] == events
    assert _blob_files(vault) == _blob_rows(vault)


def test_bytes_of_a_deleted_item_import_again(vault: Vault, tmp_path: Path) -> None:
    f = fx.write(tmp_path / "x.txt", "текст".encode())
    (first,) = import_paths(vault, [f]).imported
    items.delete_item(vault, first.id, reason="imported into the wrong case")
    (again,) = import_paths(vault, [f]).imported
    assert again.id != first.id and again.sha256 == first.sha256


def test_cancel_between_files_keeps_what_was_committed(vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    for n in range(4):
        fx.write(folder / f"{n}.txt", f"файл номер {n}".encode())
    done: list[int] = []

    def track(p: ImportProgress) -> None:
        done.append(p.files_done)

    with pytest.raises(ImportCancelled) as caught:
        import_paths(vault, [folder], on_progress=track, should_cancel=lambda: bool(done) and max(done) >= 2)
    assert isinstance(caught.value, Cancelled)
    report = caught.value.report
    assert [Path(i.path).name for i in report.imported] == ["0.txt", "1.txt"]
    assert vault.conn.execute("SELECT count(*) FROM items").fetchone()[0] == 2
    assert _blob_files(vault) == _blob_rows(vault)


def test_cancel_inside_a_file_leaves_no_trace_of_it(vault: Vault, tmp_path: Path) -> None:
    big = fx.write(tmp_path / "big.bin", b"\x07" * (4 * 1024 * 1024))
    calls = iter(range(100))
    with pytest.raises(ImportCancelled) as caught:
        import_paths(vault, [big], should_cancel=lambda: next(calls) >= 2)  # 1st: before file, 2nd+: chunks
    assert caught.value.report.imported == []
    assert vault.conn.execute("SELECT count(*) FROM items").fetchone()[0] == 0
    assert [name for name, _ in vault.blobs.scan()] == []  # no blob, no .partial
    assert [e.action for e in vault.custody.events()] == ["create"]
