"""Red team, a messenger sender known by a nickname. In a Telegram export the witness writes as
"Луна Алматы 🌙"; at intake the user linked that sender to her person record, so the vault
knows who "Луна" is, yet the nickname went out in a partner bundle (the item's provenance and
the kept chat) and in the partner dossier's provenance line: anyone in the chat knows who
"Луна" is. Now a sender linked to a person at intake becomes one of that person's aliases, so
every export hides it like her name."""

from __future__ import annotations

import json
from pathlib import Path

import pyrage

from tests.support.intake import photo_bytes
from tests.support.leaks import NAME, PSEUDONYM, befriend, pdf_text
from tests.support.vaults import VaultFactory
from vault import keys
from vault.bundle import export_bundle
from vault.cases import add_case
from vault.dossier import build_dossier
from vault.people import add_person, get_person, link_person_to_case
from vault.provenance.messenger import import_messenger_export

NICK = "Луна Алматы 🌙"


def _export(folder: Path) -> Path:
    (folder / "photos").mkdir(parents=True)
    (folder / "photos" / "p1.jpg").write_bytes(photo_bytes((80, 60)))
    msgs = [
        {
            "id": 2,
            "type": "message",
            "date": "2026-03-01T10:00:00",
            "from": NICK,
            "from_id": "user5",
            "photo": "photos/p1.jpg",
            "text": "Снимала у ИВС",
        },
        {
            "id": 3,
            "type": "message",
            "date": "2026-03-01T10:01:00",
            "from": "Айгерим Сапарова",
            "from_id": "user6",
            "text": "Луна, спасибо",
        },
    ]
    doc = {"name": "Мониторинг", "type": "private_group", "id": 99, "messages": msgs}
    (folder / "result.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return folder


def test_a_sender_linked_to_her_is_hidden_like_her_name(make_vault: VaultFactory, tmp_path: Path) -> None:
    v = make_vault(tmp_path / "sender", owner="Sender NGO")
    witness = add_person(v, NAME, pseudonym=PSEUDONYM, protected=True, role="witness")
    case = add_case(v, "Дело 8")
    link_person_to_case(v, case, witness, "witness")
    import_messenger_export(v, _export(tmp_path / "tg"), case_id=case, sender_people={NICK: witness}, keep_chat=True)
    assert NICK in get_person(v, witness).aliases
    r = make_vault(tmp_path / "receiver", owner="Receiver NGO")
    out = Path(export_bundle(v, case, [befriend(v, r)], tmp_path / "b.age", profile="partner").path)
    plain = pyrage.decrypt(out.read_bytes(), [keys.identity(r)]).decode("utf-8", "ignore")
    assert "Луна" not in plain and "Алматы 🌙" not in plain and PSEUDONYM in plain
    pdf = tmp_path / "d.pdf"
    build_dossier(v, case, pdf, profile="partner", language="ru")
    text = pdf_text(pdf)
    assert "Луна" not in text and PSEUDONYM in text


def test_an_unlinked_sender_changes_no_one(make_vault: VaultFactory, tmp_path: Path) -> None:
    v = make_vault(tmp_path / "sender", owner="Sender NGO")
    witness = add_person(v, NAME, pseudonym=PSEUDONYM, protected=True, role="witness")
    import_messenger_export(v, _export(tmp_path / "tg"))
    assert get_person(v, witness).aliases == ()
