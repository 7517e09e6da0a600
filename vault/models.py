"""Typed records returned by the core. Plain data: no database handles, no behaviour."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .protection.roles import ROLES

ITEM_KINDS = ("testimony", "document", "photo", "audio", "video", "other")
CASE_EVENT_KINDS = ("arrest", "hearing", "sentence", "transfer", "release", "complaint", "other")
PERSON_ROLES = ROLES  # a person's role: one word of this fixed vocabulary (schema v4)


@dataclass(frozen=True)
class Case:
    id: str
    title: str
    summary: str
    created: str
    updated: str
    items: int = 0


@dataclass(frozen=True)
class CaseEvent:
    id: str
    case_id: str
    date: str  # YYYY-MM-DD
    kind: str
    text: str


@dataclass(frozen=True)
class Person:
    id: str
    name: str
    pseudonym: str
    role: str
    protected: bool
    aliases: tuple[str, ...] = ()
    notes: str = ""
    public: bool = False  # may appear by real name under the `public` profile (an allow-list)


@dataclass(frozen=True)
class PersonLink:
    person: Person
    role: str


@dataclass(frozen=True)
class Item:
    id: str
    kind: str
    title: str
    created: str
    sha256: str | None
    size: int | None
    mime: str = ""
    original_name: str = ""
    original_mtime: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    language: str = ""
    notes: str = ""
    warning: str = ""
    source: str = "intake"
    deleted: str | None = None
    tags: tuple[str, ...] = ()
    case_ids: tuple[str, ...] = ()


@dataclass(frozen=True)
class Revision:
    item_id: str
    rev: int
    text: str
    sha256: str
    created: str
    actor: str


@dataclass(frozen=True)
class SearchHit:
    id: str
    kind: str
    title: str
    snippet: str
