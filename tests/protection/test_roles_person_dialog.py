"""The person dialog offers the role vocabulary and the public flag, and shows a refused
pseudonym (or an alias carrying a hidden name) without saving anything."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from ui.dialogs.person_dialog import PersonDialog
from ui.worker import VaultWorker
from vault import people
from vault.models import PERSON_ROLES
from vault.store import Vault

TIMEOUT = 10_000


@pytest.fixture
def worker(qtbot, vault: Vault) -> Iterator[VaultWorker]:
    w = VaultWorker()
    w._vault = vault
    yield w
    w.wait_idle()
    w._vault = None  # the vault fixture closes it


def test_roles_public_flag_and_refused_pseudonym(qtbot, worker: VaultWorker, vault: Vault) -> None:
    dlg = PersonDialog(worker)
    qtbot.addWidget(dlg)
    assert [dlg.role.itemData(i) for i in range(dlg.role.count())] == list(PERSON_ROLES)
    assert dlg.role.currentData() == "other" and not dlg.public.isChecked()
    dlg.name.setText("Гульнара Сейтқазиева")
    dlg.pseudonym.setText("Г. Сейтқазиева")
    dlg.protected.setChecked(True)
    qtbot.mouseClick(dlg.buttons.button(dlg.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    assert "shares a stem" in dlg.message.text() and dlg.buttons.isEnabled()
    assert people.list_people(vault) == []  # nothing saved
    dlg.pseudonym.setText("")  # one is assigned per export
    with qtbot.waitSignal(dlg.saved, timeout=TIMEOUT) as saved:
        qtbot.mouseClick(dlg.buttons.button(dlg.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    p = people.get_person(vault, saved.args[0])
    assert (p.protected, p.public, p.pseudonym, p.role) == (True, False, "", "other")


def test_public_flag_saved_and_alias_refusal_shown(qtbot, worker: VaultWorker, vault: Vault) -> None:
    people.add_person(vault, "Гульнара Сейтқазиева", protected=True, role="witness")
    dlg = PersonDialog(worker)
    qtbot.addWidget(dlg)
    dlg.name.setText("Ержан Бекович")
    dlg.role.setCurrentIndex(dlg.role.findData("official"))
    dlg.public.setChecked(True)
    dlg.aliases.setText("Бекович Е., Сейтқазиева")
    qtbot.mouseClick(dlg.buttons.button(dlg.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "alias" in dlg.message.text(), timeout=TIMEOUT)
    assert len(people.list_people(vault)) == 1
    dlg.aliases.setText("Бекович Е.")
    with qtbot.waitSignal(dlg.saved, timeout=TIMEOUT) as saved:
        qtbot.mouseClick(dlg.buttons.button(dlg.buttons.StandardButton.Save), Qt.MouseButton.LeftButton)
    p = people.get_person(vault, saved.args[0])
    assert (p.role, p.public, p.aliases) == ("official", True, ("Бекович Е.",))
    edit = PersonDialog(worker, p.id)
    qtbot.addWidget(edit)
    qtbot.waitUntil(lambda: edit.name.text() == "Ержан Бекович", timeout=TIMEOUT)
    assert edit.public.isChecked() and edit.role.currentData() == "official"
