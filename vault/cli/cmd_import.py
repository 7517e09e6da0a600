"""import: files and folders, with progress on stderr."""

from __future__ import annotations

import argparse
import sys
import time
from dataclasses import asdict
from pathlib import Path
from typing import Any

from ..errors import UsageError
from .cmd_records import parse_person_role
from .context import Context


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("import", parents=[common], help="import files and folders (each original hashed and sealed)")
    p.add_argument("paths", nargs="*", metavar="PATH")
    p.add_argument("--case")
    p.add_argument("--tag", action="append", default=[])
    p.add_argument("--person", action="append", type=parse_person_role, default=[], metavar="ID:ROLE")
    p.add_argument(
        "--messenger-export",
        metavar="DIR",
        help="a Telegram Desktop export (HTML: messages.html, or JSON: result.json; with its media) "
        "or a WhatsApp chat export (.txt + media)",
    )
    p.add_argument("--map-sender", action="append", type=_sender_map, default=[], metavar="NAME=PERSON_ID")
    p.add_argument("--keep-chat", action="store_true", help="keep the chat itself as a testimony-like record")
    p.set_defaults(handler=cmd_import)


def _sender_map(text: str) -> tuple[str, str]:
    name, eq, person = text.rpartition("=")
    if not eq or not name.strip() or not person.strip():
        raise argparse.ArgumentTypeError("expected NAME=PERSON_ID")
    return name.strip(), person.strip()


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
    from ..provenance.messenger import import_messenger_export

    a = ctx.args
    if bool(a.paths) == bool(a.messenger_export):
        raise UsageError("give files and folders to import, or --messenger-export DIR (not both)")
    if a.map_sender and not a.messenger_export:
        raise UsageError("--map-sender goes with --messenger-export")
    progress = _Progress()
    extra: dict[str, Any] = {}
    with ctx.open_vault() as v:
        if a.messenger_export:
            done = import_messenger_export(
                v,
                Path(a.messenger_export),
                case_id=a.case,
                sender_people=dict(a.map_sender),
                keep_chat=a.keep_chat,
                tags=tuple(a.tag),
                on_progress=progress,
            )
            report, extra = done.report, {"chat_item": done.chat_item, "missing": done.missing}
        else:
            report = import_paths(
                v, [Path(p) for p in a.paths], case_id=a.case, tags=a.tag, people=a.person, on_progress=progress
            )
    progress.done()
    doc = {
        **extra,
        "imported": [{k: val for k, val in asdict(i).items() if k != "warning" or val} for i in report.imported],
        "duplicates": [_duplicate(d) for d in report.duplicates],
        "rejected": [asdict(r) for r in report.rejected],
    }

    def human(d: dict[str, Any]) -> str:
        lines = [
            f"imported  {i['id']}  {i['kind']:<9} {i['path']}" + (f"  ({i['warning']})" if i.get("warning") else "")
            for i in d["imported"]
        ]
        lines += [f"duplicate {x['id']}  {x['path']}" + _what_done(x) for x in d["duplicates"]]
        lines += [f"REJECTED  {x['path']}: {x['error']}" for x in d["rejected"]]
        lines += [f"no file   {m}" for m in d.get("missing", [])]
        lines += [f"chat kept as {d['chat_item']}"] if d.get("chat_item") else []
        lines.append(f"{len(d['imported'])} imported, {len(d['duplicates'])} duplicates, {len(d['rejected'])} rejected")
        return "\n".join(lines)

    ctx.emit(doc, human)
    return 1 if report.rejected else 0


def _duplicate(d: Any) -> dict[str, Any]:
    """`{"path","id"}`, plus what the import still did to that item (only what it did)."""
    doc: dict[str, Any] = {"path": d.path, "id": d.id}
    if d.linked_case:
        doc["linked_case"] = d.linked_case
    if d.tags_added:
        doc["tags_added"] = list(d.tags_added)
    if d.people_linked:
        doc["people_linked"] = d.people_linked
    return doc


def _what_done(x: dict[str, Any]) -> str:
    done = []
    if x.get("linked_case"):
        done.append(f"linked to case {x['linked_case']}")
    if x.get("tags_added"):
        done.append("tagged " + ", ".join(x["tags_added"]))
    if x.get("people_linked"):
        done.append(f"{x['people_linked']} person link(s)")
    return f"  ({'; '.join(done)})" if done else ""
