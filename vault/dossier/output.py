"""Finish a dossier in memory (allow-listed Info, PDF/A-3u XMP and output intent or, with a
password, no XMP and AES-256 R6), attach the small files, and write it atomically: a partial name,
streamed originals appended (vault.dossier.attachments), an optional PAdES signature
(vault.dossier.sign) written from an unsigned scratch copy, fsync, rename. The unencrypted PDF
never touches disk when a password is given. PDF/A forbids encryption, so a password-protected
dossier is not PDF/A."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

import pikepdf

from .. import __version__
from ..errors import UsageError
from ..fsutil import atomic_output, scratch_file

if TYPE_CHECKING:
    from .attachments import Plan

PRODUCER = f"Evidence Vault {__version__}"
INFO_KEYS = frozenset({"/Title", "/Producer", "/CreationDate"})


def pdf_date(iso_utc: str) -> str:
    """'2026-03-01T09:00:00.000000Z' → 'D:20260301090000Z' (UTC, never a local zone)."""
    digits = "".join(ch for ch in iso_utc[:19] if ch.isdigit())
    return f"D:{digits}Z"


def finish(raw: bytes, *, title: str, created_utc: str, password: str | None, plan: Plan | None = None) -> bytes:
    """Rewrite the document's Info to the allow-list and XMP to the PDF/A allow-list (none when
    encrypted); attach the planned files; encrypt when asked."""
    from .attachments import add_to_pdf
    from .pdfa import make_pdfa

    with pikepdf.open(io.BytesIO(raw)) as pdf:
        if "/Metadata" in pdf.Root:
            del pdf.Root.Metadata
        created = pdf_date(created_utc)
        info = pikepdf.Dictionary(
            Producer=pikepdf.String(PRODUCER),
            CreationDate=pikepdf.String(created),
            ModDate=pikepdf.String(created),
        )
        if title:  # internal only: a partner/public edition's metadata names no case (vault.dossier.pdfa)
            info.Title = pikepdf.String(title)
        pdf.trailer.Info = pdf.make_indirect(info)
        if not password:
            make_pdfa(pdf, title=title, producer=PRODUCER, created_pdf_date=created)
        if plan is not None:
            add_to_pdf(pdf, plan)
        out = io.BytesIO()
        encryption = (
            pikepdf.Encryption(owner=password, user=password, R=6, aes=True, metadata=True) if password else False
        )
        # Streamed originals are appended as a classic-xref incremental update: no xref stream here.
        mode = pikepdf.ObjectStreamMode.disable if plan and plan.originals else pikepdf.ObjectStreamMode.generate
        pdf.save(out, compress_streams=True, object_stream_mode=mode, encryption=encryption, min_version="1.7")
    return out.getvalue()


def write_dossier(
    out: Path,
    data: bytes,
    *,
    overwrite: bool = False,
    append: Callable[[BinaryIO], None] | None = None,
    sign: Callable[[BinaryIO, BinaryIO], None] | None = None,
) -> str:
    """Write `data` then whatever `append` streams after it to `out` atomically (vault.fsutil);
    with `sign`, that unsigned file is a scratch file beside `out` and `sign(unsigned, output)`
    writes the signed result. Returns the SHA-256 of the final file (read back in chunks)."""
    _check_target(out, overwrite)
    if sign is None:
        with atomic_output(out, overwrite=overwrite, readable=True) as fh:
            _write_body(fh, data, append)
    else:
        with scratch_file(out.with_name(out.name + ".unsigned.partial")) as unsigned:
            _write_body(unsigned, data, append)
            unsigned.seek(0)
            with atomic_output(out, overwrite=overwrite, readable=True) as fh:
                sign(unsigned, fh)
    digest = hashlib.sha256()
    with open(out, "rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def _write_body(fh: BinaryIO, data: bytes, append: Callable[[BinaryIO], None] | None) -> None:
    fh.write(data)
    if append is not None:
        append(fh)
    fh.flush()


def _check_target(out: Path, overwrite: bool) -> None:
    if out.exists() and not overwrite:
        raise UsageError(f"{out} already exists; refusing to overwrite")
    if not out.parent.is_dir():
        raise UsageError(f"no folder {out.parent}")


def write_atomically(out: Path, data: bytes, *, overwrite: bool = False) -> str:
    """Write `data` to `out` via `out.partial`; returns the SHA-256 of the bytes written."""
    _check_target(out, overwrite)
    with atomic_output(out, overwrite=overwrite) as fh:
        fh.write(data)
    return hashlib.sha256(data).hexdigest()
