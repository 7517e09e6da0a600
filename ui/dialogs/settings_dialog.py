"""Settings: idle timeout, interface language (applied at the next start), export profile,
privacy mode, and whether recent vaults are remembered."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ..settings import EXPORT_PROFILES, MAX_IDLE_MINUTES, MIN_IDLE_MINUTES, GuiSettings


class SettingsDialog(QDialog):
    def __init__(self, settings: GuiSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._settings = settings
        self.idle = QSpinBox()
        self.idle.setRange(MIN_IDLE_MINUTES, MAX_IDLE_MINUTES)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setValue(settings.idle_minutes)
        self.language = QComboBox()
        for code, name in (
            ("system", self.tr("System language")),
            ("en", "English"),
            ("ru", "Русский"),
            ("kk", "Қазақша"),
        ):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.profile = QComboBox()
        labels = {
            "internal": self.tr("Internal (everything)"),
            "partner": self.tr("Partner (protected people pseudonymised, originals only if cleared)"),
            "public": self.tr("Public (only people marked public named)"),
        }
        for p in EXPORT_PROFILES:
            self.profile.addItem(labels[p], p)
        self.profile.setCurrentIndex(max(0, self.profile.findData(settings.export_profile)))
        self.privacy = QCheckBox(self.tr("Show protected people by pseudonym on screen (privacy mode)"))
        self.privacy.setChecked(settings.privacy_mode)
        self.remember = QCheckBox(self.tr("Remember recent vaults on this computer (their folder paths)"))
        self.remember.setChecked(settings.remember_recent)
        self.remember.setToolTip(self.tr("Off: the list and the last vault are forgotten, and nothing is kept."))
        form = QFormLayout()
        form.addRow(self.tr("Lock after idle"), self.idle)
        form.addRow(self.tr("Language"), self.language)
        form.addRow(self.tr("Default export profile"), self.profile)
        form.addRow("", self.privacy)
        form.addRow("", self.remember)
        note = QLabel(self.tr("A new language takes effect the next time Evidence Vault starts."))
        note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(note)
        lay.addWidget(buttons)

    def result_settings(self) -> GuiSettings:
        return replace(
            self._settings,
            idle_minutes=self.idle.value(),
            language=str(self.language.currentData()),
            export_profile=str(self.profile.currentData()),
            privacy_mode=self.privacy.isChecked(),
            remember_recent=self.remember.isChecked(),
        ).clean()
