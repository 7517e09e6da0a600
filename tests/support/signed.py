"""Helpers for the signed / PDF/A / attachment dossier tests: poppler and zbar command lines,
pyHanko validation, and a built case (from tests.support.dossier) in a vault with an owner."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from vault.dossier import DossierResult, build_dossier
from vault.store import Vault

PASSWORD = "пароль-Құпия 7"


def need(tool: str) -> None:
    if shutil.which(tool) is None:
        pytest.fail(f"{tool} is not installed (./run setup installs poppler-utils and zbar-tools)")


def run(*args: str) -> subprocess.CompletedProcess[str]:
    need(args[0])
    return subprocess.run(args, capture_output=True, text=True, timeout=120, check=False)


def pdfsig(path: Path, password: str | None = None) -> str:
    args = ["pdfsig"] + (["-opw", password, "-upw", password] if password else []) + [str(path)]
    p = run(*args)
    return p.stdout + p.stderr


def dossier(vault: Vault, case_id: str, out: Path, **kw: object) -> DossierResult:
    args: dict[str, object] = {"profile": "internal", "language": "ru"}
    args.update(kw)
    return build_dossier(vault, case_id, out, **args)  # type: ignore[arg-type]


def pyhanko_status(path: Path, password: str | None = None) -> tuple[bool, bool, str]:
    """(intact, bottom line, coverage) as pyHanko's validator sees the one signature, trusting the
    certificate embedded in it (what an official does after confirming the fingerprint)."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    with open(path, "rb") as fh:
        r = PdfFileReader(fh, strict=False)
        if password:
            r.decrypt(password)
        sigs = r.embedded_signatures
        assert len(sigs) == 1
        vc = ValidationContext(trust_roots=[sigs[0].signer_cert], allow_fetching=False)
        status = validate_pdf_signature(sigs[0], signer_validation_context=vc)
        return bool(status.intact), bool(status.bottom_line), str(status.coverage)


def flip_byte_inside_signed_range(path: Path) -> Path:
    """A copy of `path` with one byte of page content changed (inside the signed range)."""
    data = bytearray(path.read_bytes())
    m = re.search(rb"/Contents <([0-9a-fA-F]+)>", bytes(data))
    assert m is not None
    sig_start = m.start(1)
    pos = sig_start // 3  # well inside the first signed range, not the signature hex
    data[pos] = data[pos] ^ 0x01
    out = path.with_name(path.stem + "-changed.pdf")
    out.write_bytes(bytes(data))
    return out
