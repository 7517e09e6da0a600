"""Export profiles: who is hidden behind a pseudonym, and what metadata survives an export.

Shared by every export (dossier PDF, partner bundle). One `Redactor` is built per export with
`redactor_for`; it names people per profile, rewrites free text so that hidden people's names and
recorded aliases become their pseudonym, and counts what it removed (categories and counts,
never names) for the custody log and the export dialog's preview.

Profiles (DESIGN.md "People and protection"):
  internal  everything;
  partner   protected people pseudonymised, GPS and device serials stripped;
  public    protected people, every victim and witness pseudonymised; locations coarsened.
"""

from __future__ import annotations

import io
import re
import unicodedata
import warnings
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .errors import UsageError
from .models import Person, PersonLink
from .store import Vault

PROFILES = ("internal", "partner", "public")
PUBLIC_HIDDEN_ROLES = frozenset({"victim", "witness"})
MAX_IMAGE_PIXELS = 60_000_000  # decode refused above this: a decompression bomb is an error
JPEG_QUALITY = 82

_ROLE_WORDS: dict[str, dict[str, str]] = {
    "en": {"witness": "Witness", "victim": "Victim", "other": "Person"},
    "ru": {"witness": "Свидетель", "victim": "Потерпевший", "other": "Лицо"},
    "kk": {"witness": "Куә", "victim": "Жәбірленуші", "other": "Тұлға"},
}
_LETTERS = {"en": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "ru": "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯ"}
_LETTERS["kk"] = _LETTERS["ru"]

# Removal categories: stable keys (for the GUI to translate) and English phrases (custody log).
CATEGORY_TEXT = {
    "protected-pseudonymised": "protected people shown by pseudonym",
    "victims-witnesses-pseudonymised": "victims and witnesses shown by pseudonym",
    "name-mentions-replaced": "name mentions replaced by pseudonyms",
    "gps-removed": "GPS positions removed",
    "serials-removed": "device serial numbers and owner fields removed",
    "locations-coarsened": "locations coarsened",
    "file-names-withheld": "original file names withheld",
    "image-metadata-stripped": "images re-encoded without metadata",
}


def check_profile(profile: str) -> str:
    if profile not in PROFILES:
        raise UsageError(f"profile must be one of {', '.join(PROFILES)}")
    return profile


def _fold(s: str) -> str:
    return unicodedata.normalize("NFC", s).replace("ё", "е").replace("Ё", "Е")


def _form_key(form: str) -> str:
    return " ".join(w for w in re.split(r"[\s_.\-]+", _fold(form).casefold()) if w)


def _name_pattern(form: str) -> str:
    """A regex for one recorded name form: whole words, any separator between words, ё = е."""
    words = [w for w in re.split(r"[\s_.\-]+", _fold(form)) if w]
    parts = []
    for w in words:
        parts.append("".join("[её]" if ch in "еЕ" else re.escape(ch) for ch in w))
    # Words may be joined by spaces, '_', '-' or '.' (titles made from file names); '_' is a
    # separator here, not a letter, so "photo_aigul_nurlanova" still matches.
    return r"(?<![^\W_])" + r"[\s_.\-]+".join(parts) + r"(?![^\W_])"


