"""The matcher's public records: who is hidden, where a name was found, what looks suspicious."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class HiddenName:
    key: str  # the person's id
    forms: tuple[str, ...]  # the recorded name and every alias, as written
    replacement: str  # the pseudonym that replaces a whole mention
    variants: tuple[str, ...] = ()  # its declined forms, also replacements (suspects.py)


@dataclass(frozen=True)
class Mention:
    start: int  # offsets into the ORIGINAL text (Python str indices)
    end: int
    key: str  # whose name
    text: str  # the original substring (may hold soft hyphens, a line break...)
    kind: str = "name"  # "similar": a near miss of the name (NameMatcher(similar=True))


@dataclass(frozen=True)
class Suspect:
    start: int
    end: int
    text: str  # the suspicious word as written
    key: str | None  # the hidden person it resembles, when one
    reason: str  # stable key, see suspects.REASONS
