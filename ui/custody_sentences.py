"""Custody events as sentences in the interface language: "Tagged “Torture and ill-treatment”",
"Linked Witness K as witness", "Exported a partner dossier (12 pages)".

The log stores ids and English keywords (vault/custody.py); the names behind the ids are looked
up on the worker (`custody_view`) together with a check of each event's hash and signature, and
turned into words on the UI thread (`sentence`). Protected people follow privacy mode.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from PySide6.QtCore import QCoreApplication

from vault import cases, keys, people
from vault.custody import Event, event_hash, signature_valid
from vault.errors import NotFound
from vault.models import Person
from vault.store import Vault
from vault.tags import all_tags

from .format import action_label, event_kind_label, local_date, role_label
from .privacy import shown_name
from .tag_labels import tag_label

translate = QCoreApplication.translate  # lupdate finds translate("Context", "literal") calls only


@dataclass(frozen=True)
class CustodyNames:
    people: dict[str, Person] = field(default_factory=dict)
    cases: dict[str, str] = field(default_factory=dict)
    contacts: dict[str, str] = field(default_factory=dict)
    tags: dict[str, str] = field(default_factory=dict)  # path → stored label


@dataclass(frozen=True)
class CustodyView:
    events: list[Event]
    names: CustodyNames
    verified: frozenset[int]  # seqs whose hash and signature check out under the vault's key


def custody_view(vault: Vault, events: list[Event]) -> CustodyView:
    """On the worker: the names the events mention, and which events verify."""
    wanted_people: set[str] = set()
    wanted_cases: set[str] = set()
    for e in events:
        d = e.details
        if isinstance(d.get("person"), str):
            wanted_people.add(d["person"])
        wanted_people.update(_person_ids(d.get("people")))
        if isinstance(d.get("case"), str):
            wanted_cases.add(d["case"])
        if e.action == "person":
            wanted_people.add(e.subject)
        elif e.action in ("case", "case-event", "export"):
            wanted_cases.add(e.subject)
    found_people: dict[str, Person] = {}
    for pid in wanted_people:
        try:
            found_people[pid] = people.get_person(vault, pid)
        except NotFound:
            continue
    found_cases: dict[str, str] = {}
    for cid in wanted_cases:
        try:
            found_cases[cid] = cases.get_case(vault, cid).title
        except NotFound:
            continue
    contacts = {c.id: c.name for c in keys.list_contacts(vault, include_removed=True)}
    tags = {t.path: t.label for t in all_tags(vault.conn)}
    public = Ed25519PublicKey.from_public_bytes(vault.custody.public_raw)
    verified = frozenset(
        e.seq for e in events if event_hash(e.canonical()) == e.hash and signature_valid(public, e.hash, e.signature)
    )
    return CustodyView(events, CustodyNames(found_people, found_cases, contacts, tags), verified)


def _q(text: str) -> str:
    return translate("Custody", "“%1”", "quotation marks around a name or title").replace("%1", text)


def _fill(text: str, *values: object) -> str:
    for i, value in enumerate(values, 1):
        text = text.replace(f"%{i}", str(value))
    return text


def profile_word(profile: str) -> str:
    words = {
        "internal": translate("Custody", "an internal"),
        "partner": translate("Custody", "a partner"),
        "public": translate("Custody", "a public"),
    }
    return words.get(profile, profile)


def _person(names: CustodyNames, pid: object) -> str:
    person = names.people.get(pid) if isinstance(pid, str) else None
    return shown_name(person) if person else translate("Custody", "a person no longer in the vault")


def _case(names: CustodyNames, cid: object) -> str:
    title = names.cases.get(cid) if isinstance(cid, str) else None
    return _q(title) if title else translate("Custody", "a case no longer in the vault")


def _tags(names: CustodyNames, tags: object) -> str:
    paths = [t for t in tags if isinstance(t, str)] if isinstance(tags, list) else []
    return ", ".join(_q(tag_label(p, names.tags.get(p, ""))) for p in paths)


def _in_case(names: CustodyNames, cid: object) -> str:
    return _fill(translate("Custody", ", in the case %1"), _case(names, cid)) if isinstance(cid, str) and cid else ""


def _person_ids(value: object) -> list[str]:
    """People in event details: ids (testimony) or {"person": id, "role": …} (import)."""
    if not isinstance(value, list):
        return []
    ids = [v.get("person") if isinstance(v, dict) else v for v in value]
    return [i for i in ids if isinstance(i, str)]


def _with_people(names: CustodyNames, pids: object) -> str:
    """ ", with Айгуль Нурланова, Witness K" for the people an import or testimony linked."""
    listed = _person_ids(pids)
    if not listed:
        return ""
    return _fill(translate("Custody", ", with %1"), ", ".join(_person(names, p) for p in listed))


def _fields(fields: object) -> str:
    words = {
        "title": translate("Custody", "the title"),
        "notes": translate("Custody", "the notes"),
        "summary": translate("Custody", "the summary"),
        "name": translate("Custody", "the name"),
        "pseudonym": translate("Custody", "the pseudonym"),
        "role": translate("Custody", "the role"),
        "aliases": translate("Custody", "the other spellings"),
        "protected": translate("Custody", "the protection"),
    }
    items = [words.get(f, f) for f in fields if isinstance(f, str)] if isinstance(fields, list) else []
    return ", ".join(items) or translate("Custody", "the record")


def sentence(e: Event, names: CustodyNames) -> str:  # noqa: C901, PLR0911, PLR0912 - one case per action
    """What happened, in the interface language."""
    d: dict[str, Any] = e.details
    a = e.action
    if a == "create":
        return translate("Custody", "Created the vault")
    if a == "import":
        text = (
            _fill(translate("Custody", "Imported “%1”"), d["name"])
            if d.get("name")
            else translate("Custody", "Imported a file")
        )
        return text + _in_case(names, d.get("case")) + _with_people(names, d.get("people"))
    if a == "testimony":
        return (
            translate("Custody", "Recorded a testimony")
            + _in_case(names, d.get("case"))
            + _with_people(names, d.get("people"))
        )
    if a == "revise":
        text = _fill(translate("Custody", "Saved revision %1 of the testimony"), d.get("rev", "?"))
        return text + (" " + translate("Custody", "(from a partner's bundle)") if d.get("sender") else "")
    if a == "edit":
        return _fill(translate("Custody", "Edited %1"), _fields(d.get("fields")))
    if a == "tag":
        return _fill(translate("Custody", "Tagged %1"), _tags(names, d.get("tags")))
    if a == "untag":
        return _fill(translate("Custody", "Removed the tag %1"), _tags(names, d.get("tags")))
    if a in ("link", "unlink") and "case" in d:
        if a == "link":
            return _fill(translate("Custody", "Added to the case %1"), _case(names, d["case"]))
        return _fill(translate("Custody", "Taken out of the case %1"), _case(names, d["case"]))
    if a == "link" and "person" in d:
        role = role_label(str(d.get("role") or ""))
        who = _person(names, d["person"])
        return (
            _fill(translate("Custody", "Linked %1 as %2"), who, role.lower())
            if role
            else _fill(translate("Custody", "Linked %1"), who)
        )
    if a == "unlink" and "person" in d:
        return _fill(translate("Custody", "Unlinked %1"), _person(names, d["person"]))
    if a == "view":
        return translate("Custody", "Opened the original for viewing")
    if a == "extract":
        if d.get("secret"):
            return translate("Custody", "Saved the vault's partner identity to a file")
        return translate("Custody", "Saved a copy of the original out of the vault")
    if a == "export":
        if d.get("format") == "dossier-pdf":
            text = _fill(translate("Custody", "Exported %1 dossier"), profile_word(str(d.get("profile"))))
            return text + (" " + translate("Custody", "with a password") if d.get("encrypted") else "")
        recipients = d.get("recipients")
        recipients = recipients if isinstance(recipients, list) else []
        to = ", ".join(names.contacts.get(r, "?") for r in recipients if isinstance(r, str))
        text = _fill(translate("Custody", "Exported %1 bundle"), profile_word(str(d.get("profile"))))
        return text + (" " + _fill(translate("Custody", "for %1"), to) if to else "")
    if a == "receive":
        sender = names.contacts.get(str(d.get("sender")), "")
        return (
            _fill(translate("Custody", "Received from %1's bundle"), sender)
            if sender
            else translate("Custody", "Received from a partner's bundle")
        )
    if a == "delete":
        reason = str(d.get("reason") or "")
        return translate("Custody", "Deleted") + (": " + reason if reason else "")
    if a == "destroy":
        return _fill(translate("Custody", "Destroyed the stored file: %1"), d.get("reason", ""))
    if a == "passphrase":
        return translate("Custody", "Changed the passphrase")
    if a == "recover":
        return translate("Custody", "Opened with the recovery key and set a new passphrase")
    if a == "case":
        if d.get("op") == "receive":
            return _fill(translate("Custody", "Received the case %1 from a partner"), _case(names, e.subject))
        return _fill(translate("Custody", "Created the case %1"), _case(names, e.subject))
    if a == "case-event":
        op = d.get("op", "add")
        if op == "delete":
            return translate("Custody", "Removed a chronology entry")
        date = local_date(str(d.get("date") or ""))
        text = (
            translate("Custody", "Edited a chronology entry (%1)")
            if op == "edit"
            else translate("Custody", "Added a chronology entry (%1)")
        )
        return _fill(text, ", ".join(x for x in (event_kind_label(str(d.get("kind") or "")), date) if x))
    if a == "person":
        who = _person(names, e.subject)
        if d.get("op") == "receive":
            return _fill(translate("Custody", "Received %1 from a partner"), who)
        return _fill(
            translate("Custody", "Added %1 (protected)") if d.get("protected") else translate("Custody", "Added %1"),
            who,
        )
    if a == "contact":
        name = names.contacts.get(e.subject, "?")
        return _fill(
            translate("Custody", "Removed the partner %1")
            if d.get("op") == "remove"
            else translate("Custody", "Added the partner %1"),
            name,
        )
    if a == "settings":
        return translate("Custody", "Changed the vault settings")
    return action_label(a)
