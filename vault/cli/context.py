"""What every command handler gets: parsed arguments, output helpers, and a way to open the vault."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..config import default_vault_dir, vault_settings
from ..errors import UsageError
from ..store import Vault

PASSPHRASE_ENV = "EVIDENCE_VAULT_PASSPHRASE"


def read_secret_file(path: str) -> str:
    """First line of the file, without its line ending."""
    try:
        with open(path, encoding="utf-8") as fh:
            line = fh.readline()
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from exc
    except UnicodeDecodeError:
        raise UsageError(f"{path} is not UTF-8 text") from None
    secret = line.rstrip("\r\n")
    if not secret:
        raise UsageError(f"{path} holds an empty first line")
    return secret


@dataclass
class Context:
    args: argparse.Namespace

    @property
    def json(self) -> bool:
        return bool(getattr(self.args, "json", False))

    @property
    def vault_dir(self) -> Path:
        given = getattr(self.args, "vault", None)
        return Path(given).expanduser() if given else default_vault_dir()

    def passphrase(self, *, confirm: bool = False, prompt: str = "Passphrase: ") -> str:
        path = getattr(self.args, "passphrase_file", None)
        if path:
            return read_secret_file(path)
        env = os.environ.get(PASSPHRASE_ENV)
        if env:
            return env
        return self.prompt_secret(prompt, confirm=confirm)

    @staticmethod
    def prompt_secret(prompt: str, *, confirm: bool = False) -> str:
        if not sys.stdin.isatty():
            raise UsageError(
                f"no passphrase: use --passphrase-file FILE or set {PASSPHRASE_ENV} (no terminal to prompt on)"
            )
        first = getpass.getpass(prompt, stream=sys.stderr)
        if confirm and getpass.getpass("Repeat: ", stream=sys.stderr) != first:
            raise UsageError("the two entries differ")
        if not first:
            raise UsageError("the passphrase must not be empty")
        return first

    def open_vault(self, *, sweep: bool = True) -> Vault:
        return Vault.open(self.vault_dir, self.passphrase(), settings=vault_settings(), sweep=sweep)

    def emit(self, document: Any, human: Callable[[Any], str] | str | None = None) -> None:
        """The command's result: JSON on stdout with --json, else a human rendering."""
        if self.json:
            json.dump(document, sys.stdout, ensure_ascii=False, indent=2)
            sys.stdout.write("\n")
            return
        if human is None:
            text = json.dumps(document, ensure_ascii=False, indent=2)
        elif callable(human):
            text = human(document)
        else:
            text = human
        if text:
            print(text)

    @staticmethod
    def say(message: str) -> None:
        """Human messages and progress go to stderr, so stdout stays parseable."""
        print(message, file=sys.stderr)
