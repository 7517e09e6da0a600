"""Interface language: which one to use, and loading its catalogs.

English is the source language. Russian and Kazakh come from resources/translations/
evidence_vault_<lang>.qm (built from the .ts sources by scripts/update_translations.py) plus
Qt's own qtbase_<lang>.qm for standard buttons and dialogs. The language is chosen once, at
start (a change in Settings applies at the next start); "system" means the system locale's
language when it is Russian or Kazakh, otherwise English. Dates and numbers follow the same
language through QLocale.setDefault; stored values stay UTC ISO.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from vault.resources import resources_dir
from vault.vocab import LANGUAGES

log = logging.getLogger(__name__)

SUPPORTED = LANGUAGES
CATALOG = "evidence_vault"
_installed: list[QTranslator] = []


def translations_dir() -> Path:
    return resources_dir() / "translations"


def resolve_language(setting: str, system: QLocale | None = None) -> str:
    """'system' → the system locale's language if supported, else 'en'; 'ru'/'kk'/'en' as is."""
    if setting in SUPPORTED:
        return setting
    name = (system or QLocale.system()).name()  # e.g. "ru_RU", "kk_KZ", "C"
    code = name.split("_", 1)[0].lower()
    return code if code in SUPPORTED else "en"


def display_locale(language: str, system: QLocale | None = None) -> QLocale:
    """The locale for dates and numbers: the system's own when it speaks the chosen language
    (keeps e.g. en_GB date order), else the language's default country."""
    system = system or QLocale.system()
    if system.name().split("_", 1)[0].lower() == language:
        return system
    return QLocale({"ru": "ru_RU", "kk": "kk_KZ"}.get(language, "en_US"))


def installed_translators() -> list[QTranslator]:
    return list(_installed)


def install_translators(app: QCoreApplication, setting: str) -> str:
    """Install the catalogs of the chosen language (removing ones installed before) and make
    its locale the default. Returns the language code actually used."""
    language = resolve_language(setting)
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(display_locale(language))
    if language == "en":
        return language
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"{CATALOG}_{language}", str(translations_dir())), (f"qtbase_{language}", qt_dir)):
        translator = QTranslator(app)
        if translator.load(name, folder):
            app.installTranslator(translator)
            _installed.append(translator)
        else:
            log.warning("no catalog %s for language %s", name, language)
    return language
