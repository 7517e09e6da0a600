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

from .grouping import ADJACENT_GAP, Stream, Token, adjacent, group, is_patronymic_word
from .index import WORD_RE, NameIndex
from .normalise import Normalised
from .reading import read
from .translit import skeletons
from .types import HiddenName, Mention, Suspect

_HYPHEN_BREAK = re.compile(r"[ \t]*[-‐‑][ \t]*(?:\r\n|[\n\r\u2028])")


def _starts_a_word(word: str, i: int) -> bool:
    """A capital after a small letter (gulnaraSeit), or the last capital of a run before a
    small letter (IMGSeit)."""
    if not word[i].isupper():
        return False
    return word[i - 1].islower() or (word[i - 1].isupper() and word[i + 1 : i + 2].islower())


def _camel_pieces(word: str) -> list[tuple[int, str]]:
    """ "GulnaraSeitqazieva", "IMGSeitqazieva", "scan2Сейтқазиева" (file names) read as separate
    words: split where a new capitalised word starts, and around a digit. Empty when nothing
    splits."""
    pieces: list[tuple[int, str]] = []
    start = 0
    for i in range(1, len(word) + 1):
        end = i == len(word)
        if end or word[i].isdigit() or _starts_a_word(word, i):
            if start < i and not word[start:i].isdigit():
                pieces.append((start, word[start:i]))
            start = i + 1 if not end and word[i].isdigit() else i
    return pieces if len(pieces) > 1 else []


def _strong(index: NameIndex, piece: str) -> bool:
    return any(not h.weak and not h.root for h in index.lookup(piece))


def _glued_pieces(index: NameIndex, stems: frozenset[str], word: str) -> list[tuple[int, str]]:
    """An e-mail or user name in lower case glues a name to an initial or to another part of it
    ("gseitqazieva", "seitqazievag", "gulnaraseitqazieva"): the pieces, when one is a strong
    part (a surname, a long given name) and the other an initial or a part of the same person.
    Only words whose skeleton holds the stem of such a part are split."""
    if len(word) < 7 or not word.isalpha() or not any(st in sk for sk in skeletons(word) for st in stems):
        return []
    n = len(word)
    for k in (1, 2):  # initials before the name: g+seitqazieva, gn+seitqazieva
        if _strong(index, word[k:]):
            return [(k, word[k:])]
    if _strong(index, word[:-1]):  # one after it (two would be a Russian suffix: nurlanov+ka)
        return [(0, word[:-1])]
    for i in range(3, n - 2):
        left, right = word[:i], word[i:]
        lp, rp = {h.person for h in index.lookup(left)}, {h.person for h in index.lookup(right)}
        if lp & rp and (_strong(index, left) or _strong(index, right)):
            return [(0, left), (i, right)]
    return []


