"""Child process of the hostile-files harness: import given paths, report outcomes and memory.

Run as `python -m tests.faults.intake_child SPEC.json`; writes SPEC's "out" JSON: for each path,
the import report (imported / duplicates / rejected, with kinds, warnings and titles), the
process's peak RSS before and after, and seconds taken (recorded, never asserted). A crash of
this process is what the parent looks for: it must exit 0 whatever the files hold.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path
from typing import Any

from vault import kdf
from vault.store import Vault, VaultSettings


def peak_rss_mib() -> float:
    """This process's own peak resident memory. Not ru_maxrss: Linux carries a parent's peak
    into a child across fork/exec, so a child of a large pytest process would report the
    parent's figure. VmHWM belongs to the process's own address space."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str]) -> int:
    from vault.intake import import_paths
    from vault.items import get_item

    spec = json.loads(Path(argv[1]).read_text(encoding="utf-8"))
    settings = VaultSettings(kdf_params=kdf.FLOOR, device_id="hostile-child")
    results: list[dict[str, Any]] = []
    with Vault.open(Path(spec["vault"]), spec["passphrase"], settings=settings) as vault:
        for raw in spec["paths"]:
            before = peak_rss_mib()
            start = time.monotonic()
            report = import_paths(vault, [Path(raw)])
            entry: dict[str, Any] = {
                "path": raw,
                "seconds": round(time.monotonic() - start, 3),
                "rss_before_mib": round(before, 1),
                "rss_peak_mib": round(peak_rss_mib(), 1),
                "rejected": [{"path": r.path, "error": r.error} for r in report.rejected],
                "duplicates": [d.path for d in report.duplicates],
                "imported": [],
            }
            for imp in report.imported:
                item = get_item(vault, imp.id)
                entry["imported"].append(
                    {
                        "id": imp.id,
                        "path": imp.path,
                        "kind": imp.kind,
                        "warning": imp.warning,
                        "title": item.title,
                        "original_name": item.original_name,
                        "has_javascript": bool(item.metadata.get("has_javascript")),
                        "thumbnail": vault.conn.execute(
                            "SELECT count(*) FROM blobs WHERE item_id = ? AND purpose = 'thumbnail'", (imp.id,)
                        ).fetchone()[0],
                    }
                )
            results.append(entry)
    Path(spec["out"]).write_text(json.dumps(results, ensure_ascii=False), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
