"""Suspects: words left in a text that may still name a hidden person.

Shown to a person before export, in context, so they can add an alias or withhold an item.
Reasons (stable keys the interface translates):
  similar-to-name               close, by edit distance on the skeleton, to a part of a hidden
                                name, with or without an ending (Сейтказива, Seitkasieva)
  shares-stem-with-name         starts with a long stretch of a hidden name (Нурлановна of a
                                hidden Нурлан; Сейткази...)
  name-like-beside-replacement  a capitalised word or an initial right beside a pseudonym
"""

from __future__ import annotations

import bisect
import weakref
from typing import TYPE_CHECKING

from .endings import KAZAKH_SUFFIXES
from .grouping import ADJACENT_GAP, Token, read_token
from .index import WORD_RE
from .normalise import Normalised
from .translit import key, skeletons
from .types import Suspect

if TYPE_CHECKING:
    from .index import NameIndex
    from .matcher import NameMatcher

REASONS = ("similar-to-name", "shares-stem-with-name", "name-like-beside-replacement")
_RUSSIAN_ENDINGS = frozenset(
    ("a", "u", "e", "i", "oi", "oiu", "om", "im", "ih", "imi", "ei", "ia", "iu", "ogo", "omu", "uiu")
    + ("aia", "ii", "ie", "ov", "ev", "em", "ami", "ah", "am")
)
MIN_SIMILAR = 5  # shorter words are too often near some name by chance
MIN_SHARED_PREFIX = 6


