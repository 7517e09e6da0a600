"""Inflectional endings, in skeleton form (see translit), for Russian and Kazakh names.

Russian declines a name by replacing its ending (Сейтқазиева → Сейтқазиевой, Гульнара →
Гульнары, Гуля → Гули), so each part yields its own set of full forms by its declension
class. Kazakh agglutinates: case, plural and possessive suffixes follow the nominative
(Сейтқазиеваға, Гүлнараның, Жақсылықовтардың), in Cyrillic or Latin script alike, so they are
kept as one set of suffixes tried on every word. After the skeleton folding, vowel harmony
variants (-ға/-ге, -ның/-нің) mostly collapse into one key; the rest are all listed: a form that
is not really used costs nothing.
"""

from __future__ import annotations

import functools
import itertools

from .translit import key

# Russian declension classes, by the nominative's skeleton ending: the endings added to the
# stem (the nominative less its own ending). Surnames take both genders' forms: a hidden man's
# genitive is his wife's nominative (Жаксылыкова), and either may be the one hidden.
_SURNAME = ("", "a", "u", "im", "om", "e", "i", "ih", "imi", "oi", "oiu", "ie")  # -ов/-ова, -ин/-ина
_ADJ = ("ii", "i", "aia", "ogo", "oi", "omu", "uiu", "im", "om", "ie", "ih", "imi", "oiu", "ai")  # -ский/-ская
_A = ("a", "i", "e", "u", "oi", "oiu", "ei", "ami", "ah", "am")  # Гульнара, Нурлановна
_IA = ("ia", "i", "e", "iu", "ei", "eiu", "iami", "iah", "iam")  # Гуля, Мария
_CONS = ("", "a", "u", "om", "e", "i", "ih", "ia", "iu", "em", "ei", "ov", "am", "ami", "ah")  # Нурлан, Игорь
_I = ("i", "ia", "iu", "em", "e", "ei", "ev", "iam")  # Алексей, Николай: й is cut

_ADJ_ENDS = ("skii", "skaia", "ski", "skoi", "zkii", "zkaia", "zki")
VOWELS = frozenset("aeiou")


@functools.lru_cache(maxsize=4096)
def russian_forms(nom: str) -> tuple[frozenset[str], frozenset[str], bool]:
    """(every Russian form, the nominatives that take Kazakh suffixes, surname-like?) of the
    skeleton `nom` of one name part."""
    forms = {nom}
    noms = {nom}
    surname = False
    for end in _ADJ_ENDS:
        if nom.endswith(end) and len(nom) > len(end) + 1:
            stem = nom[: nom.rfind("k") + 1]  # Ковальск-ая, Ковальск-ого
            forms |= {stem + e for e in _ADJ}
            noms |= {stem + "ii", stem + "aia", stem + "i"}
            surname = True
            break
    if nom.endswith(("ova", "eva", "ina")) and len(nom) > 4:
        forms |= {nom[:-1] + e for e in _SURNAME}
        noms.add(nom[:-1])
        surname = True
    elif nom.endswith(("ov", "ev", "in")) and len(nom) > 3:
        forms |= {nom + e for e in _SURNAME}
        noms.add(nom + "a")
        surname = True
    if surname and nom.endswith(("aia", "ii")):
        pass  # declined above as an adjective
    elif nom.endswith("ia") and len(nom) > 3:
        forms |= {nom[:-2] + e for e in _IA}
    elif nom.endswith("a"):
        forms |= {nom[:-1] + e for e in _A}
    elif nom.endswith("i") and len(nom) > 3:
        forms |= {nom[:-1] + e for e in _I}
    elif nom[-1:] not in VOWELS:
        forms |= {nom + e for e in _CONS}
    # Kazakh patronymics (-ұлы, -қызы) and surnames made from them are surname-like: they take
    # Kazakh suffixes and never need a capital to count.
    if nom.endswith(("uli", "kizi", "ogli")):
        surname = True
    return frozenset(_collapse(f) for f in forms), frozenset(_collapse(n) for n in noms), surname


def _collapse(s: str) -> str:
    return key(s)  # re-keying an ASCII skeleton only collapses the doubled letters at the joint


def _words(s: str) -> list[str]:
    return s.split()


# Kazakh suffixes (Cyrillic, as written; keyed below).
_CASES = _words(
    "ға ге қа ке а е на не ның нің дың дің тың тің ны ні ды ді ты ті н да де та те нда нде "
    "дан ден тан тен нан нен мен бен пен ша ше дай дей тай тей"
)
_PLURAL = _words("лар лер дар дер тар тер")
_POSSESSIVE = _words("ы і сы сі ым ім м ың ің ң ымыз іміз мыз міз лары лері")
_ENDEARMENT = _words("жан жаным ке еке ақа")  # Гүлнаражан; Нұреке is a diminutive (diminutives.py)


# After a vowel Kazakh takes only these forms (Гүлнара+ға, +ның, +ны, +да, +дан, +мен): so
# Алма+ты is not a form of Алма, and Алматы stays a city.
_VOWEL_CASES = _words("ға ге ның нің ны ні да де дан ден мен ша ше дай дей")
_VOWEL_HEADS = _words("лар лер сы сі м ң мыз міз ңыз ңіз лары лері жан жаным")


def _combine(heads: list[str], cases: list[str], bare_cases: list[str]) -> frozenset[str]:
    out = {key(h + c) for h, c in itertools.product(heads, [""] + cases)}
    out |= {key(c) for c in bare_cases}
    # English possessive (Seitqazieva's: the apostrophe is dropped by the skeleton).
    out.add("s")
    out.discard("")
    return frozenset(out)


_HEADS = _PLURAL + _POSSESSIVE + _ENDEARMENT + [p + q for p, q in itertools.product(_PLURAL, _POSSESSIVE)]
# Every suffix, for a base ending in a consonant (or й/и, which Kazakh treats alike).
KAZAKH_SUFFIXES = _combine(_HEADS, _CASES, _CASES)
AFTER_VOWEL = _combine(_VOWEL_HEADS, _CASES, _VOWEL_CASES)
MAX_SUFFIX = max(len(s) for s in KAZAKH_SUFFIXES)
# The same suffixes as written (Cyrillic, lower case): a pseudonym keeps the one the name had
# ("Куә К-ның"), and only one of these (not the endearment -жан), so the kept suffix never
# carries a letter of the name.
_WRITTEN_HEADS = _PLURAL + _POSSESSIVE + [p + q for p, q in itertools.product(_PLURAL, _POSSESSIVE)]
KAZAKH_WRITTEN = frozenset(_CASES + _WRITTEN_HEADS + [h + c for h, c in itertools.product(_WRITTEN_HEADS, _CASES)])


def kazakh_suffixes_after(base: str) -> frozenset[str]:
    return AFTER_VOWEL if base[-1:] in "aeou" else KAZAKH_SUFFIXES
