"""What the overview of a case or a person shows, gathered in one call: chronology, people with
roles, item counts by kind, and a summary of the custody events that concern it (how many, the
last one, and whether every one's hash and signature check out under the vault's key)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from . import cases, people
from .custody import Event, event_hash, signature_valid
from .db import named_rows
from .models import Case, CaseEvent, Person, PersonLink
from .store import Vault


@dataclass(frozen=True)
class CustodySummary:
    events: int
    last_time: str = ""  # UTC ISO time of the last event, '' if none
    last_action: str = ""
    verified: bool = False  # every event's hash and signature check out
    head_hash: str = ""  # hash of the last event, for the user to copy


class LinkedCase(NamedTuple):
    """A case the person belongs to; a tuple too (`case_id, title, role = linked`)."""

    id: str
    title: str
    role: str  # '' when linked only through the case's items


@dataclass(frozen=True)
class LinkedItem:
    id: str
    title: str
    kind: str
    role: str = ""


@dataclass(frozen=True)
class CaseOverview:
    case: Case
    chronology: list[CaseEvent]
    people: list[PersonLink]
    kinds: dict[str, int]
    custody: CustodySummary


@dataclass(frozen=True)
class PersonOverview:
    person: Person
    cases: list[LinkedCase]
    items: list[LinkedItem]
    kinds: dict[str, int] = field(default_factory=dict)
    custody: CustodySummary = CustodySummary(0)


def custody_summary(vault: Vault, subject: str) -> CustodySummary:
    events = vault.custody.events(subject)
    if not events:
        return CustodySummary(0)
    public = Ed25519PublicKey.from_public_bytes(vault.custody.public_raw)
    verified = all(_event_ok(public, e) for e in events)
    last = events[-1]
    return CustodySummary(len(events), last.time, last.action, verified, last.hash)


def _event_ok(public: Ed25519PublicKey, e: Event) -> bool:
    return event_hash(e.canonical()) == e.hash and signature_valid(public, e.hash, e.signature)


def case_overview(vault: Vault, case_id: str) -> CaseOverview:
    case = cases.get_case(vault, case_id)
    rows = named_rows(
        vault.conn,
        "SELECT d.kind AS kind, count(*) AS n FROM item_cases ic JOIN items d ON d.id = ic.item_id "
        "WHERE ic.case_id = ? AND d.deleted IS NULL GROUP BY d.kind ORDER BY d.kind",
        (case_id,),
    )
    return CaseOverview(
        case=case,
        chronology=cases.case_events(vault, case_id),
        people=people.case_people(vault, case_id),
        kinds={str(r["kind"]): int(r["n"]) for r in rows},
        custody=custody_summary(vault, case_id),
    )


def person_overview(vault: Vault, person_id: str) -> PersonOverview:
    person = people.get_person(vault, person_id)
    case_rows = named_rows(
        vault.conn,
        "SELECT c.id AS id, c.title AS title, l.role AS role FROM ("
        " SELECT case_id, role FROM case_people WHERE person_id = ?"
        " UNION SELECT ic.case_id, '' FROM item_cases ic JOIN item_people ip ON ip.item_id = ic.item_id"
        " JOIN items d ON d.id = ic.item_id WHERE ip.person_id = ? AND d.deleted IS NULL"
        ") l JOIN cases c ON c.id = l.case_id ORDER BY c.created, l.role DESC",
        (person_id, person_id),
    )
    seen: dict[str, LinkedCase] = {}
    for r in case_rows:  # one row per case; a direct role beats "through items"
        cid, role = r["id"], r["role"]
        if cid not in seen or (role and not seen[cid].role):
            seen[cid] = LinkedCase(id=str(cid), title=str(r["title"]), role=str(role or ""))
    item_rows = named_rows(
        vault.conn,
        "SELECT d.id AS id, d.title AS title, d.kind AS kind, ip.role AS role FROM item_people ip "
        "JOIN items d ON d.id = ip.item_id WHERE ip.person_id = ? AND d.deleted IS NULL ORDER BY d.created, d.rowid",
        (person_id,),
    )
    linked = [
        LinkedItem(id=str(r["id"]), title=str(r["title"]), kind=str(r["kind"]), role=str(r["role"] or ""))
        for r in item_rows
    ]
    kinds: dict[str, int] = {}
    for item_id in dict.fromkeys(i.id for i in linked):
        kind = next(i.kind for i in linked if i.id == item_id)
        kinds[kind] = kinds.get(kind, 0) + 1
    return PersonOverview(person, list(seen.values()), linked, kinds, custody_summary(vault, person_id))
