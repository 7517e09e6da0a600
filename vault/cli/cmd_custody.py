"""log and verify: the chain of custody."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from ..errors import UsageError
from .context import Context


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("log", parents=[common], help="custody events (of one item, or all)")
    p.add_argument("item", nargs="?")
    p.add_argument(
        "--full",
        action="store_true",
        help="complete events (prev_hash, signature, key_id too), for re-verification outside the vault",
    )
    p.set_defaults(handler=cmd_log)

    p = sub.add_parser(
        "verify", parents=[common], help="full check: blobs, hashes, custody chain, signatures, database"
    )
    p.add_argument(
        "--head",
        metavar="SEQ:HASH",
        help="a chain head recorded earlier (e.g. from an export); verify that history still contains it",
    )
    p.set_defaults(handler=cmd_verify)


def cmd_log(ctx: Context) -> int:
    with ctx.open_vault() as v:
        events = v.custody.events(ctx.args.item)
    if getattr(ctx.args, "full", False):
        full = [e.to_json() for e in events]
        ctx.emit(full, lambda rs: "\n".join(json.dumps(r, ensure_ascii=False) for r in rs))
        return 0
    rows = [
        {
            "seq": e.seq,
            "time": e.time,
            "actor": e.actor,
            "action": e.action,
            "subject": e.subject,
            "hash": e.hash,
            "device": e.device,
            "details": e.details,
        }
        for e in events
    ]
    line = "{seq:>6}  {time}  {action:<10} {subject}  {actor}"
    ctx.emit(rows, lambda rs: "\n".join(line.format(**r) for r in rs))
    return 0


def _parse_head(text: str | None) -> tuple[int, str] | None:
    if not text:
        return None
    seq, sep, digest = text.partition(":")
    if not sep or not seq.isdigit() or len(digest) != 64:
        raise UsageError("--head takes SEQ:HASH (the hash as 64 hex digits)")
    return int(seq), digest.lower()


def cmd_verify(ctx: Context) -> int:
    from ..verify import verify_vault

    expected = _parse_head(ctx.args.head)
    tty = sys.stderr.isatty()

    def progress(done: int, total: int, stage: str) -> None:
        if tty:
            sys.stderr.write(f"\r{stage}: {done}/{total}      ")
            sys.stderr.flush()

    with ctx.open_vault(sweep=False) as v:
        report = verify_vault(v, expected_head=expected, on_progress=progress)
    if tty:
        sys.stderr.write("\n")
    doc: dict[str, Any] = report.to_json()

    def human(d: dict[str, Any]) -> str:
        lines = [f"{p['kind']}: {p['subject']}: {p['detail']}" for p in d["problems"]]
        lines += [f"note: {n['kind']}: {n['subject']}: {n['detail']}" for n in d.get("notes", [])]
        if d.get("head"):
            lines.append(f"head: {d['head']['seq']}:{d['head']['hash']}")
        interrupted = [n for n in d.get("notes", []) if n["kind"] in ("blob-orphan", "blob-partial")]
        if interrupted:
            lines.append(
                f"An earlier write was interrupted (power cut or crash) and left {len(interrupted)} unfinished "
                "file(s); nothing committed was lost, and they are removed the next time the vault is opened."
            )
        lines.append("OK: vault verified" if d["ok"] else f"FAILED: {len(d['problems'])} problem(s)")
        return "\n".join(lines)

    ctx.emit(doc, human)
    return 0 if report.ok else 1
