"""Lock on screen lock: the D-Bus screen-saver signal locks the vault; without a session bus
(offscreen tests, other platforms) the watcher silently does nothing; never a TCP bus."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection, QDBusMessage

from tests.support.ui_export import TIMEOUT, Session
from ui.screen_lock import ScreenLockWatcher, session_bus_address


def test_no_session_bus_means_no_subscription(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS", raising=False)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))  # no 'bus' socket in it
    assert session_bus_address() is None
    watcher = ScreenLockWatcher()
    assert watcher.subscribed == 0


def test_only_unix_socket_buses_are_used(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "tcp:host=10.0.0.1,port=5555")
    assert session_bus_address() is None
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/user/1000/bus;tcp:host=localhost,port=1")
    assert session_bus_address() is None
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/run/user/1000/bus")
    assert session_bus_address() == "unix:path=/run/user/1000/bus"


def test_the_slot_emits_only_when_the_screen_saver_becomes_active(qtbot) -> None:
    watcher = ScreenLockWatcher()
    seen: list[int] = []
    watcher.screen_locked.connect(lambda: seen.append(1))
    watcher.on_active_changed(False)
    assert seen == []
    with qtbot.waitSignal(watcher.screen_locked, timeout=1000):
        watcher.on_active_changed(True)


def test_screen_lock_locks_the_vault(qtbot, session: Session) -> None:
    controller = session.controller
    with qtbot.waitSignal(controller.locked, timeout=TIMEOUT):
        controller.screen_lock.on_active_changed(True)
    assert controller.main_window is None and controller.worker._vault is None
    start = controller.start_window
    assert start.stack.currentWidget() is start.unlock_page
    controller.screen_lock.on_active_changed(True)  # already locked: nothing happens
    assert controller.main_window is None


@pytest.fixture
def private_bus(tmp_path: Path) -> Iterator[str]:
    """A private dbus-daemon on a unix socket in tmp_path (skipped where dbus-daemon is absent)."""
    daemon = shutil.which("dbus-daemon")
    if daemon is None:
        pytest.skip("dbus-daemon is not installed")
    address = f"unix:path={tmp_path / 'bus'}"
    proc = subprocess.Popen(
        [daemon, "--session", "--nofork", "--nopidfile", f"--address={address}", "--print-address"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().startswith(b"unix:")
    try:
        yield address
    finally:
        proc.terminate()
        proc.wait(10)


SAVERS = [("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"), ("/ScreenSaver", "org.freedesktop.ScreenSaver")]


@pytest.mark.parametrize("path,interface", SAVERS)
def test_activechanged_on_a_real_bus(qtbot, private_bus: str, path: str, interface: str) -> None:
    listen = QDBusConnection.connectToBus(private_bus, f"ev-listen-{interface}")
    send = QDBusConnection.connectToBus(private_bus, f"ev-send-{interface}")
    try:
        assert listen.isConnected() and send.isConnected()
        watcher = ScreenLockWatcher(bus=listen)
        assert watcher.subscribed == 3
        seen: list[int] = []
        watcher.screen_locked.connect(lambda: seen.append(1))
        unlocked = QDBusMessage.createSignal(path, interface, "ActiveChanged")
        unlocked.setArguments([False])
        locked = QDBusMessage.createSignal(path, interface, "ActiveChanged")
        locked.setArguments([True])
        assert send.send(unlocked)
        with qtbot.waitSignal(watcher.screen_locked, timeout=TIMEOUT):
            assert send.send(locked)
        assert seen == [1]  # the 'False' before it did not lock
    finally:
        QDBusConnection.disconnectFromBus(f"ev-listen-{interface}")
        QDBusConnection.disconnectFromBus(f"ev-send-{interface}")
