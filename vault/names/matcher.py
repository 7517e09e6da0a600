"""NameMatcher: finds and replaces every mention of hidden people in a text.

One matcher is built per export (the index of every form of every hidden name, see index.py);
each text is normalised (normalise.py), split into words, each distinct word looked up once,
and matched words grouped into whole mentions (grouping.py). Offsets map back to the original
text, so a replacement changes the mention and nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace as dc_replace

from .grouping import ADJACENT_GAP, Token, group, is_patronymic_word
from .index import WORD_RE, NameIndex
from .normalise import Normalised, normalise
from .types import HiddenName, Mention, Suspect

# A word broken across a line with a hyphen: "Сейт-\nқазиева".
_HYPHEN_BREAK = re.compile(r"[-‐‑¬][ \t]*(?:\r\n|[\n\r\u2028])[ \t]*")


class NameMatcher:
    def __init__(self, people: Sequence[HiddenName]) -> None:
        self.people = tuple(people)
        self.index = NameIndex(self.people)

    # -- finding -----------------------------------------------------------------------------

    def _tokens(self, norm: Normalised) -> list[Token]:
        text = norm.text
        lookup = self.index.lookup
        raw = [(m.start(), m.end(), m.group()) for m in WORD_RE.finditer(text)]
        breaks = {m.start(): m.end() for m in _HYPHEN_BREAK.finditer(text)}
        toks: list[Token] = []
        i = 0
        while i < len(raw):
            start, end, word = raw[i]
            if end in breaks and i + 1 < len(raw) and raw[i + 1][0] == breaks[end]:
                joined = word + raw[i + 1][2]
                hits = lookup(joined)
                if hits:
                    toks.append(Token(start, raw[i + 1][1], joined, hits))
                    i += 2
                    continue
            tok = Token(start, end, word)
            if tok.initial and text[end : end + 1] == ".":
                tok.end = end + 1
            else:
                tok.hits = lookup(word)
            toks.append(tok)
            i += 1
        self._confirm_roots(text, toks)
        return toks

    @staticmethod
    def _confirm_roots(text: str, toks: list[Token]) -> None:
        """Асқар (of Асқарұлы) counts when a separate ұлы/қызы follows it."""
        for k, tok in enumerate(toks[:-1]):
            if any(h.root for h in tok.hits):
                nxt = toks[k + 1]
                if ADJACENT_GAP.fullmatch(text, tok.end, nxt.start) and is_patronymic_word(nxt):
                    tok.hits = tuple(dc_replace(h, root=False, weak=False) if h.root else h for h in tok.hits)

    def _find(self, text: str) -> tuple[Normalised, list[Token], list[tuple[int, int, int]]]:
        norm = normalise(text)
        toks = self._tokens(norm)
        spans = []
        for run in group(norm.text, toks, self.index):
            a, b = norm.original_span(toks[run.first].start, toks[run.last].end)
            spans.append((a, b, run.person))
        return norm, toks, spans

    def mentions(self, text: str) -> list[Mention]:
        if not self.people or not text:
            return []
        _, _, spans = self._find(text)
        return [Mention(a, b, self.people[p].key, text[a:b]) for a, b, p in spans]

    def replace(self, text: str) -> tuple[str, list[Mention]]:
        found = self.mentions(text)
        if not found:
            return text, found
        out: list[str] = []
        pos = 0
        by_key = {p.key: p.replacement for p in self.people}
        for m in found:
            out.append(text[pos : m.start])
            out.append(by_key[m.key])
            pos = m.end
        out.append(text[pos:])
        return "".join(out), found

    def contains(self, text: str) -> bool:
        return bool(self.mentions(text))

    def suspects(self, text: str) -> list[Suspect]:
        from .suspects import find_suspects

        if not self.people or not text:
            return []
        norm, toks, spans = self._find(text)
        return find_suspects(self, text, norm, toks, spans)

