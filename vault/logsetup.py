"""Logging for the command line and the desktop app: one clear line per problem on stderr.

Our own loggers log ids, never content. Libraries stay at WARNING (Pillow logs every EXIF value
at DEBUG). Python warnings that parsing libraries raise about a damaged file (a hostile TIFF makes
Pillow warn hundreds of times, with site-packages paths) are not for the user: the import already
reports the file with a warning of its own. They are dropped, or with --debug logged as their
category and origin only, since a library's message may quote the file's content.
"""

from __future__ import annotations

import logging
import os
import sys
import warnings
from typing import TextIO


def _quiet_showwarning(
    message: Warning | str,
    category: type[Warning],
    filename: str,
    lineno: int,
    file: TextIO | None = None,
    line: str | None = None,
) -> None:
    logging.getLogger("vault.libwarnings").debug(
        "library warning %s from %s:%d", category.__name__, os.path.basename(filename), lineno
    )


def _own_stderr() -> TextIO:
    """A stream on a duplicate of descriptor 2: our log lines still reach the terminal while
    vault.nativeio points descriptor 2 at the null device around a native decoder."""
    try:
        return open(os.dup(2), "w", encoding="utf-8", errors="backslashreplace", buffering=1)  # noqa: SIM115
    except OSError:
        return sys.stderr


def configure_logging(debug: bool = False, stream: TextIO | None = None) -> None:
    logging.basicConfig(
        level=logging.WARNING, stream=stream or _own_stderr(), format="%(levelname)s %(name)s: %(message)s"
    )
    if debug:
        logging.getLogger("vault").setLevel(logging.DEBUG)
    warnings.showwarning = _quiet_showwarning
