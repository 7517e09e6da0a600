"""Pieces shared by the export dialogs (dossier, partner bundle): profile labels, the default
export language, a case chooser and a progress throttle for worker callbacks. What an export
removes is shown by the review step (ui/review), from the core's stable keys."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QStandardPaths
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from vault.models import Case
from vault.vocab import LANGUAGES

from ..settings import EXPORT_PROFILES, GuiSettings
from ..worker import Job

EXPORT_LANGUAGES = LANGUAGES
LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}


translate = QCoreApplication.translate  # lupdate finds translate("Context", "literal") calls only


def profile_label(profile: str) -> str:
    labels = {
        "internal": translate("Exports", "Internal: everything, for your own organisation"),
        "partner": translate("Exports", "Partner: protected people pseudonymised, originals only if cleared"),
        "public": translate("Exports", "Public: everyone not marked public pseudonymised, originals only if cleared"),
    }
    return labels.get(profile, profile)


def default_folder() -> Path:
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(docs) if docs and Path(docs).is_dir() else Path.home()


def default_language(settings: GuiSettings) -> str:
    """The export language defaults to the interface language (English if it has none of ours)."""
    lang = settings.language if settings.language != "system" else QLocale().name()[:2]
    return lang if lang in EXPORT_LANGUAGES else "en"


def profile_combo(default: str) -> QComboBox:
    combo = QComboBox()
    for p in EXPORT_PROFILES:
        combo.addItem(profile_label(p), p)
    combo.setCurrentIndex(max(0, combo.findData(default)))
    return combo


def language_combo(default: str) -> QComboBox:
    combo = QComboBox()
    for code in EXPORT_LANGUAGES:
        combo.addItem(LANGUAGE_NAMES[code], code)
    combo.setCurrentIndex(max(0, combo.findData(default)))
    return combo


def case_combo(cases: list[Case], current: str | None) -> QComboBox:
    combo = QComboBox()
    for c in cases:
        combo.addItem(c.title, c.id)
    if current:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def message_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setObjectName("message")
    label.setStyleSheet("QLabel#message { color: #7a4b00; }")
    return label


class Throttle:
    """Forward worker progress at most every 100 ms (and always the last of a stage), so a
    stream of callbacks never floods the UI thread's event queue."""

    def __init__(self, job: Job) -> None:
        self._job = job
        self._last = 0.0
        self._stage = ""

    def __call__(self, value: object, stage: str = "") -> None:
        now = time.monotonic()
        if stage != self._stage or now - self._last >= 0.1:
            self._stage, self._last = stage, now
            self._job.report(value)
