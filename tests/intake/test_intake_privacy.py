"""Nothing imported appears in the clear in the vault folder or the temp directory, and memory
stays flat whatever the file size."""

from __future__ import annotations

import hashlib
import os
import secrets
import tempfile
import tracemalloc
from io import BytesIO
from pathlib import Path

import pytest
from PIL import Image

from tests.support import intake as fx
from vault import cases, items
from vault.intake import import_paths
from vault.store import Vault


def _hits(folder: Path, patterns: list[bytes]) -> list[str]:
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            data = path.read_bytes()
            found += [f"{path} contains {p!r}" for p in patterns if p in data]
    return found


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A temp directory of the test's own, so the scan covers everything written there."""
    folder = tmp_path / "tmpdir"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    assert tempfile.gettempdir() == str(folder)
    return folder


def test_no_marker_in_the_vault_or_the_temp_directory(vault: Vault, tmp_path: Path, private_tmp: Path) -> None:
    marker = "mk" + secrets.token_hex(8)
    folder = tmp_path / "evidence"
    fx.write(folder / f"показания-{marker}.txt", f"Свидетель сообщил: {marker} Қазақстан".encode())
    fx.write(folder / "utf16.txt", f"Показания {marker}".encode("utf-16"))
    fx.write(folder / "cp1251.txt", f"Жалоба {marker}".encode("cp1251"))
    exif = fx.make_exif(serial=marker)
    photo = fx.photo_bytes((400, 300), exif=False)
    out = BytesIO()
    Image.open(BytesIO(photo)).save(out, "JPEG", exif=exif.tobytes(), comment=marker.encode())
    fx.write(folder / "photo.jpg", out.getvalue())
    png = fx.photo_bytes((64, 64), fmt="PNG", exif=False)
    fx.write(folder / "note.png", png[:33] + fx.png_chunk(b"tEXt", b"Comment\x00" + marker.encode()) + png[33:])
    pdf = fx.text_pdf([*fx.PDF_TEXT, marker])
    fx.write(folder / "decision.pdf", pdf.replace(b"\n", f"\n% {marker}\n".encode(), 1))
    big = bytearray(os.urandom(3 * 1024 * 1024))
    big[1_500_000 : 1_500_000 + len(marker)] = marker.encode()
    fx.write(folder / "video.mp4", bytes(big))
    fx.write(folder / "zero.txt", b"")
    case_id = cases.add_case(vault, f"Дело {marker}")

    report = import_paths(vault, [folder], case_id=case_id, tags=[f"evidence/{marker}"])
    assert len(report.imported) == 7 and [r.error for r in report.rejected] == ["empty file (0 bytes)"]
    # the marker really went in: it is found by search and in the metadata, inside the DB
    photo_item = next(i for i in report.imported if i.path.endswith("photo.jpg"))
    assert items.get_item(vault, photo_item.id).metadata["camera"]["serial"] == marker

    patterns = [marker.encode("utf-8"), marker.encode("utf-16-le"), marker.upper().encode()]
    assert _hits(vault.path, patterns) == []  # while open (WAL present)
    vault.close()
    assert _hits(vault.path, patterns) == []
    assert _hits(Path(tempfile.gettempdir()), patterns) == []
    assert list(private_tmp.iterdir()) == []


def test_a_20_mb_file_imports_in_flat_memory(vault: Vault, tmp_path: Path) -> None:
    big = tmp_path / "recording.wav"
    with open(big, "wb") as fh:
        fh.write(b"RIFF\x00\x00\x00\x00WAVEfmt ")
        for _ in range(20):
            fh.write(os.urandom(1024 * 1024))
    expected_sha = hashlib.sha256(big.read_bytes()).hexdigest()
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        report = import_paths(vault, [big])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    (got,) = report.imported
    assert got.kind == "audio" and got.sha256 == expected_sha
    print(f"peak traced memory for a 20 MB import: {peak / 1e6:.1f} MB")
    assert peak < 16 * 1024 * 1024, f"peak traced memory {peak / 1e6:.1f} MB"
    assert items.get_item(vault, got.id).size == big.stat().st_size
