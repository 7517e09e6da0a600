"""The messenger import dialog (issue 18 point 3): a preview lists the export's senders, the user
maps one to a person and picks a case; the import runs on the worker and links as asked."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.support.provenance import telegram_export
from tests.support.ui import PASSPHRASE
from ui.dialogs.messenger_import_dialog import PERSON, SENDER, MessengerImportDialog
from ui.worker import VaultWorker
from vault import cases, items, people
from vault.config import vault_settings
from vault.store import Vault

TIMEOUT = 20_000


@pytest.fixture
def worker(qtbot: Any, ui_env: Path) -> Iterator[VaultWorker]:
    w = VaultWorker()
    vault, _key = Vault.create(ui_env / "v", PASSPHRASE, settings=vault_settings())
    w._vault = vault
    yield w
    w.lock()
    w.wait_idle()


def test_preview_maps_a_sender_and_imports(qtbot: Any, qtmodeltester: Any, worker: VaultWorker, tmp_path: Path) -> None:
    vault = worker._vault
    assert vault is not None
    case_id = cases.add_case(vault, "Задержания 1 марта")
    nurlan = people.add_person(vault, "Нұрлан Әбдіров")
    folder = telegram_export(tmp_path / "ChatExport")
    dlg = MessengerImportDialog(worker, cases.list_cases(vault))
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.load(folder)
    qtbot.waitUntil(lambda: dlg.model.rowCount() == 2, timeout=TIMEOUT)
    qtmodeltester.check(dlg.model)
    assert [dlg.model.index(r, SENDER).data() for r in range(2)] == ["Нұрлан Әбдіров", "Айгерим Сапарова"]
    assert dlg.model.index(0, PERSON).data() == "(not linked)"
    assert "Мониторинг Алматы" in dlg.chat.text() and dlg.start_button.isEnabled()
    combo = dlg.table.indexWidget(dlg.model.index(0, PERSON))
    combo.setCurrentIndex(combo.findData(nurlan))
    assert dlg.model.mapping() == {"Нұрлан Әбдіров": nurlan}
    dlg.case.setCurrentIndex(dlg.case.findData(case_id))
    dlg.keep_chat.setChecked(True)
    if os.environ.get("EV_SCREENSHOTS"):
        dlg.grab().save(str(Path(os.environ["EV_SCREENSHOTS"]) / "messenger-import-dialog.png"))
    with qtbot.waitSignal(dlg.imported, timeout=TIMEOUT) as sig:
        dlg.start()
    assert sig.args == [5]
    assert "5 imported" in dlg.status.text() and "2 files named in the chat" in dlg.status.text()
    worker.wait_idle()
    linked = [i for i in items.list_items(vault, case_id=case_id) if people.item_people(vault, i.id)]
    assert len(linked) == 4  # Нұрлан's pdf, voice message, forwarded photo, and the chat record
    assert any(i.kind == "testimony" for i in items.list_items(vault, case_id=case_id))
