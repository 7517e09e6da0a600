"""Fixtures of the desktop-app tests: `ui_env` (a private HOME/config for the app) and `session`
(the demo vault unlocked in a main window)."""

from tests.support.ui import ui_env
from tests.support.ui_export import session

__all__ = ["session", "ui_env"]
