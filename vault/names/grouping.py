"""From matched words to whole mentions.

Adjacent parts of ONE person's name, in any order, become one mention; initials (Г.Н., G. N.)
beside them, a separate ұлы/қызы, and a capitalised word that starts like one of that
person's names (the diminutive Гуля beside Сейтқазиева) are absorbed, so a mention is never
half replaced ("Свидетельница К Сейтқазиева"). When a word could belong to two people (the
genitive Жаксылыкова of Нурлан Жаксылыков is his wife's nominative), the neighbouring words
decide, then an exact recorded form wins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .index import PATRONYMIC_WORDS, Hit, NameIndex
from .translit import skeletons

# What may stand between two words of one mention: spaces and at most one line break, or a
# hyphen/underscore (double surnames, file names), or a bare dot (file names).
_SP = r"[ \t\u00a0\u2000-\u200a\u202f]*"
_BREAK = r"(?:\r\n|[\n\r\u2028])"
ADJACENT_GAP = re.compile(f"{_SP}(?:{_BREAK}{_SP})?|{_SP}[-‐‑_]{_SP}(?:{_BREAK}{_SP})?|\\.")


@dataclass
class Token:
    start: int  # in the normalised text
    end: int  # includes the dot of an initial
    word: str
    hits: tuple[Hit, ...] = ()

    @property
    def capitalised(self) -> bool:
        return self.word[:1].isupper()

    @property
    def initial(self) -> bool:
        return len(self.word) == 1 and self.word.isupper()


@dataclass(frozen=True)
class Run:
    first: int
    last: int
    person: int


def _adjacent(text: str, left: Token, right: Token) -> bool:
    return ADJACENT_GAP.fullmatch(text, left.end, right.start) is not None


def _persons(tok: Token, *, accepted_only: bool) -> set[int]:
    if accepted_only:
        return {h.person for h in tok.hits if not h.root and (not h.weak or tok.capitalised)}
    return {h.person for h in tok.hits}


def is_patronymic_word(tok: Token) -> bool:
    return any(sk.startswith(PATRONYMIC_WORDS) and len(sk) <= 10 for sk in skeletons(tok.word))


def group(text: str, toks: list[Token], index: NameIndex) -> list[Run]:
    runs: list[Run] = []
    used = [False] * len(toks)
    n = len(toks)
    for i in range(n):
        if used[i] or not toks[i].hits:
            continue
        persons = _persons(toks[i], accepted_only=True)
        if not persons:
            continue
        # Grow to the right while one person can still own every word.
        j = i
        while j + 1 < n and not used[j + 1] and _adjacent(text, toks[j], toks[j + 1]):
            both = persons & _persons(toks[j + 1], accepted_only=False)
            if not both:
                break
            persons = both
            j += 1
        person = _choose(persons, toks[i : j + 1])
        first, last = _absorb(text, toks, used, i, j, person, index)
        for k in range(first, last + 1):
            used[k] = True
        runs.append(Run(first, last, person))
    return runs


def _choose(persons: set[int], toks: list[Token]) -> int:
    def score(p: int) -> tuple[int, int]:
        exact = sum(1 for t in toks for h in t.hits if h.person == p and h.exact)
        return (-exact, p)

    return min(persons, key=score)


def _belongs(tok: Token, person: int, index: NameIndex, *, beside_root: bool) -> bool:
    """May this neighbouring word join a mention of `person`?"""
    if any(h.person == person for h in tok.hits):
        return True
    if tok.initial:
        return True
    if beside_root and is_patronymic_word(tok):
        return True
    if tok.capitalised and len(tok.word) >= 3 and not tok.hits:
        prefixes = index.person_prefixes(person)
        return any(sk[:3] in prefixes for sk in skeletons(tok.word))
    return False


def _absorb(
    text: str, toks: list[Token], used: list[bool], i: int, j: int, person: int, index: NameIndex
) -> tuple[int, int]:
    changed = True
    while changed:
        changed = False
        left = toks[i - 1] if i > 0 and not used[i - 1] else None
        if left and _adjacent(text, left, toks[i]) and _belongs(left, person, index, beside_root=False):
            i -= 1
            changed = True
        right = toks[j + 1] if j + 1 < len(toks) and not used[j + 1] else None
        if right and _adjacent(text, toks[j], right) and _belongs(right, person, index, beside_root=True):
            j += 1
            changed = True
    return i, j
