"""Telegram Desktop exports (issue 18 point 3): each media file an item whose provenance says
chat, sender, date and text; senders mapped to people and items to a case when asked; the chat
kept as a testimony-like record."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.support.provenance import telegram_export
from vault import items, people, testimony
from vault.cases import add_case
from vault.errors import NotFound
from vault.provenance.messenger import import_messenger_export, preview
from vault.provenance.records import show_entries
from vault.search import search
from vault.store import Vault


def test_preview_lists_senders_with_their_media(tmp_path: Path) -> None:
    export = preview(telegram_export(tmp_path / "ChatExport_2026-03-01"))
    assert export.chats == ("Мониторинг Алматы",)
    assert export.senders() == [("Нұрлан Әбдіров", 3), ("Айгерим Сапарова", 2)]
    assert len(export.media()) == 5


def test_each_media_file_becomes_an_item_with_where_it_came_from(vault: Vault, tmp_path: Path) -> None:
    folder = telegram_export(tmp_path / "export")
    case = add_case(vault, "Задержания 1 марта")
    aigerim = people.add_person(vault, "Айгерим Сапарова")
    done = import_messenger_export(
        vault, folder, case_id=case, sender_people={"Айгерим Сапарова": aigerim}, keep_chat=True
    )
    report = done.report
    assert len(report.imported) == 5 and not report.rejected
    by_name = {Path(i.path).name: i.id for i in report.imported}
    photo = items.get_item(vault, by_name["photo_2@01-03-2026_10-05-00.jpg"])
    [entry] = show_entries(photo.metadata)
    assert entry["kind"] == "telegram" and entry["status"] == "unverifiable"
    assert entry["signer"] == "Айгерим Сапарова"
    assert entry["claims"]["chat"] == "Мониторинг Алматы"
    assert entry["claims"]["date"] == "2026-03-01T10:05:00"
    assert entry["claims"]["message"] == "Полиция увозит людей"
    assert case in photo.case_ids
    assert [(link.person.id, link.role) for link in people.item_people(vault, photo.id)] == [(aigerim, "sender")]
    forwarded = show_entries(items.get_item(vault, by_name["photo_3@01-03-2026_11-00-00.jpg"]).metadata)[0]
    assert forwarded["claims"]["forwarded_from"] == "Канал «Свидетель»"
    assert people.item_people(vault, by_name["photo_3@01-03-2026_11-00-00.jpg"]) == []
    pdf = items.get_item(vault, by_name["Акт осмотра.pdf"])
    assert pdf.kind == "document" and show_entries(pdf.metadata)[0]["signer"] == "Нұрлан Әбдіров"
    assert (
        show_entries(items.get_item(vault, by_name["audio_1@01-03-2026_10-10-00.ogg"]).metadata)[0]["claims"]["sender"]
        == "Нұрлан Әбдіров"
    )
    assert any("not included" in m for m in done.missing) and any("outside" in m for m in done.missing)
    assert not (tmp_path / "outside.jpg").exists()
    # the chat, kept as a record: every message, in order, with its sender
    assert done.chat_item is not None
    chat = testimony.current_text(vault, done.chat_item)
    assert chat.index("Задержание у акимата") < chat.index("Репост")
    assert "(forwarded from Канал «Свидетель»)" in chat
    # search finds items by sender and chat; custody holds ids and verdicts only
    hits = {h.id for h in search(vault.conn, "Әбдіров")}
    assert by_name["Акт осмотра.pdf"] in hits and photo.id not in hits
    events = [e.to_json() for e in vault.custody.events(photo.id) if e.action == "provenance"]
    assert len(events) == 1 and "Айгерим" not in json.dumps(events, ensure_ascii=False)


def test_an_unknown_sender_or_person_is_refused_before_anything_is_imported(vault: Vault, tmp_path: Path) -> None:
    folder = telegram_export(tmp_path / "export")
    pid = people.add_person(vault, "Кто-то")
    with pytest.raises(NotFound):
        import_messenger_export(vault, folder, sender_people={"Нет такого": pid})
    with pytest.raises(NotFound):
        import_messenger_export(vault, folder, sender_people={"Айгерим Сапарова": "nope"})
    assert items.list_items(vault) == []


def test_cli_imports_an_export_and_show_lists_provenance(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from vault.cli.main import main

    monkeypatch.setenv("EVIDENCE_VAULT_PASSPHRASE", "correct horse battery")
    monkeypatch.setenv("EVIDENCE_VAULT_KDF_TARGET", "0")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    base = ["--vault", str(tmp_path / "vault")]

    def run(*args: str) -> Any:
        assert main([*base, *args, "--json"]) == 0
        return json.loads(capsys.readouterr().out)

    run("init")
    person = run("person", "add", "Нұрлан Әбдіров")["id"]
    folder = telegram_export(tmp_path / "export")
    done = run("import", "--messenger-export", str(folder), "--map-sender", f"Нұрлан Әбдіров={person}", "--keep-chat")
    assert len(done["imported"]) == 5 and done["chat_item"] and len(done["missing"]) == 2
    pdf = next(i["id"] for i in done["imported"] if i["path"].endswith(".pdf"))
    shown = run("show", pdf)
    [entry] = shown["provenance"]
    assert set(entry) == {"kind", "status", "signer", "claims", "reason"}
    assert (entry["kind"], entry["status"], entry["signer"]) == ("telegram", "unverifiable", "Нұрлан Әбдіров")
    assert [p["id"] for p in shown["people"]] == [person]
    assert main([*base, "import", "--map-sender", "x=y", str(folder)]) == 2
