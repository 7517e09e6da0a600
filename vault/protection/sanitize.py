"""Images and metadata as an export below `internal` may show them: images re-encoded from
pixels only (no EXIF, XMP, ICC, comments or thumbnails); GPS, device serials and owner fields
dropped; under `public` remaining locations coarsened to their broadest part."""

from __future__ import annotations

import io
import re
import warnings
from collections import Counter
from typing import Any

from ..nativeio import quiet_native_stderr
from .policy import check_profile

MAX_IMAGE_PIXELS = 60_000_000  # decode refused above this: a decompression bomb is an error
JPEG_QUALITY = 82


def sanitize_image(data: bytes, profile: str, max_px: int = 1600) -> bytes | None:
    """Decode, orient upright, downscale, and re-encode as a JPEG built from pixels only: no
    EXIF, XMP, ICC, comments or thumbnails, under every profile. None if undecodable."""
    from PIL import Image, ImageOps

    check_profile(profile)
    try:
        with warnings.catch_warnings(), quiet_native_stderr():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(io.BytesIO(data)) as im:
                w, h = im.size
                if w <= 0 or h <= 0 or w * h > MAX_IMAGE_PIXELS:
                    return None
                if im.format == "JPEG" and max(w, h) > 2 * max_px:
                    im.draft("RGB", (max_px, max_px))  # fast DCT-domain downscale
                im.load()
                ImageOps.exif_transpose(im, in_place=True)
                if im.mode in ("RGBA", "LA", "PA") or (im.mode == "P" and "transparency" in im.info):
                    rgba = im.convert("RGBA")
                    rgb = Image.new("RGB", rgba.size, (255, 255, 255))
                    rgb.paste(rgba, mask=rgba.getchannel("A"))
                else:
                    rgb = im if im.mode == "RGB" else im.convert("RGB")
                if max(rgb.size) > max_px:
                    scale = max_px / max(rgb.size)
                    target = (max(1, round(rgb.width * scale)), max(1, round(rgb.height * scale)))
                    rgb = rgb.resize(target, Image.Resampling.BICUBIC, reducing_gap=3.0)
                clean = Image.new("RGB", rgb.size)  # a fresh image: no info dict carried over
                clean.paste(rgb)
                out = io.BytesIO()
                clean.save(out, "JPEG", quality=JPEG_QUALITY, optimize=False, exif=b"", icc_profile=None)
                return out.getvalue()
    except (
        OSError,
        ValueError,
        SyntaxError,
        Image.DecompressionBombError,
        Image.DecompressionBombWarning,
        MemoryError,
        EOFError,
    ):
        return None


_GPS_KEYS = re.compile(r"gps|latitude|longitude|altitude|^lat$|^lon$|^lng$|coordinates|^geo", re.I)
_SERIAL_KEYS = re.compile(
    r"serial|uniqueid|unique_id|owner|artist|author|copyright|creator|by-?line|makernote|"
    r"usercomment|^comment$|hostcomputer|xp_?author|lens_?serial|device_?id|imei|"
    r"ipv4|ipv6|cellinfo|wifi.?mac|"  # ProofMode network claims: addresses and cell ids locate a phone
    r"sender_?id|from_?id|user_?id|phone|"  # messenger account ids and numbers name their owner
    r"fingerprint",  # a ProofMode key is made on the phone: its fingerprint is a device id
    re.I,
)
_LOCATION_KEYS = re.compile(r"location|place|address|city|street|sublocation|region|country", re.I)


def _coarsen(value: Any) -> Any:
    """Keep only the broadest part of a place ('street, district, Almaty, Kazakhstan' → the last
    component); non-text places are dropped."""
    if isinstance(value, str):
        parts = [p.strip() for p in value.split(",") if p.strip()]
        return parts[-1] if parts else ""
    return None


# This vault's bookkeeping: proof files (and their blob ids and hashes) stay home, and an
# original's SHA-256 travels only as the bundle's salted commitment, never inside metadata. The
# raw bytes of a file name that was not UTF-8 (hex: no name check can read it) stay home too: the
# name travels only as the export's name check lets it (redaction.file_name_for).
_HOME_KEYS = frozenset({"proof_files", "sha256", "name_bytes_hex"})
_PEOPLE_KEYS = frozenset({"sender", "forwarded_from"})
_MESSENGERS = frozenset({"telegram", "whatsapp"})
_PHONE = re.compile(r"\u200e?\+?[\d\s().\-\u00a0\u2011\u202f]{7,24}\u200e?")


def is_phone_number(value: object) -> bool:
    """A messenger sender shown by number (WhatsApp names one not in the contacts so)."""
    return isinstance(value, str) and _PHONE.fullmatch(value.strip()) is not None


def _sanitize(meta: dict[str, Any], profile: str, counts: Counter[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in meta.items():
        k = str(key)
        if k in _HOME_KEYS:
            continue
        if k == "signer" and meta.get("kind") == "proofmode":  # the phone's key fingerprint
            counts["serials-removed"] += 1
            continue
        if k in ("sender", "signer") and is_phone_number(value):
            counts["serials-removed"] += 1  # WhatsApp names a sender not in the contacts by number
            continue
        if profile == "public" and (k in _PEOPLE_KEYS or (k == "signer" and meta.get("kind") in _MESSENGERS)):
            counts["name-mentions-replaced"] += 1  # public shows no one not marked public: a chat's
            continue  # members are rarely recorded people, so their names cannot be checked
        if _GPS_KEYS.search(k):
            counts["gps-removed"] += 1
            continue
        if _SERIAL_KEYS.search(k):
            counts["serials-removed"] += 1
            continue
        if isinstance(value, dict):
            out[k] = _sanitize(value, profile, counts)
            continue
        if isinstance(value, list):  # e.g. provenance verdicts, each with its claims
            out[k] = [_sanitize(v, profile, counts) if isinstance(v, dict) else v for v in value]
            continue
        if profile == "public" and _LOCATION_KEYS.search(k):
            coarse = _coarsen(value)
            counts["locations-coarsened"] += 1
            if coarse:
                out[k] = coarse
            continue
        out[k] = value
    return out


def sanitize_metadata(meta: dict[str, Any], profile: str, counts: Counter[str] | None = None) -> dict[str, Any]:
    """Under partner/public: drop GPS, device serials and owner fields (time taken and camera
    model stay); under public also coarsen any remaining location. Internal: unchanged copy.
    `counts`, when given, receives one count per removed field, by category."""
    check_profile(profile)
    if profile == "internal":
        return _deep_copy(meta)
    return _sanitize(meta, profile, counts if counts is not None else Counter())


def _deep_copy(meta: dict[str, Any]) -> dict[str, Any]:
    return {k: _deep_copy(v) if isinstance(v, dict) else v for k, v in meta.items()}


def _nested(value: Any) -> list[dict[str, Any]]:
    if isinstance(value, dict):
        return [value]
    return [v for v in value if isinstance(v, dict)] if isinstance(value, list) else []


def metadata_has_gps(meta: dict[str, Any]) -> bool:
    return any(_GPS_KEYS.search(str(k)) or any(metadata_has_gps(n) for n in _nested(v)) for k, v in meta.items())


def metadata_has_serial(meta: dict[str, Any]) -> bool:
    return any(_SERIAL_KEYS.search(str(k)) or any(metadata_has_serial(n) for n in _nested(v)) for k, v in meta.items())
