"""The test suite is a standard one: plain `pytest` collects it, tests are grouped by area, and
no test module imports another (shared helpers live in tests/support/, fixtures in conftest.py)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TESTS = ROOT / "tests"


def _test_modules() -> list[Path]:
    return sorted(TESTS.rglob("test_*.py"))


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.append(node.module)
            names += [f"{node.module}.{a.name}" for a in node.names]
    return names


def test_no_test_module_imports_another_or_a_conftest() -> None:
    offenders = {
        str(p.relative_to(ROOT)): bad
        for p in _test_modules()
        if (bad := [n for n in _imports(p) if n.split(".")[-1].startswith(("test_", "conftest"))])
    }
    assert offenders == {}


def test_tests_live_in_area_folders_with_package_markers() -> None:
    assert not list(TESTS.glob("test_*.py")), "put new tests in an area folder (tests/core, tests/ui, ...)"
    for folder in {p.parent for p in _test_modules()}:
        assert (folder / "__init__.py").is_file(), f"{folder.relative_to(ROOT)} needs an __init__.py"


def test_plain_pytest_finds_the_project_and_the_helpers() -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'pythonpath = ["."]' in text and '"slow:' in text
    assert '"$VENV/bin/pytest"' in (ROOT / "run").read_text(encoding="utf-8")


def test_the_test_command_checks_formatting_too() -> None:
    run = (ROOT / "run").read_text(encoding="utf-8")
    assert 'ruff" format --check' in run and 'ruff" check' in run
