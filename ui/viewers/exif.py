"""The photo metadata the viewer shows: what intake read from the file's EXIF and stored with the
item (vault.intake.photo), not a second parse of the image here. One parser, so the viewer, the
details panel and every export agree on what a photo records. GPS is shown as decimal
coordinates; nothing is written anywhere."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from vault.models import Item

# Stored camera fields, labelled with their EXIF tag names (technical names, not translated).
_CAMERA = (("make", "Make"), ("model", "Model"), ("lens", "LensModel"), ("serial", "BodySerialNumber"))


@dataclass(frozen=True)
class ExifSummary:
    fields: list[tuple[str, str]]
    gps: tuple[float, float] | None
    width: int
    height: int


def _gps(meta: dict[str, Any]) -> tuple[float, float] | None:
    gps = meta.get("gps")
    if not isinstance(gps, dict):
        return None
    lat, lon = gps.get("lat"), gps.get("lon")
    if isinstance(lat, int | float) and isinstance(lon, int | float):
        return float(lat), float(lon)
    return None


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def exif_summary(item: Item) -> ExifSummary | None:
    """The item's stored photo metadata, or None when intake recorded none."""
    meta = item.metadata or {}
    fields: list[tuple[str, str]] = []
    taken = meta.get("taken")
    if isinstance(taken, str) and taken:
        fields.append(("DateTimeOriginal", taken.replace("T", " ")))
    camera = meta.get("camera")
    if isinstance(camera, dict):
        fields += [(label, str(camera[key])) for key, label in _CAMERA if camera.get(key)]
    gps = _gps(meta)
    width, height = _int(meta.get("width")), _int(meta.get("height"))
    if not fields and gps is None and not (width and height):
        return None
    return ExifSummary(fields, gps, width, height)


def format_gps(gps: tuple[float, float] | None) -> str:
    if gps is None:
        return ""
    lat, lon = gps
    return f"{abs(lat):.6f}° {'N' if lat >= 0 else 'S'}, {abs(lon):.6f}° {'E' if lon >= 0 else 'W'}"
