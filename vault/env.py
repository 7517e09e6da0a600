"""Time and randomness, injectable so tests are deterministic."""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True)
class Environment:
    """What the core takes from the outside world besides files: the clock and the RNG.

    `random_bytes` must be a CSPRNG in production; tests may pass a seeded one for ids only.
    """

    clock: Callable[[], datetime] = utc_now
    random_bytes: Callable[[int], bytes] = field(default=os.urandom)

    def now_iso(self) -> str:
        """UTC timestamp with microseconds, 'Z' suffix: the only format stored."""
        t = self.clock().astimezone(UTC)
        return t.strftime("%Y-%m-%dT%H:%M:%S.%fZ")

    def new_id(self, nbytes: int = 10) -> str:
        """A random id (hex). Never derived from content."""
        return self.random_bytes(nbytes).hex()


DEFAULT_ENV = Environment()
