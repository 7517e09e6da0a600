"""Where the small-files import spends its time: each phase of the import run alone, on one
thread, over the same 5,000 generated notes as bench_small_files (ADR 026).

  prepare      open, read, sniff, hash, seal the original into its blob file, read the text
  index rows   fold and stem each note's text for the search index (pure Python text work)
  commit       one durable sync of a batch's blobs, then one transaction per 200 files: item,
               blob and link rows, the signed custody event, the search index row
  commit, no index   the same transaction with the search index row left out (an experiment:
               the shipped import always writes it)

Each phase prints its wall time and this process's user and system CPU. The sum is the work one
thread does; the import runs the first two on helper threads beside the third, but two cores and
the GIL leave little room (see docs/benchmarks.md).

Run: .venv/bin/python bench/bench_small_phases.py [--files 5000]
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager, nullcontext
from pathlib import Path
from typing import Any
from unittest import mock

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.bench_small_files import make_texts  # noqa: E402
from bench.common import new_vault  # noqa: E402
from vault.intake import record  # noqa: E402
from vault.intake.importer import BATCH_FILES, _links  # noqa: E402
from vault.intake.ingest import Prepared, add_index_row, commit_prepared, prepare  # noqa: E402
from vault.intake.walk import Candidate, collect  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


@contextmanager
def phase(name: str) -> Iterator[None]:
    start, before = time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF)
    yield
    wall, after = time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF)
    user, system = after.ru_utime - before.ru_utime, after.ru_stime - before.ru_stime
    print(f"  {name:<18} {wall:6.2f} s   user {user:5.2f} s   system {system:5.2f} s")


def _skip(*_args: Any) -> None:
    return None


def run(folder: Path, vault_dir: Path, *, index: bool) -> None:
    vault = new_vault(vault_dir)
    try:
        plan = [c for c in collect([folder], exclude=vault.path) if isinstance(c, Candidate)]
        links = _links(vault, None, (), ())
        with phase("prepare"):
            done = [prepare(vault.blobs, c, None, None) for c in plan]
        files = [p for p in done if isinstance(p, Prepared)]
        with phase("index rows"):
            for prepared in files:
                add_index_row(prepared, links)
        patch: AbstractContextManager[Any] = nullcontext()
        if not index:
            patch = mock.patch.object(record, "insert_row", _skip)
        with patch, phase("commit" if index else "commit, no index"):
            for start in range(0, len(files), BATCH_FILES):
                commit_prepared(vault, files[start : start + BATCH_FILES], links)
    finally:
        vault.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--files", type=int, default=5000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=ROOT) as tmp:
        work = Path(tmp)
        folder = work / "texts"
        total = make_texts(folder, args.files)
        print(f"{args.files} text files of 1-8 KB, {total / 1e6:.1f} MB, one thread")
        for n, index in enumerate((True, False)):
            print("with the search index:" if index else "without the search index row (experiment):")
            run(folder, work / f"vault-{n}", index=index)


if __name__ == "__main__":
    main()
