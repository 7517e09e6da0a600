"""Child process for bench_import: import PATH into a fresh vault, print seconds and peak RSS.

Run in its own process so its peak RSS measures the import alone, not the benchmark's generator.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import new_vault, peak_rss_mib  # noqa: E402
from vault.intake import import_paths  # noqa: E402


def main() -> None:
    vault_dir, *paths = sys.argv[1:]
    vault = new_vault(Path(vault_dir))
    start, cpu_start = time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF)
    report = import_paths(vault, [Path(p) for p in paths])
    elapsed, cpu_end = time.perf_counter() - start, resource.getrusage(resource.RUSAGE_SELF)
    vault.close()
    rss_mb = peak_rss_mib()
    print(
        json.dumps(
            {
                "seconds": elapsed,
                "cpu": (cpu_end.ru_utime - cpu_start.ru_utime) + (cpu_end.ru_stime - cpu_start.ru_stime),
                "rss_mb": rss_mb,
                "imported": len(report.imported),
                "rejected": len(report.rejected),
                "thumbnails": sum(1 for i in report.imported if i.kind == "photo"),
            }
        )
    )


if __name__ == "__main__":
    main()
