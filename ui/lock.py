"""Auto-lock after idle time, and a clipboard that forgets sensitive text after 30 seconds."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication

CLIPBOARD_CLEAR_MS = 30_000

_ACTIVITY = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.Drop,
    }
)


class IdleLock(QObject):
    """An application-wide event filter: any user input restarts the idle timer; when it
    fires, `idle` is emitted (the controller then locks the vault)."""

    idle = Signal()

    def __init__(self, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self.activity = 0  # inputs seen since start (for diagnostics and tests)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: int) -> None:
        self.set_interval_ms(max(1, minutes) * 60_000)

    def set_interval_ms(self, ms: int) -> None:
        self._timer.setInterval(ms)
        if self._timer.isActive():
            self._timer.start()

    def interval_ms(self) -> int:
        return int(self._timer.interval())

    def start(self) -> None:
        app = QGuiApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._timer.start()

    def stop(self) -> None:
        app = QGuiApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._timer.stop()

    def is_running(self) -> bool:
        return bool(self._timer.isActive())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in _ACTIVITY and self._timer.isActive():
            self.activity += 1
            self._timer.start()
        return False


class ClipboardGuard(QObject):
    """Copies text and clears it again after a delay, unless the user copied something else."""

    def __init__(self, delay_ms: int = CLIPBOARD_CLEAR_MS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._text = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.clear_now)

    def copy(self, text: str) -> None:
        QGuiApplication.clipboard().setText(text)
        self._text = text
        self._timer.start()

    def clear_now(self) -> None:
        self._timer.stop()
        clip = QGuiApplication.clipboard()
        if self._text and clip.text() == self._text:
            clip.clear()
        self._text = ""

    def pending(self) -> bool:
        return bool(self._timer.isActive())
