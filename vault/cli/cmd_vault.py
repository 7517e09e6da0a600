"""init, passwd, recover, demo, gui: the vault's lifecycle."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from ..config import vault_settings
from ..errors import UsageError
from ..store import Vault
from .context import Context, read_secret_file


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("init", parents=[common], help="create a vault (refuses a non-empty folder)")
    p.add_argument("--recovery-key-file", metavar="FILE", help="also write the recovery key to FILE")
    p.add_argument("--owner", default="", help="your name or role, recorded as the actor of custody events")
    p.set_defaults(handler=cmd_init)

    p = sub.add_parser("passwd", parents=[common], help="change the passphrase")
    p.add_argument("--new-passphrase-file", metavar="FILE")
    p.set_defaults(handler=cmd_passwd)

    p = sub.add_parser("recover", parents=[common], help="set a new passphrase using the recovery key or shares")
    p.add_argument("--recovery-key-file", metavar="FILE")
    p.add_argument("--share-file", metavar="F", nargs="+", action="extend", help="K recovery share files")
    p.add_argument("--new-passphrase-file", metavar="FILE")
    p.set_defaults(handler=cmd_recover)

    p = sub.add_parser("demo", parents=[common], help="create a demo vault with fictional cases")
    p.add_argument("dir", metavar="DIR")
    p.set_defaults(handler=cmd_demo)

    from .main import register_gui

    register_gui(sub, common)


def _write_private(path: Path, text: str) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text + "\n")


def cmd_init(ctx: Context) -> int:
    target = ctx.vault_dir
    key_file = Path(ctx.args.recovery_key_file) if ctx.args.recovery_key_file else None
    if key_file is not None and key_file.exists():
        raise UsageError(f"{key_file} already exists; refusing to overwrite a recovery key")
    passphrase = ctx.passphrase(confirm=True, prompt="New passphrase: ")
    vault, recovery = Vault.create(target, passphrase, owner=ctx.args.owner, settings=vault_settings())
    with vault:
        if key_file is not None:
            _write_private(key_file, recovery)
        ctx.emit(
            {"vault_id": vault.vault_id, "recovery_key": recovery},
            f"Created vault {vault.vault_id} at {target}\n\n"
            f"RECOVERY KEY (shown once; write it down and keep it apart from the laptop):\n\n    {recovery}\n",
        )
    return 0


def _new_passphrase(ctx: Context) -> str:
    path = ctx.args.new_passphrase_file
    if path:
        return read_secret_file(path)
    return ctx.prompt_secret("New passphrase: ", confirm=True)


def cmd_passwd(ctx: Context) -> int:
    with ctx.open_vault() as vault:
        vault.change_passphrase(_new_passphrase(ctx))
    ctx.emit({}, "Passphrase changed.")
    return 0


def cmd_recover(ctx: Context) -> int:
    if ctx.args.share_file:
        from ..field.shares import combine, read_share, recover

        files = [Path(f).expanduser() for f in ctx.args.share_file]
        combine([read_share(f) for f in files])  # fewer than K: refused before any prompt
        recover(ctx.vault_dir, files, _new_passphrase(ctx), vault_settings())
        ctx.emit({}, "New passphrase set with the recovery shares.")
        return 0
    if not ctx.args.recovery_key_file:
        raise UsageError("give --recovery-key-file FILE or --share-file F...")
    recovery = read_secret_file(ctx.args.recovery_key_file)
    with Vault.open_with_recovery_key(ctx.vault_dir, recovery, settings=vault_settings()) as vault:
        vault.change_passphrase(_new_passphrase(ctx), via="recover")
    ctx.emit({}, "New passphrase set with the recovery key.")
    return 0


def cmd_demo(ctx: Context) -> int:
    from ..demo import create_demo_vault

    target = Path(ctx.args.dir).expanduser()
    passphrase = ctx.passphrase(confirm=True, prompt="Passphrase for the demo vault: ")
    create_demo_vault(target, passphrase, vault_settings())
    ctx.emit({"vault": str(target)}, f"Demo vault created at {target}")
    return 0
