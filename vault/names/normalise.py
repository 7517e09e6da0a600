"""Normalisation with a map back to the original text.

A name must be found however it is dressed up: compatibility forms (NFKC: full-width letters,
ligatures, mathematical alphabets), and invisible characters inside it (soft hyphen, zero-width
space/joiner, bidi controls, variation selectors) that render identically but break a plain
string search. The matcher works on the normalised text and maps every span back to the
original offsets, so that a replacement touches only the mention and nothing else.

Case is kept here (capitalisation is evidence of a name); words are case-folded later, one at
a time, by `translit.skeletons`.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Invisible format characters (Unicode category Cf) and the invisible marks (CGJ, variation
# selectors, Mongolian free variation selectors) that someone can slip into a word.
_INVISIBLE = (
    "\u00ad\u034f\u061c\u0600-\u0605\u06dd\u070f\u08e2\u115f\u1160\u17b4\u17b5\u180b-\u180f"
    "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff9-\ufffb"
    "\U000110bd\U000110cd\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
    "\U000e0100-\U000e01ef"
    # PDFium gives U+FFFE for a hyphen it took for a break at a line end ("Сейт-⏎казиева" reads
    # "Сейт\ufffeказиева"): the word goes on, as after a soft hyphen.
    "\ufffe"
)
# A soft hyphen at a line end means the word goes on after the break: drop the break with it.
_REMOVE_RE = re.compile(f"[\u00ad\ufffe][ \\t]*(?:\\r\\n|[\\n\\r\\u2028])[ \\t]*|[{_INVISIBLE}]")


@dataclass(frozen=True)
class Normalised:
    text: str
    # For each character of `text`, the original span it came from; None when identical.
    starts: list[int] | None
    ends: list[int] | None

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """The original [start, end) of the normalised [start, end) (end > start)."""
        if self.starts is None or self.ends is None:
            return start, end
        return self.starts[start], self.ends[end - 1]


# Combining marks that survive NFKC (a stress accent on a Russian vowel, и́, has no precomposed
# form) would split a word in two: dropped after composition.
_MARKS_RE = re.compile("[\u0300-\u036f\u0483-\u0489\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def normalise(text: str) -> Normalised:
    if not _REMOVE_RE.search(text) and not _MARKS_RE.search(text) and unicodedata.is_normalized("NFKC", text):
        return Normalised(text, None, None)
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for m in _REMOVE_RE.finditer(text):
        _append_segment(text, pos, m.start(), out, starts, ends)
        pos = m.end()
    _append_segment(text, pos, len(text), out, starts, ends)
    return Normalised("".join(out), starts, ends)


def _append_segment(text: str, a: int, b: int, out: list[str], starts: list[int], ends: list[int]) -> None:
    if a >= b:
        return
    seg = text[a:b]
    if not _MARKS_RE.search(seg) and unicodedata.is_normalized("NFKC", seg):
        out.append(seg)
        starts.extend(range(a, b))
        ends.extend(range(a + 1, b + 1))
        return
    i = a
    while i < b:
        # A cluster: one base character and the combining marks after it, normalised together
        # (и + combining breve becomes й).
        j = i + 1
        while j < b and unicodedata.combining(text[j]):
            j += 1
        piece = unicodedata.normalize("NFKC", text[i:j])
        if j > i + 1:
            piece = "".join(c for c in piece if not unicodedata.combining(c))
        out.append(piece)
        starts.extend([i] * len(piece))
        ends.extend([j] * len(piece))
        i = j
