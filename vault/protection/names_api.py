"""The name matcher this package uses (vault.names; see its module for how names are found)."""

from __future__ import annotations

try:
    from ..names import HiddenName, Mention, NameMatcher, Suspect, shares_stem
except ImportError:  # TEMPORARY until vault/names is in the tree; see interim_names.py
    from .interim_names import HiddenName, Mention, NameMatcher, Suspect, shares_stem  # type: ignore[assignment]

__all__ = ["HiddenName", "Mention", "NameMatcher", "Suspect", "shares_stem"]
