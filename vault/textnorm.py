"""Text normalisation shared by indexing and querying, so both sides fold the same way.

FTS5's unicode61 tokenizer folds case in every script (Қ/қ, Ж/ж) and, with remove_diacritics 2,
Latin accents; it does not fold ё to е, which Russian writers use interchangeably.
"""

from __future__ import annotations

import re
import unicodedata

_FOLD = str.maketrans({"ё": "е", "Ё": "Е"})


def normalise(text: str) -> str:
    return unicodedata.normalize("NFC", text).translate(_FOLD)


def casefold(text: str) -> str:
    """For comparisons outside FTS (tags, names): Unicode-aware, unlike SQLite's lower()."""
    return normalise(text).casefold()


# A word's characters for cut(): letters, digits, joiners, soft hyphens, combining marks,
# apostrophes and hyphens (a cut "Сейт-қази" must not leave "Сейт-").
_WORD_TAIL = re.compile(r"[\w\u00ad\u200b-\u200d\u2060\u0300-\u036f'’-]+$")
_WORD_CHAR = re.compile(r"[\w\u00ad\u200b-\u200d\u2060\u0300-\u036f'’-]")


def cut(text: str, limit: int) -> str:
    """`text` shortened to at most `limit` characters between words: a cut inside a word would
    leave a stem of a name ("Сейтқази") that the name matcher, which never matches bare
    prefixes, cannot recognise, so the partial word is dropped."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    if _WORD_CHAR.match(text[limit]):
        head = _WORD_TAIL.sub("", head)
    return head.rstrip()
