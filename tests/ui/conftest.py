"""Fixtures of the desktop-app tests: `ui_env` (a private HOME/config for the app) and `session`
(the demo vault unlocked in a main window), `review_case` (a case with a protected witness
named in declined forms, for the export review)."""

from tests.support.review_case import review_case
from tests.support.ui import ui_env
from tests.support.ui_export import session

__all__ = ["review_case", "session", "ui_env"]
