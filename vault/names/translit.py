"""Skeletons: one spelling-independent key for every way a name part is written.

Russian and Kazakh Cyrillic, official Kazakh Latin (2021: Seitqazieva, Gülnar, Ş, Ğ, Ñ, Ū, I/İ;
the 2017 apostrophe and 2018 acute variants), passport/ICAO/GOST/BGN spellings (Seytkazieva,
Seitkaziyeva, Zhaksylykov, Gul'nara) all map to the same Latin-letter skeleton. Kazakh letters fold
to their Russian neighbours (қ/к ғ/г ү/ұ/у ө/о ә/а і/и ң/н һ/х), ё to е, и/й/ы/і/y to one "i",
soft and hard signs vanish, doubled letters collapse. A Latin look-alike letter inside a mostly
Cyrillic word (and the reverse) is read in the word's own script first.
"""

from __future__ import annotations

import functools
import re
import unicodedata

_CYR = {
    "а": "a",
    "ә": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "ғ": "g",
    "ґ": "g",
    "д": "d",
    "е": "e",
    "ё": "e",
    "є": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "i",
    "і": "i",
    "ї": "i",
    "к": "k",
    "қ": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "ң": "n",
    "о": "o",
    "ө": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ұ": "u",
    "ү": "u",
    "ў": "u",
    "ф": "f",
    "х": "h",
    "һ": "h",
    "ц": "ts",
    "ч": "č",
    "ш": "sh",
    "щ": "sh",
    "ъ": "",
    "ы": "i",
    "ь": "",
    "э": "e",
    "ю": "iu",
    "я": "ia",
}
_CYR_TABLE = str.maketrans(_CYR)

# Latin letters after the digraphs below are handled: Kazakh Latin (2021) J = ж, Q = қ, Y = ы.
_LAT = {
    "ş": "sh",
    "ç": "ch",
    "č": "ch",
    "ğ": "g",
    "ñ": "n",
    "ä": "a",
    "ö": "o",
    "ü": "u",
    "ū": "u",
    "ı": "i",
    "ī": "i",
    "ý": "u",
    "j": "zh",
    "q": "k",
    "x": "ks",
    "w": "v",
    "c": "k",
    "y": "i",
    "'": "",
    "’": "",
    "ʼ": "",
    "ʻ": "",
    "`": "",
    "´": "",
    "ʹ": "",
    "0": "o",
    "1": "i",
    "3": "z",
    "4": "ch",
    "6": "b",  # digits written for letters
}
# Greek letters that imitate Latin or Cyrillic ones (after case folding): read as those.
_GREEK = {
    "α": "a",
    "β": "v",
    "ε": "e",
    "η": "n",
    "ι": "i",
    "κ": "k",
    "μ": "m",
    "ν": "v",
    "ο": "o",
    "ρ": "r",
    "τ": "t",
    "υ": "u",
    "χ": "h",
    "ϲ": "s",
    "ϳ": "zh",
}
_LAT_TABLE = str.maketrans(_LAT | _GREEK)
# Order matters: longest first; "ye" after anything is е (Seitkaziyeva, Yerlan, Grigoryev).
# ч and ch become č first, so that the lone c → k below leaves them alone.
# gh is BGN's ғ (Nurlangha).
_LAT_DIGRAPHS = re.compile(r"shch|s'|c'|ch|kh|gh|ph|ck|ye|(?<=[bcdfghjklmnpqrstvwxz])yo|yo")
_DIGRAPH_TO = {
    "shch": "sh",
    "s'": "sh",
    "c'": "č",
    "ch": "č",
    "kh": "h",
    "gh": "g",
    "ph": "f",
    "ck": "k",
    "ye": "e",
    "yo": "io",
}


def _digraph(m: re.Match[str]) -> str:
    s = m.group()
    if s == "yo" and m.start() > 0:
        return "e"  # Fyodor, Pyotr: ё after a consonant
    return _DIGRAPH_TO[s]


# Look-alikes, case by case: an upper-case Latin H imitates Н, a lower-case h imitates һ.
_LAT_TO_CYR = dict(zip("ABCEHKMOPTXYIaceopxyikh", "АВСЕНКМОРТХУІасеорхуікһ", strict=True))
_CYR_TO_LAT = {c: lat for lat, c in _LAT_TO_CYR.items()}
_TO_CYR = str.maketrans(_LAT_TO_CYR)
_TO_LAT = str.maketrans(_CYR_TO_LAT)
_DOUBLES = re.compile(r"(.)\1+")


def _is_cyr(ch: str) -> bool:
    return "\u0400" <= ch <= "\u04ff" or "\u0500" <= ch <= "\u052f"


def _latin_key(word: str) -> str:
    word = _LAT_DIGRAPHS.sub(_digraph, word)
    word = word.translate(_LAT_TABLE)
    if not word.isascii():
        # Remaining accents (2018 acute alphabet, Turkish, Polish...): drop the marks.
        word = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
    return word


@functools.lru_cache(maxsize=65536)
def key(word: str) -> str:
    """The skeleton of one word read in the script of its letters (case-insensitive)."""
    w = word.casefold().replace("i\u0307", "i")
    # Cyrillic first, then the Latin rules on the result: both scripts end in one alphabet.
    w = _latin_key(w.translate(_CYR_TABLE))
    return _DOUBLES.sub(r"\1", w)


# Kazakh text in KZ-1048 bytes read as Windows-1251 (a common misreading of old files, EXIF and
# file names) shows these letters in place of Kazakh ones: "Сейтќазиеваєа Гїлнараныѕ".
_KZ1048_AS_CP1251 = str.maketrans("ќћјґєѕїЌЋЈҐЄЅЇ", "қһәөғңүҚҺӘӨҒҢҮ")
_KZ1048_MARKS = re.compile("[ќћјґєѕїЌЋЈҐЄЅЇ]")


def skeletons(word: str) -> tuple[str, ...]:
    """The skeletons of a word as written: look-alike letters are read in the word's majority
    script; a word made only of letters that exist in both scripts yields both readings; a
    Latin "ng" is also read as ң (Zhangabylov = Жаңабылов = Жанабылов); a word showing the
    letters of KZ-1048 misread as Windows-1251 is also read as the Kazakh it was."""
    keys = _readings(word)
    if _KZ1048_MARKS.search(word):
        keys += tuple(k for k in _readings(word.translate(_KZ1048_AS_CP1251)) if k not in keys)
    more = tuple(k.replace("ng", "n") for k in keys if "ng" in k)
    return keys + more if more else keys


def _readings(word: str) -> tuple[str, ...]:
    cyr = sum(1 for c in word if _is_cyr(c))
    lat = sum(1 for c in word if c.isascii() and c.isalpha())
    if cyr and lat:
        word = word.translate(_TO_CYR) if cyr >= lat else word.translate(_TO_LAT)
        return (key(word),)
    first = key(word)
    if lat and all(c in _LAT_TO_CYR for c in word):
        other = key(word.translate(_TO_CYR))
        if other != first:
            return (first, other)
    elif cyr and all(c in _CYR_TO_LAT for c in word):
        other = key(word.translate(_TO_LAT))
        if other != first:
            return (first, other)
    return (first,)
