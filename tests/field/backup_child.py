"""Child process for the backup crash tests: open the vault, back it up, exit 0.

Run as `python -m tests.field.backup_child VAULT TARGET` with the passphrase in
EVIDENCE_VAULT_PASSPHRASE. The parent kills it with SIGKILL at a random moment, or arms a named
crash point (EV_CRASHPOINT, vault/faults.py) so it dies at an exact place in the backup.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from tests.faults.driver import SETTINGS
from vault.field.backup import backup
from vault.store import Vault


def main(argv: list[str]) -> int:
    with Vault.open(Path(argv[1]), os.environ["EVIDENCE_VAULT_PASSPHRASE"], settings=SETTINGS) as vault:
        sys.stdout.write("ready\n")
        sys.stdout.flush()
        backup(vault, Path(argv[2]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
