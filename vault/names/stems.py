"""Refusing pseudonyms that would give the name away."""

from __future__ import annotations

from collections.abc import Sequence

from .index import WORD_RE, name_parts
from .normalise import normalise
from .translit import skeletons
from .types import HiddenName

MIN_SHARED = 4  # "Сейт" of Сейтқазиева is too much to show; "Св" of Свидетельница is not


def shares_stem(candidate: str, forms: Sequence[str]) -> bool:
    """True when the candidate pseudonym shares a stem (or a transliteration of one) with any
    form: "Г. Сейтқазиева", "Seitqazieva K.", "Гуля", "Сейт" are refused for Сейтқазиева
    Гульнара."""
    from .matcher import NameMatcher

    forms = [f for f in forms if f.strip()]
    if not forms:
        return False
    if NameMatcher([HiddenName("x", tuple(forms), "")]).mentions(candidate):
        return True
    stems = {sk for f in forms for sk in name_parts(f) if len(sk) >= 2}
    for m in WORD_RE.finditer(normalise(candidate).text):
        for sk in skeletons(m.group()):
            for stem in stems:
                # A long shared stretch (Сейтқаз...), or the candidate word is the start of
                # the name (Сейт, Гул). A short name inside a longer word (Ли in Лицо) is not:
                # the name itself is caught by the matcher above.
                shared = _common_prefix(sk, stem)
                if shared >= MIN_SHARED or (shared == len(sk) and len(sk) >= 3):
                    return True
    return False


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n
