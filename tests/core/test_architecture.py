"""Rules of docs/architecture.md that code review alone would let slip: the core never loads Qt
nor the stdlib sqlite3, nothing opens a network connection, the core does not print, files stay small."""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CORE = ROOT / "vault"
UI = ROOT / "ui"
MAX_LINES = 400

QT_MODULES = ("PySide6", "PyQt5", "PyQt6", "PySide2", "shiboken6", "shiboken2")
# Anything that can open a socket or fetch a URL. The vault works with no network, ever.
NETWORK_MODULES = (
    "socket",
    "ssl",
    "socketserver",
    "asyncio.streams",
    "http.client",
    "http.server",
    "urllib.request",
    "ftplib",
    "smtplib",
    "poplib",
    "imaplib",
    "telnetlib",
    "xmlrpc",
    "requests",
    "httpx",
    "aiohttp",
    "urllib3",
    "websockets",
    "PySide6.QtNetwork",
    "PySide6.QtNetworkAuth",
    "PySide6.QtWebSockets",
    "PySide6.QtWebEngineCore",
    "PySide6.QtWebEngineWidgets",
    "PySide6.QtWebEngineQuick",
    "PySide6.QtWebView",
)


def python_files(*roots: Path) -> list[Path]:
    return sorted(p for root in roots if root.is_dir() for p in root.rglob("*.py") if "__pycache__" not in p.parts)


