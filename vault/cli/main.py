"""Entry point: parse, dispatch, and map every error to one clear line and an exit code.

Exit codes (docs/cli.md): 0 success; 1 ran but found problems; 2 usage error, wrong passphrase,
missing or damaged vault.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from .. import __version__
from ..errors import Cancelled, IntegrityError, VaultError
from ..logsetup import configure_logging
from .context import Context

log = logging.getLogger(__name__)

# Each module has register(subparsers, common) and sets `handler` on its subparsers.
COMMAND_MODULES = (
    "vault.cli.cmd_vault",
    "vault.cli.cmd_records",
    "vault.cli.cmd_import",
    "vault.cli.cmd_link",
    "vault.cli.cmd_chronology",
    "vault.cli.cmd_custody",
    "vault.cli.cmd_bundle",
    "vault.cli.cmd_dossier",
    "vault.cli.cmd_clear",
    "vault.cli.cmd_backup",
    "vault.cli.cmd_travel",
    "vault.cli.cmd_shares",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"evidence-vault: error: {message}\n")


def common_options() -> argparse.ArgumentParser:
    """Options accepted both before and after the command name."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--vault", metavar="DIR", default=argparse.SUPPRESS, help="vault folder")
    common.add_argument(
        "--passphrase-file",
        metavar="FILE",
        default=argparse.SUPPRESS,
        help="read the passphrase from the first line of FILE",
    )
    common.add_argument(
        "--json", action="store_true", default=argparse.SUPPRESS, help="print one JSON document on stdout"
    )
    common.add_argument(
        "--debug", action="store_true", default=argparse.SUPPRESS, help="show tracebacks and debug logging"
    )
    return common


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = _Parser(
        prog="evidence-vault",
        description="Encrypted, offline evidence vault for human-rights documentation.",
        parents=[common],
    )
    parser.add_argument("--version", action=_VersionAction, nargs=0, help="show the version and its crypto components")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub, common)
    return parser


class _VersionAction(argparse.Action):
    """Prints the version line unwrapped (argparse's own action wraps it to the terminal), and
    only computes it when asked."""

    def __call__(self, parser: argparse.ArgumentParser, *_: object) -> None:
        print(version_text())
        parser.exit(0)


def version_text() -> str:
    from ..versions import component_versions

    parts = ", ".join(f"{k} {v}" for k, v in component_versions().items())
    return f"evidence-vault {__version__} ({parts})"


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    debug = bool(getattr(args, "debug", False))
    configure_logging(debug)  # --debug: our own loggers only (ids, never content)
    if args.command is None:
        args.command = "gui"
        args.handler = _gui
    ctx = Context(args)
    try:
        code = int(args.handler(ctx) or 0)
    except KeyboardInterrupt:
        print("evidence-vault: interrupted", file=sys.stderr)
        return 130
    except Cancelled:
        print("evidence-vault: cancelled", file=sys.stderr)
        return 130
    except IntegrityError as exc:
        if debug:
            raise
        print(f"evidence-vault: {exc}", file=sys.stderr)
        return 1
    except VaultError as exc:
        if debug:
            raise
        print(f"evidence-vault: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        if debug:
            raise
        where = f" ({exc.filename})" if exc.filename else ""
        print(f"evidence-vault: {exc.strerror or exc}{where}", file=sys.stderr)
        return 2
    sys.stdout.flush()
    return code


def _gui(ctx: Context) -> int:
    # Imported lazily: the core and the CLI never load Qt unless the desktop app is asked for.
    app = importlib.import_module("ui.app")
    return int(app.run(vault_dir=ctx.vault_dir))


def register_gui(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("gui", parents=[common], help="open the desktop app (the default)")
    p.set_defaults(handler=_gui)


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # spawn children of a frozen build (the PDF sandbox)
    sys.exit(main())
