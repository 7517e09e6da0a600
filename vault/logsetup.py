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
    message: Warning | str, category: type[Warning], filename: str, lineno: int,
    file: TextIO | None = None, line: str | None = None,
) -> None:  # fmt: skip
    logging.getLogger("vault.libwarnings").debug(
        "library warning %s from %s:%d", category.__name__, os.path.basename(filename), lineno
    )


def configure_logging(debug: bool = False, stream: TextIO | None = None) -> None:
    logging.basicConfig(
        level=logging.WARNING, stream=stream or sys.stderr, format="%(levelname)s %(name)s: %(message)s"
    )
    if debug:
        logging.getLogger("vault").setLevel(logging.DEBUG)
    warnings.showwarning = _quiet_showwarning
