"""WhatsApp's "Export chat" (with media): a `.txt` transcript and the attached files side by side.

The transcript's date format follows the phone's locale and is kept as written (a day-month
order cannot be told from a month-day one). Android writes `01.03.2026, 10:00 - Name: text` and
`IMG-….jpg (file attached)`; iOS writes `[01.03.2026, 10:00:05] Name: text` and
`<attached: 00000012-PHOTO-….jpg>`. Lines that start no message continue the previous one.
"""

from __future__ import annotations

import re
from pathlib import Path

from ..errors import UsageError
from ..textnorm import cut
from .telegram import Export, Message, inside

MAX_TRANSCRIPT_BYTES = 64 * 1024 * 1024
MAX_MESSAGES = 200_000
_TEXT_CAP = 4000
_STAMP = r"(\d{1,2}[./-]\d{1,2}[./-]\d{2,4}),? (\d{1,2}:\d{2}(?::\d{2})?(?:\s?[APap]\.?\s?[Mm]\.?)?)"
_ANDROID = re.compile(rf"^\u200e?{_STAMP} - (.*)$")
_IOS = re.compile(rf"^\u200e?\[{_STAMP}\] (.*)$")
_ATTACHED_IOS = re.compile(r"<(?:attached|прикреплено|тіркелген): ([^>]+)>")
_ATTACHED_ANDROID = re.compile(r"^\u200e?(\S.*?) \((?:file attached|файл добавлен|файл қосылды|файл тіркелді)\)")
_OMITTED = re.compile(r"<(?:Media omitted|Без медиафайлов|Медиафайлсыз)>", re.I)
_CHAT_NAME = re.compile(r"^(?:WhatsApp Chat with |Чат WhatsApp с |WhatsApp чаты: )(.+)$")


def transcript_of(folder: Path) -> Path | None:
    """The export's transcript: `_chat.txt` (iOS) or the one `.txt` that reads as a chat."""
    if (folder / "_chat.txt").is_file():
        return folder / "_chat.txt"
    for path in sorted(folder.glob("*.txt")):
        with open(path, "rb") as fh:
            head = fh.read(4096).decode("utf-8", "replace").lstrip("\ufeff")
        if any(_ANDROID.match(line) or _IOS.match(line) for line in head.splitlines()[:5]):
            return path
    return None


def read_export(folder: Path) -> Export:
    path = transcript_of(folder)
    if path is None:
        raise UsageError(f"no WhatsApp chat export in {folder}")
    with open(path, "rb") as fh:
        raw = fh.read(MAX_TRANSCRIPT_BYTES + 1)
    if len(raw) > MAX_TRANSCRIPT_BYTES:
        raise UsageError("the chat transcript is larger than the limit")
    named = _CHAT_NAME.match(path.stem)
    chat = named.group(1) if named else folder.name
    root = folder.resolve()
    entries: list[list[str]] = []  # [date, sender, text]
    for line in raw.decode("utf-8", "replace").lstrip("\ufeff").splitlines():
        match = _ANDROID.match(line) or _IOS.match(line)
        if match:
            if len(entries) >= MAX_MESSAGES:
                break
            date, time, rest = match.groups()
            sender, colon, text = rest.partition(": ")
            entries.append([f"{date} {time}", sender if colon else "", text if colon else rest])
        elif entries:
            entries[-1][2] += "\n" + line
    messages = [_message(chat, n, date, sender, text, root) for n, (date, sender, text) in enumerate(entries, 1)]
    # iOS attributes its notices ("messages are end-to-end encrypted") to the chat, marked with a
    # left-to-right mark: a "sender" who never wrote anything else is not a person.
    real = {
        m.sender
        for m, (_d, _s, text) in zip(messages, entries, strict=True)
        if m.media is not None or not text.startswith("\u200e")
    }
    return Export(folder, (chat,), tuple(m for m in messages if m.sender and m.sender in real))


def _message(chat: str, n: int, date: str, sender: str, text: str, root: Path) -> Message:
    media, note = None, ""
    found = _ATTACHED_IOS.search(text) or _ATTACHED_ANDROID.match(text)
    if found:
        media, note = inside(root, found.group(1).strip())
        text = (text[: found.start()] + text[found.end() :]).strip()
    elif _OMITTED.search(text):
        note = "not included in the export"
    return Message(
        chat=chat,
        message_id=str(n),
        date=date[:40],
        sender=cut(sender.strip(), 200),
        sender_id="",
        forwarded_from="",
        text=cut(text.strip(), _TEXT_CAP),
        media=media,
        media_note=note,
    )
