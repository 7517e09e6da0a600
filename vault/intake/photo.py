"""Photos: EXIF metadata and a small JPEG thumbnail, decoded in memory in bounded time and memory.

A decoding failure (damaged, truncated, bomb, unsupported) is a warning, never an exception: the
original is evidence whatever its state. The thumbnail is re-encoded from pixels, so it carries no
EXIF, GPS, XMP, comment or ICC data.
"""

from __future__ import annotations

import io
import math
import warnings
from dataclasses import dataclass, field
from typing import Any

from PIL import Image, ImageOps

from ..nativeio import quiet_native_stderr
from ..textnorm import cut

MAX_PIXELS = 64_000_000
MAX_DECODE_BYTES = 64 * 1024 * 1024
# The decoded bitmap a thumbnail may need (after JPEG draft scaling): a 24 MP RGB photo fits; an
# all-zero 8000 x 8000 RGBA PNG (256 MiB decoded from 250 KiB) does not. Keeps intake RSS flat.
MAX_DECODED_BITMAP = 96 * 1024 * 1024
THUMB_MAX = 320
THUMB_QUALITY = 80

# Process-wide: nothing in the vault decodes an image larger than this (bombs are refused).
if Image.MAX_IMAGE_PIXELS is None or Image.MAX_IMAGE_PIXELS > MAX_PIXELS:
    Image.MAX_IMAGE_PIXELS = MAX_PIXELS
# Pillow only *warns* between MAX_IMAGE_PIXELS and twice that; make it refuse. Installed once for
# the process rather than in a `warnings.catch_warnings()` block around each decode, because
# photos are decoded on two helper threads and catch_warnings swaps the global filter list (it is
# not thread-safe). The explicit pixel check in examine_photo does not depend on it either way.
warnings.filterwarnings("error", category=Image.DecompressionBombWarning)

# Only the decoders a photo needs; Pillow's rarer formats are not exposed to hostile files.
# (The JPEG opener also handles multi-picture JPEG, MPO.)
Image.init()
_FORMATS = tuple(f for f in ("JPEG", "PNG", "GIF", "WEBP", "TIFF", "BMP", "AVIF") if f in Image.OPEN)

_TAG_MAKE, _TAG_MODEL, _TAG_ORIENTATION = 0x010F, 0x0110, 0x0112
_IFD_EXIF, _IFD_GPS = 0x8769, 0x8825
_TAG_DATETIME_ORIGINAL, _TAG_DATETIME_DIGITIZED, _TAG_OFFSET_ORIGINAL = 0x9003, 0x9004, 0x9011
_TAG_BODY_SERIAL, _TAG_DNG_SERIAL, _TAG_LENS_MODEL = 0xA431, 0xC62F, 0xA434
_TAG_DESCRIPTION, _TAG_ARTIST, _TAG_SOFTWARE = 0x010E, 0x013B, 0x0131
_TAG_XP_TITLE, _TAG_XP_COMMENT, _TAG_XP_KEYWORDS = 0x9C9B, 0x9C9C, 0x9C9E  # Windows: UTF-16LE


@dataclass
class PhotoResult:
    metadata: dict[str, Any] = field(default_factory=dict)
    thumbnail: bytes | None = None
    warning: str | None = None


def too_large_warning() -> str:
    return f"image not decoded: the file is larger than {MAX_DECODE_BYTES // (1024 * 1024)} MiB"


def examine_photo(data: bytes) -> PhotoResult:
    """Metadata and thumbnail of an image held in memory (at most MAX_DECODE_BYTES)."""
    result = PhotoResult()
    if len(data) > MAX_DECODE_BYTES:
        result.warning = too_large_warning()
        return result
    try:
        with quiet_native_stderr(), Image.open(io.BytesIO(data), formats=_FORMATS) as im:
            width, height = im.size
            result.metadata.update({"format": im.format or "", "width": width, "height": height})
            if im.format == "PNG" and _bitmap_bytes(im) > MAX_DECODED_BITMAP:
                # Pillow decodes a whole PNG to look for EXIF after the pixels: check first.
                raise Image.DecompressionBombError("decoded bitmap too large")
            result.metadata.update(exif_metadata(im))
            if width * height > MAX_PIXELS:
                raise Image.DecompressionBombError("too many pixels")
            result.thumbnail = _thumbnail(im)
    except Exception as exc:  # every decoder failure on a hostile or damaged file
        result.thumbnail = None
        result.warning = f"image could not be decoded: {_reason(exc)}"
    return result


