"""Red team, a phone number inside a kept chat. A WhatsApp chat was kept as a transcript (`keep
chat`); a member wrote the witness's number into a message ("Гуле можно звонить: +7 701 555 12
34"), and the partner bundle and the public dossier carried it: the number names her to anyone
who dials it or looks it up in a messenger. Senders shown by number were already dropped from
the provenance; a number written in text was not. Now every string an export shows below
`internal` loses phone numbers, written any common way, counted as phone-numbers-replaced."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.support.intake import photo_bytes
from tests.support.leak_text import bundle_text, dossier_text
from tests.support.leaks import befriend
from tests.support.vaults import VaultFactory
from vault.bundle import export_bundle
from vault.cases import add_case
from vault.dossier import build_dossier
from vault.exports.review import review_export
from vault.protection.phones import replace_phones
from vault.provenance.messenger import import_messenger_export
from vault.redaction import Redactor

NUMBERS = ["+7 701 555 12 34", "8 (702) 444-33-22", "87073332211", "+7-705-111-22-33", "+44 20 7946 0958"]


def _chat(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "IMG-20260301-WA0001.jpg").write_bytes(photo_bytes((64, 48)))
    lines = [
        "01.03.2026, 10:00 - Айгерим Сапарова: IMG-20260301-WA0001.jpg (файл добавлен)",
        f"01.03.2026, 10:01 - Айгерим Сапарова: Задержали троих. Свидетельнице можно звонить: {NUMBERS[0]}",
        f"01.03.2026, 10:02 - Айгерим Сапарова: её мать {NUMBERS[1]}, брат {NUMBERS[2]}",
        f"01.03.2026, 10:03 - {NUMBERS[3]}: это я, пишите {NUMBERS[4]}",
    ]
    (folder / "Чат WhatsApp с Мониторинг.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _leaked(text: str) -> list[str]:
    digits = re.sub(r"\D", "", text)
    return [n for n in NUMBERS if _digits(n)[-7:] in digits]


def test_numbers_in_a_kept_chat_stay_home(make_vault: VaultFactory, tmp_path: Path) -> None:
    v = make_vault(tmp_path / "sender", owner="Sender NGO")
    case = add_case(v, "Дело 11")
    report = import_messenger_export(v, _chat(tmp_path / "wa"), case_id=case, keep_chat=True)
    assert report.chat_item
    r = make_vault(tmp_path / "receiver", owner="Receiver NGO")
    out = Path(export_bundle(v, case, [befriend(v, r)], tmp_path / "b.age", profile="partner").path)
    sent = bundle_text(r, out)
    assert "Задержали троих" in sent and any(p in sent for p in ("[phone]", "[телефон]"))
    assert _leaked(sent) == []
    for profile in ("partner", "public"):
        pdf = tmp_path / f"{profile}.pdf"
        build_dossier(v, case, pdf, profile=profile, language="ru")
        shown = dossier_text(pdf)
        if profile == "partner":
            assert "Задержали троих" in shown and "[телефон]" in shown
        else:  # public: a kept chat's members cannot be checked, it stays home (test_redteam_kept_chat_public)
            assert "Задержали троих" not in shown
        assert _leaked(shown) == [], profile
    internal = tmp_path / "internal.pdf"
    build_dossier(v, case, internal, profile="internal", language="ru")
    assert _leaked(dossier_text(internal))  # internal shows what was written
    assert review_export(v, case, "partner", "ru").to_json()["replaced"]["phone-numbers-replaced"] >= 4


@pytest.mark.parametrize(
    "text",
    [
        "Заседание 01.03.2026 в 10:00, дело № 7511-0023-00/123, штраф 750 000 тенге.",
        "ИИН 870101300123, хеш 3f5a9c81, версия 8.1.2, тел. не указан",
        "Протокол 2-1234/2026 от 12.02.2026; сумма 1 250 000,50 тг; 7 человек, 8 часов",
    ],
)
def test_dates_case_numbers_and_sums_are_not_phones(text: str) -> None:
    assert replace_phones(text, "ru") == (text, 0)


def test_the_redactor_replaces_numbers_only_below_internal() -> None:
    text = "звоните +7 (701) 555-12-34 или 8 701 555 12 35"
    assert Redactor("internal", "ru").text(text) == text
    red = Redactor("partner", "ru")
    assert red.text(text) == "звоните [телефон] или [телефон]"
    assert red.removal_counts() == {"phone-numbers-replaced": 2}


def test_a_file_name_with_a_number_is_withheld() -> None:
    red = Redactor("partner", "ru")
    assert red.file_name_for("+77015551234 2026-03-01.jpg") is None
    assert red.file_name_for("IMG-20260301-WA0001.jpg") == "IMG-20260301-WA0001.jpg"
    assert red.removal_counts() == {"file-names-withheld": 1}
    assert Redactor("internal", "ru").file_name_for("+77015551234.jpg") == "+77015551234.jpg"
