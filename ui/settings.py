"""GUI settings of this machine, as JSON in config_dir()/settings.json.

Holds the idle timeout, the interface language, the default export profile and the path of
the last vault opened. Never a case name, a person or any evidence content.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from vault.cli.config import config_dir

log = logging.getLogger(__name__)

LANGUAGES = ("system", "en", "ru", "kk")
EXPORT_PROFILES = ("internal", "partner", "public")
MIN_IDLE_MINUTES = 1
MAX_IDLE_MINUTES = 240


@dataclass(frozen=True)
class GuiSettings:
    idle_minutes: int = 5
    language: str = "system"
    export_profile: str = "partner"
    last_vault: str = ""
    last_backup: str = ""  # the folder of the last backup (a path the user chose; no vault or case name)

    def clean(self) -> GuiSettings:
        return replace(
            self,
            idle_minutes=min(max(int(self.idle_minutes), MIN_IDLE_MINUTES), MAX_IDLE_MINUTES),
            language=self.language if self.language in LANGUAGES else "system",
            export_profile=self.export_profile if self.export_profile in EXPORT_PROFILES else "partner",
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
    known = {f.name: f.type for f in fields(GuiSettings)}
    values: dict[str, object] = {}
    for key, value in raw.items():
        wanted = int if key == "idle_minutes" else str
        if key in known and isinstance(value, wanted) and not isinstance(value, bool):
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
