"""Passphrase helpers of the start window: a strength meter with the rules (the estimate is the
core's, vault/passphrase_rules.py), a show/hide button, and Caps Lock and keyboard-layout hints.

Nothing here keeps the passphrase or anything about it: the meter reads the field when it
changes; the key watcher looks at one key event at a time and keeps only "Caps Lock seems on"
and the alphabet of the last letter typed, which it forgets when the field is cleared.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QProgressBar, QToolButton, QVBoxLayout, QWidget

from vault.passphrase_rules import MIN_LENGTH, Strength, estimate

ERROR_STYLE = "color: #a40000; font-weight: bold;"
WARNING_STYLE = "color: #7a4b00;"
_SCORE_COLOURS = ("#c01c28", "#e66100", "#c6a100", "#26a269", "#1a7f4b")
_KAZAKH = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


class StrengthMeter(QWidget):
    """A bar from very weak to very strong, its word, and the rules ticked as they are met."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, 4)
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(8)
        self.word = QLabel()
        self.rule_labels: dict[str, QLabel] = {}
        texts = {
            "length": self.tr("At least %1 characters").replace("%1", str(MIN_LENGTH)),
            "not-common": self.tr("Hard enough to guess: not one or two common words, a repeat or a run like 12345"),
            "words": self.tr("Recommended: four or more words, or 20 characters"),
            "variety": self.tr("Recommended: mix letters with digits, capitals or signs"),
        }
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.bar, 1)
        top.addWidget(self.word)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addLayout(top)
        for key, text in texts.items():
            label = QLabel(text)
            label.setProperty("rule_text", text)
            self.rule_labels[key] = label
            lay.addWidget(label)
        self.strength: Strength = estimate("")
        self.update_for("")

    def score_word(self, score: int) -> str:
        words = (self.tr("Very weak"), self.tr("Weak"), self.tr("Fair"), self.tr("Strong"), self.tr("Very strong"))
        return words[score]

    def update_for(self, text: str) -> None:
        self.strength = s = estimate(text)
        self.bar.setValue(s.score if text else 0)
        colour = _SCORE_COLOURS[s.score]
        self.bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        self.word.setText(self.score_word(s.score) if text else "")
        self.word.setStyleSheet(f"color: {colour}; font-weight: bold;")
        for rule in s.rules:
            label = self.rule_labels[rule.key]
            mark = "✓" if rule.met else ("✗" if rule.required and text else "○")
            label.setText(f"{mark} {label.property('rule_text')}")
            style = "color: #1a7f4b;" if rule.met else (ERROR_STYLE if rule.required and text else "color: #555;")
            label.setStyleSheet(style)


def _show_text() -> str:
    return QCoreApplication.translate("PassphraseField", "Show")


def add_show_toggle(field: QLineEdit) -> QToolButton:
    """A "Show"/"Hide" button for a password field (returned; the caller places it)."""
    button = QToolButton()
    button.setCheckable(True)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing never lands on it
    button.setText(_show_text())

    def toggled(on: bool) -> None:
        field.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
        button.setText(QCoreApplication.translate("PassphraseField", "Hide") if on else _show_text())

    button.toggled.connect(toggled)
    return button


def with_toggle(field: QLineEdit) -> tuple[QWidget, QToolButton]:
    row = QWidget()
    lay = QHBoxLayout(row)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.addWidget(field, 1)
    button = add_show_toggle(field)
    lay.addWidget(button)
    return row, button


def _capitalised(name: str) -> str:
    return name[:1].upper() + name[1:]


def script_of(char: str) -> str:
    """'cyrillic', 'latin' or '' for one typed character."""
    if "\u0400" <= char <= "\u04ff":
        return "cyrillic"
    if char.isascii() and char.isalpha():
        return "latin"
    return ""


class KeyWatcher(QObject):
    """Watches key presses on password fields and tells whether Caps Lock seems on and which
    layout the letters come from. Qt has no Caps Lock query, so it is inferred: a capital typed
    without Shift, or a small letter with Shift, means Caps Lock is on."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.caps_lock = False
        self.script = ""
        self.kazakh = False

    def watch(self, field: QLineEdit) -> None:
        field.installEventFilter(self)
        field.textChanged.connect(lambda text: self.reset() if not text else None)

    def reset(self) -> None:
        if self.script or self.kazakh:
            self.script, self.kazakh = "", False
            self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            self.key_pressed(event)
        return False

    def key_pressed(self, event: QKeyEvent) -> None:
        before = (self.caps_lock, self.script, self.kazakh)
        if event.key() == Qt.Key.Key_CapsLock:
            self.caps_lock = not self.caps_lock
        text = event.text()
        if len(text) == 1 and text.isalpha() and text.lower() != text.upper():
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.caps_lock = text.isupper() != shift
            self.script = script_of(text) or self.script
            self.kazakh = self.kazakh or text in _KAZAKH
        if (self.caps_lock, self.script, self.kazakh) != before:
            self.changed.emit()

    def layout_name(self) -> str:
        """The input language as its own speakers write it ("Русский", "Қазақ тілі", "English"):
        from the typed letters' alphabet, refined by the platform's input locale when it agrees."""
        language = QGuiApplication.inputMethod().locale().language()
        if self.script == "cyrillic":
            if self.kazakh or language == QLocale.Language.Kazakh:
                return _capitalised(QLocale(QLocale.Language.Kazakh).nativeLanguageName() or "қазақ тілі")
            return _capitalised(QLocale(QLocale.Language.Russian).nativeLanguageName() or "русский")
        if self.script == "latin":
            return "English"
        return ""

    def warnings(self) -> list[str]:
        out = []
        if self.caps_lock:
            out.append(self.tr("Caps Lock is on."))
        name = self.layout_name()
        if name:
            out.append(self.tr("Keyboard layout: %1").replace("%1", name))
        return out
