"""recovery split: the recovery secret as SLIP-39 word shares for colleagues."""

from __future__ import annotations

import argparse
from pathlib import Path

from .context import Context


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("recovery", parents=[common], help="shared recovery (SLIP-39 word shares)")
    rec = p.add_subparsers(dest="recovery_command", metavar="split", required=True)
    s = rec.add_parser("split", parents=[common], help="split a recovery secret into N shares, any K recover")
    s.add_argument("--shares", type=int, required=True, metavar="N")
    s.add_argument("--threshold", type=int, required=True, metavar="K")
    s.add_argument("--out-dir", required=True, metavar="DIR")
    s.set_defaults(handler=cmd_split)


def cmd_split(ctx: Context) -> int:
    from ..field.shares import split

    with ctx.open_vault() as vault:
        result = split(vault, ctx.args.shares, ctx.args.threshold, Path(ctx.args.out_dir).expanduser())
    ctx.emit(
        {"files": result.files},
        f"{result.shares} share files written; any {result.threshold} of them set a new passphrase "
        "('recover --share-file F...'). Give one to each colleague; delete the files once printed.\n"
        + "\n".join(result.files),
    )
    return 0
