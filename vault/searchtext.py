"""How text is folded for the search index, the same way for what is indexed and what is asked.

FTS5's unicode61 tokenizer folds case in every script and Latin accents; it does not fold ё/е,
Greek accents, Cyrillic stress marks, Arabic vowel marks or presentation forms, and it keeps a run
of Chinese or Japanese characters (written without spaces) as one token, so a word inside the run
is never found. Here:

- NFKC (Arabic presentation forms, full-width Latin, ligatures become their plain letters);
- ё → е; combining marks over Latin/Greek/Cyrillic letters (stress marks, accents) removed, and
  precomposed Greek letters reduced to their base letter; Arabic harakat and tatweel, Hebrew points
  removed. Scripts whose marks are part of the letter (Devanagari, Thai...) keep them (the index's
  tokenizer counts marks as part of a word);
- scripts written without spaces (Han, Hiragana, Katakana, Hangul, Thai, Lao, Khmer, Myanmar) are
  cut into one token per character cluster, so a query becomes a phrase of consecutive tokens
  and matches anywhere inside a run.

The folded text is what snippets show; `display_snippet` joins the cut characters back.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

_YO = str.maketrans({"ё": "е", "Ё": "Е"})

# Marks that sit on a letter without being part of it in these scripts.
_STRIPPED_MARKS = re.compile(
    "[\u0300-\u036f"  # combining diacritics (accents, Cyrillic stress marks)
    "\u0640\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"  # Arabic tatweel and harakat
    "\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]"  # Hebrew points and cantillation
)

# Scripts written without spaces between words: one token per character (cluster).
_UNSPACED = (
    (0x0E00, 0x0EFF),  # Thai, Lao
    (0x1000, 0x109F),  # Myanmar
    (0x1780, 0x17FF),  # Khmer
    (0x3040, 0x30FF),  # Hiragana, Katakana
    (0x3400, 0x4DBF),  # CJK extension A
    (0x4E00, 0x9FFF),  # CJK unified ideographs
    (0xAC00, 0xD7AF),  # Hangul syllables
    (0xF900, 0xFAFF),  # CJK compatibility ideographs
    (0x20000, 0x3134F),  # CJK extensions B–G
)


_ANY_UNSPACED = re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in _UNSPACED) + "]")
_ANY_GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")


def _unspaced(ch: str) -> bool:
    o = ord(ch)
    return any(lo <= o <= hi for lo, hi in _UNSPACED)


def _greek_base(ch: str) -> str:
    if "\u0370" <= ch <= "\u03ff" or "\u1f00" <= ch <= "\u1fff":
        decomposed = unicodedata.normalize("NFD", ch)
        return decomposed[0] if decomposed else ch
    return ch


def fold(text: str) -> str:
    """The index's form of `text` (letter case is left to the tokenizer)."""
    # str.replace, not translate(_YO): same result, but translate walks a dict per character
    # (about 1 ms for a 4 KB note, the largest cost of importing small files).
    text = unicodedata.normalize("NFKC", text).replace("ё", "е").replace("Ё", "Е")
    # Decompose only where accents are separate marks that we drop: Latin stays for the
    # tokenizer (it folds Latin accents itself), й/ї stay letters.
    if _ANY_GREEK.search(text):
        text = "".join(_greek_base(ch) for ch in text)
    text = _STRIPPED_MARKS.sub("", text)
    return _segment(text)


def _segment(text: str) -> str:
    if not _ANY_UNSPACED.search(text):
        return text
    out: list[str] = []
    prev_unspaced = False
    for ch in text:
        if ch.isspace():
            out.append(ch)
            prev_unspaced = False
            continue
        if unicodedata.category(ch).startswith("M") and prev_unspaced:
            out.append(ch)  # a vowel sign or tone mark stays with its consonant
            continue
        cur = _unspaced(ch)
        if (cur or prev_unspaced) and out and not out[-1].isspace():
            out.append(" ")
        out.append(ch)
        prev_unspaced = cur
    return "".join(out)


def _neighbour(text: str, i: int, step: int) -> str:
    while 0 <= i < len(text) and text[i] in "[]":
        i += step
    return text[i] if 0 <= i < len(text) else ""


def display_snippet(snippet: str) -> str:
    """A snippet of folded text as a reader expects it: the cut characters joined again."""
    if not _ANY_UNSPACED.search(snippet):
        return snippet
    out = []
    for i, ch in enumerate(snippet):
        if ch == " ":
            left, right = _neighbour(snippet, i - 1, -1), _neighbour(snippet, i + 1, 1)
            if left and right and _unspaced(left) and _unspaced(right):
                continue
        out.append(ch)
    return "".join(out).replace("][", "")


def _is_token_char(ch: str) -> bool:
    cat = unicodedata.category(ch)
    return cat[0] in "LNM" or cat == "Co"


def tokens(text: str) -> Iterator[str]:
    """Words as the index's tokenizer (unicode61 with letters, numbers and marks) sees them."""
    word: list[str] = []
    for ch in text:
        if _is_token_char(ch):
            word.append(ch)
        elif word:
            yield "".join(word)
            word = []
    if word:
        yield "".join(word)


def query_groups(query: str) -> list[list[str]]:
    """The user's words, folded: each group is one word, or the characters of an unspaced run
    (to be matched as a phrase of consecutive tokens)."""
    groups: list[list[str]] = []
    for raw in query.split():
        folded = fold(raw)
        parts = [t.casefold() for t in tokens(folded)]
        if not parts:
            continue
        if any(_unspaced(p[0]) for p in parts) and len(parts) > 1:
            groups.append(parts)
        else:
            groups.extend([p] for p in parts)
    return groups
