"""Telegram Desktop exports in HTML by default. An HTML export was refused ("no WhatsApp chat
export") and a witness's photos lost the record of who sent them. Now messages.html,
messages2.html… are read into the same messages as the JSON export of the same chat (senders
of "joined" messages, forwards, the file left out, a path leaving the folder), and the import
works as for JSON."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.support.provenance import telegram_export, telegram_html_export
from vault.errors import UsageError
from vault.items import get_item
from vault.people import add_person, get_person, item_people
from vault.provenance.messenger import import_messenger_export, preview
from vault.provenance.records import show_entries
from vault.provenance.telegram import is_telegram_export, read_export
from vault.store import Vault


def test_the_html_export_reads_as_the_json_export_of_the_same_chat(tmp_path: Path) -> None:
    as_json = read_export(telegram_export(tmp_path / "json"))
    as_html = read_export(telegram_html_export(tmp_path / "html"))
    assert as_html.chats == as_json.chats == ("Мониторинг Алматы",)

    def comparable(folder: Path, messages: tuple) -> list:  # type: ignore[type-arg]
        # HTML carries no sender ids; media paths differ only by the folder
        return [
            replace(m, sender_id="", media=m.media.relative_to(folder.resolve()) if m.media else None) for m in messages
        ]

    assert comparable(tmp_path / "html", as_html.messages) == comparable(tmp_path / "json", as_json.messages)
    joined = as_html.messages[1]
    assert joined.sender == "Айгерим Сапарова" and joined.text == "Полиция увозит людей"
    forwarded = next(m for m in as_html.messages if m.forwarded_from)
    assert forwarded.forwarded_from == "Канал «Свидетель»" and forwarded.text == "Репост"
    notes = {m.message_id: m.media_note for m in as_html.messages if m.media_note}
    assert notes == {"7": "not included in the export", "8": "names a file outside the export folder; ignored"}


def test_an_html_export_imports_with_its_senders(vault: Vault, tmp_path: Path) -> None:
    folder = telegram_html_export(tmp_path / "export")
    assert is_telegram_export(folder)
    assert preview(folder).senders() == [("Нұрлан Әбдіров", 3), ("Айгерим Сапарова", 2)]
    witness = add_person(vault, "Сапарова Айгерим Болатқызы", pseudonym="Куәгер А", protected=True)
    out = import_messenger_export(vault, folder, sender_people={"Айгерим Сапарова": witness}, keep_chat=True)
    assert len(out.report.imported) == 5 and not out.report.rejected  # 3 photos, the PDF, the voice message
    assert "Айгерим Сапарова" in get_person(vault, witness).aliases  # hidden wherever it stands
    photo = next(i for i in out.report.imported if i.path.endswith("photo_1@01-03-2026_10-00-00.jpg"))
    [entry] = show_entries(get_item(vault, photo.id).metadata)
    assert entry["kind"] == "telegram" and entry["signer"] == "Айгерим Сапарова"
    assert entry["claims"]["date"] == "2026-03-01T10:00:00" and entry["claims"]["chat"] == "Мониторинг Алматы"
    assert [(lk.person.id, lk.role) for lk in item_people(vault, photo.id)] == [(witness, "sender")]
    assert out.chat_item is not None


def test_a_page_without_a_chat_is_refused(tmp_path: Path) -> None:
    (tmp_path / "messages.html").write_text("<html><body><p>not an export</p></body></html>", encoding="utf-8")
    with pytest.raises(UsageError, match="no Telegram export"):
        read_export(tmp_path)


def test_links_out_of_the_folder_and_markup_tricks_are_ignored(tmp_path: Path) -> None:
    folder = tmp_path / "export"
    (folder / "photos").mkdir(parents=True)
    secret = tmp_path / "secret.jpg"
    secret.write_bytes(b"not for the vault")
    (folder / "photos" / "link.jpg").symlink_to(secret)
    message = (
        '<div class="message default clearfix" id="message{n}"><div class="body">'
        '<div class="pull_right date details" title="02.03.2026 09:00:00 UTC+06:00">09:00</div>'
        '<div class="from_name">Ерлан</div><div class="media_wrap clearfix">'
        '<a class="photo_wrap clearfix pull_left" href="{href}"></a></div>'
        '<div class="text">{text}</div></div></div>'
    )
    body = "".join(
        message.format(n=n, href=href, text=text)
        for n, (href, text) in enumerate(
            [
                (str(secret), "absolute"),
                ("photos/link.jpg", "a link leading out"),
                ("photos/none.jpg", "&lt;script&gt;alert(1)&lt;/script&gt; &amp; <script>x()</script>"),
            ],
            1,
        )
    )
    (folder / "messages.html").write_text(f"<html><body>{body}</body></html>", encoding="utf-8")
    export = read_export(folder)
    assert [m.media for m in export.messages] == [None, None, None]
    assert [m.media_note for m in export.messages] == [
        "names a file outside the export folder; ignored",
        "names a file outside the export folder; ignored",
        "missing from the export folder",
    ]
    assert export.messages[2].text == "<script>alert(1)</script> &"  # text, decoded; the script element is not text
    assert all(m.sender == "Ерлан" and m.date == "2026-03-02T09:00:00" for m in export.messages)
