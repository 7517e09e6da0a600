"""Shared helpers for the tests/ui/test_ui_*.py files (fixtures generated in code)."""

from __future__ import annotations

import io
from fractions import Fraction
from pathlib import Path

import pytest
from PIL import Image

PASSPHRASE = "correct horse battery staple"


@pytest.fixture
def ui_env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Argon2 at the floor, and config files in a temporary folder."""
    monkeypatch.setenv("EVIDENCE_VAULT_KDF_TARGET", "0")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path


def jpeg_with_gps(
    colour: tuple[int, int, int], lat: float = 43.238949, lon: float = 76.889709, size: tuple[int, int] = (320, 240)
) -> bytes:
    img = Image.new("RGB", size, colour)
    exif = Image.Exif()
    exif[0x010F] = "TestCam"
    exif[0x0110] = "Model 1"
    gps = exif.get_ifd(0x8825)

    def dms(v: float) -> tuple[Fraction, Fraction, Fraction]:
        d = int(v)
        m = int((v - d) * 60)
        s = Fraction(round((v - d - m / 60) * 3600 * 100), 100)
        return Fraction(d), Fraction(m), s

    gps[1], gps[2], gps[3], gps[4] = "N", dms(lat), "E", dms(lon)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=80, exif=exif)
    return out.getvalue()


def make_import_folder(root: Path, photos: int = 3) -> Path:
    folder = root / "incoming"
    folder.mkdir()
    for i in range(photos):
        (folder / f"photo_{i:03d}.jpg").write_bytes(jpeg_with_gps((40 + i * 7 % 200, 90, 140 - i % 100)))
    (folder / "empty.jpg").write_bytes(b"")
    (folder / "показания_свидетеля.txt").write_text(
        "Задержание правозащитника у здания суда. Следы избиения на руках.\nКуәгер: ұстау кезінде азаптау болды.\n",
        encoding="utf-8",
    )
    return folder
