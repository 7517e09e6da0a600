"""A messenger export into the vault: each media file an item whose provenance says which chat,
who sent it, when and with what text; senders linked to people and items to a case when the user
asks; the chat itself kept as a testimony-like record if wanted."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import NotFound
from ..intake.importer import ProgressCallback, import_paths
from ..intake.report import ImportReport
from ..people import get_person, update_person
from ..store import Vault
from ..testimony import MAX_TESTIMONY_CHARS, add_testimony
from ..textnorm import cut
from . import telegram, whatsapp
from .records import attach
from .telegram import Export, Message
from .verdict import TELEGRAM, UNVERIFIABLE, WHATSAPP, Verdict

SENDER_ROLE = "sender"
KEPT_CHAT = "kept_chat"  # testimony metadata: this text is a messenger chat (its kind)
NOT_SIGNED = "a messenger export carries no signature: it records where the file came from"


@dataclass
class MessengerReport:
    report: ImportReport = field(default_factory=ImportReport)
    chat_item: str | None = None
    missing: list[str] = field(default_factory=list)  # messages whose file is not in the export


def preview(folder: Path) -> Export:
    """What `import_messenger_export` would import (chats, senders, media), for a preview."""
    return read_any(folder)


def read_any(folder: Path) -> Export:
    """A Telegram Desktop JSON export (result.json) or a WhatsApp chat export (.txt + media)."""
    return telegram.read_export(folder) if telegram.is_telegram_export(folder) else whatsapp.read_export(folder)


def import_messenger_export(
    vault: Vault,
    folder: Path,
    *,
    case_id: str | None = None,
    sender_people: Mapping[str, str] | None = None,
    keep_chat: bool = False,
    tags: tuple[str, ...] = (),
    on_progress: ProgressCallback | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> MessengerReport:
    """Raises UsageError for a folder without an export, NotFound for an unknown case or person
    (before anything is imported); ImportCancelled as import_paths does."""
    export = read_any(folder)
    mapping = dict(sender_people or {})
    for name, person_id in mapping.items():
        get_person(vault, person_id)
        if not any(m.sender == name for m in export.messages):
            raise NotFound(f"no sender named {name!r} in the export")
    _record_sender_aliases(vault, mapping)
    out = MessengerReport()
    out.missing = [f"{m.chat} #{m.message_id}: {m.media_note}" for m in export.messages if m.media_note]
    kind = TELEGRAM if telegram.is_telegram_export(folder) else WHATSAPP
    groups: dict[str | None, list[Message]] = {}
    first: dict[str, Message] = {}
    for msg in export.media():
        key = str(msg.media)
        if key not in first:  # the same file in several messages: the first tells where it came from
            first[key] = msg
            groups.setdefault(mapping.get(msg.sender), []).append(msg)
    for sender_person, msgs in groups.items():
        people = [(sender_person, SENDER_ROLE)] if sender_person else []
        part = import_paths(
            vault,
            [m.media for m in msgs if m.media],
            case_id=case_id,
            tags=tags,
            people=people,
            on_progress=on_progress,
            should_cancel=should_cancel,
        )
        out.report.imported += part.imported
        out.report.duplicates += part.duplicates
        out.report.rejected += part.rejected
        done = [(i.path, i.id) for i in part.imported] + [(d.path, d.id) for d in part.duplicates]
        for path, item_id in done:
            origin = first.get(str(Path(path)))
            if origin is not None:
                attach(vault, item_id, [verdict_of(origin, kind)])
    if keep_chat and export.messages:
        out.chat_item = _keep_chat(vault, export, case_id, mapping)
    return out


def _record_sender_aliases(vault: Vault, mapping: Mapping[str, str]) -> None:
    """A sender linked to a person is that person under another name ("Луна 🌙", a nickname
    everyone in the chat knows): it becomes one of their aliases, so that every export hides it
    wherever it stands (provenance, the kept chat, any text) as it hides the name."""
    for name, person_id in mapping.items():
        person = get_person(vault, person_id)
        if name.strip() and name.strip() != person.name and name not in person.aliases:
            update_person(vault, person_id, aliases=[*person.aliases, name])


def verdict_of(msg: Message, kind: str = TELEGRAM) -> Verdict:
    claims = {
        "chat": msg.chat,
        "sender": msg.sender,
        "sender_id": msg.sender_id,
        "date": msg.date,
        "message": msg.text,
        "forwarded_from": msg.forwarded_from,
        "message_id": msg.message_id,
    }
    return Verdict(kind, UNVERIFIABLE, msg.sender, {k: v for k, v in claims.items() if v}, NOT_SIGNED)


def _keep_chat(vault: Vault, export: Export, case_id: str | None, mapping: dict[str, str]) -> str:
    lines = []
    for m in export.messages:
        attached = f" [{m.media.name}]" if m.media else (f" [{m.media_note}]" if m.media_note else "")
        forwarded = f" (forwarded from {m.forwarded_from})" if m.forwarded_from else ""
        lines.append(f"{m.date} {m.sender}{forwarded}: {m.text}{attached}")
    text = "\n".join(lines)
    if len(text) > MAX_TESTIMONY_CHARS:
        text = cut(text, MAX_TESTIMONY_CHARS - 100) + "\n[… the chat continues in the export; cut at the size limit]"
    people = [(pid, SENDER_ROLE) for pid in dict.fromkeys(mapping.values())]
    title = ("Telegram: " if telegram.is_telegram_export(export.folder) else "WhatsApp: ") + ", ".join(export.chats)
    # Cut between words: a chat named after her, cut inside her surname, would leave a stem.
    kind = TELEGRAM if telegram.is_telegram_export(export.folder) else WHATSAPP
    return add_testimony(
        vault, title=cut(title, 200), text=text, case_id=case_id, people=people, metadata={KEPT_CHAT: kind}
    )
