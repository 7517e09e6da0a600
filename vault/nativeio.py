"""Keep native libraries' chatter off the user's terminal.

libtiff (inside Pillow) writes its complaints about a damaged file straight to file descriptor 2
("TIFFFillStrip: Read error on strip 0 ...", hundreds of lines for a hostile TIFF), past Python's
`sys.stderr` and `warnings`. The import already reports such a file with a warning of its own, so
while an image is decoded, descriptor 2 points at the null device. Nested and concurrent users
share one redirection (the first to enter makes it, the last to leave undoes it); what another
thread writes to stderr in that window is lost, which costs at worst a log line, never data.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager

log = logging.getLogger(__name__)
_lock = threading.Lock()
_state: dict[str, int] = {"users": 0, "saved": -1}


def _redirect() -> None:
    try:
        sys.stderr.flush()
    except (AttributeError, OSError, ValueError):
        pass
    saved = os.dup(2)
    null = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(null, 2)
    finally:
        os.close(null)
    _state["saved"] = saved


def _restore() -> None:
    saved = _state["saved"]
    _state["saved"] = -1
    if saved >= 0:
        os.dup2(saved, 2)
        os.close(saved)


@contextmanager
def quiet_native_stderr() -> Iterator[None]:
    with _lock:
        if _state["users"] == 0:
            try:
                _redirect()
            except OSError:  # no descriptor 2 (a GUI without a console): nothing to protect
                log.debug("stderr could not be redirected")
        _state["users"] += 1
    try:
        yield
    finally:
        with _lock:
            _state["users"] -= 1
            if _state["users"] == 0:
                _restore()
