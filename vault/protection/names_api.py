"""The name matcher this package uses (vault.names: normalisation, stems, transliterations,
inflectional endings; see that package for how a mention is found)."""

from __future__ import annotations

from ..names import HiddenName, Mention, NameMatcher, Suspect, shares_stem

__all__ = ["HiddenName", "Mention", "NameMatcher", "Suspect", "shares_stem"]
