"""Finish a dossier in memory (allow-listed Info, no XMP, optional AES-256 R6 password) and write
it atomically: a partial name, fsync, rename. The unencrypted PDF never touches disk when a
password is given."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pikepdf

from .. import __version__
from ..errors import UsageError
from ..fsutil import atomic_output

PRODUCER = f"Evidence Vault {__version__}"
INFO_KEYS = frozenset({"/Title", "/Producer", "/CreationDate"})


def pdf_date(iso_utc: str) -> str:
    """'2026-03-01T09:00:00.000000Z' → 'D:20260301090000Z' (UTC, never a local zone)."""
    digits = "".join(ch for ch in iso_utc[:19] if ch.isdigit())
    return f"D:{digits}Z"


def finish(raw: bytes, *, title: str, created_utc: str, password: str | None) -> bytes:
    """Rewrite the document's Info to the allow-list and drop XMP; encrypt when asked."""
    with pikepdf.open(io.BytesIO(raw)) as pdf:
        if "/Metadata" in pdf.Root:
            del pdf.Root.Metadata
        info = pikepdf.Dictionary(
            Title=pikepdf.String(title),
            Producer=pikepdf.String(PRODUCER),
            CreationDate=pikepdf.String(pdf_date(created_utc)),
        )
        pdf.trailer.Info = pdf.make_indirect(info)
        out = io.BytesIO()
        encryption = (
            pikepdf.Encryption(owner=password, user=password, R=6, aes=True, metadata=True) if password else False
        )
        pdf.save(
            out, compress_streams=True, object_stream_mode=pikepdf.ObjectStreamMode.generate, encryption=encryption
        )
    return out.getvalue()


def write_atomically(out: Path, data: bytes, *, overwrite: bool = False) -> str:
    """Write `data` to `out` via `out.partial`; returns the SHA-256 of the bytes written."""
    if out.exists() and not overwrite:
        raise UsageError(f"{out} already exists; refusing to overwrite")
    if not out.parent.is_dir():
        raise UsageError(f"no folder {out.parent}")
    with atomic_output(out, overwrite=overwrite) as fh:
        fh.write(data)
    return hashlib.sha256(data).hexdigest()
