"""Red team, a Telegram export where the protected witness is a sender and is named in the
messages. Two leaks found: (1) her Telegram account id (`from_id`, "user7730019") travelled in
the partner bundle's item metadata, and an account id names its owner to anyone with a
Telegram client; (2) a long message was cut at 4,000 characters at intake, and a cut inside
her surname left a stem ("Сейтқази") the matcher does not treat as a name, so the stem went
out in the bundle; (3) a WhatsApp sender shown by phone number; (4) under `public`, chat
members who are no recorded person, by name. Now account ids and numbers never leave below
`internal`, `public` names no sender, and text is cut at a word boundary."""

from __future__ import annotations

import json
from pathlib import Path

import pyrage

from tests.support.intake import photo_bytes
from tests.support.leaks import NAME, PSEUDONYM, befriend, bundle_has, bundle_leaks, pdf_has, pdf_leaks, pdf_text
from tests.support.vaults import VaultFactory
from vault import keys
from vault.bundle import export_bundle, import_bundle
from vault.cases import add_case
from vault.dossier import build_dossier
from vault.items import get_item, list_items
from vault.people import add_person, link_person_to_case
from vault.protection.sanitize import sanitize_metadata
from vault.provenance.messenger import import_messenger_export
from vault.store import Vault

TG_ID = "user7730019"
STEMS = ("сеитк", "seitk", "seitq", "seytk")  # any piece of her surname ("Сейтқа"), cut or whole
# A message near Telegram's 4,096-character limit: her surname straddles the 4,000th character.
_LEAD = "Я видела, как задержали защитника у акимата. " + "и " * 1970
LONG = _LEAD + "Записала " + NAME.split()[1] + " у ИВС, конец."
assert len(_LEAD) + 9 < 4000 < len(_LEAD) + 9 + len(NAME.split()[1])


