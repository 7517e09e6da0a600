"""Entry point of the frozen program: the `evidence-vault` command line (GUI by default)."""

from __future__ import annotations

import sys

from vault.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
