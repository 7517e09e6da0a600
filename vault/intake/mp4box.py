"""A small, bounded reader for the few boxes of an MP4/MOV/3GP/M4A that say when, where and with
what a recording was made: `mvhd` (creation time, duration), the QuickTime user data under
`udta` (`©xyz` location, `©mak`/`©mod` device, `©too` software, `©day`), and Apple's `keys` +
`ilst` pairs (`com.apple.quicktime.location.ISO6709`, `.make`, `.model`, `.creationdate`).

Written here rather than taken from a library: the general audio library (mutagen) reads only
`moov/udta/meta/ilst` tags, not the location and creation time phones write, and this is all
that is needed (docs/adr/018-media-metadata.md). Nothing is trusted: every size is checked
against its parent, at most MAX_BOXES headers are read, only leaves of interest are read and
each at most MAX_LEAF bytes, so a hostile file costs a bounded amount of reading, never a hang.
"""

from __future__ import annotations

import re
import struct
from datetime import UTC, datetime, timedelta
from typing import Any, BinaryIO

MAX_BOXES = 4096
MAX_LEAF = 64 * 1024
MAX_DEPTH = 8
_EPOCH_1904 = datetime(1904, 1, 1, tzinfo=UTC)
_CONTAINERS = {b"moov", b"udta", b"trak", b"mdia", b"minf", b"meta", b"ilst"}
_UDTA_TEXT = {
    b"\xa9xyz": "location",
    b"\xa9mak": "make",
    b"\xa9mod": "model",
    b"\xa9too": "software",
    b"\xa9day": "date",
}
_APPLE_KEYS = {
    "com.apple.quicktime.location.iso6709": "location",
    "com.apple.quicktime.make": "make",
    "com.apple.quicktime.model": "model",
    "com.apple.quicktime.software": "software",
    "com.apple.quicktime.creationdate": "date",
}
_ISO6709 = re.compile(r"^([+-]\d{1,2}(?:\.\d+)?)([+-]\d{1,3}(?:\.\d+)?)([+-]\d+(?:\.\d+)?)?")


class Mp4Error(Exception):
    """The box structure is damaged (what was read before the damage is still returned)."""


class _Walk:
    def __init__(self, fh: BinaryIO, size: int) -> None:
        self.fh = fh
        self.size = size
        self.boxes = 0
        self.found: dict[str, Any] = {}
        self.keys: list[str] = []  # Apple `keys`, 1-based in `ilst`
        self.damaged = ""

    def walk(self, start: int, end: int, depth: int, parent: bytes) -> None:
        pos = start
        while pos + 8 <= end:
            self.boxes += 1
            if self.boxes > MAX_BOXES or depth > MAX_DEPTH:
                self.damaged = "too many boxes"
                return
            self.fh.seek(pos)
            head = self.fh.read(8)
            if len(head) < 8:
                self.damaged = "truncated"
                return
            size, kind = struct.unpack(">I4s", head)
            body = pos + 8
            if size == 1:
                big = self.fh.read(8)
                if len(big) < 8:
                    self.damaged = "truncated"
                    return
                size, body = struct.unpack(">Q", big)[0], pos + 16
            elif size == 0:
                size = end - pos
            if size < body - pos or pos + size > end:
                self.damaged = "a box runs past its container"
                return
            self.box(kind, body, pos + size, depth, parent)
            pos += size

    def leaf(self, body: int, end: int) -> bytes:
        self.fh.seek(body)
        return self.fh.read(min(end - body, MAX_LEAF))

    def box(self, kind: bytes, body: int, end: int, depth: int, parent: bytes) -> None:
        if kind == b"meta":
            peek = self.leaf(body, min(end, body + 8))
            self.walk(body if peek[4:8] == b"hdlr" else body + 4, end, depth + 1, kind)  # QuickTime vs ISO meta
        elif kind in _CONTAINERS:
            self.walk(body, end, depth + 1, kind)
        elif kind == b"mvhd":
            self.mvhd(self.leaf(body, end))
        elif kind == b"keys":
            self.apple_keys(self.leaf(body, end))
        elif parent == b"udta" and kind in _UDTA_TEXT:
            self.udta_text(_UDTA_TEXT[kind], self.leaf(body, end))
        elif parent == b"ilst" and self.keys:
            index = int.from_bytes(kind, "big")
            if 1 <= index <= len(self.keys) and self.keys[index - 1] in _APPLE_KEYS:
                self.apple_value(_APPLE_KEYS[self.keys[index - 1]], self.leaf(body, end))

    def mvhd(self, data: bytes) -> None:
        if len(data) >= 32 and data[0] == 1:
            created, _mod, scale, duration = struct.unpack(">QQIQ", data[4:32])
        elif len(data) >= 20:
            created, _mod, scale, duration = struct.unpack(">IIII", data[4:20])
        else:
            return
        if scale and duration and duration != 0xFFFFFFFF:
            self.found["duration_s"] = round(duration / scale, 3)
        if created and created < 1 << 40:
            when = _EPOCH_1904 + timedelta(seconds=created)
            self.found.setdefault("created", when.strftime("%Y-%m-%dT%H:%M:%SZ"))

    def udta_text(self, key: str, data: bytes) -> None:
        if len(data) >= 4:
            n = int.from_bytes(data[:2], "big")
            self.found.setdefault(key, _text(data[4 : 4 + n]))

    def apple_keys(self, data: bytes) -> None:
        if len(data) < 8:
            return
        count, pos = int.from_bytes(data[4:8], "big"), 8
        for _ in range(min(count, 256)):
            size = int.from_bytes(data[pos : pos + 4], "big")
            if size < 8 or pos + size > len(data):
                return
            self.keys.append(data[pos + 8 : pos + size].decode("utf-8", "replace").lower())
            pos += size

    def apple_value(self, key: str, data: bytes) -> None:
        # one `data` box: size, 'data', type (4), locale (4), value
        if len(data) >= 16 and data[4:8] == b"data":
            size = min(int.from_bytes(data[:4], "big"), len(data))
            self.found[key] = _text(data[16:size])  # Apple's keys win over `udta` (they carry the zone)


def _text(raw: bytes) -> str:
    return raw.decode("utf-8", "replace").replace("\x00", "").strip()[:500]


def parse_iso6709(text: str) -> dict[str, float] | None:
    """'+43.2389+076.8897+0012.000/' → {lat, lon, alt}; None when absent or out of range."""
    m = _ISO6709.match(text.strip())
    if m is None:
        return None
    lat, lon = float(m.group(1)), float(m.group(2))
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    out = {"lat": round(lat, 6), "lon": round(lon, 6)}
    if m.group(3) is not None:
        out["alt"] = round(float(m.group(3)), 1)
    return out


def read_mp4(fh: BinaryIO, size: int) -> tuple[dict[str, Any], str]:
    """Metadata in intake's keys (duration_s, taken, gps, camera, software) and, for a damaged
    file, a short reason ('' when the structure was sound). Raises only OSError."""
    walk = _Walk(fh, size)
    walk.walk(0, size, 0, b"")
    found, out = walk.found, {}
    if "duration_s" in found:
        out["duration_s"] = found["duration_s"]
    taken = found.get("date") or found.get("created")
    if taken:
        out["taken"] = taken
    gps = parse_iso6709(found.get("location", ""))
    if gps:
        out["gps"] = gps
    camera = {k: found[k] for k in ("make", "model") if found.get(k)}
    if camera:
        out["camera"] = camera
    if found.get("software"):
        out["software"] = found["software"]
    return out, walk.damaged
