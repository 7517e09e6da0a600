"""The pinned Qt binding must not corrupt Python's reference counts.

PySide6 6.12.0 dropped one reference to None on every void Qt call (and to True/False on
Signal.emit); on CPython 3.11 a long session then aborts in none_dealloc. We pin 6.11.3
(docs/adr/008-pyside6-pin.md); this test stops a future bump from bringing the defect back.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, QTimer, Signal


class _Emitter(QObject):
    fired = Signal(bool)


def test_void_qt_calls_keep_none_true_false_references(qapp: object) -> None:
    timer = QTimer()
    emitter = _Emitter()
    received: list[bool] = []
    emitter.fired.connect(received.append)
    before = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    for n in range(2000):
        timer.setInterval(5 + n % 3)
        emitter.fired.emit(n % 2 == 0)
    received.clear()
    after = (sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False))
    # Unrelated allocation noise is a handful of references; the defect loses 2,000.
    assert all(b - a < 100 for b, a in zip(before, after, strict=True)), (before, after)