def bounded_distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance, or limit + 1 as soon as it must exceed `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        best = cur[0]
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
            best = min(best, cur[j])
        if best > limit:
            return limit + 1
        prev = cur
    return prev[-1]


def _ending_ok(rest: str) -> bool:
    return not rest or rest in _RUSSIAN_ENDINGS or rest in KAZAKH_SUFFIXES


def find_suspects(
    matcher: NameMatcher, text: str, norm: Normalised, spans: list[tuple[int, int, int]]
) -> list[Suspect]:
    t = norm.text
    toks = [read_token(t, m.start(), m.end(), m.group()) for m in WORD_RE.finditer(t)]
    placed = [(*norm.original_span(t.start, t.end), t) for t in toks]
    mentions = _Intervals([(a, b) for a, b, _ in spans])
    out: dict[tuple[int, int], Suspect] = {}
    verdicts: dict[str, tuple[int, str] | None] = {}
    names = _index_of(matcher)
    for a, b, tok in placed:
        if len(tok.word) < MIN_SIMILAR or mentions.covers(a, b):
            continue
        if tok.word not in verdicts:
            verdicts[tok.word] = names.verdict(tok.word, tok.capitalised)
        verdict = verdicts[tok.word]
        if verdict:
            p, reason = verdict
            out[(a, b)] = Suspect(a, b, text[a:b], matcher.people[p].key, reason)
    for sus in _beside_replacements(matcher, text, placed):
        out.setdefault((sus.start, sus.end), sus)
    return [out[k] for k in sorted(out)]


def similar_spans(
    matcher: NameMatcher, norm: Normalised, spans: list[tuple[int, int, int]]
) -> list[tuple[int, int, int]]:
    """(start, end, person) in original offsets of every word outside `spans` one letter from a
    hidden name part, with or without an ending (a misspelt name: Сейтказива, Seitkaziva): the
    matcher replaces them like the name itself when asked to (`NameMatcher(..., similar=True)`).
    The `similar-to-name` rule with one slip only; a word two slips away stays a suspect."""
    t = norm.text
    mentions = _Intervals([(a, b) for a, b, _ in spans])
    names = _index_of(matcher)
    verdicts = names.one_slip  # kept across texts: an export sends thousands of short strings
    if len(verdicts) > 200_000:
        verdicts.clear()
    out: list[tuple[int, int, int]] = []
    for m in WORD_RE.finditer(t):
        word = m.group()
        if len(word) < MIN_SIMILAR:
            continue
        a, b = norm.original_span(m.start(), m.end())
        if mentions.covers(a, b):
            continue
        if word not in verdicts:
            shown = matcher.names_someone_shown(word)
            verdicts[word] = None if shown else names.verdict(word, word[:1].isupper(), one_slip=True)
        verdict = verdicts[word]
        if verdict and verdict[1] == "similar-to-name":
            out.append((a, b, verdict[0]))
    return out


_Entry = tuple[int, str, bool]  # (person, name part or its other gender, weak)


class _NameIndex:
    """Names by their deletion neighbourhoods (symmetric-delete search): two strings within
    edit distance k share a string made by deleting at most k letters from each, so a word is
    measured only against the few names it shares one with."""

    def __init__(self, matcher: NameMatcher) -> None:
        self.one_slip: dict[str, tuple[int, str] | None] = {}  # word -> verdict(one_slip=True)
        self.deletes: dict[str, dict[_Entry, None]] = {}
        self.prefixes: dict[str, dict[_Entry, None]] = {}
        for p, parts in enumerate(matcher.index.parts):
            for part in parts:
                for name in _nominatives(part.key):
                    if len(name) < MIN_SIMILAR:
                        continue
                    entry = (p, name, part.weak)
                    for variant in _deletions(name, 2 if len(name) >= 9 else 1):
                        self.deletes.setdefault(variant, {})[entry] = None
                    self.prefixes.setdefault(name[:MIN_SHARED_PREFIX], {})[entry] = None
                    if len(name) <= MIN_SHARED_PREFIX + 1:
                        self.prefixes.setdefault(name[:5], {})[entry] = None

    def verdict(self, word: str, capitalised: bool, *, one_slip: bool = False) -> tuple[int, str] | None:
        """`one_slip`: only a near miss by one letter (what an export replaces); two slips in a
        long capitalised name (Сейтказыбаев, another family) and shared stems stay suspects."""
        for sk in skeletons(word):
            for cut in range(4, len(sk) + 1):
                if not _ending_ok(sk[cut:]):
                    continue
                head = sk[:cut]
                for variant in _deletions(head, 2 if capitalised and not one_slip else 1):
                    for p, name, weak in self.deletes.get(variant, ()):
                        # A lower-case word is compared only with names that are not ordinary
                        # words (алманың, беріп are not near-misses of Алма, Берік); one slip in
                        # a short name, two in a long capitalised one.
                        if weak and not capitalised:
                            continue
                        limit = 2 if len(name) >= 9 and capitalised and not one_slip else 1
                        if bounded_distance(head, name, limit) <= limit:
                            return p, "similar-to-name"
            if capitalised and not one_slip:
                for n in (MIN_SHARED_PREFIX, 5):
                    for p, name, _ in self.prefixes.get(sk[:n], ()):
                        shared = _common_prefix(sk, name)
                        if shared >= MIN_SHARED_PREFIX or (shared >= 5 and shared >= len(name) - 2):
                            return p, "shares-stem-with-name"
        return None


_INDEXES: weakref.WeakKeyDictionary[NameIndex, _NameIndex] = weakref.WeakKeyDictionary()


def _index_of(matcher: NameMatcher) -> _NameIndex:
    found = _INDEXES.get(matcher.index)
    if found is None:
        found = _INDEXES[matcher.index] = _NameIndex(matcher)
    return found


def _deletions(s: str, k: int) -> set[str]:
    out = {s}
    edge = {s}
    for _ in range(k):
        edge = {w[:i] + w[i + 1 :] for w in edge for i in range(len(w))}
        out |= edge
    return out


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _nominatives(name: str) -> tuple[str, ...]:
    """Both genders of a surname: Ахметов is a near miss of a hidden Ахмедова."""
    if name.endswith(("ova", "eva", "ina")):
        return (name, name[:-1])
    return (name,)


# Capitalised words that stand beside a pseudonym in headings and records without being part of
# a name ("Показания Свидетельница К", "Хаттама: Куә Б"): skeleton prefixes of 5+ letters, and
# short words exactly (so that Касенова is not taken for "case").
_HEADING_TEXT = (
    "показани протокол допрос объяснени жалоб заявлени гражданин гражданк судья судьи адвокат "
    "следовател прокурор свидетел потерпевш подозреваем обвиняем лицо лица фото документ дело "
    "айғақ хаттама түсініктеме шағым куә куәсі жәбірленуші күдікті айыпталушы тұлға "
    "witness victim person statement testimony interview photo document case suspect"
)
_HEADING_KEYS = [key(w) for w in _HEADING_TEXT.split()]
_HEADING_PREFIXES = tuple(k for k in _HEADING_KEYS if len(k) >= 5)
_HEADING_EXACT = frozenset(k for k in _HEADING_KEYS if len(k) < 5)


# Pronouns and linking words that start a sentence right before a pseudonym ("Мен Куәгер К-ның
# апасымын", "Я Свидетельница К"): capitalised, but never part of a name. Exact words only.
_SENTENCE_TEXT = (
    "я мы ты вы он она оно они его ее её ему ей им их меня мне нас нам вас вам это этот эта тот "
    "та там тут здесь потом затем тогда когда если но а и да уже ещё еще вот также тоже поэтому "
    "однако сегодня вчера утром вечером ночью днём днем "
    "мен біз сен сіз ол олар менің оның маған оған бұл сол осы содан кейін сонда бүгін кеше және "
    "бірақ енді ал "
    "i we he she they it this then when and but yesterday today"
)
_SENTENCE_WORDS = frozenset(key(w) for w in _SENTENCE_TEXT.split())


def _heading_word(word: str) -> bool:
    return any(
        sk in _HEADING_EXACT or sk in _SENTENCE_WORDS or sk.startswith(_HEADING_PREFIXES) for sk in skeletons(word)
    )


class _Intervals:
    def __init__(self, spans: list[tuple[int, int]]) -> None:
        self.spans = sorted(spans)
        self.starts = [a for a, _ in self.spans]

    def covers(self, a: int, b: int) -> bool:
        k = bisect.bisect_right(self.starts, a) - 1
        return k >= 0 and self.spans[k][1] >= b


def _beside_replacements(matcher: NameMatcher, text: str, placed: list[tuple[int, int, Token]]) -> list[Suspect]:
    """Capitalised words and initials touching a pseudonym: the rest of a half-replaced name."""
    found: list[tuple[int, int, str]] = []
    for person in matcher.people:
        for r in dict.fromkeys((person.replacement, *person.variants)):  # declined forms too
            pos = text.find(r) if r.strip() else -1
            while pos >= 0:
                found.append((pos, pos + len(r), person.key))
                pos = text.find(r, pos + len(r))
    found.sort()
    pseudonyms = _Intervals([(a, b) for a, b, _ in found])
    starts = [a for a, _, _ in placed]
    out: list[Suspect] = []
    for a, b, person_key in found:
        k = bisect.bisect_left(starts, a) - 1  # the word before the pseudonym
        neighbours = []
        if k >= 0 and placed[k][1] <= a and ADJACENT_GAP.fullmatch(text, placed[k][1], a):
            neighbours.append(placed[k])
        k = bisect.bisect_left(starts, b)  # the word after it
        if k < len(placed) and ADJACENT_GAP.fullmatch(text, b, placed[k][0]):
            neighbours.append(placed[k])
        for x, y, tok in neighbours:
            if (tok.capitalised or tok.initial) and not pseudonyms.covers(x, y) and not _heading_word(tok.word):
                out.append(Suspect(x, y, text[x:y], person_key, "name-like-beside-replacement"))
    return out
