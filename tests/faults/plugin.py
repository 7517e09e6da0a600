"""pytest plugin: `--long` runs the reliability harnesses in their long (nightly) form.

Load with `pytest_plugins = ["tests.faults.plugin"]` in tests/conftest.py, or `-p tests.faults.plugin`
on the command line. The option only sets EV_LONG=1, which the harnesses read, so the environment
variable alone works too.
"""

from __future__ import annotations

import os

import pytest

from . import LONG_ENV


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--long",
        action="store_true",
        default=False,
        help="run crash, hostile-file and fuzz harnesses in their long form (same as EV_LONG=1)",
    )


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("--long", default=False):
        os.environ[LONG_ENV] = "1"
