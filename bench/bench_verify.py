"""`verify` against the disk's read rate, on a vault of N items and S bytes of blobs (default
10,000 items, 5 GB). Builds the vault through BlobStore.store of generated data (not the full
intake: this measures verify, not import), then times:

  raw read   every blob file read with `cat` (what the disk can give)
  verify     verify_vault (authenticate + SHA-256 every blob, chain, records, DB checks)

cold (the blob files evicted from the page cache with posix_fadvise(DONTNEED), no root needed)
and warm (everything cached). Prints figures; asserts nothing about speed.

Run: .venv/bin/python bench/bench_verify.py [--items 10000] [--gb 5] [--dir DIR] [--keep]
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import new_vault  # noqa: E402
from vault.store import Vault  # noqa: E402
from vault.verify import verify_vault  # noqa: E402

KINDS = ("photo", "document", "audio", "video", "other")


def build(vault: Vault, items: int, total: int, seed: int = 7) -> int:
    """`items` file items whose originals add up to about `total` bytes (sizes vary 0.25x-1.75x,
    a few large "videos" included), each with a row and an 'import' event like intake makes."""
    rng = random.Random(seed)
    pool = os.urandom(64 * 1024 * 1024)
    mean = max(total // items, 1)
    sizes = [max(1, int(mean * rng.uniform(0.25, 1.75))) for _ in range(items)]
    for n in range(0, items, max(items // 200, 1)):  # 0.5 % are large, as videos are
        sizes[n] = mean * 20
    scale = total / sum(sizes)
    sizes = [max(1, int(s * scale)) for s in sizes]
    written = 0
    batch: list[tuple[str, str, int, str]] = []
    for n, size in enumerate(sizes):
        offset = rng.randrange(0, len(pool) - min(size, len(pool)) + 1)
        data = (str(n).encode() + pool[offset : offset + size])[:size]
        if len(data) < size:
            data = (data * (size // max(len(data), 1) + 1))[:size]
        stored = vault.blobs.store(io.BytesIO(data))
        batch.append((stored.blob_id, KINDS[n % len(KINDS)], stored.size, stored.sha256))
        written += stored.size
        if len(batch) == 500 or n == len(sizes) - 1:
            _commit(vault, batch)
            batch = []
            print(f"\r  built {n + 1}/{items} items, {written / 1e9:.2f} GB", end="", file=sys.stderr)
    print(file=sys.stderr)
    return written


def _commit(vault: Vault, batch: list[tuple[str, str, int, str]]) -> None:
    now = vault.env.now_iso()
    with vault.transaction() as conn:
        for blob_id, kind, size, sha in batch:
            item_id = vault.env.new_id()
            conn.execute(
                "INSERT INTO items (id, kind, title, created, sha256, size, original_name) VALUES (?,?,?,?,?,?,?)",
                (item_id, kind, f"item {item_id}", now, sha, size, f"{item_id}.bin"),
            )
            conn.execute(
                "INSERT INTO blobs VALUES (?, ?, 'original', ?, ?, ?, NULL)", (blob_id, item_id, size, sha, now)
            )
            vault.record("import", item_id, {"name": f"{item_id}.bin", "size": size, "sha256": sha, "mtime": now})


def blob_files(root: Path) -> list[Path]:
    return sorted(p for p in root.glob("*/*") if p.is_file())


def evict(files: list[Path]) -> None:
    for path in files:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
        finally:
            os.close(fd)


def raw_read(root: Path) -> float:
    start = time.perf_counter()
    subprocess.run(f"find {root} -type f -print0 | xargs -0 cat > /dev/null", shell=True, check=True)
    return time.perf_counter() - start


def timed_verify(vault: Vault) -> tuple[float, bool, int]:
    start = time.perf_counter()
    report = verify_vault(vault)
    elapsed = time.perf_counter() - start
    return elapsed, report.ok, report.bytes_checked


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--items", type=int, default=10_000)
    ap.add_argument("--gb", type=float, default=5.0, help="total blob bytes, in GB (1e9)")
    ap.add_argument("--dir", type=Path, help="where to build the vault (default: a temporary folder)")
    ap.add_argument("--keep", action="store_true", help="keep the vault afterwards")
    args = ap.parse_args()
    base = Path(tempfile.mkdtemp(prefix="bench-verify-", dir=args.dir))
    path = base / "vault"
    try:
        vault = new_vault(path)
        start = time.perf_counter()
        written = build(vault, args.items, int(args.gb * 1e9))
        built = time.perf_counter() - start
        files = blob_files(vault.blobs.root)
        on_disk = sum(p.stat().st_size for p in files)
        events = vault.custody.head().seq  # type: ignore[union-attr]
        print(
            f"vault: {args.items} items, {len(files)} blob files, {written / 1e9:.2f} GB plaintext, "
            f"{on_disk / 1e9:.2f} GB on disk, {events} events (built in {built:.0f} s)"
        )
        rows = []
        evict(files)
        rows.append(("raw read (cat), cold", raw_read(vault.blobs.root), on_disk))
        evict(files)
        t, ok, checked = timed_verify(vault)
        assert ok, "the generated vault should verify"
        rows.append(("verify_vault, cold", t, checked))
        rows.append(("raw read (cat), warm", raw_read(vault.blobs.root), on_disk))
        t, ok, checked = timed_verify(vault)
        rows.append(("verify_vault, warm", t, checked))
        for label, seconds, nbytes in rows:
            print(f"{label:<24} {seconds:7.2f} s  {nbytes / seconds / 1e6:8.0f} MB/s")
        digest = hashlib.sha256(repr(rows).encode()).hexdigest()[:8]
        print(f"(run {digest}; cold = blob files evicted with posix_fadvise DONTNEED before the run)")
        vault.close()
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)


if __name__ == "__main__":
    main()
