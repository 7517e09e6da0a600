"""The repository explains itself: no tracked file may send the reader to a document that is not
in it (the design notes it grew from live outside; docs/architecture.md replaces them)."""

from __future__ import annotations

import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
# Spelled in pieces so that this file does not match itself.
FORBIDDEN = ("DESIGN" + ".md", "../" + "shared", "CLI" + ".md")


def tracked_files() -> list[Path]:
    try:
        out = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True, timeout=60).stdout
        names = [n for n in out.decode("utf-8", "surrogateescape").split("\0") if n]
    except (OSError, subprocess.SubprocessError):  # an unpacked source tree without git
        skip = {".git", ".venv", "__pycache__", "build", "dist"}
        return [p for p in ROOT.rglob("*") if p.is_file() and not skip & set(p.relative_to(ROOT).parts)]
    return [ROOT / n for n in names]


def test_no_tracked_file_cites_documents_outside_the_repository() -> None:
    found = []
    for path in tracked_files():
        if not path.is_file():
            continue  # deleted in the work tree, not yet committed
        data = path.read_bytes()
        if b"\0" in data[:8192]:
            continue  # binary (images, fonts, the golden vault)
        text = data.decode("utf-8", "replace")
        for n, line in enumerate(text.splitlines(), 1):
            if any(word in line for word in FORBIDDEN):
                found.append(f"{path.relative_to(ROOT)}:{n}: {line.strip()[:100]}")
    assert not found, "cite docs/architecture.md (or another doc in the repository) instead:\n" + "\n".join(found)


def test_the_documents_it_points_to_exist() -> None:
    for name in ("architecture.md", "format.md", "install.md"):
        assert (ROOT / "docs" / name).is_file(), name
