"""Audio and video metadata: duration, creation time, GPS, device, and the textual tags
(title, artist, album, comment). Best effort and bounded: a damaged file gives a warning and what
could be read, never an exception or a hang.

Two readers (docs/adr/018-media-metadata.md): `mutagen` for audio formats and the `ilst` tags
of MP4/M4A, and our own `mp4box` for what phones write into MP4/MOV/3GP (location, creation
time, make/model). Both read the original through `_Bounded`, which refuses to read more than
MAX_READ bytes in all, so a header claiming gigabytes of tag data cannot make intake read them.
"""

from __future__ import annotations

import io
import logging
import os
from typing import Any, BinaryIO

from .mp4box import read_mp4

log = logging.getLogger(__name__)

MAX_READ = 6 * 1024 * 1024  # bytes all parsers together may read from one file (memory stays flat)
MAX_TEXT = 1000  # characters kept of one tag
MP4_MIMES = frozenset({"video/mp4", "video/quicktime", "video/3gpp", "video/3gpp2", "audio/mp4"})
DAMAGED = "audio/video metadata could not be fully read (damaged or truncated file)"
TOO_LARGE = "audio/video metadata not read: its tags are larger than 6 MiB"

# intake key → (ID3 frame, MP4 ilst atom, Vorbis comment / APE key)
_TAGS = {
    "title": ("TIT2", "\xa9nam", "title"),
    "artist": ("TPE1", "\xa9ART", "artist"),
    "album": ("TALB", "\xa9alb", "album"),
    "comment": ("COMM", "\xa9cmt", "comment"),
    "date": ("TDRC", "\xa9day", "date"),
    "software": ("TSSE", "\xa9too", "encoder"),
}


class _TooMuch(Exception):
    pass


class _Bounded(io.RawIOBase):
    """A read-only view of the open original that raises after MAX_READ bytes read in all."""

    def __init__(self, fh: BinaryIO, name: str, budget: list[int]) -> None:
        super().__init__()
        self._fh = fh
        self.name = name  # mutagen uses the extension as a hint
        self._budget = budget  # shared between the readers of one file

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        return self._fh.seek(offset, whence)

    def tell(self) -> int:
        return self._fh.tell()

    def read(self, n: int | None = -1) -> bytes:
        want = self._budget[0] + 1 if n is None or n < 0 else min(n, self._budget[0] + 1)
        data = self._fh.read(want)
        self._budget[0] -= len(data)
        if self._budget[0] < 0:
            raise _TooMuch
        return data

    def readinto(self, b: Any) -> int:
        data = self.read(len(b))
        b[: len(data)] = data
        return len(data)


def media_metadata(fh: BinaryIO, name: str, mime: str, size: int) -> tuple[dict[str, Any], list[str]]:
    """Metadata of the audio or video file open as `fh` (read from offset 0), and warnings."""
    budget = [MAX_READ]
    meta: dict[str, Any] = {}
    damaged = False
    too_large = False
    if mime in MP4_MIMES:
        try:
            meta, problem = read_mp4(_Bounded(fh, name, budget), size)  # type: ignore[arg-type]
            damaged = bool(problem)
        except _TooMuch:
            too_large = True
        except Exception:  # noqa: BLE001 - any failure of a parser on hostile bytes is a warning
            log.debug("mp4 boxes unreadable", exc_info=True)
            damaged = True
    try:
        fh.seek(0)
        found = _mutagen(_Bounded(fh, name, budget))
    except _TooMuch:
        found, too_large = {}, True
    except Exception:  # noqa: BLE001 - as above; mutagen raises many kinds
        log.debug("mutagen could not read a file", exc_info=True)
        found, damaged = {}, True
    for key, value in found.items():
        meta.setdefault(key, value)  # the box reader's device and time win
    return meta, [TOO_LARGE] if too_large else [DAMAGED] if damaged else []


def _mutagen(fh: _Bounded) -> dict[str, Any]:
    import mutagen  # imported on first use: most imports carry no audio

    parsed = mutagen.File(fh)
    if parsed is None:
        return {}
    out: dict[str, Any] = {}
    length = getattr(parsed.info, "length", None)
    if isinstance(length, int | float) and 0 < length < 10**7:
        out["duration_s"] = round(float(length), 3)
    tags = parsed.tags
    if tags is None:
        return out
    for key, names in _TAGS.items():
        values = _values(tags, names)
        text = "; ".join(dict.fromkeys(v for v in values if v))[:MAX_TEXT]
        if text:
            out[key] = text
    from .media_tags import other_tag_text

    other = other_tag_text(tags)
    if other:
        out["tags_text"] = other
    return out


def _values(tags: Any, names: tuple[str, str, str]) -> list[str]:
    id3, mp4, vorbis = names
    if hasattr(tags, "getall"):  # ID3 (MP3, WAV, AIFF)
        return [_clean(t) for frame in tags.getall(id3) for t in getattr(frame, "text", [])]
    for key in (mp4, vorbis, vorbis.upper(), vorbis.capitalize()):
        try:
            found = tags.get(key) if hasattr(tags, "get") else None
        except (KeyError, ValueError, TypeError):
            found = None
        if found:
            items = found if isinstance(found, list) else [found]
            return [_clean(v) for v in items]
    return []


def _clean(value: Any) -> str:
    text = str(value)
    return "".join(ch for ch in text if ch.isprintable() or ch in "\n\t").strip()
