"""`backup` against `cp -r` and `rsync -a` of the same vault folder (default 10,000 items, 1 GB).

Builds the vault the way bench_verify does (BlobStore.store of generated data, one row and one
custody event per item), then times, each into its own fresh folder on the same disk:

  cp -r            the folder copied (no fsync: what `cp` promises)
  cp -r + sync     the same, then `sync` so the data is on the disk, as backup's is
  rsync -a         first run, then a second run with nothing new
  backup, full     vault/field/backup.py into an empty folder (SQLCipher backup API, fsync per file)
  backup, nothing new   the same folder again
  backup, 100 new  after 100 more items

Prints figures; asserts nothing about speed.

Run: .venv/bin/python bench/bench_backup.py [--items 10000] [--gb 1] [--dir DIR] [--keep]
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_verify import build  # noqa: E402
from bench.common import new_vault  # noqa: E402
from vault.field.backup import BackupResult, backup  # noqa: E402
from vault.store import Vault  # noqa: E402


def folder_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def clock(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    result = fn()
    return time.perf_counter() - start, result


def run(cmd: list[str]) -> None:
    subprocess.run(cmd, check=True)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--items", type=int, default=10_000)
    ap.add_argument("--gb", type=float, default=1.0, help="total blob bytes, in GB (1e9)")
    ap.add_argument("--dir", type=Path, help="where to build the vault (default: a temporary folder)")
    ap.add_argument("--keep", action="store_true", help="keep the folders afterwards")
    args = ap.parse_args()
    if shutil.which("rsync") is None:
        sys.exit("rsync is not installed (./run installs it)")
    base = Path(tempfile.mkdtemp(prefix="bench-backup-", dir=args.dir))
    src = base / "vault"
    try:
        vault = new_vault(src)
        built, written = clock(lambda: build(vault, args.items, int(args.gb * 1e9)))
        vault.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = folder_bytes(src)
        print(
            f"vault: {args.items} items, {written / 1e9:.2f} GB plaintext, {size / 1e9:.2f} GB on disk "  # type: ignore[operator]
            f"(built in {built:.0f} s)"
        )
        run(["sync"])
        rows: list[tuple[str, float, int]] = []
        t, _ = clock(lambda: run(["cp", "-r", str(src), str(base / "cp")]))
        rows.append(("cp -r", t, size))
        shutil.rmtree(base / "cp")
        run(["sync"])
        t, _ = clock(lambda: (run(["cp", "-r", str(src), str(base / "cp2")]), run(["sync"])))
        rows.append(("cp -r + sync", t, size))
        shutil.rmtree(base / "cp2")
        run(["sync"])
        t, _ = clock(lambda: run(["rsync", "-a", f"{src}/", f"{base / 'rsync'}/"]))
        rows.append(("rsync -a, first", t, size))
        t, _ = clock(lambda: run(["rsync", "-a", f"{src}/", f"{base / 'rsync'}/"]))
        rows.append(("rsync -a, nothing new", t, 0))
        shutil.rmtree(base / "rsync")
        run(["sync"])
        target = base / "backup"
        t, full = clock(lambda: backup(vault, target))
        assert isinstance(full, BackupResult)
        rows.append((f"backup, full ({full.blobs_copied} files)", t, full.bytes_copied))
        t, again = clock(lambda: backup(vault, target))
        assert isinstance(again, BackupResult) and again.blobs_copied == 0
        rows.append(("backup, nothing new", t, 0))
        build(vault, 100, max(int(args.gb * 1e9) // max(args.items, 1) * 100, 100), seed=11)
        t, more = clock(lambda: backup(vault, target))
        assert isinstance(more, BackupResult)
        rows.append((f"backup, {more.blobs_copied} new files", t, more.bytes_copied))
        vault.close()
        with Vault.open(target, "bench passphrase", settings=vault.settings) as copy:
            n = copy.conn.execute("SELECT count(*) FROM items").fetchone()[0]
        print(f"the backup opens: {n} items")
        for label, seconds, nbytes in rows:
            rate = f"{nbytes / seconds / 1e6:8.0f} MB/s" if nbytes else ""
            print(f"{label:<32} {seconds:8.2f} s  {rate}")
    finally:
        if not args.keep:
            shutil.rmtree(base, ignore_errors=True)
        else:
            print(f"kept in {base}")


if __name__ == "__main__":
    main()
