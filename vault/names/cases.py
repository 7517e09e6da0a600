"""The grammatical case of a matched name, so that the pseudonym replacing it can agree.

The matcher finds every declined form of a name (endings.py) without recording which case each
form is. Here the same declension classes are listed with their cases, keyed by the recorded
nominative, so the case of a form can be recovered: Гульнару is accusative, Гульнаре dative or
prepositional, Сейтказиевой genitive, dative, instrumental or prepositional. A form that is a
plural, or that the class does not explain, gives no case. Cases use OpenCorpora's tags
(nomn gent datv accs ablt loct), the ones the inflection library takes.

A Kazakh suffix on a recorded nominative (Гүлнара+ның, Сейтқазиева+ға) is returned exactly as
written, only when it is one of the closed list of Kazakh case, plural and possessive suffixes
(endings.py): it never carries a letter of the name.
"""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterable, Sequence

from .diminutives import diminutives_of
from .endings import KAZAKH_WRITTEN, russian_forms
from .index import WORD_RE, name_parts
from .translit import key, skeletons

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")
_OBLIQUE_FEM = ("gent", "datv", "ablt", "loct")  # Сейтказиевой, Ковальской

# ending (skeleton) -> cases, per class, for the gender of the recorded nominative. A man's
# surname in -а (Жаксылыкова) is also his wife's nominative: that form stays ambiguous.
_FEM_SURNAME = {"a": ("nomn",), "oi": _OBLIQUE_FEM, "u": ("accs",), "oiu": ("ablt",), "": ("nomn",)}
_MASC_SURNAME = {"": ("nomn",), "a": ("gent", "accs", "nomn"), "u": ("datv",), "im": ("ablt",), "e": ("loct",)}
_MASC_ADJ = {"ii": ("nomn",), "i": ("nomn",), "ogo": ("gent", "accs"), "omu": ("datv",), "im": ("ablt",)}
_MASC_ADJ |= {"om": ("loct",), "aia": ("nomn",)}
_FEM_ADJ = {"aia": ("nomn",), "oi": _OBLIQUE_FEM, "uiu": ("accs",), "oiu": ("ablt",), "ii": ("nomn",)}
_A = {"a": ("nomn",), "i": ("gent",), "e": ("datv", "loct"), "u": ("accs",), "oi": ("ablt",), "oiu": ("ablt",)}
_A |= {"ei": ("ablt",)}  # after a sibilant: Наташей
_IA = {"ia": ("nomn",), "i": ("gent", "datv", "loct"), "e": ("datv", "loct"), "iu": ("accs",)}
_IA |= {"ei": ("ablt",), "eiu": ("ablt",)}
_CONS = {"": ("nomn",), "a": ("gent", "accs"), "u": ("datv",), "om": ("ablt",), "e": ("loct",)}
_CONS |= {"ia": ("gent", "accs"), "iu": ("datv",), "em": ("ablt",)}
_I = {"i": ("nomn",), "ia": ("gent", "accs"), "iu": ("datv",), "em": ("ablt",), "e": ("loct",)}
_ADJ_ENDS = ("skii", "skaia", "ski", "skoi", "zkii", "zkaia", "zki")
_INDECLINABLE = ("uli", "kizi", "ogli")  # Kazakh patronymics: the same in every Russian case


def _table(nom: str) -> tuple[str, dict[str, tuple[str, ...]]]:
    """(stem, ending -> cases) of the skeleton `nom` of one name part; mirrors
    endings.russian_forms."""
    if nom.endswith(_INDECLINABLE):
        return nom, {"": ("nomn",)}
    for end in _ADJ_ENDS:
        if nom.endswith(end) and len(nom) > len(end) + 1:
            stem = nom[: nom.rfind("k") + 1]
            return stem, (_FEM_ADJ if nom.endswith("aia") else _MASC_ADJ)
    if nom.endswith(("ova", "eva", "ina")) and len(nom) > 4:
        return nom[:-1], _FEM_SURNAME
    if nom.endswith(("ov", "ev", "in")) and len(nom) > 3:
        return nom, _MASC_SURNAME
    if nom.endswith("ia") and len(nom) > 3:
        return nom[:-2], _IA
    if nom.endswith("a"):
        return nom[:-1], _A
    if nom.endswith("i") and len(nom) > 3:
        return nom[:-1], _I
    if nom[-1:] not in "aeiou":
        return nom, _CONS
    return nom, {"": ("nomn",)}


@functools.lru_cache(maxsize=4096)
def _labelled(nom: str) -> dict[str, frozenset[str]]:
    """Every form of the part `nom` -> the cases it can be."""
    stem, table = _table(nom)
    out: dict[str, set[str]] = {}
    for ending, cases in table.items():
        out.setdefault(key(stem + ending), set()).update(cases)
    return {form: frozenset(cases) for form, cases in out.items()}


@functools.lru_cache(maxsize=1024)
def _parts(forms: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(the nominative skeletons of every part of the recorded forms, their diminutives)."""
    parts = {sk for form in forms for sk in name_parts(form) if len(sk) > 2}
    small = {skeletons(d)[0] for sk in parts for d in diminutives_of(sk)} - parts
    return tuple(sorted(parts)), tuple(sorted(small))


def _cases_in(word: str, parts: Sequence[str]) -> set[str]:
    found: set[str] = set()
    for part in parts:
        table = _labelled(part)
        for sk in skeletons(word):
            found |= table.get(sk, frozenset())
    return found


def word_cases(word: str, forms: Sequence[str]) -> frozenset[str]:
    """The cases the Russian form `word` of a name recorded as `forms` can be; empty when it is
    none of them (a misspelling, an initial, a Kazakh form)."""
    recorded, small = _parts(tuple(forms))
    found = _cases_in(word, recorded)
    if not found:
        found = _cases_in(word, small)
        if len(found) > 1:
            # Гулю is listed as a diminutive of its own and is the accusative of Гуля.
            found.discard("nomn")
    return frozenset(found)


def mention_cases(text: str, forms: Sequence[str]) -> frozenset[str]:
    """The cases a whole mention ("Гульнаре Сейтказиевой") can be: those every word that tells
    agrees on. Empty when no word tells, or when they disagree."""
    told = [c for m in WORD_RE.finditer(text) if (c := word_cases(m.group(), forms))]
    agreed = frozenset.intersection(*told) if told else frozenset()
    if not agreed:
        # A name the same in every case (Айгуль of "Айгуль Ахметовой") tells nothing.
        told = [c for c in told if c != {"nomn"}]
        agreed = frozenset.intersection(*told) if told else frozenset()
    return agreed


def kazakh_suffix(text: str, forms: Sequence[str]) -> str | None:
    """The Kazakh suffix written on the last word of a mention after a recorded nominative
    ("ның" of "Гүлнараның"), exactly as written; None when there is none."""
    words = list(WORD_RE.finditer(text))
    if not words:
        return None
    word = words[-1].group()
    noms = _nominatives(tuple(forms))
    for cut in range(3, len(word)):  # the longest suffix first: Нурлан+ның, not Нурланн+ың
        suffix = word[cut:]
        if suffix.casefold() in KAZAKH_WRITTEN and _any_in(skeletons(word[:cut]), noms):
            return suffix
    return None


@functools.lru_cache(maxsize=1024)
def _nominatives(forms: tuple[str, ...]) -> frozenset[str]:
    out: set[str] = set()
    for part in itertools.chain(*_parts(forms)):
        out |= {n for n in russian_forms(part)[1] if len(n) >= 3}
    return frozenset(out)


def _any_in(keys: Iterable[str], table: frozenset[str]) -> bool:
    return any(k in table for k in keys)
