"""WhatsApp "Export chat" (issue 18 point 3): Android and iOS transcripts in Russian, media
items with chat, sender, date and text, senders linked to people."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.provenance import whatsapp_export
from vault import items, people, testimony
from vault.provenance.messenger import import_messenger_export, preview
from vault.provenance.records import show_entries
from vault.store import Vault


@pytest.mark.parametrize("ios", [False, True])
def test_preview_reads_senders_and_multiline_messages(tmp_path: Path, ios: bool) -> None:
    export = preview(whatsapp_export(tmp_path / "wa", ios=ios))
    assert export.senders() == [("Айгерим Сапарова", 1), ("Нұрлан Әбдіров", 1)]
    texts = [m.text for m in export.messages]
    assert "Задержали троих,\nувезли в сторону ИВС" in texts
    assert len(export.media()) == 2
    if not ios:
        assert export.chats == ("Мониторинг",)
        assert any(m.media_note == "not included in the export" for m in export.messages)


def test_import_records_whatsapp_provenance(vault: Vault, tmp_path: Path) -> None:
    folder = whatsapp_export(tmp_path / "wa")
    nurlan = people.add_person(vault, "Нұрлан Әбдіров")
    done = import_messenger_export(vault, folder, sender_people={"Нұрлан Әбдіров": nurlan}, keep_chat=True)
    by_name = {Path(i.path).name: i.id for i in done.report.imported}
    assert set(by_name) == {"IMG-20260301-WA0001.jpg", "IMG-20260301-WA0002.jpg"}
    [entry] = show_entries(items.get_item(vault, by_name["IMG-20260301-WA0001.jpg"]).metadata)
    assert (entry["kind"], entry["status"], entry["signer"]) == ("whatsapp", "unverifiable", "Айгерим Сапарова")
    assert entry["claims"]["date"] == "01.03.2026 10:00" and entry["claims"]["chat"] == "Мониторинг"
    linked = people.item_people(vault, by_name["IMG-20260301-WA0002.jpg"])
    assert [(link.person.id, link.role) for link in linked] == [(nurlan, "sender")]
    assert done.chat_item is not None
    assert "увезли в сторону ИВС" in testimony.current_text(vault, done.chat_item)
