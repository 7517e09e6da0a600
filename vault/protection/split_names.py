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
from collections.abc import Collection, Iterable, Mapping

from ..names.translit import key
from .policy import HiddenPerson

MIN_STEM = 6
MAX_WINDOW = 6
MAX_SUFFIX = 6
_WORD = re.compile(r"[^\W\d_]+")
_DOUBLES = re.compile(r"(.)\1+")
_VOWELS = "aeiouy"


def stems(hidden: Iterable[HiddenPerson]) -> frozenset[str]:
    """The skeleton stems of every long part of every hidden person's name and aliases."""
    return frozenset(stems_by_person(hidden))


def stems_by_person(hidden: Iterable[HiddenPerson]) -> dict[str, str]:
    """Each stem (see stems) → the id of the hidden person whose name it is a part of."""
    out: dict[str, str] = {}
    for person in hidden:
        for form in person.forms:
            for word in _WORD.findall(form):
                k = key(word)
                stem = k[:-1] if k and k[-1] in _VOWELS else k
                if len(stem) >= MIN_STEM:
                    out.setdefault(stem, person.id)
    return out


def split_name(text: str, name_stems: Collection[str]) -> bool:
    """Whether `text` holds a hidden name broken into two or more pieces (see above)."""
    return bool(split_spans(text, dict.fromkeys(name_stems, "")))


def split_spans(text: str, name_stems: Mapping[str, str]) -> list[tuple[int, int, str]]:
    """(start, end, person id) of each hidden name broken into pieces in `text`: from the first
    piece to the one that completes the stem."""
    if not name_stems or not text:
        return []
    by_letter: dict[str, list[tuple[str, str]]] = {}
    for stem, person in name_stems.items():
        by_letter.setdefault(stem[0], []).append((stem, person))
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]
    found: list[tuple[int, int, str]] = []
    i = 0
    while i < len(words):
        hit = _window(words, i, by_letter)
        if hit is None:
            i += 1
            continue
        last, person = hit
        found.append((words[i][0], words[last][1], person))
        i = last + 1
    return found


def _window(
    words: list[tuple[int, int, str]], i: int, by_letter: dict[str, list[tuple[str, str]]]
) -> tuple[int, str] | None:
    """The last word and the person when a stem is completed by words i.. (see above)."""
    first = key(words[i][2])
    # Only stems the first word starts without completing: a whole part is the matcher's business.
    candidates = [(s, p) for s, p in by_letter.get(first[:1], ()) if len(first) < len(s) and s.startswith(first)]
    joined = first
    for j in range(i + 1, min(i + MAX_WINDOW, len(words))):
        if not candidates:
            return None
        joined = _DOUBLES.sub(r"\1", joined + key(words[j][2]))
        for stem, person in candidates:
            if joined.startswith(stem) and len(joined) <= len(stem) + MAX_SUFFIX:
                return j, person
        candidates = [(s, p) for s, p in candidates if s.startswith(joined)]
    return None
