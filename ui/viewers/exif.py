"""EXIF of a photo, read in memory with Pillow (runs on the worker thread). GPS is shown as
decimal coordinates; nothing is written anywhere."""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Any

from PIL import Image, UnidentifiedImageError

_TAGS = {
    0x010F: "Make", 0x0110: "Model", 0x0132: "DateTime", 0x0112: "Orientation",
    0x0131: "Software", 0x013B: "Artist",
}  # fmt: skip
_EXIF_TAGS = {36867: "DateTimeOriginal", 42033: "BodySerialNumber", 37386: "FocalLength", 33437: "FNumber"}


@dataclass(frozen=True)
class ExifSummary:
    fields: list[tuple[str, str]]
    gps: tuple[float, float] | None
    width: int
    height: int


def _rational(value: Any) -> float:
    try:
        return float(value)
    except (TypeError, ValueError, ZeroDivisionError):
        num, den = value
        return float(num) / float(den)


def _coordinate(dms: Any, ref: Any) -> float:
    d, m, s = (_rational(v) for v in dms)
    value = d + m / 60 + s / 3600
    return -value if str(ref).upper() in ("S", "W") else value


def gps_coordinates(exif: Image.Exif) -> tuple[float, float] | None:
    gps = exif.get_ifd(0x8825)
    try:
        if 2 in gps and 4 in gps:
            return round(_coordinate(gps[2], gps.get(1, "N")), 6), round(_coordinate(gps[4], gps.get(3, "E")), 6)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    return None


def exif_summary(data: bytes) -> ExifSummary | None:
    try:
        with Image.open(io.BytesIO(data)) as img:
            exif = img.getexif()
            size = img.size
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError):
        return None
    fields = [(name, str(exif[tag]).strip("\x00 ")) for tag, name in _TAGS.items() if tag in exif]
    sub = exif.get_ifd(0x8769)
    fields += [(name, str(sub[tag]).strip("\x00 ")) for tag, name in _EXIF_TAGS.items() if tag in sub]
    return ExifSummary(fields, gps_coordinates(exif), size[0], size[1])


def format_gps(gps: tuple[float, float] | None) -> str:
    if gps is None:
        return ""
    lat, lon = gps
    return f"{abs(lat):.6f}° {'N' if lat >= 0 else 'S'}, {abs(lon):.6f}° {'E' if lon >= 0 else 'W'}"
