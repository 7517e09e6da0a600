"""GUI settings of this machine, as JSON in config_dir()/settings.json.

Holds the idle timeout, the interface language, the default export profile, privacy mode,
the last vault opened and a short list of recent vaults. Never a case name, a person or any
evidence content. The vault paths are a small leak (a folder may be named after a case), so only
folders the user opened or created here are listed, at most MAX_RECENT, each removable from the
welcome page, and "Remember recent vaults" off keeps none (docs/desktop-privacy.md).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from vault.config import config_dir
from vault.vocab import PROFILES

log = logging.getLogger(__name__)

LANGUAGES = ("system", "en", "ru", "kk")
EXPORT_PROFILES = PROFILES
MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 240
MAX_RECENT = 5


@dataclass(frozen=True)
class GuiSettings:
    idle_minutes: int = 5
    language: str = "system"
    export_profile: str = "partner"
    last_vault: str = ""
    recent_vaults: tuple[str, ...] = ()
    remember_recent: bool = True
    privacy_mode: bool = False
    last_backup: str = ""  # the folder of the last backup (a path the user chose; no vault or case name)

    def clean(self) -> GuiSettings:
        recent = tuple(dict.fromkeys(p for p in self.recent_vaults if isinstance(p, str) and p))
        return replace(
            self,
            recent_vaults=recent[:MAX_RECENT] if self.remember_recent else (),
            last_vault=self.last_vault if self.remember_recent else "",
            idle_minutes=min(max(int(self.idle_minutes), MIN_IDLE_MINUTES), MAX_IDLE_MINUTES),
            language=self.language if self.language in LANGUAGES else "system",
            export_profile=self.export_profile if self.export_profile in EXPORT_PROFILES else "partner",
        )


def opened(settings: GuiSettings, path: str) -> GuiSettings:
    """After `path` was opened: it becomes the last vault and heads the recent list."""
    if not settings.remember_recent:
        return settings.clean()
    return replace(settings, last_vault=path, recent_vaults=(path, *settings.recent_vaults)).clean()


def forget(settings: GuiSettings, path: str) -> GuiSettings:
    """Remove `path` from the recent list (and as the last vault)."""
    recent = tuple(p for p in settings.recent_vaults if p != path)
    return replace(
        settings, recent_vaults=recent, last_vault="" if settings.last_vault == path else settings.last_vault
    )


def settings_path() -> Path:
    return config_dir() / "settings.json"


def load(path: Path | None = None) -> GuiSettings:
    path = path or settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return GuiSettings()
    except (OSError, ValueError) as exc:
        log.warning("ignoring unreadable settings file: %s", type(exc).__name__)
        return GuiSettings()
    if not isinstance(raw, dict):
        return GuiSettings()
    defaults = asdict(GuiSettings())
    values: dict[str, object] = {}
    for key, value in raw.items():
        if key not in defaults:
            continue
        wanted = type(defaults[key])
        if wanted is tuple and isinstance(value, list) and all(isinstance(v, str) for v in value):
            values[key] = tuple(value)
        elif isinstance(value, wanted) and (wanted is bool or not isinstance(value, bool)):
            values[key] = value
    try:
        return GuiSettings(**values).clean()  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return GuiSettings()


def save(settings: GuiSettings, path: Path | None = None) -> None:
    """Atomic write: a temporary file in the same folder, then rename."""
    path = path or settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(asdict(settings.clean()), indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, path)
