"""Where shipped resources (fonts, translations, icons) live, in a checkout and in a bundle."""

from __future__ import annotations

import sys
from pathlib import Path

from .errors import VaultError


def resources_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)  # PyInstaller one-folder builds
    if frozen:
        return Path(frozen) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def font_path(name: str) -> Path:
    path = resources_dir() / "fonts" / name
    if not path.is_file():
        raise VaultError(f"font {name} is missing from the installation ({path})")
    return path