def imported_modules(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """(line, dotted name) of every import, including `from X import Y` as X.Y and calls
    like importlib.import_module("X") / __import__("X") with a literal name."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.lineno, node.module
            for alias in node.names:
                yield node.lineno, f"{node.module}.{alias.name}"
        elif isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name in ("import_module", "__import__") and isinstance(node.args[0].value, str):
                yield node.lineno, node.args[0].value


def matches(module: str, banned: tuple[str, ...]) -> bool:
    return any(module == b or module.startswith(b + ".") for b in banned)


def offenders(files: list[Path], banned: tuple[str, ...]) -> list[str]:
    found = []
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for line, module in imported_modules(tree):
            if matches(module, banned):
                found.append(f"{path.relative_to(ROOT)}:{line}: {module}")
    return found


def test_detectors_find_what_they_look_for() -> None:
    tree = ast.parse(
        "import socket\nfrom PySide6 import QtNetwork\nimport importlib\nimportlib.import_module('sqlite3')\n"
        "from http import client\nprint('x')\n"
    )
    names = [m for _, m in imported_modules(tree)]
    assert matches("socket", NETWORK_MODULES)
    assert any(matches(m, NETWORK_MODULES) for m in names if m.startswith("PySide6"))
    assert "sqlite3" in names and "http.client" in names
    assert not matches("socketlike", NETWORK_MODULES) and not matches("urllib.parse", NETWORK_MODULES)
    assert len(print_calls(tree)) == 1


def test_core_package_is_there() -> None:
    files = python_files(CORE)
    assert CORE / "store.py" in files and len(files) > 10


def test_importing_every_core_module_loads_no_qt() -> None:
    """Import each module of vault/ in a fresh interpreter, then look at sys.modules."""
    script = """
import importlib, json, pkgutil, sys
import vault
failed = {}
for info in pkgutil.walk_packages(vault.__path__, "vault."):
    try:
        importlib.import_module(info.name)
    except Exception as exc:
        failed[info.name] = f"{type(exc).__name__}: {exc}"
imported = sorted(m for m in sys.modules if m == "vault" or m.startswith("vault."))
qt = sorted(m for m in sys.modules if m.split(".")[0] in sys.argv[1:])
print(json.dumps({"imported": imported, "failed": failed, "qt": qt, "sqlite3": "sqlite3" in sys.modules}))
"""
    out = subprocess.run(
        [sys.executable, "-c", script, *QT_MODULES], cwd=ROOT, capture_output=True, text=True, timeout=120, check=True
    )
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["failed"] == {}, "core modules that do not import"
    expected = {".".join(p.relative_to(ROOT).with_suffix("").parts) for p in python_files(CORE)}
    expected = {m.removesuffix(".__init__") for m in expected}
    missing = sorted(expected - set(report["imported"]))
    assert missing == [], "modules pkgutil cannot reach (a folder without __init__.py?)"
    assert report["qt"] == [], "vault/ must never load Qt"
    assert report["sqlite3"] is False, "vault/ must never load the stdlib sqlite3"


def test_core_never_imports_qt_even_lazily() -> None:
    assert offenders(python_files(CORE), QT_MODULES) == []


def test_core_never_imports_stdlib_sqlite3() -> None:
    assert offenders(python_files(CORE), ("sqlite3", "_sqlite3")) == []


def test_ui_never_opens_the_database_itself() -> None:
    assert offenders(python_files(UI), ("sqlite3", "_sqlite3", "sqlcipher3")) == []


def test_no_network_apis_in_core_or_ui() -> None:
    assert offenders(python_files(CORE, UI), NETWORK_MODULES) == []


def print_calls(tree: ast.AST) -> list[int]:
    return [
        node.lineno
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == "print"
    ]


def test_core_does_not_print_outside_the_cli() -> None:
    found = []
    for path in python_files(CORE):
        if (CORE / "cli") in path.parents:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [f"{path.relative_to(ROOT)}:{line}" for line in print_calls(tree)]
    assert found == [], "use logging (ids only), not print, in vault/"


@pytest.mark.parametrize("root", [CORE, UI], ids=["vault", "ui"])
def test_files_stay_small(root: Path) -> None:
    too_long = {
        str(p.relative_to(ROOT)): n
        for p in python_files(root)
        if (n := len(p.read_text(encoding="utf-8").splitlines())) >= MAX_LINES
    }
    assert too_long == {}, f"files of {MAX_LINES} lines or more: split them"


# ----- the seam between the faces: ui/ and vault/cli/ know only the core ----------------------

CLI = CORE / "cli"
GUI_ENTRY = (CLI / "main.py", "_gui")  # the one place the CLI may load the desktop app, lazily


def imports_by_function(tree: ast.AST) -> Iterator[tuple[int, str, str]]:
    """(line, module, name of the enclosing top-level function or '') of every import."""
    for node in getattr(tree, "body", []):
        scope = node.name if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) else ""
        for line, module in imported_modules(node):
            yield line, module, scope


def cli_offenders(files: list[Path]) -> list[str]:
    found = []
    for path in files:
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for line, module, scope in imports_by_function(tree):
            if matches(module, ("ui",)) and (path, scope) != GUI_ENTRY:
                found.append(f"{path.name}:{line}: {module}")
    return found


def test_seam_detectors_find_what_they_look_for(tmp_path: Path) -> None:
    bad = tmp_path / "cmd_x.py"
    bad.write_text("import ui.app\ndef _gui():\n    from ui import app\n", encoding="utf-8")
    assert {hit.split(":")[1] for hit in cli_offenders([bad])} == {"1", "3"}  # not the gui entry: both count
    assert offenders([bad], ("vault.cli",)) == []
    assert matches("vault.cli.config", ("vault.cli",)) and not matches("vault.client", ("vault.cli",))
    assert cli_offenders([GUI_ENTRY[0]]) == []


def test_ui_never_imports_the_cli_package() -> None:
    assert offenders(python_files(UI), ("vault.cli",)) == [], "move what ui/ needs into the core (vault/)"


def test_cli_imports_ui_only_in_the_gui_entry_point() -> None:
    assert cli_offenders(python_files(CLI)) == [], "the CLI may load ui/ only lazily, in main._gui"
    main = ast.parse(GUI_ENTRY[0].read_text(encoding="utf-8"))
    assert any(m == "ui.app" for _, m, scope in imports_by_function(main) if scope == "_gui")
