"""Helpers for the field-safety tests: a vault with real content, and what a vault holds."""

from __future__ import annotations

import base64
import hashlib
import io
import shutil
import subprocess
from pathlib import Path

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from vault.intake import import_paths
from vault.items import extract
from vault.keys import add_contact
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


def partner(vault: Vault, tmp_path: Path, name: str = "Партнёр «Адилет»") -> tuple[str, Path]:
    """A partner organisation: a contact in the vault, and its age identity in key.txt."""
    identity = pyrage.x25519.Identity.generate()
    key_file = tmp_path / f"partner-{hashlib.sha256(name.encode()).hexdigest()[:6]}.key"
    key_file.write_text(f"# partner key\n{identity}\n")
    signing = Ed25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    contact = add_contact(vault, name, str(identity.to_public()), base64.b64encode(signing).decode())
    return contact, key_file


def age_decrypt(key_file: Path, sealed: Path, out: Path) -> None:
    if shutil.which("age"):
        subprocess.run(["age", "-d", "-i", str(key_file), "-o", str(out), str(sealed)], check=True, timeout=60)
    else:  # pragma: no cover - the stock binary is installed by ./run; this keeps the logic tested
        identity = pyrage.x25519.Identity.from_str(key_file.read_text().splitlines()[-1])
        out.write_bytes(pyrage.decrypt(sealed.read_bytes(), [identity]))
