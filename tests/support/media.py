"""Generated audio and video files for intake tests: MPEG frames with ID3 tags, MP4/M4A boxes
written by hand (as a phone writes them: `mvhd` creation time, `udta/©xyz`, Apple `keys`),
FLAC with Vorbis comments, WAV. Tags are added with mutagen where it can write them."""

from __future__ import annotations

import io
import struct
import wave
from datetime import UTC, datetime
from pathlib import Path

EPOCH_1904 = datetime(1904, 1, 1, tzinfo=UTC)


def box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I4s", 8 + len(payload), kind) + payload


def udta_text(kind: bytes, text: str) -> bytes:
    raw = text.encode()
    return box(kind, struct.pack(">HH", len(raw), 0x15C7) + raw)


def mvhd(created: datetime, seconds: float, scale: int = 1000) -> bytes:
    stamp = int((created - EPOCH_1904).total_seconds())
    return box(b"mvhd", struct.pack(">B3xIIII", 0, stamp, stamp, scale, int(seconds * scale)) + bytes(80))


def ilst_item(kind: bytes, text: str) -> bytes:
    return box(kind, box(b"data", struct.pack(">II", 1, 0) + text.encode()))


def phone_mp4(
    *,
    created: datetime,
    seconds: float,
    location: str = "",
    make: str = "",
    model: str = "",
    apple: bool = False,
    brand: bytes = b"mp42",
) -> bytes:
    """An MP4 as phones write it: the fields in `moov/udta` (Android) or `moov/meta` keys+ilst
    (iPhone, apple=True), then a small `mdat`."""
    if apple:
        names = [b"com.apple.quicktime.location.ISO6709", b"com.apple.quicktime.make", b"com.apple.quicktime.model"]
        keys = box(b"keys", struct.pack(">II", 0, len(names)) + b"".join(box(b"mdta", n) for n in names))
        items = b"".join(ilst_item(struct.pack(">I", i + 1), v) for i, v in enumerate([location, make, model]))
        extra = box(b"meta", box(b"hdlr", bytes(24)) + keys + box(b"ilst", items))
    else:
        fields = [(b"\xa9xyz", location), (b"\xa9mak", make), (b"\xa9mod", model)]
        extra = box(b"udta", b"".join(udta_text(k, v) for k, v in fields if v))
    ftyp = box(b"ftyp", brand + b"\x00\x00\x00\x00" + brand + b"isom")
    return ftyp + box(b"moov", mvhd(created, seconds) + extra) + box(b"mdat", bytes(4096))


def _mdhd(seconds: float, rate: int = 44100) -> bytes:
    return box(b"mdhd", struct.pack(">B3xIIIIHH", 0, 0, 0, rate, int(seconds * rate), 0x55C4, 0))


def m4a(seconds: float, tags: dict[bytes, str]) -> bytes:
    """An AAC-in-MP4 audio file with `moov/udta/meta/ilst` tags (what mutagen reads)."""
    esds = box(b"esds", bytes(4) + bytes.fromhex("03190000000411400000000000000000000000000005021210060102"))
    mp4a = box(
        b"mp4a", bytes(6) + struct.pack(">H", 1) + bytes(8) + struct.pack(">HHHHI", 2, 16, 0, 0, 44100 << 16) + esds
    )
    stbl = box(b"stbl", box(b"stsd", struct.pack(">II", 0, 1) + mp4a))
    hdlr = box(b"hdlr", bytes(8) + b"soun" + bytes(13))
    trak = box(b"trak", box(b"mdia", _mdhd(seconds) + hdlr + box(b"minf", stbl)))
    ilst = box(b"ilst", b"".join(ilst_item(k, v) for k, v in tags.items()))
    meta = box(b"meta", bytes(4) + box(b"hdlr", bytes(8) + b"mdirappl" + bytes(13)) + ilst)
    moov = box(b"moov", mvhd(datetime(2025, 11, 2, 9, 0, tzinfo=UTC), seconds) + trak + box(b"udta", meta))
    return box(b"ftyp", b"M4A \x00\x00\x00\x00M4A isom") + moov + box(b"mdat", bytes(2048))


def mpeg_frames(count: int) -> bytes:
    """MPEG-1 Layer III frames, 128 kbit/s, 44.1 kHz, silent: 417 bytes, 1152 samples each."""
    return (b"\xff\xfb\x90\x64" + bytes(413)) * count


def mp3_with_id3(path: Path, *, title: str, artist: str, album: str, comment: str, frames: int = 400) -> None:
    from mutagen.id3 import COMM, ID3, TALB, TIT2, TPE1

    path.write_bytes(mpeg_frames(frames))
    tags = ID3()
    tags.add(TIT2(encoding=3, text=title))
    tags.add(TPE1(encoding=3, text=artist))
    tags.add(TALB(encoding=3, text=album))
    tags.add(COMM(encoding=3, lang="rus", desc="", text=comment))
    tags.save(path)


def flac_with_comments(path: Path, seconds: int, comments: dict[str, str]) -> None:
    from mutagen.flac import FLAC

    rate, total = 16000, 16000 * seconds
    info = struct.pack(">HH", 4096, 4096) + bytes(6)
    packed = (rate << 44) | (0 << 41) | (15 << 36) | total  # rate, channels-1, bits-1, samples
    info += packed.to_bytes(8, "big") + bytes(16)
    path.write_bytes(b"fLaC" + bytes([0x80]) + len(info).to_bytes(3, "big") + info)
    audio = FLAC(path)
    for key, value in comments.items():
        audio[key] = value
    audio.save()


def wav(seconds: float, rate: int = 8000) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(rate)
        w.writeframes(bytes(int(seconds * rate) * 2))
    return out.getvalue()