def _bitmap_bytes(im: Image.Image) -> int:
    return im.width * im.height * len(im.getbands())


def _reason(exc: BaseException) -> str:
    if isinstance(exc, Image.DecompressionBombError | Image.DecompressionBombWarning):
        return "too many pixels (possible decompression bomb)"
    if "MAX_TEXT" in str(exc):
        return "oversized text chunk (possible decompression bomb)"
    if isinstance(exc, MemoryError):
        return "too large to decode"
    if "truncated" in str(exc).lower():
        return "truncated"
    if isinstance(exc, Image.UnidentifiedImageError):
        return "unrecognised or damaged image data"
    return "damaged image data"


def _thumbnail(im: Image.Image) -> bytes:
    width, height = im.size
    if im.format in ("JPEG", "MPO"):
        # Let the JPEG decoder scale by 1/2, 1/4 or 1/8 while decoding (DCT scaling): the
        # largest scale that still leaves the long side at least THUMB_MAX.
        long_side = max(width, height)
        box = (
            max(1, math.ceil(THUMB_MAX * width / long_side)),
            max(1, math.ceil(THUMB_MAX * height / long_side)),
        )
        im.draft("RGB", box)
    if _bitmap_bytes(im) > MAX_DECODED_BITMAP:
        raise Image.DecompressionBombError("decoded bitmap too large")
    # For JPEG, reducing_gap=None: thumbnail() would otherwise call draft() again with a larger
    # box and undo the cheaper DCT scale chosen above.
    im.thumbnail((THUMB_MAX, THUMB_MAX), reducing_gap=None if im.format in ("JPEG", "MPO") else 2.0)
    oriented = ImageOps.exif_transpose(im)
    rgb = _to_rgb(oriented)
    clean = Image.new("RGB", rgb.size)  # fresh image: no info, EXIF, ICC or comments carried over
    clean.paste(rgb)
    out = io.BytesIO()
    clean.save(out, "JPEG", quality=THUMB_QUALITY)
    return out.getvalue()


def _to_rgb(im: Image.Image) -> Image.Image:
    if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
        rgba = im.convert("RGBA")
        background = Image.new("RGB", rgba.size, (255, 255, 255))
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    if im.mode.startswith("I;16") or im.mode in ("I", "F"):
        return im.convert("I").point(lambda v: v / 256).convert("L").convert("RGB")
    return im if im.mode == "RGB" else im.convert("RGB")


# ----- EXIF --------------------------------------------------------------------------------------


def exif_metadata(im: Image.Image) -> dict[str, Any]:
    """Time taken, GPS (decimal degrees, metres), camera make/model/serial, orientation, and the
    description, artist and software fields (searchable; an artist can name a person: the
    redaction rules treat metadata strings as text)."""
    out: dict[str, Any] = {}
    try:
        exif = im.getexif()
    except Exception:
        return out
    orientation = _safe(lambda: int(exif.get(_TAG_ORIENTATION, 0)))
    if orientation and 1 <= orientation <= 8:
        out["orientation"] = orientation
    exif_ifd: Any = _safe(lambda: exif.get_ifd(_IFD_EXIF)) or {}
    taken = _exif_datetime(exif_ifd.get(_TAG_DATETIME_ORIGINAL) or exif_ifd.get(_TAG_DATETIME_DIGITIZED))
    if taken:
        offset = _text(exif_ifd.get(_TAG_OFFSET_ORIGINAL))
        out["taken"] = taken + (offset if offset and _is_offset(offset) else "")
    camera = {
        "make": _text(exif.get(_TAG_MAKE)),
        "model": _text(exif.get(_TAG_MODEL)),
        "serial": _text(exif_ifd.get(_TAG_BODY_SERIAL) or exif.get(_TAG_DNG_SERIAL)),
        "lens": _text(exif_ifd.get(_TAG_LENS_MODEL)),
    }
    camera = {k: v for k, v in camera.items() if v}
    if camera:
        out["camera"] = camera
    for key, tag in (("description", _TAG_DESCRIPTION), ("artist", _TAG_ARTIST), ("software", _TAG_SOFTWARE)):
        value = _text(_exif_string(exif.get(tag)), limit=1000)
        if value:
            out[key] = value
    xp = [_xp_string(exif.get(tag)) for tag in (_TAG_XP_TITLE, _TAG_XP_COMMENT, _TAG_XP_KEYWORDS)]
    comment = _text(" ".join(x for x in xp if x), limit=1000)
    if comment:
        out["comment"] = comment
    gps = _gps(_safe(lambda: exif.get_ifd(_IFD_GPS)) or {})
    if gps:
        out["gps"] = gps
    return out


