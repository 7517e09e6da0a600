"""Entry point of the frozen program: the `evidence-vault` command line (GUI by default)."""

from __future__ import annotations

import multiprocessing
import sys

if __name__ == "__main__":
    # First of all: in a frozen build a "spawn" child (the PDF text sandbox) is this program
    # started again; freeze_support runs the child's job and exits. A no-op otherwise.
    multiprocessing.freeze_support()
    from vault.cli.main import main

    sys.exit(main())
