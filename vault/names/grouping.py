"""From matched words to whole mentions.

Adjacent parts of ONE person's name, in any order, become one mention; initials (Г.Н., G. N.)
beside them, a separate ұлы/қызы, and a capitalised word that starts like one of that
person's names (the diminutive Гуля beside Сейтқазиева) are absorbed, so a mention is never
half replaced ("Свидетельница К Сейтқазиева"). When a word could belong to two people (the
genitive Жаксылыкова of Нурлан Жаксылыков is his wife's nominative), the neighbouring words
decide, then an exact recorded form wins.

Only matched words ("seeds") are visited; their neighbours are read from the text on demand,
so a long text without names costs one regex pass and one lookup per distinct word.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .endings import KAZAKH_SUFFIXES
from .index import PATRONYMIC_WORDS, WORD_RE, Hit, NameIndex
from .translit import skeletons

# What may stand between two words of one mention: spaces and at most one line break, or a
# hyphen/underscore (double surnames, file names), or a bare dot (file names).
_SP = r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u2800\u3000]*"
_BREAK = r"(?:\r\n|[\n\r\u2028])"
ADJACENT_GAP = re.compile(f"{_SP}(?:{_BREAK}{_SP})?|{_SP}[-‐‑_]{_SP}(?:{_BREAK}{_SP})?|\\.")
_LOOK_BACK = 120  # characters searched for the word before a position


@dataclass
class Token:
    start: int  # in the normalised text
    end: int  # includes the dot of an initial
    word: str
    hits: tuple[Hit, ...] = ()
    initial: bool = False  # a capital letter with its dot (Г.), or the Н of "Г.Н"

    @property
    def capitalised(self) -> bool:
        return self.word[:1].isupper()


def read_token(text: str, start: int, end: int, word: str) -> Token:
    """A word, or an initial with its dot. A bare capital letter is an initial only right after
    another one ("Г.Н"): a lone "А" beside a name is a word."""
    if len(word) == 1 and word.isupper():
        if text[end : end + 1] == "." and not text[end + 1 : end + 2].islower():
            # (the dot of "Н.pdf" is the file name's, not the initial's)
            return Token(start, end + 1, word, initial=True)
        if start >= 2 and text[start - 1] == "." and text[start - 2].isupper():
            return Token(start, end, word, initial=True)
    return Token(start, end, word)


class Stream:
    """The words of a normalised text, read around given positions."""

    def __init__(self, text: str, lookup: Callable[[str], tuple[Hit, ...]], joined: list[Token]) -> None:
        self.text = text
        self.lookup = lookup
        self.joined_by_start = {t.start: t for t in joined}
        self.joined_by_end = {t.end: t for t in joined}

    def add_joined(self, tok: Token) -> None:
        """A word read across a break: its halves are read as this one token from now on."""
        self.joined_by_start[tok.start] = tok
        self.joined_by_end[tok.end] = tok

    def token(self, start: int, end: int, word: str) -> Token:
        tok = read_token(self.text, start, end, word)
        if not tok.initial:
            tok.hits = self.lookup(word)
        return tok

    def after(self, pos: int) -> Token | None:
        m = WORD_RE.search(self.text, pos)
        if m is None:
            return None
        return self.joined_by_start.get(m.start()) or self.token(m.start(), m.end(), m.group())

    def before(self, pos: int) -> Token | None:
        last = None
        for m in WORD_RE.finditer(self.text, max(0, pos - _LOOK_BACK), pos):
            last = m
        if last is None:
            return None
        if last.end() in self.joined_by_end:
            return self.joined_by_end[last.end()]
        return self.token(last.start(), last.end(), last.group())


@dataclass(frozen=True)
class Run:
    start: int  # normalised offsets
    end: int
    person: int


def adjacent(text: str, left: Token, right: Token) -> bool:
    return left.end <= right.start and ADJACENT_GAP.fullmatch(text, left.end, right.start) is not None


def accepted(tok: Token) -> set[int]:
    """People this word names on its own: weak parts (short or word-like given names,
    diminutives) only when capitalised; a patronymic root never alone."""
    return {h.person for h in tok.hits if not h.root and (not h.weak or tok.capitalised)}


def is_patronymic_word(tok: Token) -> bool:
    """ұлы, қызы, оглы, alone or with a Kazakh suffix (ұлының), not улица."""
    for sk in skeletons(tok.word):
        for word in PATRONYMIC_WORDS:
            if sk == word or (sk.startswith(word) and sk[len(word) :] in KAZAKH_SUFFIXES):
                return True
    return False


def group(stream: Stream, seeds: list[Token], index: NameIndex) -> list[Run]:
    text = stream.text
    runs: list[Run] = []
    done = 0  # end of the last run: nothing before it is visited again
    for seed in seeds:
        if seed.start < done:
            continue
        persons = accepted(seed)
        if not persons:
            continue
        toks = [seed]
        # Grow to the right while one person can still own every word.
        while (nxt := stream.after(toks[-1].end)) is not None and adjacent(text, toks[-1], nxt):
            both = persons & {h.person for h in nxt.hits}
            if not both:
                break
            persons = both
            toks.append(nxt)
        person = _choose(persons, toks)
        first, last = _absorb(stream, toks[0], toks[-1], person, index, done)
        end = last.end
        if last.initial and text[end - 1 : end] == "." and _ends_sentence(text, end):
            end -= 1  # "…допросили Сейтқазиеву Г.Н." keeps the full stop of its sentence
        if (
            runs
            and runs[-1].person == person
            and (runs[-1].end == first.start or ADJACENT_GAP.fullmatch(text, runs[-1].end, first.start))
        ):
            # Two runs of one person side by side (GulnaraSeitqazieva): one mention.
            runs[-1] = Run(runs[-1].start, end, person)
        else:
            runs.append(Run(first.start, end, person))
        done = last.end
    return runs


def _ends_sentence(text: str, pos: int) -> bool:
    while pos < len(text) and text[pos] in " \t\u00a0":
        pos += 1
    return pos == len(text) or text[pos] in "\r\n" or text[pos].isupper()


def _choose(persons: set[int], toks: list[Token]) -> int:
    def score(p: int) -> tuple[int, int]:
        exact = sum(1 for t in toks for h in t.hits if h.person == p and h.exact)
        return (-exact, p)

    return min(persons, key=score)


def _belongs(tok: Token, person: int, index: NameIndex, *, after_name: bool, gap: str) -> bool:
    """May this neighbouring word join a mention of `person`?"""
    if any(h.person == person for h in tok.hits) or tok.initial:
        return True
    if len(tok.word) == 1 and tok.word.isupper() and gap in ("_", "-", ""):
        return True  # an initial in a file name: Сейтқазиева_Г_Н.pdf
    if after_name and is_patronymic_word(tok):
        return True
    if tok.capitalised and len(tok.word) >= 3 and not accepted(tok):
        prefixes = index.prefixes[person]
        return any(sk[:3] in prefixes for sk in skeletons(tok.word))
    return False


def _absorb(stream: Stream, first: Token, last: Token, person: int, index: NameIndex, done: int) -> tuple[Token, Token]:
    text = stream.text
    changed = True
    while changed:
        changed = False
        left = stream.before(first.start)
        if (
            left
            and left.start >= done
            and adjacent(text, left, first)
            and _belongs(left, person, index, after_name=False, gap=text[left.end : first.start])
        ):
            first, changed = left, True
        right = stream.after(last.end)
        if (
            right
            and adjacent(text, last, right)
            and _belongs(right, person, index, after_name=True, gap=text[last.end : right.start])
        ):
            last, changed = right, True
    return first, last
