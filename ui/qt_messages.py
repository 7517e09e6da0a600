"""Qt's own messages go to our log by category only, never by text.

Qt Multimedia passes FFmpeg's messages on, and FFmpeg prints a recording's tags when it opens one
("artist : <a witness's name>"); Qt's other warnings can name files. A desktop session may keep
stderr in a file. As for Python warnings from parsing libraries (vault.logsetup), a library's
message may quote evidence, so its text is never written: its type and category are logged at
debug level, a fatal one as an error.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

log = logging.getLogger("ui.qt")

_KINDS = {
    QtMsgType.QtDebugMsg: "debug",
    QtMsgType.QtInfoMsg: "info",
    QtMsgType.QtWarningMsg: "warning",
    QtMsgType.QtCriticalMsg: "critical",
    QtMsgType.QtFatalMsg: "fatal",
}


def handle(kind: QtMsgType, context: QMessageLogContext, _message: str) -> None:
    category = context.category or "default"
    if kind == QtMsgType.QtFatalMsg:
        log.error("Qt fatal error (category %s)", category)
    else:
        log.debug("Qt %s message (category %s)", _KINDS.get(kind, "other"), category)


def install() -> None:
    """For the whole process, before the application object exists."""
    qInstallMessageHandler(handle)