def _exif_string(value: Any) -> Any:
    """EXIF "ASCII" fields often hold UTF-8 (phones) and Pillow reads them as Latin-1."""
    raw = value if isinstance(value, bytes) else value.encode("latin-1", "ignore") if isinstance(value, str) else None
    if raw is None:
        return value
    for encoding in ("utf-8", "cp1251"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def _xp_string(value: Any) -> str:
    if isinstance(value, tuple):  # some writers store the bytes as a tuple of ints
        value = bytes(v for v in value if isinstance(v, int) and 0 <= v < 256)
    if not isinstance(value, bytes):
        return ""
    return value.decode("utf-16-le", "ignore").rstrip("\x00")


def _safe(fn: Any) -> Any:
    try:
        return fn()
    except Exception:
        return None


def _text(value: Any, limit: int = 128) -> str | None:
    if value is None:
        return None
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    text = "".join(ch for ch in str(value) if ch.isprintable()).strip()
    return cut(text, limit) or None


def _is_offset(text: str) -> bool:
    return len(text) == 6 and text[0] in "+-" and text[1:3].isdigit() and text[3] == ":" and text[4:].isdigit()


def _exif_datetime(value: Any) -> str | None:
    """'2023:05:01 10:20:30' → '2023-05-01T10:20:30' (camera local time; EXIF has no zone)."""
    text = _text(value, 32)
    if not text or len(text) < 19:
        return None
    date, _, time = text[:19].partition(" ")
    parts = date.split(":")
    if len(parts) != 3 or not all(p.isdigit() for p in parts) or len(time) != 8:
        return None
    if parts == ["0000", "00", "00"]:
        return None
    return f"{parts[0]}-{parts[1]}-{parts[2]}T{time}"


def _number(value: Any) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    return number if math.isfinite(number) else None


def _degrees(value: Any, ref: Any, limit: float) -> float | None:
    try:
        parts = [_number(v) for v in value][:3]
    except TypeError:
        parts = [_number(value)]
    if not parts or any(p is None for p in parts):
        return None
    d, m, s = (list(parts) + [0.0, 0.0])[:3]
    assert d is not None and m is not None and s is not None
    total = d + m / 60 + s / 3600
    ref_text = _text(ref, 2) or ""
    if ref_text.upper() in ("S", "W"):
        total = -total
    return round(total, 7) if -limit <= total <= limit else None


def _gps(gps: Any) -> dict[str, float]:
    out: dict[str, float] = {}
    lat = _safe(lambda: _degrees(gps.get(2), gps.get(1), 90.0))
    lon = _safe(lambda: _degrees(gps.get(4), gps.get(3), 180.0))
    if lat is None or lon is None:
        return out
    out["lat"], out["lon"] = lat, lon
    alt = _number(gps.get(6)) if gps.get(6) is not None else None
    if alt is not None:
        ref = gps.get(5)
        below = ref in (1, b"\x01") or (isinstance(ref, bytes) and ref[:1] == b"\x01")
        out["alt"] = round(-alt if below else alt, 2)
    return out
