"""Word forms for search: "пытки" finds "пыток", "соттың" finds "сот".

Russian words are stemmed with Snowball's Russian stemmer (PyStemmer, the Snowball project's own
binding); a stem whose last syllable has a fleeting vowel (пыток/пытка, отец/отца) also yields the
form without it. Kazakh has no Snowball stemmer: `kazakh_stem` strips its regular suffixes
(plural, possessive, case), longest first, while a stem of at least three letters remains. Every
Cyrillic word gets both, since a word without Kazakh letters can be either language; search
prefers recall here, and the words themselves still rank first.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

import Stemmer

_RU = Stemmer.Stemmer("russian")
_CYRILLIC_WORD = re.compile(r"^[а-яёәғқңөұүһі]+$")
_VOWELS = "аеёиоуыэюяәөұүі"
_FLEETING = re.compile(r"([^аеёиоуыэюяәөұүіь])[оеё]([кцнлр])$")

# Kazakh suffixes by slot, outermost first (case, then possessive, then plural). Harmony variants
# (back/front vowel, voiced/voiceless) are all listed; the order within a slot is longest first.
_CASE = sorted(
    (
        "ның",
        "нің",
        "дың",
        "дің",
        "тың",
        "тің",  # genitive
        "ға",
        "ге",
        "қа",
        "ке",
        "на",
        "не",  # dative
        "ны",
        "ні",
        "ды",
        "ді",
        "ты",
        "ті",  # accusative
        "да",
        "де",
        "та",
        "те",
        "нда",
        "нде",  # locative
        "дан",
        "ден",
        "тан",
        "тен",
        "нан",
        "нен",  # ablative
        "мен",
        "бен",
        "пен",  # instrumental
        "дағы",
        "дегі",
        "тағы",
        "тегі",
        "ндағы",
        "ндегі",  # "the one in"
    ),
    key=len,
    reverse=True,
)
_POSSESSIVE = sorted(
    (
        "ымыз",
        "іміз",
        "мыз",
        "міз",
        "ыңыз",
        "іңіз",
        "ңыз",
        "ңіз",
        "сы",
        "сі",
        "ым",
        "ім",
        "ың",
        "ің",
        "ы",
        "і",
        "м",
        "ң",
    ),
    key=len,
    reverse=True,
)
_PLURAL = ["лар", "лер", "дар", "дер", "тар", "тер"]
MIN_STEM = 3


def _strip(word: str, suffixes: Sequence[str]) -> str:
    for suffix in suffixes:
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_STEM:
            rest = word[: -len(suffix)]
            if any(v in rest for v in _VOWELS):
                return rest
    return word


def kazakh_stem(word: str) -> str:
    """`word` (lower case) without its Kazakh case, possessive and plural suffixes."""
    for slot in (_CASE, _POSSESSIVE, _PLURAL):
        word = _strip(word, slot)
    return word


@lru_cache(maxsize=65536)
def stems(word: str) -> tuple[str, ...]:
    """Stems of one lower-case word, other than the word itself; () for non-Cyrillic words."""
    if not _CYRILLIC_WORD.match(word) or len(word) < MIN_STEM + 1:
        return ()
    found: list[str] = []
    ru = _RU.stemWord(word)
    for stem in (ru, _FLEETING.sub(r"\1\2", ru), kazakh_stem(word)):
        if len(stem) >= MIN_STEM and stem != word and stem not in found:
            found.append(stem)
    return tuple(found)
