"""Lock the vault when the session's screen locks, where the platform reports it.

On Linux desktops the screen saver announces itself on the D-Bus session bus with an
"ActiveChanged(bool)" signal (org.freedesktop.ScreenSaver: KDE, Xfce, Cinnamon...; and
org.gnome.ScreenSaver). D-Bus here is a unix socket; an address naming a TCP transport is
ignored, as is a missing session bus (headless, offscreen, other platforms): then this does
nothing at all.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

SCREEN_SAVERS = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)


def session_bus_address() -> str | None:
    """The session bus's address if there is one and it is a local (unix) socket."""
    address = os.environ.get("DBUS_SESSION_BUS_ADDRESS", "")
    if not address:
        runtime = os.environ.get("XDG_RUNTIME_DIR", "")
        if runtime and (Path(runtime) / "bus").exists():
            address = f"unix:path={Path(runtime) / 'bus'}"
    if not address:
        return None
    transports = [part.split(":", 1)[0] for part in address.split(";") if part]
    if not transports or any(t != "unix" for t in transports):
        return None  # never a network transport
    return address


class ScreenLockWatcher(QObject):
    """Emits `screen_locked` when a screen saver on the session bus reports it became active."""

    screen_locked = Signal()

    def __init__(self, parent: QObject | None = None, *, bus: object | None = None) -> None:
        super().__init__(parent)
        self.subscribed = 0  # how many screen-saver interfaces we listen to
        self._bus = None
        if bus is None:
            if not sys.platform.startswith("linux") or session_bus_address() is None:
                return
            bus = self._session_bus()
            if bus is None:
                return
        self._subscribe(bus)

    @staticmethod
    def _session_bus() -> object | None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a build without QtDBus
            return None
        bus = QDBusConnection.sessionBus()
        return bus if bus.isConnected() else None

    def _subscribe(self, bus: object) -> None:
        from PySide6.QtCore import SLOT

        self._bus = bus  # type: ignore[assignment]
        for path, interface in SCREEN_SAVERS:
            # Empty service: accept the signal from whichever process owns the screen saver name.
            if bus.connect("", path, interface, "ActiveChanged", self, SLOT("on_active_changed(bool)")):  # type: ignore[attr-defined]
                self.subscribed += 1
        log.debug("screen-lock watcher: %d interfaces", self.subscribed)

    @Slot(bool)
    def on_active_changed(self, active: bool) -> None:
        if active:
            self.screen_locked.emit()