class NameMatcher:
    """`similar=True` (partner/public exports) also finds words one letter from a hidden name, a
    misspelt name (Сейтказива), as mentions of kind "similar". `known` are names (and aliases) of
    people an export shows by name: a word that is one of their forms is not taken for a
    misspelling of someone hidden (a shown officer Ахметов beside a hidden Ахмедова); it stays a
    suspect for a person to judge."""

    def __init__(self, people: Sequence[HiddenName], *, similar: bool = False, known: Sequence[str] = ()) -> None:
        self.people = tuple(people)
        self.similar = similar
        known = tuple(k for k in known if k.strip())
        self._known = NameIndex([HiddenName("", known, "")]) if similar and known else None
        self.index = NameIndex(self.people)
        # Stems (5 letters of a skeleton) of the parts strong enough to be found glued.
        self._glue_stems = frozenset(
            part.key[:5] for parts in self.index.parts for part in parts if not part.weak and len(part.key) >= 5
        )

    def names_someone_shown(self, word: str) -> bool:
        return self._known is not None and any(not h.root for h in self._known.lookup(word))

    # -- finding -----------------------------------------------------------------------------

    def _seeds(self, norm: Normalised) -> tuple[Stream, list[Token]]:
        """Every matched word, in order, and a stream to read their neighbours."""
        text = norm.text
        index = self.index
        hit_words: set[str] = set()
        heads: set[str] = set()
        camel: dict[str, list[tuple[int, str]]] = {}
        for w in set(WORD_RE.findall(text)):
            if index.lookup(w):
                hit_words.add(w)
                continue
            if index.is_head(w):
                heads.add(w)
            if (not w[1:].islower() and not w.isupper()) or not w.isalpha():
                pieces = _camel_pieces(w)
                if any(index.lookup(piece) for _, piece in pieces):
                    camel[w] = pieces
            elif self._glue_stems and (pieces := _glued_pieces(index, self._glue_stems, w)):
                camel[w] = pieces
        stream = Stream(text, index.lookup, [])
        seeds: list[Token] = []
        if not (hit_words or heads or camel):
            return stream, seeds
        skip_to = 0
        interesting = hit_words | heads | camel.keys()
        for m in WORD_RE.finditer(text):
            w = m.group()
            if w not in interesting or m.start() < skip_to:
                continue
            broken = w in heads or (_HYPHEN_BREAK.match(text, m.end()) is not None)
            if broken and (tok := self._joined(text, m)) is not None:
                # "Сейт-\nқазиева", "Сейт қазиева", "Нурлан-\nовна": a name broken in two,
                # read whole (a word before a hyphenated line break is tried whole first).
                seeds.append(tok)
                stream.add_joined(tok)
                skip_to = tok.end
            elif w in hit_words:
                seeds.append(stream.token(m.start(), m.end(), w))
            elif w in camel:
                for offset, piece in camel[w]:
                    start = m.start() + offset
                    seeds.append(stream.token(start, start + len(piece), piece))
        self._confirm_roots(stream, seeds)
        return stream, seeds

    def _joined(self, text: str, head: re.Match[str]) -> Token | None:
        nxt = WORD_RE.search(text, head.end())
        if nxt is None or not ADJACENT_GAP.fullmatch(text, head.end(), nxt.start()):
            return None
        word = head.group() + nxt.group()
        hits = self.index.lookup(word)
        return Token(head.start(), nxt.end(), word, hits) if hits else None

    @staticmethod
    def _confirm_roots(stream: Stream, seeds: list[Token]) -> None:
        """Асқар (of Асқарұлы) counts when a separate ұлы/қызы follows it."""
        for tok in seeds:
            if any(h.root for h in tok.hits):
                nxt = stream.after(tok.end)
                if nxt and adjacent(stream.text, tok, nxt) and is_patronymic_word(nxt):
                    # Before ұлы/қызы the word is a father's name in a patronymic: it names the
                    # child, not a hidden person who happens to have that given name.
                    tok.hits = tuple(dc_replace(h, root=False, weak=False, exact=True) for h in tok.hits if h.root)

    def _find(self, text: str) -> tuple[Normalised, list[tuple[int, int, int]]]:
        norm = read(text)
        stream, seeds = self._seeds(norm)
        spans = []
        for run in group(stream, seeds, self.index):
            a, b = norm.original_span(run.start, run.end)
            spans.append((a, b, run.person))
        return norm, spans

    def mentions(self, text: str) -> list[Mention]:
        if not self.people or not text:
            return []
        norm, spans = self._find(text)
        found = [Mention(a, b, self.people[p].key, text[a:b]) for a, b, p in spans]
        if self.similar:
            from .suspects import similar_spans

            near = [
                Mention(a, b, self.people[p].key, text[a:b], "similar") for a, b, p in similar_spans(self, norm, spans)
            ]
            if near:
                found = _merge(text, sorted(found + near, key=lambda m: m.start))
        return found

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
        norm, spans = self._find(text)
        if self.similar:
            from .suspects import similar_spans

            spans = sorted(spans + similar_spans(self, norm, spans))
        return find_suspects(self, text, norm, spans)


def _merge(text: str, found: list[Mention]) -> list[Mention]:
    """A misspelt surname beside its person's given name ("Гульнара Сейтказива") becomes one
    mention, replaced once; a mention holding a near miss counts as "similar"."""
    out: list[Mention] = []
    for m in found:
        last = out[-1] if out else None
        if last is not None and last.key == m.key and ADJACENT_GAP.fullmatch(text, last.end, m.start):
            kind = "similar" if "similar" in (last.kind, m.kind) else last.kind
            out[-1] = Mention(last.start, m.end, m.key, text[last.start : m.end], kind)
        else:
            out.append(m)
    return out
