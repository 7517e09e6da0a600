"""TEMPORARY: the vault.names API over the old exact-form matching, used only until vault/names
(the real matcher for Russian and Kazakh names) is in this tree. Delete with its import in
names_api.py once vault/names lands. It finds recorded forms as whole words, nothing more."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class HiddenName:
    key: str
    forms: tuple[str, ...]
    replacement: str


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    key: str
    text: str


@dataclass(frozen=True)
class Suspect:
    start: int
    end: int
    text: str
    key: str | None
    reason: str


_SEP = r"[\s_.\-]+"


def _words(form: str) -> list[str]:
    return [w for w in re.split(_SEP, unicodedata.normalize("NFC", form)) if w]


def _pattern(form: str) -> str:
    parts = ["".join("[её]" if ch in "еЕёЁ" else re.escape(ch) for ch in w) for w in _words(form)]
    return r"(?<![^\W_])" + _SEP.join(parts) + r"(?![^\W_])"


class NameMatcher:
    def __init__(self, people: Sequence[HiddenName]) -> None:
        self._by_group: list[tuple[str, str]] = []
        alternatives: list[tuple[int, str]] = []
        for p in people:
            for form in p.forms:
                if _words(form):
                    alternatives.append((len(form), _pattern(form)))
                    self._by_group.append((p.key, p.replacement))
        self._replacement = {p.key: p.replacement for p in people}
        order = sorted(range(len(alternatives)), key=lambda i: -alternatives[i][0])
        self._group_of = dict(enumerate(order))
        self._re = (
            re.compile("|".join(f"({alternatives[i][1]})" for i in order), re.IGNORECASE) if alternatives else None
        )

    def mentions(self, text: str) -> list[Mention]:
        if self._re is None or not text:
            return []
        out = []
        for m in self._re.finditer(text):
            assert m.lastindex is not None
            key = self._by_group[self._group_of[m.lastindex - 1]][0]
            out.append(Mention(m.start(), m.end(), key, m.group(0)))
        return out

    def replace(self, text: str) -> tuple[str, list[Mention]]:
        found = self.mentions(text)
        parts, pos = [], 0
        for m in found:
            parts += [text[pos : m.start], self._replacement[m.key]]
            pos = m.end
        parts.append(text[pos:])
        return "".join(parts), found

    def contains(self, text: str) -> bool:
        return bool(self.mentions(text))

    def suspects(self, text: str) -> list[Suspect]:
        return []


def shares_stem(candidate: str, forms: Sequence[str]) -> bool:
    cand = {w.casefold()[:5] for w in _words(candidate) if len(w) > 2}
    return any(w.casefold()[:5] in cand for f in forms for w in _words(f) if len(w) > 2)
