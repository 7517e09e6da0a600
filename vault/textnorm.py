"""Text normalisation shared by indexing and querying, so both sides fold the same way.

FTS5's unicode61 tokenizer folds case in every script (Қ/қ, Ж/ж) and, with remove_diacritics 2,
Latin accents; it does not fold ё to е, which Russian writers use interchangeably.
"""

from __future__ import annotations

import unicodedata

_FOLD = str.maketrans({"ё": "е", "Ё": "Е"})


def normalise(text: str) -> str:
    return unicodedata.normalize("NFC", text).translate(_FOLD)


def casefold(text: str) -> str:
    """For comparisons outside FTS (tags, names): Unicode-aware, unlike SQLite's lower()."""
    return normalise(text).casefold()
