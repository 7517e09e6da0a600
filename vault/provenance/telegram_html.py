"""Telegram Desktop's HTML export (its default format): messages.html, messages2.html, … and the
media folders beside them, read into the same Export as the JSON export (vault.provenance.telegram).

Each message is a `<div class="message default" id="messageN">` holding the sender
(`from_name`, left out of a "joined" message that continues the previous sender's), the time
(`date details` with the full date in its title), the text (`text`, `<br>` a line break), a
forwarded block (`forwarded body`, whose `from_name` is who it was forwarded from) and the media
link (`<a href>` of a photo, video, file, voice or audio block). Service messages are skipped.
The page is parsed by the standard library's HTMLParser as text only: nothing is fetched, no
script runs, character references are decoded. Media paths must stay inside the export folder.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from ..errors import UsageError
from ..textnorm import cut
from .telegram import MAX_MESSAGES, MAX_RESULT_BYTES, Export, Message, inside

_TEXT_CAP = 4000
_PAGE = re.compile(r"^messages(\d*)\.html$")
_DATE = re.compile(r"(\d{2})\.(\d{2})\.(\d{4}) (\d{2}):(\d{2}):(\d{2})")
_MEDIA_CLASSES = (
    "photo_wrap",
    "video_file_wrap",
    "animated_wrap",
    "media_file",
    "media_photo",
    "media_video",
    "media_voice_message",
    "media_audio_file",
    "sticker_wrap",
)


def is_html_export(folder: Path) -> bool:
    return (folder / "messages.html").is_file()


def pages(folder: Path) -> list[Path]:
    """messages.html, messages2.html, … in order."""
    found = [(int(m.group(1) or 1), p) for p in folder.iterdir() if (m := _PAGE.match(p.name)) and p.is_file()]
    return [p for _, p in sorted(found)]


def read_html_export(folder: Path) -> Export:
    """Raises UsageError when `folder` holds no readable HTML export."""
    root = folder.resolve()
    parser = _Parser(root)
    total = 0
    for page in pages(folder):
        try:
            raw = page.read_bytes()
        except OSError as exc:
            raise UsageError(f"{page.name} could not be read: {exc.strerror}") from None
        total += len(raw)
        if total > MAX_RESULT_BYTES:
            raise UsageError("the export's pages are larger than the limit")
        parser.feed(raw.decode("utf-8", "replace"))
        parser.close()
        parser.reset_page()
        if len(parser.messages) >= MAX_MESSAGES:
            break
    if not parser.seen_export:
        raise UsageError(f"no Telegram export in {folder}: messages.html holds no chat")
    return Export(folder, (parser.chat or "Telegram",), tuple(parser.messages[:MAX_MESSAGES]))


class _Parser(HTMLParser):
    def __init__(self, root: Path) -> None:
        super().__init__(convert_charrefs=True)
        self.root = root
        self.chat = ""
        self.messages: list[Message] = []
        self.seen_export = False
        self.last_sender = ""
        self.reset_page()

    def reset_page(self) -> None:
        self.stack: list[str] = []  # the role of every open div
        self.current: dict[str, str] | None = None
        self.collect: str | None = None  # the field the text data goes to
        self.in_details = 0  # inside a span.details of a from_name (the forward's date)
        self.in_code = False  # inside <script> or <style>
        self.header = False

    # ----- structure -------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        classes = set(a.get("class", "").split())
        if tag == "div":
            role = self._role(classes, a)
            self.stack.append(role)
            if role == "message":
                self.seen_export = True
                self.current = {"id": a.get("id", "").removeprefix("message")[:40], "text": "", "from": ""}
                self.current["joined"] = "1" if "joined" in classes else ""
            elif role == "date" and self.current is not None and "forwarded" not in self.stack:
                self.current["date"] = _iso(a.get("title", ""))
            if self.current is not None and classes.intersection(_MEDIA_CLASSES) and "media" not in self.current:
                # a media block without a link: the file was left out of the export
                self.current["note"] = "not included in the export"
            self.collect = self._field(role)
        elif tag in ("script", "style"):
            self.in_code = True
        elif tag == "span" and "details" in classes:
            self.in_details += 1
        elif tag == "br" and self.collect:
            self._add("\n")
        elif tag == "a" and self.current is not None and "media" not in self.current:
            href = a.get("href", "")
            if href and classes.intersection(_MEDIA_CLASSES):
                self.current["media"] = href

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.in_code = False
        if tag == "span" and self.in_details:
            self.in_details -= 1
        if tag != "div" or not self.stack:
            return
        role = self.stack.pop()
        if role == "message" and self.current is not None:
            self._finish(self.current)
            self.current = None
        self.collect = self._field(self.stack[-1]) if self.stack else None

    def handle_data(self, data: str) -> None:
        if self.in_code:  # a page's scripts and styles are not what anyone wrote in the chat
            return
        if self.header and not self.chat and data.strip():
            self.chat = cut(" ".join(data.split()), 200)
        elif self.collect and not self.in_details:
            self._add(data)

    # ----- helpers ---------------------------------------------------------------------------

    def _role(self, classes: set[str], attrs: dict[str, str]) -> str:
        if {"message", "default"} <= classes and attrs.get("id", "").startswith("message"):
            return "message"
        if self.current is None:
            self.header = "page_header" in self.stack and "text" in classes and "bold" in classes
            return "page_header" if "page_header" in classes else "other"
        if "forwarded" in classes:
            return "forwarded"
        if "from_name" in classes:
            return "forwarded_name" if "forwarded" in self.stack else "from_name"
        if "text" in classes:  # a forwarded message's text too, as the JSON export gives it
            return "text"
        if "date" in classes and "details" in classes:
            return "date"
        return "other"

    def _field(self, role: str) -> str | None:
        return {"from_name": "from", "forwarded_name": "forwarded", "text": "text"}.get(role)

    def _add(self, data: str) -> None:
        assert self.current is not None and self.collect is not None
        if len(self.current.get(self.collect, "")) < _TEXT_CAP:
            self.current[self.collect] = self.current.get(self.collect, "") + data

    def _finish(self, msg: dict[str, str]) -> None:
        sender = " ".join(msg.get("from", "").split()) or (self.last_sender if msg.get("joined") else "")
        self.last_sender = sender
        media, note = None, msg.get("note", "")
        if msg.get("media"):
            media, note = inside(self.root, msg["media"])
        self.messages.append(
            Message(
                chat=self.chat or "Telegram",
                message_id=msg.get("id", ""),
                date=msg.get("date", ""),
                sender=cut(sender, 200),
                sender_id="",
                forwarded_from=cut(" ".join(msg.get("forwarded", "").split()), 200),
                text=cut(msg.get("text", "").strip(), _TEXT_CAP),
                media=media,
                media_note=note,
            )
        )


def _iso(title: str) -> str:
    """'15.03.2026 10:07:31 UTC+06:00' → '2026-03-15T10:07:31' (as the JSON export writes it)."""
    m = _DATE.search(title)
    if not m:
        return ""
    day, month, year, hh, mm, ss = m.groups()
    return f"{year}-{month}-{day}T{hh}:{mm}:{ss}"
