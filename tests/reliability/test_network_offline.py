"""No network (issue 8 point 4). Socket creation, connection, binding and name lookup are audited
with `sys.addaudithook`; any AF_INET/AF_INET6 socket or any name resolution fails the test
(AF_UNIX is allowed: Qt may use it for D-Bus).

- CLI: the full session of tests/faults/session.py (init … dossier, bundle to a partner vault,
  passphrase change) runs in a child process whose first act is to install the hook.
- GUI: the desktop app, offscreen under pytest-qt, unlocks a vault, lists and shows items,
  and locks, while a hook (installed once, active only during that test) watches.
"""

from __future__ import annotations

import socket
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.faults import session as netguard
from tests.support.leak_session import run_session

pytestmark = pytest.mark.slow  # a harness: minutes of CPU; ./run test still runs it

_ACTIVE = False
_SEEN: list[str] = []


def _gui_hook(event: str, args: tuple[Any, ...]) -> None:
    if not _ACTIVE:
        return
    before = len(netguard.violations)
    netguard.audit(event, args)
    _SEEN.extend(netguard.violations[before:])


@pytest.fixture
def audited() -> Iterator[list[str]]:
    global _ACTIVE
    if not getattr(sys, "_ev_network_hook", False):
        sys.addaudithook(_gui_hook)  # cannot be removed; inert outside this fixture
        sys._ev_network_hook = True  # type: ignore[attr-defined]
    _SEEN.clear()
    _ACTIVE = True
    try:
        yield _SEEN
    finally:
        _ACTIVE = False


def test_the_audit_hook_sees_an_inet_socket_and_a_lookup(audited: list[str]) -> None:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM):
        pass
    with pytest.raises(OSError):
        socket.getaddrinfo("host.invalid", 80)
    with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM):
        pass
    assert [v.split()[0] for v in audited] == ["socket.__new__", "socket.getaddrinfo"]


def test_a_full_cli_session_opens_no_network_socket(tmp_path: Path) -> None:
    result, _markers, _dirs = run_session(tmp_path)
    assert result["error"] == ""
    assert len(result["commands"]) >= 25
    assert result["violations"] == []


def test_the_desktop_app_opens_no_network_socket(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, audited: list[str]
) -> None:
    from PySide6.QtCore import Qt

    from tests.faults.driver import SETTINGS
    from ui.app import AppController
    from ui.settings import GuiSettings
    from vault.intake import import_paths
    from vault.store import Vault

    monkeypatch.setenv("EVIDENCE_VAULT_KDF_TARGET", "0")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("Показания\n", encoding="utf-8")
    vault_dir = tmp_path / "vault"
    vault, _ = Vault.create(vault_dir, "gui passphrase", settings=SETTINGS)
    with vault:
        import_paths(vault, [src])
    controller = AppController(vault_dir, GuiSettings(), save_settings=False)
    controller.show()
    start = controller.start_window
    start.unlock_page.passphrase.setText("gui passphrase")
    with qtbot.waitSignal(controller.unlocked, timeout=30_000):
        qtbot.mouseClick(start.unlock_page.unlock_button, Qt.MouseButton.LeftButton)
    main = controller.main_window
    assert main is not None
    qtbot.waitUntil(lambda: main.items_model.rowCount() == 1, timeout=30_000)
    with qtbot.waitSignal(controller.locked, timeout=30_000):
        controller.lock()
    controller.shutdown()
    assert audited == []
