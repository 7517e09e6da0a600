"""Helpers for the field-safety tests: a vault with real content, and what a vault holds."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from vault.intake import import_paths
from vault.items import extract
from vault.store import Vault
from vault.testimony import add_testimony

MARKER = "FIELDMARK-"


def jpeg_with_gps(marker: str, shade: int = 120) -> bytes:
    from PIL import Image

    im = Image.new("RGB", (96, 64), (shade, 80, 160))
    exif = Image.Exif()
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (43.0, 15.0, 30.0)  # Almaty
    gps[3], gps[4] = "E", (76.0, 54.0, 10.0)
    out = io.BytesIO()
    im.save(out, "JPEG", exif=exif, comment=marker.encode())
    return out.getvalue()


def make_sources(folder: Path, count: int = 4, tag: str = "a") -> list[Path]:
    """Cyrillic and Kazakh text files and photos with EXIF GPS, each carrying a marker."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        if i % 2:
            path = folder / f"фото-{tag}-{i}.jpg"
            path.write_bytes(jpeg_with_gps(f"{MARKER}{tag}{i}", 40 + i * 20))
        else:
            path = folder / f"показания-{tag}-{i}.txt"
            path.write_text(f"{MARKER}{tag}{i} Ержан Сәрсенбаев: мені үш күн ұстады. Задержан {i} раз.\n" * 40)
        paths.append(path)
    return paths


def fill(vault: Vault, folder: Path, count: int = 4, tag: str = "a") -> None:
    report = import_paths(vault, make_sources(folder, count, tag))
    assert len(report.imported) == count, report.rejected
    add_testimony(vault, title=f"Показания {tag}", text=f"{MARKER}{tag}t Мені ұрды. Меня били.\n")


def contents(vault: Vault) -> dict[str, tuple[str, str]]:
    """item id -> (kind, sha256) of every live item."""
    rows = vault.conn.execute("SELECT id, kind, sha256 FROM items WHERE deleted IS NULL ORDER BY id")
    return {r[0]: (r[1], r[2]) for r in rows}


def extracted(vault: Vault, out: Path) -> dict[str, str]:
    """item id -> SHA-256 of the bytes `extract` writes, for every file item."""
    out.mkdir(parents=True, exist_ok=True)
    found = {}
    rows = vault.conn.execute("SELECT id FROM items WHERE deleted IS NULL AND kind != 'testimony' ORDER BY id")
    for (item_id,) in rows.fetchall():
        target = out / item_id
        extract(vault, item_id, target)
        found[item_id] = hashlib.sha256(target.read_bytes()).hexdigest()
    return found


def plaintext_in(folder: Path, needle: bytes = MARKER.encode()) -> list[Path]:
    """Files under `folder` that contain `needle` (none may: nothing in the clear on disk)."""
    return [p for p in folder.rglob("*") if p.is_file() and needle in p.read_bytes()]
