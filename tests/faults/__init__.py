"""Helpers for the reliability harnesses (crash safety, hostile files, leaks, network, fuzzing).

See docs/reliability.md. `long_mode()` is the switch between the short runs of the normal suite
and the long, nightly-style runs: `EV_LONG=1` in the environment, or `--long` once
`tests.faults.plugin` is loaded as a pytest plugin.
"""

from __future__ import annotations

import os

LONG_ENV = "EV_LONG"


def long_mode() -> bool:
    return os.environ.get(LONG_ENV, "") not in ("", "0")
