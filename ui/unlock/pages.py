"""The pages of the start window: unlock, choose (create or open, recent vaults), create.
The recovery key page is in recovery_key_page.py."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from vault.passphrase_rules import MIN_LENGTH as MIN_PASSPHRASE
from vault.passphrase_rules import estimate

from .strength import ERROR_STYLE, WARNING_STYLE, KeyWatcher, StrengthMeter, with_toggle


def heading(text: str) -> QLabel:
    label = QLabel(text)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    font.setBold(True)
    label.setFont(font)
    return label


def message_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setObjectName("message")
    label.setStyleSheet(WARNING_STYLE)
    return label


def show_error(label: QLabel, text: str) -> None:
    """A refusal or failure: in the error style (red, bold), so it is not read as a hint."""
    label.setStyleSheet(ERROR_STYLE)
    label.setText(text)


def show_note(label: QLabel, text: str) -> None:
    label.setStyleSheet(WARNING_STYLE)
    label.setText(text)


def passphrase_problem(passphrase: str) -> str:
    """Why a new passphrase is refused (the required rules of the core's estimate), or ''."""
    rules = {r.key: r.met for r in estimate(passphrase).rules}
    translate = QCoreApplication.translate
    if not rules["length"]:
        text = translate("PassphraseRules", "The passphrase needs at least %1 characters.")
        return text.replace("%1", str(MIN_PASSPHRASE))
    if not rules["not-common"]:
        return translate(
            "PassphraseRules",
            "That passphrase is too easy to guess. Use several words that belong together only for you.",
        )
    return ""


class UnlockPage(QWidget):
    unlock_requested = Signal(str)
    other_vault = Signal()
    create_vault = Signal()
    forgot = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.path_label = QLabel()
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.path_label.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase"))
        self.passphrase.returnPressed.connect(self._submit)
        passphrase_row, self.show_button = with_toggle(self.passphrase)
        self.keys = KeyWatcher(self)
        self.keys.watch(self.passphrase)
        self.keys.changed.connect(self._update_hints)
        self._hints_at_submit: list[str] = []
        self.hints = message_label()
        self.hints.setObjectName("hints")
        self.unlock_button = QPushButton(self.tr("Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self._submit)
        self.message = message_label()
        self.forgot_button = QPushButton(self.tr("Forgot passphrase?"))
        self.forgot_button.setFlat(True)
        self.forgot_button.clicked.connect(self.forgot)
        other = QPushButton(self.tr("Open another vault…"))
        other.clicked.connect(self.other_vault)
        create = QPushButton(self.tr("Create a new vault…"))
        create.clicked.connect(self.create_vault)
        row = QHBoxLayout()
        row.addWidget(passphrase_row, 1)
        row.addWidget(self.unlock_button)
        links = QHBoxLayout()
        links.addWidget(other)
        links.addWidget(create)
        links.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(heading(self.tr("Unlock the vault")))
        lay.addWidget(self.path_label)
        lay.addSpacing(12)
        lay.addLayout(row)
        lay.addWidget(self.hints)
        lay.addWidget(self.message)
        lay.addWidget(self.forgot_button, 0, Qt.AlignmentFlag.AlignLeft)
        lay.addStretch(1)
        lay.addLayout(links)

    def set_path(self, path: str) -> None:
        self.path_label.setText(self.tr("Vault: %1").replace("%1", path))

    def set_busy(self, busy: bool) -> None:
        self.passphrase.setEnabled(not busy)
        self.unlock_button.setEnabled(not busy)
        if busy:
            show_note(self.message, self.tr("Unlocking… (deriving the key takes a moment)"))

    def failed(self, text: str) -> None:
        """A failed unlock, with the Caps Lock and layout state seen while it was typed (the
        field is cleared by now, and with it the layout guess); shown until typing again."""
        hints = self._hints_at_submit
        self.hints.clear()
        show_error(self.message, text + ("\n" + "  ·  ".join(hints) if hints else ""))

    def _update_hints(self) -> None:
        self.hints.setText("  ·  ".join(self.keys.warnings()))

    def _submit(self) -> None:
        if self.passphrase.text():
            self._hints_at_submit = self.keys.warnings()  # words like "Caps Lock is on.", never the text
            self.unlock_requested.emit(self.passphrase.text())


class ChoosePage(QWidget):
    open_vault = Signal()
    create_vault = Signal()
    open_recent = Signal(str)
    forget_recent = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        intro = QLabel(
            self.tr(
                "Evidence Vault keeps testimonies, documents, photos and recordings encrypted in one "
                "folder on this computer. Nothing leaves it unless you export it."
            )
        )
        intro.setWordWrap(True)
        self.note = message_label()
        create = QPushButton(self.tr("Create a new vault…"))
        create.clicked.connect(self.create_vault)
        opener = QPushButton(self.tr("Open an existing vault…"))
        opener.clicked.connect(self.open_vault)
        self.recent_title = QLabel(self.tr("Recent vaults on this computer"))
        self.recent = QListWidget()
        self.recent.setToolTip(self.tr("Double-click to open. Only vaults you opened here are listed."))
        self.recent.itemActivated.connect(lambda it: self.open_recent.emit(it.data(Qt.ItemDataRole.UserRole)))
        self.forget_button = QPushButton(self.tr("Remove from the list"))
        self.forget_button.setToolTip(self.tr("Forgets the folder's path on this computer; the vault is not touched."))
        self.forget_button.clicked.connect(self._forget)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self._open)
        recent_buttons = QHBoxLayout()
        recent_buttons.addWidget(self.open_button)
        recent_buttons.addWidget(self.forget_button)
        recent_buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(heading(self.tr("Welcome to Evidence Vault")))
        lay.addWidget(intro)
        lay.addWidget(self.note)
        lay.addSpacing(12)
        lay.addWidget(create)
        lay.addWidget(opener)
        lay.addSpacing(12)
        lay.addWidget(self.recent_title)
        lay.addWidget(self.recent, 1)
        lay.addLayout(recent_buttons)
        self.set_recent(())

    def set_recent(self, paths: tuple[str, ...]) -> None:
        self.recent.clear()
        for path in paths:
            row = QListWidgetItem(path)
            row.setData(Qt.ItemDataRole.UserRole, path)
            row.setToolTip(path)
            self.recent.addItem(row)
        for w in (self.recent_title, self.recent, self.forget_button, self.open_button):
            w.setVisible(bool(paths))
        if paths:
            self.recent.setCurrentRow(0)

    def _open(self) -> None:
        row = self.recent.currentItem()
        if row is not None:
            self.open_recent.emit(row.data(Qt.ItemDataRole.UserRole))

    def _forget(self) -> None:
        row = self.recent.currentItem()
        if row is not None:
            self.forget_recent.emit(row.data(Qt.ItemDataRole.UserRole))


class CreatePage(QWidget):
    create_requested = Signal(str, str, str)  # folder, passphrase, owner
    choose_folder = Signal()
    back = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.folder = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.owner = QLineEdit()
        self.owner.setPlaceholderText(self.tr("e.g. your organisation or initials (recorded in the custody log)"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        passphrase_row, self.show_button = with_toggle(self.passphrase)
        self.meter = StrengthMeter()
        self.passphrase.textChanged.connect(self.meter.update_for)
        self.keys = KeyWatcher(self)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_button.toggled.connect(
            lambda on: self.repeat.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
        )
        for field in (self.passphrase, self.repeat):
            self.keys.watch(field)
        self.hints = message_label()
        self.keys.changed.connect(lambda: self.hints.setText("  ·  ".join(self.keys.warnings())))
        hint = QLabel(
            self.tr(
                "Choose a long passphrase (several words). It is never stored; without it or the "
                "recovery key nobody, including us, can open the vault."
            )
        )
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Folder"), folder_row)
        form.addRow(self.tr("Owner"), self.owner)
        form.addRow(self.tr("Passphrase"), passphrase_row)
        form.addRow("", self.meter)
        form.addRow(self.tr("Repeat"), self.repeat)
        form.addRow("", self.hints)
        self.message = message_label()
        self.create_button = QPushButton(self.tr("Create vault"))
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self._submit)
        back = QPushButton(self.tr("Back"))
        back.clicked.connect(self.back)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        lay = QVBoxLayout(self)
        lay.addWidget(heading(self.tr("Create a new vault")))
        lay.addLayout(form)
        lay.addWidget(hint)
        lay.addWidget(self.message)
        lay.addStretch(1)
        lay.addLayout(buttons)

    def set_busy(self, busy: bool) -> None:
        self.create_button.setEnabled(not busy)
        if busy:
            show_note(self.message, self.tr("Creating the vault… (measuring this computer's speed for the key)"))

    def _submit(self) -> None:
        if not self.folder.text().strip():
            show_error(self.message, self.tr("Choose a folder for the vault."))
        elif problem := passphrase_problem(self.passphrase.text()):
            show_error(self.message, problem)
        elif self.passphrase.text() != self.repeat.text():
            show_error(self.message, self.tr("The two passphrases differ. Please type them again."))
            self.repeat.clear()
        else:
            self.create_requested.emit(self.folder.text().strip(), self.passphrase.text(), self.owner.text().strip())
