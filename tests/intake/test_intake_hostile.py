"""Hostile and damaged files: each is rejected with a clear reason or stored safely (as opaque
evidence with a warning) while the rest of the folder imports."""

from __future__ import annotations

import errno
import hashlib
import io
import os
import socket
from pathlib import Path
from typing import Any

import pytest

from tests.support import intake as fx
from vault import items
from vault.intake import ImportProgress, import_paths, ingest, walk
from vault.store import Vault
from vault.verify import verify_vault

RTL_NAME = "фото\nзадержания\u202egpj.exe"


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    root = tmp_path / "incoming"
    outside = fx.write(tmp_path / "secret-outside.txt", b"not part of the import")
    good = fx.write(root / "good.jpg", fx.photo_bytes((320, 240)))
    fx.write(root / "empty.txt", b"")
    os.mkfifo(root / "pipe")
    (root / "escape.txt").symlink_to(outside)
    (root / "links").mkdir()
    (root / "links" / "inside.jpg").symlink_to(good)
    (root / "links" / "parent").symlink_to(root)  # a linked folder: not descended (no loop)
    (root / "links" / "dangling").symlink_to(root / "does-not-exist")
    jpeg = fx.photo_bytes((640, 480))
    fx.write(root / "truncated.jpg", jpeg[: len(jpeg) // 2])
    fx.write(root / "bomb.png", fx.bomb_png())
    fx.write(root / "bomb.jpg", fx.bomb_jpeg())
    fx.write(root / "textbomb.png", fx.png_with_huge_text())
    fx.write(root / "scan.pdf", fx.photo_bytes((100, 80), fmt="PNG", exif=False))  # lies about itself
    fx.write(root / RTL_NAME, fx.photo_bytes((64, 64), exif=False, color=(1, 2, 3)))
    fx.write(root / "script.pdf", fx.text_pdf(fx.PDF_TEXT, javascript=True))
    return root


def test_hostile_folder(vault: Vault, hostile: Path) -> None:
    report = import_paths(vault, [hostile])
    rejected = {str(Path(r.path).relative_to(hostile)): r.error for r in report.rejected}
    assert rejected == {
        "empty.txt": "empty file (0 bytes)",
        "pipe": "a named pipe (FIFO) is not a file",
        "escape.txt": "symbolic link leads outside the imported folder",
        "links/dangling": "symbolic link leads nowhere (broken or looping)",
    }
    assert [Path(d.path).relative_to(hostile).as_posix() for d in report.duplicates] == ["links/inside.jpg"]
    imported = {str(Path(i.path).relative_to(hostile)): i for i in report.imported}
    assert set(imported) == {
        "good.jpg",
        "truncated.jpg",
        "bomb.png",
        "bomb.jpg",
        "textbomb.png",
        "scan.pdf",
        RTL_NAME,
        "script.pdf",
    }
    assert report.duplicates[0].id == imported["good.jpg"].id
    # damaged images are still evidence: photo kind, warning, no thumbnail, exact bytes sealed
    expect = {
        "truncated.jpg": "image could not be decoded: truncated",
        "bomb.png": "image could not be decoded: too many pixels (possible decompression bomb)",
        "bomb.jpg": "image could not be decoded: too many pixels (possible decompression bomb)",
        "textbomb.png": "image could not be decoded: oversized text chunk (possible decompression bomb)",
    }
    for rel, warning in expect.items():
        got = imported[rel]
        assert (got.kind, got.warning) == ("photo", warning), rel
        assert got.sha256 == hashlib.sha256((hostile / rel).read_bytes()).hexdigest()
        assert items.thumbnail(vault, got.id) is None
        assert items.get_item(vault, got.id).warning == warning
    # the truncated JPEG's header was readable, so its EXIF is kept
    assert items.get_item(vault, imported["truncated.jpg"].id).metadata["gps"]["lat"] == pytest.approx(
        fx.GPS_LAT_DECIMAL, abs=1e-5
    )
    liar = imported["scan.pdf"]
    assert liar.kind == "photo" and liar.warning is not None and ".pdf" in liar.warning
    assert items.thumbnail(vault, liar.id) is not None
    assert items.get_item(vault, liar.id).mime == "image/png"
    script = items.get_item(vault, imported["script.pdf"].id)
    assert script.kind == "document" and script.metadata["has_javascript"] is True
    assert imported["good.jpg"].warning is None and items.thumbnail(vault, imported["good.jpg"].id)
    # every row has its blob, every blob its row, every hash matches its custody event
    checked = verify_vault(vault)
    assert checked.problems == [] and checked.items_checked == len(imported)


def test_names_with_newlines_and_bidi_overrides_are_kept_exactly_but_titled_safely(vault: Vault, hostile: Path) -> None:
    report = import_paths(vault, [hostile / RTL_NAME])
    (got,) = report.imported
    assert got.path == str(hostile / RTL_NAME)
    item = items.get_item(vault, got.id)
    assert item.original_name == RTL_NAME
    assert item.title == "фото задержанияgpj"  # no newline; U+202E dropped, so nothing reads reversed
    assert vault.custody.events(got.id)[0].details["name"] == RTL_NAME


def test_a_name_that_is_not_utf8_is_stored_with_its_bytes(vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "raw"
    folder.mkdir()
    raw_name = b"\xcf\xf0\xe8\xea\xe0\xe7.txt"  # "Приказ" in cp1251, not valid UTF-8
    (Path(os.fsdecode(folder)) / os.fsdecode(raw_name)).write_bytes("Приказ".encode())
    report = import_paths(vault, [folder])
    (got,) = report.imported
    item = items.get_item(vault, got.id)
    assert item.original_name == "\ufffd" * 6 + ".txt"
    assert item.metadata["name_bytes_hex"] == raw_name.hex()
    assert "\ufffd" in got.path and got.path.encode("utf-8")  # printable, no lone surrogates


def test_a_socket_and_a_device_are_rejected_without_being_opened(vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "special"
    folder.mkdir()
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        sock.bind(str(folder / "control.sock"))
        report = import_paths(vault, [folder, Path("/dev/zero"), tmp_path / "missing.jpg"])
    finally:
        sock.close()
    errors = [(Path(r.path).name, r.error) for r in report.rejected]
    assert errors == [
        ("control.sock", "a socket is not a file"),
        ("zero", "a device is not a file"),
        ("missing.jpg", "no such file or folder"),
    ]


def test_a_symlink_named_by_the_user_is_followed(vault: Vault, tmp_path: Path) -> None:
    target = fx.write(tmp_path / "elsewhere" / "original.txt", "исходный текст".encode())
    link = tmp_path / "shortcut.txt"
    link.symlink_to(target)
    folder_link = tmp_path / "folder-link"
    folder_link.symlink_to(target.parent, target_is_directory=True)
    report = import_paths(vault, [link, folder_link])
    assert [i.path for i in report.imported] == [str(link)]
    assert [d.path for d in report.duplicates] == [str(folder_link / "original.txt")]
    assert items.get_item(vault, report.imported[0].id).original_name == "shortcut.txt"


def test_a_file_that_vanishes_before_it_is_read_is_rejected(vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "vanishing"
    for n in range(5):
        fx.write(folder / f"{n}.txt", f"файл {n}".encode())

    def remove_last(progress: ImportProgress) -> None:
        # the first file has just begun; the last one (never among the first two being read
        # by the helper threads) goes away between the walk and its turn
        (folder / "4.txt").unlink(missing_ok=True)

    report = import_paths(vault, [folder], on_progress=remove_last)
    assert [Path(i.path).name for i in report.imported] == ["0.txt", "1.txt", "2.txt", "3.txt"]
    assert [(Path(r.path).name, r.error) for r in report.rejected] == [
        ("4.txt", "file vanished before it could be read")
    ]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_an_unreadable_file_is_rejected(vault: Vault, tmp_path: Path) -> None:
    locked = fx.write(tmp_path / "locked" / "secret.txt", b"no access")
    fx.write(tmp_path / "locked" / "open.txt", b"access")
    locked.chmod(0)
    report = import_paths(vault, [tmp_path / "locked"])
    assert [(Path(r.path).name, r.error) for r in report.rejected] == [
        ("secret.txt", "cannot be read: permission denied")
    ]
    assert len(report.imported) == 1


def test_the_vault_cannot_import_itself(vault: Vault) -> None:
    report = import_paths(vault, [vault.path, vault.path / "blobs"])
    assert [r.error for r in report.rejected] == ["is inside the vault's own folder"] * 2
    assert report.imported == []


def test_permission_denied_is_a_rejection_even_for_root(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Root reads any file, so the refusal is simulated at the open() the intake makes."""
    folder = tmp_path / "perm"
    locked = fx.write(folder / "locked.txt", b"no access")
    fx.write(folder / "open.txt", b"access")
    real_open = os.open

    def guarded(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if os.fspath(path) == str(locked):
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(walk.os, "open", guarded)
    report = import_paths(vault, [folder])
    assert [(Path(r.path).name, r.error) for r in report.rejected] == [
        ("locked.txt", "cannot be read: permission denied")
    ]
    assert [Path(i.path).name for i in report.imported] == ["open.txt"]


def test_a_read_error_mid_file_rejects_it_and_leaves_no_blob(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "eio"
    fx.write(folder / "bad-sector.bin", b"\x05" * (3 * 1024 * 1024))
    fx.write(folder / "fine.txt", "целый файл".encode())

    class FailingDisk(io.FileIO):
        def read(self, size: int = -1, /) -> bytes:  # type: ignore[override]
            where = os.path.basename(os.readlink(f"/proc/self/fd/{self.fileno()}"))
            if where == "bad-sector.bin" and self.tell() >= 1024 * 1024:
                raise OSError(errno.EIO, "Input/output error")
            return super().read(size)

    def fake_open(fd: int, mode: str, buffering: int = -1, closefd: bool = True) -> io.FileIO:
        return FailingDisk(fd, "rb", closefd=closefd)

    monkeypatch.setattr(ingest, "open", fake_open, raising=False)
    report = import_paths(vault, [folder])
    assert [(Path(r.path).name, r.error) for r in report.rejected] == [
        ("bad-sector.bin", "could not be read: Input/output error")
    ]
    assert [Path(i.path).name for i in report.imported] == ["fine.txt"]
    rows = sorted(r[0] for r in vault.conn.execute("SELECT id FROM blobs"))
    assert sorted(name for name, path in vault.blobs.scan() if path.is_file()) == rows
