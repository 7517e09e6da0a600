"""escrow, travel start/end, duress set: travel mode (docs/travel-mode.md)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..config import vault_settings
from .context import Context, read_secret_file


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("escrow", parents=[common], help="the vault's header, age-encrypted to a partner")
    p.add_argument("--to", metavar="CONTACT", required=True, help="contact id (see 'contact list')")
    p.add_argument("--out", metavar="FILE", required=True)
    p.set_defaults(handler=cmd_escrow)

    p = sub.add_parser("travel", parents=[common], help="travel mode: the header destroyed, held by a partner")
    travel = p.add_subparsers(dest="travel_command", metavar="start|end", required=True)
    s = travel.add_parser("start", parents=[common], help="destroy the local header (an escrow must exist)")
    s.set_defaults(handler=cmd_travel_start)
    e = travel.add_parser("end", parents=[common], help="put back the header the partner returned")
    e.add_argument("--header-file", metavar="FILE", required=True, help="the header, decrypted with 'age -d'")
    e.set_defaults(handler=cmd_travel_end)

    p = sub.add_parser("duress", parents=[common], help="a duress passphrase that silently starts travel mode")
    duress = p.add_subparsers(dest="duress_command", metavar="set", required=True)
    d = duress.add_parser("set", parents=[common], help="set (or replace) the duress passphrase")
    d.add_argument("--new-passphrase-file", metavar="FILE", help="the duress passphrase (first line)")
    d.set_defaults(handler=cmd_duress_set)


def cmd_escrow(ctx: Context) -> int:
    from ..field.travel import escrow

    with ctx.open_vault() as vault:
        result = escrow(vault, ctx.args.to, Path(ctx.args.out).expanduser())
    ctx.emit(
        {"path": result.path, "header_sha256": result.header_sha256},
        f"Header escrowed to {result.contact} in {result.path}\nSHA-256 of the header: {result.header_sha256}\n"
        "Send the file to the partner; they keep it until you ask for it back (docs/travel-mode.md).",
    )
    return 0


def cmd_travel_start(ctx: Context) -> int:
    from ..field.travel import travel_start

    vault = ctx.open_vault()
    try:
        sha = travel_start(vault)
    finally:
        vault.close()
    ctx.emit(
        {"header_sha256": sha},
        f"Travel mode: the local header is destroyed. Nobody can open this vault until the partner returns\n"
        f"the header with SHA-256 {sha}.",
    )
    return 0


def cmd_travel_end(ctx: Context) -> int:
    from ..field.travel import travel_end

    vault = travel_end(ctx.vault_dir, Path(ctx.args.header_file).expanduser(), ctx.passphrase(), vault_settings())
    vault.close()
    ctx.emit({}, "Travel mode ended: the header is back and the vault opens again.")
    return 0


def cmd_duress_set(ctx: Context) -> int:
    from ..field.travel import set_duress

    passphrase = ctx.passphrase()
    path = ctx.args.new_passphrase_file
    duress = read_secret_file(path) if path else ctx.prompt_secret("Duress passphrase: ", confirm=True)
    with ctx.open_vault() as vault:
        set_duress(vault, passphrase, duress)
    ctx.emit({}, "Duress passphrase set. Entered at unlock, it starts travel mode and says 'wrong passphrase'.")
    return 0
