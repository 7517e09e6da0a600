"""Telegram Desktop's JSON export read under limits: `result.json` (one chat, or the whole
account's `chats.list`) and the media files it names (photos/, files/, video_files/,
voice_messages/...). Media paths must stay inside the export folder. The HTML export (the
default format) is read into the same Export by vault.provenance.telegram_html."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..textnorm import cut

MAX_RESULT_BYTES = 256 * 1024 * 1024
MAX_MESSAGES = 200_000
_TEXT_CAP = 4000
_MEDIA_KEYS = ("photo", "file")  # a message's attachment is named under one of these


@dataclass(frozen=True)
class Message:
    chat: str
    message_id: str
    date: str
    sender: str
    sender_id: str
    forwarded_from: str
    text: str
    media: Path | None  # inside the export folder; None for text only or a file not exported
    media_note: str  # why a named file is missing, if it is


@dataclass(frozen=True)
class Export:
    folder: Path
    chats: tuple[str, ...]
    messages: tuple[Message, ...]

    def senders(self) -> list[tuple[str, int]]:
        """Each sender with the number of media files they sent, most first."""
        counts: dict[str, int] = {}
        for m in self.messages:
            if m.sender:
                counts[m.sender] = counts.get(m.sender, 0) + (1 if m.media else 0)
        return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))

    def media(self) -> list[Message]:
        return [m for m in self.messages if m.media is not None]


def is_telegram_export(folder: Path) -> bool:
    """A JSON export (result.json) or an HTML one (messages.html: Telegram Desktop's default)."""
    return (folder / "result.json").is_file() or (folder / "messages.html").is_file()


def read_export(folder: Path) -> Export:
    """Raises UsageError when `folder` holds no readable Telegram export."""
    path = folder / "result.json"
    if not path.is_file() and (folder / "messages.html").is_file():
        from .telegram_html import read_html_export  # it builds on this module's types

        return read_html_export(folder)
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_RESULT_BYTES + 1)
    except OSError as exc:
        raise UsageError(f"no Telegram export in {folder}: {exc.strerror}") from None
    if len(raw) > MAX_RESULT_BYTES:
        raise UsageError("result.json is larger than the limit")
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):
        raise UsageError("result.json is not a Telegram export (unreadable JSON)") from None
    if not isinstance(doc, dict):
        raise UsageError("result.json is not a Telegram export")
    chats = doc.get("chats", {}).get("list") if isinstance(doc.get("chats"), dict) else None
    chat_docs = [c for c in chats if isinstance(c, dict)] if isinstance(chats, list) else [doc]
    root = folder.resolve()
    messages: list[Message] = []
    names: list[str] = []
    for chat in chat_docs:
        name = _text(chat.get("name")) or "Telegram"
        names.append(name)
        for msg in chat.get("messages") or []:
            if len(messages) >= MAX_MESSAGES:
                break
            if isinstance(msg, dict) and msg.get("type", "message") == "message":
                messages.append(_message(name, msg, root))
    return Export(folder, tuple(names), tuple(messages))


def _text(value: Any) -> str:
    """A message's text: a string, or a list of strings and entities with a "text"."""
    if isinstance(value, str):
        return cut(value, _TEXT_CAP)
    if isinstance(value, list):
        parts = [v if isinstance(v, str) else str(v.get("text", "")) for v in value if isinstance(v, str | dict)]
        return cut("".join(parts), _TEXT_CAP)
    return ""


def _message(chat: str, msg: dict[str, Any], root: Path) -> Message:
    media, note = None, ""
    named = next((msg[k] for k in _MEDIA_KEYS if isinstance(msg.get(k), str)), None)
    if named is not None:
        media, note = inside(root, named)
    return Message(
        chat=chat,
        message_id=str(msg.get("id", ""))[:40],
        date=str(msg.get("date", ""))[:40],
        sender=cut(_text(msg.get("from")), 200),
        sender_id=str(msg.get("from_id", ""))[:80],
        forwarded_from=cut(_text(msg.get("forwarded_from")), 200),
        text=_text(msg.get("text")),
        media=media,
        media_note=note,
    )


def inside(root: Path, named: str) -> tuple[Path | None, str]:
    # Telegram writes this when a file was over the export's size limit or not chosen
    if named.startswith("(File not included"):
        return None, "not included in the export"
    candidate = (root / named).resolve()
    if os.path.commonpath([root, candidate]) != str(root):
        return None, "names a file outside the export folder; ignored"
    if not candidate.is_file():
        return None, "missing from the export folder"
    return candidate, ""
