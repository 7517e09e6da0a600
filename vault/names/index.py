"""The lookup built once per matcher: every form of every hidden person's name, by skeleton.

A word is looked up by its skeleton(s) in two steps, both dictionary probes: a full Russian
form (Сейтқазиевой, Гульнары, Гули), or a nominative followed by a Kazakh suffix
(Сейтқазиева+ға, Gulnara+nıñ). Words are cached, so a long text costs one probe per distinct
word.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass

from .diminutives import diminutives_of, productive
from .endings import KAZAKH_SUFFIXES, MAX_SUFFIX, kazakh_suffixes_after, russian_forms
from .normalise import normalise
from .translit import skeletons
from .types import HiddenName
from .wordnames import TITLES, WORD_NAMES

# A word: letters, with an apostrophe (Gul'nara) or a single digit standing for a letter
# (Жаксылык0в, Сейтка3иева) inside.
WORD_RE = re.compile(r"[^\W\d_]+(?:['’ʼ0-9][^\W\d_]+)*")
PATRONYMIC_WORDS = ("uli", "kizi", "ogli")  # ұлы, қызы, оглы as separate words
MIN_STRONG_SURNAME = 4  # shorter parts (Ли, Ким, Ан) count only when capitalised
# A given name counts in lower case too unless it is an ordinary word (wordnames.py) or shorter
# than this; measured: requiring capitals for all names under 6 letters removed no false
# positive from the test prose, so only the word list and very short names need them.
MIN_STRONG_GIVEN = 4
MIN_KAZAKH_BASE = 3  # Kazakh suffixes are not tried after a 1-2 letter name
MIN_HEAD = 2  # a name broken in two: the first piece has at least this many letters


@dataclass(frozen=True)
class Hit:
    person: int
    exact: bool  # the word is a recorded nominative of that person
    weak: bool  # counts only capitalised, or beside another part of the same person
    root: bool = False  # Асқар of Асқарұлы: counts only before a separate ұлы/қызы


@dataclass
class Part:
    person: int
    key: str
    weak: bool  # short or an ordinary word too: counts only capitalised


def name_parts(form: str) -> list[str]:
    """The skeletons of every word of a recorded form; initials, titles and kinship words
    dropped; "Асқар ұлы" is one part, асқарұлы (Асқар alone is the father's name)."""
    out: list[str] = []
    for m in WORD_RE.finditer(normalise(form).text):
        if len(m.group()) < 2 or skeletons(m.group())[0] in TITLES:
            continue
        for sk in skeletons(m.group()):
            if sk in PATRONYMIC_WORDS and out:
                out[-1] += sk
            else:
                out.append(sk)
    return out


def other_patronymics(sk: str) -> list[str]:
    """A patronymic in the other language's form: Нурлановна ↔ Нұрланқызы, Асқарұлы ↔
    Аскарович. Both are written in Kazakhstan, often for the same person."""
    for russian, kazakh in (("ovna", "kizi"), ("evna", "kizi"), ("ovich", "uli"), ("evich", "uli")):
        if sk.endswith(russian) and len(sk) - len(russian) >= 3:
            return [sk[: -len(russian)] + kazakh]
    for kazakh, russian in (("kizi", "ovna"), ("uli", "ovich")):
        if sk.endswith(kazakh) and len(sk) - len(kazakh) >= 3:
            return [sk[: -len(kazakh)] + russian]
    return []


class NameIndex:
    def __init__(self, people: Sequence[HiddenName]) -> None:
        self.people = list(people)
        # skeleton -> the hits it gives (a dict used as an ordered set: people share names)
        self.forms: dict[str, dict[Hit, None]] = {}
        self.noms: dict[str, dict[Hit, None]] = {}
        self.parts: list[list[Part]] = [[] for _ in self.people]
        self.prefixes: list[set[str]] = [set() for _ in self.people]
        self._pre2: set[str] = set()
        self._cache: dict[str, tuple[Hit, ...]] = {}
        self._heads: set[str] | None = None  # built on first use
        self._head_cache: dict[str, bool] = {}
        for p, person in enumerate(self.people):
            seen: set[str] = set()
            for form in person.forms:
                for sk in name_parts(form):
                    if sk and sk not in seen:
                        seen.add(sk)
                        self._add_part(p, sk)
            for other in [o for recorded in sorted(seen) for o in other_patronymics(recorded)]:
                if other not in seen:
                    seen.add(other)
                    self._add_part(p, other)

    def _add_part(self, p: int, sk: str) -> None:
        forms, noms, surname = russian_forms(sk)
        weak = len(sk) < MIN_STRONG_SURNAME or sk in WORD_NAMES or (not surname and len(sk) < MIN_STRONG_GIVEN)
        self.parts[p].append(Part(p, sk, weak))
        if len(sk) <= 2:
            forms, noms = frozenset({sk}), frozenset()
        for f in forms:
            self._add(self.forms, f, Hit(p, f == sk, weak))
        for n in noms:
            if len(n) >= MIN_KAZAKH_BASE:
                self._add(self.noms, n, Hit(p, False, weak))
        if len(sk) >= 3:
            self.prefixes[p].add(sk[:3])
        for suffix in PATRONYMIC_WORDS:
            root = sk[: -len(suffix)]
            if sk.endswith(suffix) and len(root) >= 3:
                self._add(self.forms, root, Hit(p, False, True, root=True))
        # Keyed by given names; Мадина ends like a surname in -ина, so no surname test here.
        coined = productive(sk, surname) if len(sk) > 2 else frozenset()
        for dsk in [skeletons(dim)[0] for dim in diminutives_of(sk)] + sorted(coined):
            dforms, dnoms, _ = russian_forms(dsk)
            for f in dforms:
                self._add(self.forms, f, Hit(p, False, True))
            for n in dnoms:
                self._add(self.noms, n, Hit(p, False, True))
            self.prefixes[p].add(dsk[:3])

    def _add(self, table: dict[str, dict[Hit, None]], k: str, hit: Hit) -> None:
        table.setdefault(k, {})[hit] = None
        self._pre2.add(k[:2])

    def is_head(self, word: str) -> bool:
        """Is the word the first piece of a name broken in two ("Сейт" of "Сейт-\nқазиева")?"""
        if self._heads is None:
            keys = itertools.chain(self.forms, self.noms)
            self._heads = {k[:n] for k in keys for n in range(MIN_HEAD, len(k))}
        found = self._head_cache.get(word)
        if found is None:
            if len(self._head_cache) > 200_000:
                self._head_cache.clear()
            found = self._head_cache[word] = any(sk in self._heads for sk in skeletons(word))
        return found

    def lookup(self, word: str) -> tuple[Hit, ...]:
        found = self._cache.get(word)
        if found is not None:
            return found
        hits: list[Hit] = []
        for sk in skeletons(word):
            if sk[:2] not in self._pre2:
                continue
            hits.extend(self.forms.get(sk, ()))
            for n in range(1, min(MAX_SUFFIX, len(sk) - MIN_KAZAKH_BASE) + 1):
                suffix = sk[-n:]
                if suffix not in KAZAKH_SUFFIXES:
                    continue
                base = sk[:-n]
                if suffix in kazakh_suffixes_after(base):
                    hits.extend(self.noms.get(base, ()))
                if base[-1] != suffix[0]:
                    # Нұрлан+ның: the doubled н was collapsed in the word's skeleton.
                    hits.extend(self.noms.get(base + suffix[0], ()))
        found = tuple(dict.fromkeys(hits))
        if len(self._cache) > 200_000:
            self._cache.clear()
        self._cache[word] = found
        return found

    def person_prefixes(self, p: int) -> set[str]:
        return self.prefixes[p]
