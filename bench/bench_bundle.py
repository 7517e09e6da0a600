"""Partner bundle: export and import of a case holding one large file (default 1 GB), each in
its own child process so its peak RSS (VmHWM) measures that step alone. Budget (issue 6): both under
300 MB peak RSS. For scale, `age -r` encrypting the same bytes is timed too.

    .venv/bin/python bench/bench_bundle.py [--size-mb 1024] [--dir DIR]

Prints one JSON document; bench/ never asserts timings. Figures go to docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import PASSPHRASE, SETTINGS, new_vault, peak_rss_mib  # noqa: E402
from vault import keys  # noqa: E402
from vault.store import Vault  # noqa: E402


def _child(step: str, vault_dir: str, *args: str) -> None:
    """Run in a child process: one export or import; print seconds and peak RSS."""
    vault = Vault.open(Path(vault_dir), PASSPHRASE, settings=SETTINGS)
    start = time.perf_counter()
    if step == "export":
        from vault.bundle import export_bundle

        case_id, contact_id, out = args
        result = export_bundle(vault, case_id, [contact_id], Path(out))
        extra = {"items": len(result.items), "bundle_bytes": result.size}
    else:
        from vault.bundle import import_bundle

        got = import_bundle(vault, Path(args[0]))
        extra = {"imported": got.imported}
    elapsed = time.perf_counter() - start
    vault.close()
    rss_mb = peak_rss_mib()
    print(json.dumps({"seconds": round(elapsed, 2), "rss_mb": round(rss_mb, 1), **extra}))


def _write_file(path: Path, size_mb: int) -> None:
    """Incompressible-looking bytes, generated in 1 MiB blocks (not all zeros)."""
    block = os.urandom(1 << 20)
    with open(path, "wb") as fh:
        for i in range(size_mb):
            fh.write(block[i % 251 :] + block[: i % 251])


def _run_child(*args: str) -> dict[str, float]:
    out = subprocess.run([sys.executable, __file__, "--child", *args], check=True, capture_output=True, text=True)
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size-mb", type=int, default=1024)
    ap.add_argument("--dir", type=Path, default=None)
    ap.add_argument("--child", nargs="+")
    a = ap.parse_args()
    if a.child:
        _child(*a.child)
        return
    from vault.cases import add_case
    from vault.intake import import_paths

    with tempfile.TemporaryDirectory(dir=a.dir) as tmp_name:
        tmp = Path(tmp_name)
        big = tmp / "video.mp4"
        _write_file(big, a.size_mb)
        sender, receiver = new_vault(tmp / "sender"), new_vault(tmp / "receiver")
        case_id = add_case(sender, "bench case")
        report = import_paths(sender, [big], case_id=case_id)
        assert report.imported, report.rejected
        try:  # partner sends a video only once cleared (fail closed); clear it so its bytes stream
            from vault.exports.clearance import clear_item

            clear_item(sender, report.imported[0].id, "partner", "bench: measure streaming")
        except ImportError:  # a version before clearances: videos went out as originals
            pass
        pub_r, pub_s = keys.public_identity(receiver), keys.public_identity(sender)
        contact = keys.add_contact(sender, "receiver", pub_r.recipient, pub_r.signing_key)
        keys.add_contact(receiver, "sender", pub_s.recipient, pub_s.signing_key)
        sender.close()
        receiver.close()
        bundle = tmp / "case.age"
        export = _run_child("export", str(tmp / "sender"), case_id, contact, str(bundle))
        imported = _run_child("import", str(tmp / "receiver"), str(bundle))
        start = time.perf_counter()
        subprocess.run(["age", "-r", pub_r.recipient, "-o", str(tmp / "plain.age"), str(big)], check=True)
        age_seconds = time.perf_counter() - start
        print(
            json.dumps(
                {
                    "size_mb": a.size_mb,
                    "export": export,
                    "import": imported,
                    "age_r_seconds": round(age_seconds, 2),
                    "budget_rss_mb": 300,
                },
                indent=1,
            )
        )


if __name__ == "__main__":
    main()
