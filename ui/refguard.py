"""Mitigation for a reference-counting defect seen with PySide6 6.12.0 on CPython 3.11:
every call of a void Qt method from Python (setText, start, processEvents, ...) drops one
reference to None, and Signal.emit drops one to True/False. On 3.11 these singletons are not
immortal, so a long session aborts with "none_dealloc: deallocating None".

`RefGuard` keeps a reservoir of extra references and tops it up from a timer, so the count
never reaches zero. Costs 8 bytes per leaked reference. Remove when PySide6 is fixed
(check with `python -m ui.refguard`)."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer

LOW_WATER = 200_000
TOP_UP = 400_000
_reservoir: list[object] = []


def top_up() -> int:
    """Add references to None/True/False whose count runs low. Returns how many were added."""
    added = 0
    for singleton in (None, True, False):
        if sys.getrefcount(singleton) < LOW_WATER:
            _reservoir.extend([singleton] * TOP_UP)
            added += TOP_UP
    return added


class RefGuard(QObject):
    def __init__(self, parent: QObject | None = None, interval_ms: int = 250) -> None:
        super().__init__(parent)
        top_up()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(top_up)
        self._timer.start()


def leaks_per_call() -> int:
    """How many None references one void Qt call drops (0 on a healthy PySide6)."""
    from PySide6.QtCore import QTimer as _T

    timer = _T()
    before = sys.getrefcount(None)
    for _ in range(100):
        timer.setInterval(5)
    return round((before - sys.getrefcount(None)) / 100)


if __name__ == "__main__":
    print(f"None references dropped per void Qt call: {leaks_per_call()}")
