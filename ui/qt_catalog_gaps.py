"""Strings of Qt's own file dialog that Qt's Kazakh catalog (qtbase_kk.qm) leaves untranslated.

The app's file dialogs are Qt's widget dialog (ui/file_dialogs.py), translated by qtbase_<lang>.qm
(installed by ui/i18n.py). Where that catalog has a gap, Qt asks the next translator, ours: these
entries put the missing words into resources/translations/evidence_vault_<lang>.ts under Qt's
own contexts, so a Kazakh file dialog is not half English. (Russian has them all; its entries
here are the same words, for completeness.) Nothing calls this module; lupdate reads it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of type:"),
    QT_TRANSLATE_NOOP("QFileDialog", "File Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "Folder"),
    QT_TRANSLATE_NOOP("QFileDialog", "Unknown"),
    QT_TRANSLATE_NOOP("QFileDialog", "Drive"),
    QT_TRANSLATE_NOOP("QFileDialog", "File"),
    QT_TRANSLATE_NOOP("QFileDialog", "Shortcut"),
    QT_TRANSLATE_NOOP("QFileSystemModel", "Invalid filename"),
)
