"""Pieces shared by the export dialogs (dossier, partner bundle): profile and removal labels,
the default export language, a case chooser and a progress throttle for worker callbacks."""

from __future__ import annotations

import time

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox, QLabel, QListWidget, QWidget

from vault.models import Case
from vault.redaction import CATEGORY_TEXT

from ..settings import EXPORT_PROFILES, GuiSettings
from ..worker import Job

EXPORT_LANGUAGES = ("en", "ru", "kk")
LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}
_CATEGORY_BY_TEXT = {text: key for key, text in CATEGORY_TEXT.items()}


translate = QCoreApplication.translate  # lupdate finds translate("Context", "literal") calls only


def profile_label(profile: str) -> str:
    labels = {
        "internal": translate("Exports", "Internal: everything, for your own organisation"),
        "partner": translate("Exports", "Partner: protected people pseudonymised, GPS and serials removed"),
        "public": translate("Exports", "Public: protected people, victims and witnesses pseudonymised"),
    }
    return labels.get(profile, profile)


def category_label(key: str) -> str:
    labels = {
        "protected-pseudonymised": translate("Exports", "Protected people shown by pseudonym"),
        "victims-witnesses-pseudonymised": translate("Exports", "Victims and witnesses shown by pseudonym"),
        "name-mentions-replaced": translate("Exports", "Name mentions replaced by pseudonyms"),
        "gps-removed": translate("Exports", "GPS positions removed"),
        "serials-removed": translate("Exports", "Device serial numbers and owner fields removed"),
        "locations-coarsened": translate("Exports", "Locations coarsened"),
        "file-names-withheld": translate("Exports", "Original file names withheld"),
        "image-metadata-stripped": translate("Exports", "Images re-encoded without metadata"),
    }
    return labels.get(key, key)


def removal_label(line: str) -> str:
    """'GPS positions removed: 3' (the core's English phrase) → the translated phrase and count."""
    text, sep, count = line.rpartition(": ")
    if not sep or text not in _CATEGORY_BY_TEXT:
        return line
    return f"{category_label(_CATEGORY_BY_TEXT[text])}: {count}"


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


def show_removals(target: QListWidget, removals: list[str], profile: str) -> None:
    target.clear()
    if profile == "internal":
        target.addItem(
            translate("Exports", "Nothing is removed: the internal profile shows every name and all metadata.")
        )
    elif not removals:
        target.addItem(translate("Exports", "Nothing in this case needs removing under this profile."))
    for line in removals:
        target.addItem(removal_label(line))


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
