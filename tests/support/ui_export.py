"""Shared helpers for tests/ui/test_ui_export_*.py, test_ui_bundle_*.py and test_ui_misc_*.py:
the demo vault unlocked in a real AppController (offscreen), and a worker blocker."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from ui.app import AppController, load_fonts
from ui.main_window import MainWindow
from ui.settings import GuiSettings
from ui.worker import Job, VaultWorker
from vault import cases
from vault.config import vault_settings
from vault.demo import create_demo_vault
from vault.models import Case
from vault.store import Vault

DEMO_PASSPHRASE = "demo passphrase"
TIMEOUT = 20_000


@dataclass
class Session:
    controller: AppController
    main: MainWindow
    path: Path
    cases: list[Case]

    def case(self, title_start: str) -> Case:
        return next(c for c in self.cases if c.title.startswith(title_start))


def open_core(path: Path) -> Vault:
    return Vault.open(path, DEMO_PASSPHRASE, settings=vault_settings())


def unlock(qtbot, controller: AppController, passphrase: str = DEMO_PASSPHRASE) -> MainWindow:
    page = controller.start_window.unlock_page
    page.passphrase.setText(passphrase)
    with qtbot.waitSignal(controller.unlocked, timeout=TIMEOUT):
        qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    main = controller.main_window
    assert main is not None
    qtbot.waitUntil(lambda: len(main.cases) == 3, timeout=TIMEOUT)
    return main


@pytest.fixture
def session(qtbot, ui_env: Path) -> Iterator[Session]:
    """The demo vault (3 cases, a protected witness, photos with GPS), unlocked in the GUI with
    settings: export profile 'partner', language 'ru'."""
    load_fonts()
    path = ui_env / "demo-vault"
    create_demo_vault(path, DEMO_PASSPHRASE, settings=vault_settings())
    with open_core(path) as v:
        all_cases = cases.list_cases(v)
    settings = GuiSettings(export_profile="partner", language="ru")
    controller = AppController(path, settings, save_settings=False)
    qtbot.addWidget(controller.start_window)
    controller.show()
    main = unlock(qtbot, controller)
    yield Session(controller, main, path, all_cases)
    if controller.main_window is not None:
        window = controller.main_window
        controller.shutdown()
        window.close_for_lock()
    else:
        controller.shutdown()


class Blocker:
    """Holds the (single-threaded) worker busy until released, so a test can queue a job and
    cancel it before it starts: deterministic, no sleeps."""

    def __init__(self, worker: VaultWorker) -> None:
        self.started = threading.Event()
        self._release = threading.Event()
        self.job: Job = worker.submit(self._run, needs_vault=False)

    def _run(self, _job: Job) -> None:
        self.started.set()
        self._release.wait(30)

    def release(self) -> None:
        self._release.set()