def _export(folder: Path) -> Path:
    (folder / "photos").mkdir(parents=True)
    (folder / "photos" / "p1.jpg").write_bytes(photo_bytes((80, 60)))
    (folder / "photos" / "p2.jpg").write_bytes(photo_bytes((80, 60), color=(10, 200, 10)))
    msgs = [
        {
            "id": 2,
            "type": "message",
            "date": "2026-03-01T10:00:00",
            "from": NAME,
            "from_id": TG_ID,
            "photo": "photos/p1.jpg",
            "text": "Это я, Гульнара, снимала у ИВС",
        },
        {
            "id": 3,
            "type": "message",
            "date": "2026-03-01T10:05:00",
            "from": "Айгерим Сапарова",
            "from_id": "user101",
            "photo": "photos/p2.jpg",
            "text": LONG,
        },
    ]
    doc = {"name": "Мониторинг", "type": "private_group", "id": 99, "messages": msgs}
    (folder / "result.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return folder


def _sender(make_vault: VaultFactory, tmp_path: Path) -> tuple[Vault, str]:
    v = make_vault(tmp_path / "sender", owner="Sender NGO")
    witness = add_person(v, NAME, pseudonym=PSEUDONYM, protected=True, role="witness")
    case = add_case(v, "Дело 7")
    link_person_to_case(v, case, witness, "witness")
    import_messenger_export(v, _export(tmp_path / "tg"), case_id=case)
    return v, case


def test_intake_cuts_long_messages_between_words(make_vault: VaultFactory, tmp_path: Path) -> None:
    v, case = _sender(make_vault, tmp_path)
    texts = [
        str(c.get("message", ""))
        for i in list_items(v, case_id=case)
        for c in (p.get("claims", {}) for p in get_item(v, i.id).metadata.get("provenance", []))
    ]
    long = next(t for t in texts if t.startswith("Я видела"))
    assert len(long) <= 4000 and long.endswith("Записала")


def test_account_ids_and_cut_names_stay_home(make_vault: VaultFactory, tmp_path: Path) -> None:
    v, case = _sender(make_vault, tmp_path)
    r = make_vault(tmp_path / "receiver", owner="Receiver NGO")
    out = Path(export_bundle(v, case, [befriend(v, r)], tmp_path / "b.age", profile="partner").path)
    plain = pyrage.decrypt(out.read_bytes(), [keys.identity(r)])
    assert TG_ID.encode() not in plain and b"user101" not in plain
    assert bundle_leaks(r, out) == [] and bundle_has(r, out, STEMS) == []
    befriend(r, v, "Sender NGO")
    got = import_bundle(r, out)
    for item in list_items(r, case_id=got.case_id):
        assert TG_ID not in json.dumps(get_item(r, item.id).metadata)
    pdf = tmp_path / "d.pdf"
    build_dossier(v, case, pdf, profile="partner", language="ru")
    assert pdf_leaks(pdf) == [] and pdf_has(pdf, STEMS) == []


def test_account_ids_are_dropped_below_internal() -> None:
    meta = {
        "provenance": [
            {
                "claims": {
                    "sender": "x",
                    "sender_id": TG_ID,
                    "from_id": "user1",
                    "user_id": "5",
                    "phone": "+77011234567",
                    "message": "m",
                }
            }
        ]
    }
    assert sanitize_metadata(meta, "partner")["provenance"][0]["claims"] == {"sender": "x", "message": "m"}
    assert sanitize_metadata(meta, "public")["provenance"][0]["claims"] == {"message": "m"}  # no names at all
    assert sanitize_metadata(meta, "internal") == meta


def test_a_sender_shown_by_phone_number_is_dropped_below_internal() -> None:
    for number in ("+7 701 555 12 34", "\u200e+7 (701) 555-12-34\u200e", "87015551234"):
        meta = {"provenance": [{"kind": "whatsapp", "signer": number, "claims": {"sender": number, "chat": "Чат"}}]}
        kept = sanitize_metadata(meta, "partner")["provenance"][0]
        assert kept == {"kind": "whatsapp", "claims": {"chat": "Чат"}}
        assert sanitize_metadata(meta, "internal") == meta
    named = {"provenance": [{"kind": "whatsapp", "signer": "Айгерим 2", "claims": {"sender": "Айгерим 2"}}]}
    assert sanitize_metadata(named, "partner") == named


def test_the_partner_dossier_line_does_not_print_a_senders_number(vault: Vault) -> None:
    from vault.dossier.provenance_line import provenance_line
    from vault.redaction import redactor_for

    case = add_case(vault, "Дело 2")
    meta = {
        "provenance": [
            {
                "kind": "whatsapp",
                "status": "unverifiable",
                "signer": "+7 701 555 12 34",
                "claims": {"chat": "Чат", "sender": "+7 701 555 12 34"},
            }
        ]
    }
    assert "555" in provenance_line(meta, redactor_for(vault, case, "internal", "ru"))
    for profile in ("partner", "public"):
        line = provenance_line(meta, redactor_for(vault, case, profile, "ru"))
        assert "555" not in line and "отправил —" in line


def test_public_names_no_chat_member(make_vault: VaultFactory, tmp_path: Path) -> None:
    """Айгерим Сапарова sent a photo; she is no recorded person, so `public` cannot know she
    agreed to be named: her name, and the channel a photo was forwarded from, stay home."""
    v, case = _sender(make_vault, tmp_path)
    r = make_vault(tmp_path / "receiver", owner="Receiver NGO")
    out = Path(export_bundle(v, case, [befriend(v, r)], tmp_path / "p.age", profile="public").path)
    plain = pyrage.decrypt(out.read_bytes(), [keys.identity(r)]).decode("utf-8", "ignore")

    assert "Сапаров" not in plain
    pdf = tmp_path / "public.pdf"
    build_dossier(v, case, pdf, profile="public", language="ru")
    text = " ".join(pdf_text(pdf).split())
    assert "Сапаров" not in text and "отправил —" in text
    partner = tmp_path / "partner.pdf"
    build_dossier(v, case, partner, profile="partner", language="ru")
    assert "Айгерим Сапарова" in " ".join(pdf_text(partner).split())  # partner hides only the protected