@dataclass
class Redactor:
    """Built per export. `people` are the case's people with their roles in the case."""

    profile: str
    language: str = "en"
    people: list[PersonLink] = field(default_factory=list)
    _pseudonyms: dict[str, str] = field(default_factory=dict, init=False, repr=False)
    _pattern: re.Pattern[str] | None = field(default=None, init=False, repr=False)
    _labels: dict[str, str] = field(default_factory=dict, init=False, repr=False)
    _counts: Counter[str] = field(default_factory=Counter, init=False, repr=False)
    _roles: dict[str, set[str]] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        check_profile(self.profile)
        if self.language not in _ROLE_WORDS:
            self.language = "en"
        for link in self.people:
            roles = {r.strip() for r in f"{link.role},{link.person.role}".split(",") if r.strip()}
            self._roles.setdefault(link.person.id, set()).update(roles)
        self._assign_pseudonyms()
        self._compile()
        hidden = [lk.person for lk in self.people if self.hides(lk.person)]
        protected = sum(1 for p in hidden if p.protected)
        if protected:
            self._counts["protected-pseudonymised"] = protected
        if len(hidden) > protected:
            self._counts["victims-witnesses-pseudonymised"] = len(hidden) - protected

    # ----- people ----------------------------------------------------------------------------

    def _role_of(self, person: Person) -> set[str]:
        return self._roles.get(person.id) or {r.strip() for r in person.role.split(",") if r.strip()}

    def hides(self, person: Person) -> bool:
        if self.profile == "internal":
            return False
        if person.protected:
            return True
        return self.profile == "public" and bool(self._role_of(person) & PUBLIC_HIDDEN_ROLES)

    def person_label(self, person: Person) -> str:
        if not self.hides(person):
            return person.name
        if person.id not in self._pseudonyms:  # someone not linked to the case: still never the name
            taken = {v.casefold() for v in self._pseudonyms.values()}
            n = 0
            while (candidate := self._generated(person, n)).casefold() in taken:
                n += 1
            self._pseudonyms[person.id] = candidate
        return self._pseudonyms[person.id]

    def _role_key(self, person: Person) -> str:
        roles = self._role_of(person)
        return "witness" if "witness" in roles else "victim" if "victim" in roles else "other"

    def _generated(self, person: Person, index: int) -> str:
        letters = _LETTERS[self.language]
        letter = letters[index % len(letters)] + (str(index // len(letters) + 1) if index >= len(letters) else "")
        return f"{_ROLE_WORDS[self.language][self._role_key(person)]} {letter}"

    def _assign_pseudonyms(self) -> None:
        """Recorded pseudonyms first; people without one get 'Witness A', 'Witness B', 'Victim A'...
        in case order (stable between exports of the same case). A pseudonym that contains one
        of the person's own names is not a pseudonym and is replaced."""
        used: set[str] = set()
        for link in self.people:
            p = link.person
            if not self.hides(p) or p.id in self._pseudonyms:
                continue
            own = p.pseudonym.strip()
            forms = [_fold(f).casefold() for f in (p.name, *p.aliases) if f.strip()]
            if own and not any(f in _fold(own).casefold() for f in forms) and own.casefold() not in used:
                self._pseudonyms[p.id] = own
                used.add(own.casefold())
        counters: Counter[str] = Counter()
        for link in self.people:
            p = link.person
            if not self.hides(p) or p.id in self._pseudonyms:
                continue
            key = self._role_key(p)
            while (candidate := self._generated(p, counters[key])).casefold() in used:
                counters[key] += 1
            self._pseudonyms[p.id] = candidate
            used.add(candidate.casefold())
            counters[key] += 1

    # ----- text ------------------------------------------------------------------------------

    def _compile(self) -> None:
        forms: dict[str, str] = {}
        for link in self.people:
            p = link.person
            if not self.hides(p):
                continue
            for f in (p.name, *p.aliases):
                if f.strip():
                    forms.setdefault(_form_key(f), self._pseudonyms[p.id])
        self._labels = forms
        if forms:
            ordered = sorted(forms, key=lambda f: (-len(f), f))  # longest first
            alternation = "|".join(f"(?:{_name_pattern(f)})" for f in ordered)
            self._pattern = re.compile(alternation, re.IGNORECASE | re.UNICODE)

    def text(self, s: str) -> str:
        """`s` with every hidden person's name and recorded alias replaced by their pseudonym."""
        if self._pattern is None or not s:
            return s
        # NFC only: the pattern already treats ё and е alike, and the rest of a testimony must
        # reach the reader exactly as written (ё included).
        s = unicodedata.normalize("NFC", s)
        hits = 0

        def repl(m: re.Match[str]) -> str:
            nonlocal hits
            hits += 1
            return self._labels.get(_form_key(m.group(0)), "[…]")

        out = self._pattern.sub(repl, s)
        if hits:
            self._counts["name-mentions-replaced"] += hits
        return out

    def mentions_hidden(self, s: str) -> bool:
        return self._pattern is not None and self._pattern.search(unicodedata.normalize("NFC", s)) is not None

    # ----- accounting ------------------------------------------------------------------------

    def note(self, category: str, n: int = 1) -> None:
        if n:
            self._counts[category] += n

    def removal_counts(self) -> dict[str, int]:
        return dict(sorted(self._counts.items()))

    def removals(self) -> list[str]:
        """What was removed, as categories and counts: never names."""
        return [f"{CATEGORY_TEXT.get(k, k)}: {v}" for k, v in sorted(self._counts.items()) if v]


def redactor_for(vault: Vault, case_id: str, profile: str, language: str = "en") -> Redactor:
    from .cases import get_case
    from .people import case_people

    check_profile(profile)
    get_case(vault, case_id)
    return Redactor(profile, language, case_people(vault, case_id))


# ----- images and metadata -------------------------------------------------------------------


def sanitize_image(data: bytes, profile: str, max_px: int = 1600) -> bytes | None:
    """Decode, orient upright, downscale, and re-encode as a JPEG built from pixels only: no
    EXIF, XMP, ICC, comments or thumbnails, under every profile. None if undecodable."""
    from PIL import Image, ImageOps

    check_profile(profile)
    try:
        with warnings.catch_warnings():
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
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError, Image.DecompressionBombWarning,
            MemoryError, EOFError):  # fmt: skip
        return None


_GPS_KEYS = re.compile(r"gps|latitude|longitude|altitude|^lat$|^lon$|^lng$|coordinates|^geo", re.I)
_SERIAL_KEYS = re.compile(
    r"serial|uniqueid|unique_id|owner|artist|author|copyright|creator|by-?line|makernote|"
    r"usercomment|^comment$|hostcomputer|xp_?author|lens_?serial|device_?id|imei|"
    r"ipv4|ipv6|cellinfo|wifi.?mac",  # ProofMode network claims: addresses and cell ids locate a phone
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


def _sanitize(meta: dict[str, Any], profile: str, counts: Counter[str]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in meta.items():
        k = str(key)
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


def file_name_for(redactor: Redactor, name: str) -> str | None:
    """An original file name as an export may show it: unchanged under internal; otherwise run
    through the redactor and withheld (None) when it names a hidden person."""
    if redactor.profile == "internal" or not name:
        return name
    if redactor.mentions_hidden(name) or redactor.mentions_hidden(re.sub(r"[_\-.]+", " ", name)):
        redactor.note("file-names-withheld")
        return None
    return name


def preview_removals(vault: Vault, case_id: str, profile: str, language: str = "en") -> list[str]:
    """What an export of the case under `profile` will remove, without exporting: categories and
    counts only. For the export dialog; reads nothing but the database (no blob is decrypted)."""
    from .items import list_items
    from .testimony import current_text

    red = redactor_for(vault, case_id, profile, language)
    if profile == "internal":
        return []
    from .cases import case_events, get_case

    case = get_case(vault, case_id)
    red.text(case.title)
    red.text(case.summary)
    for ev in case_events(vault, case_id):
        red.text(ev.text)
    for item in list_items(vault, case_id=case_id):
        red.text(item.title)
        red.text(item.notes)
        file_name_for(red, item.original_name)
        if item.kind == "testimony":
            red.text(current_text(vault, item.id))
        elif item.metadata:
            counts: Counter[str] = Counter()
            sanitize_metadata(item.metadata, profile, counts)
            for cat in ("gps-removed", "serials-removed", "locations-coarsened"):
                red.note(cat, 1 if counts[cat] else 0)  # counted per item, not per field
    return red.removals()
