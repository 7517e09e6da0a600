"""Qt's messages (FFmpeg's through Qt Multimedia among them) reach neither stderr nor the log
with their text: FFmpeg prints a recording's tags, which can be a witness's name."""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import qInstallMessageHandler, qWarning

from ui import qt_messages

NAME = "Сейтказиева Гульнара"


def test_a_qt_message_is_logged_by_category_without_its_text(
    caplog: pytest.LogCaptureFixture, capfd: pytest.CaptureFixture[str]
) -> None:
    previous = qInstallMessageHandler(qt_messages.handle)
    try:
        with caplog.at_level(logging.DEBUG, logger="ui.qt"):
            qWarning(f"Input #0, mp3: artist : {NAME}")
    finally:
        qInstallMessageHandler(previous)
    out, err = capfd.readouterr()
    assert NAME not in out and NAME not in err
    assert [r.getMessage() for r in caplog.records if r.name == "ui.qt"] == ["Qt warning message (category default)"]
    assert all(NAME not in r.getMessage() for r in caplog.records)
