"""Every other text an audio or video file's tags hold, read so that a hidden name there is found.

The intake keeps six tags by name (title, artist, album, comment, date, software). A whole-job
red team named the witness only in tags beyond those: an album artist (TPE2), a composer, a
user-defined TXXX frame, a USLT transcript, a picture's description (APIC), a WXXX link, an MP4
description or ©wrt, a Vorbis PERFORMER or DESCRIPTION. Nothing of an audio or video file leaves
below `internal` uncleared, but the export review said only "could not be checked: audio
recording" (a reason a person may clear) and search could not find the file by her name. All
of them are kept together under `tags_text` (searchable, checked by every export's decision).
"""

from __future__ import annotations

from typing import Any

from ..textnorm import cut

MAX_TAGS = 500  # tags looked at
MAX_CHARS = 4000  # of tags_text, cut between words


def other_tag_text(tags: Any) -> str:
    """The text of every tag (ID3 frames, MP4 atoms, Vorbis or APE comments) in one string."""
    found: list[str] = []
    try:
        items = list(tags.items())[:MAX_TAGS]
    except Exception:  # noqa: BLE001 - a tag container we cannot list: nothing more to add
        return ""
    for key, value in items:
        for v in value if isinstance(value, list) else [value]:
            found += _texts(v)
        if str(key).startswith("----:"):  # an MP4 freeform atom's name: "com.apple.iTunes:Witness"
            found.append(str(key).rsplit(":", 1)[-1])
    text = "; ".join(dict.fromkeys(t.strip() for t in found if t and t.strip()))
    return cut("".join(ch for ch in text if ch.isprintable() or ch in "\n\t"), MAX_CHARS)


def _texts(value: Any) -> list[str]:
    kind = type(value).__name__
    if kind in ("APIC", "MP4Cover", "PictureType") or isinstance(value, bool | int | float | tuple):
        return [str(getattr(value, "desc", "") or "")] if kind == "APIC" else []
    if isinstance(value, bytes | bytearray):  # an MP4 freeform atom: text as UTF-8 when it is
        text = bytes(value).decode("utf-8", "ignore")
        return [text] if text and sum(ch.isprintable() for ch in text) >= 0.9 * len(text) else []
    parts = [getattr(value, "desc", ""), getattr(value, "url", "")]
    inner = getattr(value, "text", None)
    if inner is not None:  # an ID3 frame: a list of texts, or one text (USLT)
        parts += [str(t) for t in (inner if isinstance(inner, list) else [inner])]
    elif not hasattr(value, "desc"):
        parts.append(str(value))
    return [str(p) for p in parts if p]
