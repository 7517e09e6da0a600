"""Red team, whole jobs: a messenger chat kept as a testimony heads every line with its member's
name, and most members are nobody this vault records. Under `public`, which shows only people
marked public, those names cannot be checked, yet the chat went out with them ("Нұрлан Әбдіров:
Акт"). Now a kept chat stays home under public (a person may clear it); under partner it travels
redacted as before."""

from __future__ import annotations

from pathlib import Path

from tests.support.dossier import pdftotext
from tests.support.provenance import telegram_html_export
from vault.cases import add_case
from vault.dossier import build_dossier
from vault.exports import reasons as rs
from vault.exports.clearance import clear_item
from vault.exports.review import review_export
from vault.people import add_person
from vault.provenance.messenger import import_messenger_export
from vault.store import Vault
from vault.testimony import add_testimony

MEMBER = "Нұрлан Әбдіров"  # a chat member nobody recorded


def _chat(vault: Vault, tmp_path: Path) -> tuple[str, str]:
    case = add_case(vault, "Іс: Алматы, 1 наурыз")
    folder = telegram_html_export(tmp_path / "export")
    done = import_messenger_export(vault, folder, case_id=case, keep_chat=True)  # no sender linked to anyone
    assert done.chat_item is not None
    return case, done.chat_item


def test_a_kept_chat_stays_home_under_public_and_travels_under_partner(vault: Vault, tmp_path: Path) -> None:
    case, chat = _chat(vault, tmp_path)
    public = review_export(vault, case, "public")
    assert {w.item_id: w.reason_key for w in public.withheld}[chat] == rs.CHAT_MEMBERS
    out = tmp_path / "public.pdf"
    build_dossier(vault, case, out, profile="public", language="kk")
    text = " ".join(pdftotext(out).split())
    assert MEMBER not in text and "қатысушылары қоймада түгел жазылмаған чат" in text
    partner = review_export(vault, case, "partner")
    assert chat not in {w.item_id for w in partner.withheld}
    clear_item(vault, chat, "public", "every member agreed to be named")
    assert chat not in {w.item_id for w in review_export(vault, case, "public").withheld}


def test_a_chat_kept_before_the_flag_is_known_by_its_title_and_senders(vault: Vault) -> None:
    case = add_case(vault, "Дело 5")
    sender = add_person(vault, "Айгерим Сапарова", role="witness")
    old = add_testimony(
        vault, title="WhatsApp: Мониторинг", text=f"01.03.2026 {MEMBER}: Акт", case_id=case, people=[(sender, "sender")]
    )
    plain = add_testimony(vault, title="WhatsApp: a note", text="Заметка", case_id=case)
    withheld = {w.item_id for w in review_export(vault, case, "public").withheld}
    assert old in withheld and plain not in withheld
