"""Memory of a dossier that carries a large original (internal profile, PDF/A-3 associated
file): the attachment is streamed from the sealed blob into the PDF, so peak RSS must not grow
with its size. Prints figures; asserts nothing.

    .venv/bin/python -m bench.bench_dossier_attach [--size-mb 300] [--sign]

The vault and its one large item (incompressible bytes) are made in a child process, so the
build's own peak resident memory (VmHWM) is what is reported.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from vault import cases
from vault.dossier import build_dossier
from vault.store import Vault

from .common import PASSPHRASE, SETTINGS, new_vault, peak_rss_mib


class _Random:
    """A file-like source of `size` pseudo-random bytes, made 1 MiB at a time."""

    def __init__(self, size: int) -> None:
        self.left = size

    def read(self, n: int = -1) -> bytes:
        n = self.left if n < 0 else min(n, self.left)
        self.left -= n
        return os.urandom(n)


def fill(path: Path, size: int) -> None:
    vault = new_vault(path)
    with vault:
        case_id = cases.add_case(vault, "Большой файл (бенчмарк)", "Вымышленное дело.")
        blob = vault.blobs.store(_Random(size))  # type: ignore[arg-type]
        item_id = vault.env.new_id()
        now = vault.env.now_iso()
        with vault.transaction() as conn:
            conn.execute(
                "INSERT INTO items (id, kind, title, created, sha256, size, mime, original_name) "
                "VALUES (?, 'video', 'Видео', ?, ?, ?, 'video/mp4', 'video.mp4')",
                (item_id, now, blob.sha256, blob.size),
            )
            conn.execute(
                "INSERT INTO blobs VALUES (?,?,'original',?,?,?,NULL)",
                (blob.blob_id, item_id, blob.size, blob.sha256, now),
            )
            conn.execute("INSERT INTO item_cases VALUES (?, ?)", (item_id, case_id))
            vault.record("import", item_id, {"sha256": blob.sha256, "size": blob.size}, also=(case_id,))
        vault.set_meta("bench_case", case_id)


def build(path: Path, sign: bool) -> None:
    vault = Vault.open(path, PASSPHRASE, settings=SETTINGS)
    with vault:
        case_id = vault.meta("bench_case")
        out = path.parent / "dossier.pdf"
        before = peak_rss_mib()
        start = time.perf_counter()
        result = build_dossier(vault, case_id, out, profile="internal", language="ru", sign=sign)
        elapsed = time.perf_counter() - start
    print(
        f"dossier (internal{', signed' if sign else ''}): {elapsed:.1f} s, {out.stat().st_size / 1e6:.0f} MB, "
        f"attachments {result.attachments}"
    )
    print(f"peak RSS {peak_rss_mib():.0f} MiB (after opening the vault {before:.0f} MiB)")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size-mb", type=int, default=300)
    ap.add_argument("--sign", action="store_true")
    ap.add_argument("--phase", choices=("all", "fill", "build"), default="all")
    ap.add_argument("--dir", type=Path)
    args = ap.parse_args()
    if args.phase == "fill":
        fill(args.dir / "vault", args.size_mb << 20)
        return
    if args.phase == "build":
        build(args.dir / "vault", args.sign)
        return
    with tempfile.TemporaryDirectory(prefix="ev-bench-attach-") as tmp:
        me = [sys.executable, "-m", "bench.bench_dossier_attach", "--dir", tmp, "--size-mb", str(args.size_mb)]
        subprocess.run([*me, "--phase", "fill"], check=True)
        subprocess.run([*me, "--phase", "build"] + (["--sign"] if args.sign else []), check=True)


if __name__ == "__main__":
    main()
