"""import: files and folders, with progress on stderr."""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from .cmd_records import parse_person_role
from .context import Context


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("import", parents=[common], help="import files and folders (each original hashed and sealed)")
    p.add_argument("paths", nargs="+", metavar="PATH")
    p.add_argument("--case")
    p.add_argument("--tag", action="append", default=[])
    p.add_argument("--person", action="append", type=parse_person_role, default=[], metavar="ID:ROLE")
    p.set_defaults(handler=cmd_import)


class _Progress:
    """At most a few updates a second on stderr, and only on a terminal."""

    def __init__(self) -> None:
        self._last = 0.0
        self._tty = sys.stderr.isatty()

    def __call__(self, p: Any) -> None:
        if not self._tty:
            return
        now = time.monotonic()
        if now - self._last < 0.2 and p.files_done < p.files_total:
            return
        self._last = now
        mb = p.bytes_done / 1e6
        sys.stderr.write(f"\r{p.files_done}/{p.files_total} files, {mb:,.1f} MB   ")
        sys.stderr.flush()

    def done(self) -> None:
        if self._tty:
            sys.stderr.write("\n")


def cmd_import(ctx: Context) -> int:
    from ..intake import import_paths

    a = ctx.args
    progress = _Progress()
    with ctx.open_vault() as v:
        report = import_paths(
            v, [Path(p) for p in a.paths], case_id=a.case, tags=a.tag, people=a.person, on_progress=progress
        )
    progress.done()
    doc = {
        "imported": [{k: val for k, val in asdict(i).items() if k != "warning" or val} for i in report.imported],
        "duplicates": [asdict(d) for d in report.duplicates],
        "rejected": [asdict(r) for r in report.rejected],
    }

    def human(d: dict[str, Any]) -> str:
        lines = [
            f"imported  {i['id']}  {i['kind']:<9} {i['path']}" + (f"  ({i['warning']})" if i.get("warning") else "")
            for i in d["imported"]
        ]
        lines += [f"duplicate {x['id']}  {x['path']}" for x in d["duplicates"]]
        lines += [f"REJECTED  {x['path']}: {x['error']}" for x in d["rejected"]]
        lines.append(f"{len(d['imported'])} imported, {len(d['duplicates'])} duplicates, {len(d['rejected'])} rejected")
        return "\n".join(lines)

    ctx.emit(doc, human)
    return 1 if report.rejected else 0
