"""backup and wipe: keeping a copy of the vault, and destroying it."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import UsageError
from .context import Context


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("backup", parents=[common], help="make or update DIR as a complete copy of the vault")
    p.add_argument("--to", metavar="DIR", required=True, help="backup folder (empty, new, or an earlier backup)")
    p.set_defaults(handler=cmd_backup)

    p = sub.add_parser("wipe", parents=[common], help="destroy the vault: key slots first, then everything")
    p.add_argument("--yes", action="store_true", help="required: there is no undo")
    p.set_defaults(handler=cmd_wipe)


def cmd_backup(ctx: Context) -> int:
    from ..field.backup import backup

    tty = sys.stderr.isatty()

    def progress(done: int, total: int, stage: str) -> None:
        if tty:
            sys.stderr.write(f"\r{stage}: {done}/{total}      ")
            sys.stderr.flush()

    target = Path(ctx.args.to).expanduser()
    with ctx.open_vault() as vault:
        result = backup(vault, target, on_progress=progress)
    if tty:
        sys.stderr.write("\n")
    ctx.emit(
        result.to_json(),
        f"Backup at {result.path}: {result.items} items; {result.blobs_copied} new files "
        f"({result.bytes_copied} bytes) copied. It opens with the same passphrase.",
    )
    return 0


def cmd_wipe(ctx: Context) -> int:
    from ..field.wipe import wipe

    if not ctx.args.yes:
        raise UsageError("wipe destroys the vault for good; add --yes to confirm")
    wipe(ctx.vault_dir)
    ctx.emit({}, "The vault was destroyed: its keys first, then its files.")
    return 0
