"""A hidden name broken into pieces by a PDF's text layer, for the page-image check only.

A PDF that places each glyph on its own (a printer driver, justified text, an OCR layer) reads
back with spaces where the gaps were wide: "С ейт қаз иев а п риш ла" (red team, whole jobs: such
a page went out as a page image showing "Сейтқазиева"). The name matcher does not join three
or more pieces (that would cost ordinary words in every export), but a page image cannot be
redacted anyway: the check only has to notice and keep the document home. So here, and only
for that check, consecutive pieces are joined and compared with the stem of every long part of
a hidden person's name (six letters or more on the skeleton, its last vowel dropped, so every
declined and suffixed form starts with it): a window of 2 to 6 words that starts exactly with
such a stem, where the stem needs more than the first word and the last word goes at most a
suffix (six letters) beyond it. "Сейт қа зиева", "S eitq azieva" and "Сейт казиевой" are
caught; "гул нарушение" (a stem "гульнар" would need the whole of "нарушение") is not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..names.translit import key
from ..protection.policy import HiddenPerson

MIN_STEM = 6
MAX_WINDOW = 6
MAX_SUFFIX = 6
_WORD = re.compile(r"[^\W\d_]+")
_DOUBLES = re.compile(r"(.)\1+")
_VOWELS = "aeiouy"


def stems(hidden: Iterable[HiddenPerson]) -> frozenset[str]:
    """The skeleton stems of every long part of every hidden person's name and aliases."""
    out: set[str] = set()
    for person in hidden:
        for form in person.forms:
            for word in _WORD.findall(form):
                k = key(word)
                stem = k[:-1] if k and k[-1] in _VOWELS else k
                if len(stem) >= MIN_STEM:
                    out.add(stem)
    return frozenset(out)


def split_name(text: str, name_stems: frozenset[str]) -> bool:
    """Whether `text` holds a hidden name broken into two or more pieces (see above)."""
    if not name_stems or not text:
        return False
    keys = [key(w) for w in _WORD.findall(text)]
    firsts = {s[:2] for s in name_stems}
    for i, first in enumerate(keys):
        if first[:2] not in firsts and not (len(first) < 2 and any(s.startswith(first) for s in name_stems)):
            continue
        joined = first
        for nxt in keys[i + 1 : i + MAX_WINDOW]:
            before = _DOUBLES.sub(r"\1", joined)
            joined = _DOUBLES.sub(r"\1", joined + nxt)
            for stem in name_stems:
                if len(before) < len(stem) <= len(joined) <= len(stem) + MAX_SUFFIX and joined.startswith(stem):
                    return True
            if len(before) > max(map(len, name_stems)):
                break
    return False
