"""Finding Russian and Kazakh names of hidden people in text, however they are written.

Pure Python, no vault or database imports: the redaction layer builds one `NameMatcher` per
export from the hidden people's names, aliases and pseudonyms. See docs/protection-matcher.md.
"""

from __future__ import annotations

from .matcher import NameMatcher
from .stems import shares_stem
from .types import HiddenName, Mention, Suspect

__all__ = ["HiddenName", "Mention", "NameMatcher", "Suspect", "shares_stem"]
