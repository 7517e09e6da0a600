"""The recovery key, shown once after creating a vault, in two steps: (1) the key, to write down
or save as an emergency kit PDF; (2) proof that it was written down — two of its groups typed
again from the paper, with the key hidden — instead of a checkbox anyone clicks through.
The app never stores the key; the page forgets it when the user continues."""

from __future__ import annotations

import secrets

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from .pages import heading, message_label, show_error

GROUPS_TO_TYPE = 2


def normalise_group(text: str) -> str:
    """As the recovery key parser reads it: any case, O→0 and I/L→1 (confused on paper)."""
    return text.strip().upper().replace("O", "0").replace("I", "1").replace("L", "1")


class RecoveryPage(QWidget):
    confirmed = Signal()
    copy_requested = Signal(str)
    save_kit_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.key_label = QLabel()
        mono = QFont("DejaVu Sans Mono")
        mono.setStyleHint(QFont.StyleHint.Monospace)
        mono.setPointSizeF(self.font().pointSizeF() * 1.4)
        self.key_label.setFont(mono)
        self.key_label.setWordWrap(True)
        self.key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.key_label.setStyleSheet("padding: 12px; border: 1px solid #999; background: #fffbe6; color: #000;")
        text = QLabel(
            self.tr(
                "This is your recovery key. It opens the vault if the passphrase is lost. It is shown "
                "only now and is not stored anywhere.\n\n"
                "• Write it on paper, or save the emergency kit and print it; keep it somewhere safe, "
                "away from this computer.\n"
                "• Do not photograph it or keep it in a file on this computer.\n"
                "• Anyone with this key can open the vault."
            )
        )
        text.setWordWrap(True)
        self.kit_button = QPushButton(self.tr("Save emergency kit (PDF)…"))
        self.kit_button.clicked.connect(self.save_kit_requested)
        self.kit_message = message_label()
        copy = QPushButton(self.tr("Copy (cleared after 30 s)"))
        copy.clicked.connect(lambda: self.copy_requested.emit(self.key_label.text()))
        self.next_button = QPushButton(self.tr("I have written it down"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.ask_groups)
        show_page = QWidget()
        buttons = QHBoxLayout()
        buttons.addWidget(copy)
        buttons.addWidget(self.kit_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        show_lay = QVBoxLayout(show_page)
        show_lay.setContentsMargins(0, 0, 0, 0)
        show_lay.addWidget(text)
        show_lay.addWidget(self.key_label)
        show_lay.addWidget(self.kit_message)
        show_lay.addStretch(1)
        show_lay.addLayout(buttons)

        self.ask = QLabel()
        self.ask.setWordWrap(True)
        self.group_fields = [QLineEdit() for _ in range(GROUPS_TO_TYPE)]
        self.group_labels = [QLabel() for _ in range(GROUPS_TO_TYPE)]
        form = QFormLayout()
        for label, field in zip(self.group_labels, self.group_fields, strict=True):
            field.setFont(mono)
            field.setMaxLength(4)
            field.setFixedWidth(field.fontMetrics().horizontalAdvance("WWWW") + 24)
            field.textChanged.connect(self._check)
            form.addRow(label, field)
        self.group_map = QLabel()  # where the asked groups are in the key: ????-····-????-…
        self.group_map.setFont(mono)
        self.group_message = message_label()
        back = QPushButton(self.tr("Show the key again"))
        back.clicked.connect(self.show_key_again)
        self.continue_button = QPushButton(self.tr("Continue"))
        self.continue_button.setEnabled(False)
        self.continue_button.clicked.connect(self._continue)
        self.group_fields[-1].returnPressed.connect(self._continue)
        confirm_page = QWidget()
        confirm_buttons = QHBoxLayout()
        confirm_buttons.addWidget(back)
        confirm_buttons.addStretch(1)
        confirm_buttons.addWidget(self.continue_button)
        confirm_lay = QVBoxLayout(confirm_page)
        confirm_lay.setContentsMargins(0, 0, 0, 0)
        confirm_lay.addWidget(self.ask)
        confirm_lay.addWidget(self.group_map)
        confirm_lay.addLayout(form)
        confirm_lay.addWidget(self.group_message)
        confirm_lay.addStretch(1)
        confirm_lay.addLayout(confirm_buttons)

        self.steps = QStackedWidget()
        self.steps.addWidget(show_page)
        self.steps.addWidget(confirm_page)
        self.title = heading(self.tr("Your recovery key"))
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(self.steps, 1)
        self._key = ""
        self.asked: list[int] = []  # 1-based group numbers to type

    def show_key(self, key: str) -> None:
        self._key = key
        self.key_label.setText(key)
        self.kit_message.clear()
        groups = len(key.split("-"))
        self.asked = sorted(secrets.SystemRandom().sample(range(1, groups + 1), GROUPS_TO_TYPE))
        self.show_key_again()

    def show_key_again(self) -> None:
        for field in self.group_fields:
            field.clear()
        self.steps.setCurrentIndex(0)

    def ask_groups(self) -> None:
        self.ask.setText(
            self.tr(
                "To be sure the key is written down correctly, type two of its groups from your paper. "
                "Groups are the blocks of four characters between the dashes, counted from the left."
            )
        )
        for label, number in zip(self.group_labels, self.asked, strict=True):
            label.setText(self.tr("Group %1").replace("%1", str(number)))
        count = len(self._key.split("-"))
        self.group_map.setText("-".join(f"[{n}]" if n in self.asked else "····" for n in range(1, count + 1)))
        self.group_message.clear()
        self.steps.setCurrentIndex(1)
        self.group_fields[0].setFocus()

    def groups_match(self) -> bool:
        groups = self._key.split("-")
        return bool(self._key) and all(
            normalise_group(field.text()) == groups[number - 1]
            for field, number in zip(self.group_fields, self.asked, strict=True)
        )

    def _check(self) -> None:
        ok = self.groups_match()
        self.continue_button.setEnabled(ok)
        complete = all(len(f.text().strip()) == 4 for f in self.group_fields)
        if complete and not ok:
            show_error(
                self.group_message, self.tr("That does not match the key. Check your paper, or show the key again.")
            )
        else:
            self.group_message.clear()

    def _continue(self) -> None:
        if self.groups_match():
            self._key = ""
            self.key_label.clear()
            for field in self.group_fields:
                field.clear()
            self.confirmed.emit()
