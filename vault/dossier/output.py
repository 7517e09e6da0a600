"""Finish a dossier in memory (allow-listed Info, no XMP, optional AES-256 R6 password) and write
it atomically: a partial name, fsync, rename. The unencrypted PDF never touches disk when a
password is given."""

from __future__ import annotations

import hashlib
import io
import os
from pathlib import Path

import pikepdf

from .. import __version__
from ..errors import UsageError
from ..fsutil import fsync_dir

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
            Title=pikepdf.String(title), Producer=pikepdf.String(PRODUCER),
            CreationDate=pikepdf.String(pdf_date(created_utc)),
        )  # fmt: skip
        pdf.trailer.Info = pdf.make_indirect(info)
        out = io.BytesIO()
        encryption = (
            pikepdf.Encryption(owner=password, user=password, R=6, aes=True, metadata=True) if password else False
        )
        pdf.save(out, compress_streams=True, object_stream_mode=pikepdf.ObjectStreamMode.generate,
                 encryption=encryption)  # fmt: skip
    return out.getvalue()


def write_atomically(out: Path, data: bytes, *, overwrite: bool = False) -> str:
    """Write `data` to `out` via `out.partial`; returns the SHA-256 of the bytes written."""
    if out.exists() and not overwrite:
        raise UsageError(f"{out} already exists; refusing to overwrite")
    if not out.parent.is_dir():
        raise UsageError(f"no folder {out.parent}")
    partial = out.with_name(out.name + ".partial")
    try:
        fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(partial, out)
        fsync_dir(out.parent)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return hashlib.sha256(data).hexdigest()
