"""Cases and their chronology."""

from __future__ import annotations

import datetime as dt

from .db import as_record, named_row, named_rows
from .errors import NotFound, UsageError
from .models import CASE_EVENT_KINDS, Case, CaseEvent
from .people import link_person_to_case
from .store import Vault


def add_case(vault: Vault, title: str, summary: str = "") -> str:
    title = title.strip()
    if not title:
        raise UsageError("a case needs a title")
    case_id = vault.env.new_id()
    now = vault.env.now_iso()
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO cases (id, title, summary, created, updated) VALUES (?,?,?,?,?)",
            (case_id, title, summary, now, now),
        )
        vault.record("case", case_id, {"op": "create"})
    return case_id


def update_case(vault: Vault, case_id: str, *, title: str | None = None, summary: str | None = None) -> None:
    case = get_case(vault, case_id)
    new_title = case.title if title is None else title.strip()
    if not new_title:
        raise UsageError("a case needs a title")
    with vault.transaction() as conn:
        conn.execute(
            "UPDATE cases SET title = ?, summary = ?, updated = ? WHERE id = ?",
            (new_title, case.summary if summary is None else summary, vault.env.now_iso(), case_id),
        )
        changed = [f for f, v in (("title", title), ("summary", summary)) if v is not None]
        vault.record("edit", case_id, {"fields": changed})


_CASE = (
    "SELECT c.id, c.title, c.summary, c.created, c.updated, "
    "(SELECT count(*) FROM item_cases ic JOIN items d ON d.id = ic.item_id "
    " WHERE ic.case_id = c.id AND d.deleted IS NULL) AS items FROM cases c"
)


def get_case(vault: Vault, case_id: str) -> Case:
    row = named_row(vault.conn, f"{_CASE} WHERE c.id = ?", (case_id,))
    if row is None:
        raise NotFound(f"no case with id {case_id}")
    return as_record(Case, row)


def list_cases(vault: Vault) -> list[Case]:
    return [as_record(Case, r) for r in named_rows(vault.conn, f"{_CASE} ORDER BY c.created")]


def add_case_event(vault: Vault, case_id: str, date: str, text: str, kind: str = "other") -> str:
    get_case(vault, case_id)
    _check_event(kind, date, text)
    event_id = vault.env.new_id()
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO case_events (id, case_id, date, kind, text, created) VALUES (?,?,?,?,?,?)",
            (event_id, case_id, date, kind, text.strip(), vault.env.now_iso()),
        )
        vault.record("case-event", case_id, {"event": event_id, "kind": kind, "date": date})
    return event_id


def _check_event(kind: str, date: str, text: str) -> None:
    if kind not in CASE_EVENT_KINDS:
        raise UsageError(f"event kind must be one of {', '.join(CASE_EVENT_KINDS)}")
    try:
        dt.date.fromisoformat(date)
    except ValueError:
        raise UsageError(f"date must be YYYY-MM-DD, not {date!r}") from None
    if not text.strip():
        raise UsageError("a chronology entry needs a text")


def case_event(vault: Vault, event_id: str) -> CaseEvent:
    row = named_row(vault.conn, "SELECT id, case_id, date, kind, text FROM case_events WHERE id = ?", (event_id,))
    if row is None:
        raise NotFound(f"no chronology entry with id {event_id}")
    return as_record(CaseEvent, row)


def _event_case(vault: Vault, event_id: str) -> str:
    return case_event(vault, event_id).case_id


def update_case_event(vault: Vault, event_id: str, date: str, text: str, kind: str) -> None:
    """Rewrite one chronology entry (the chronology is the lawyer's working text; custody keeps
    the fact that it changed, never the text)."""
    case_id = _event_case(vault, event_id)
    _check_event(kind, date, text)
    with vault.transaction() as conn:
        conn.execute(
            "UPDATE case_events SET date = ?, kind = ?, text = ? WHERE id = ?", (date, kind, text.strip(), event_id)
        )
        vault.record("case-event", case_id, {"event": event_id, "op": "edit", "kind": kind, "date": date})


def delete_case_event(vault: Vault, event_id: str) -> None:
    case_id = _event_case(vault, event_id)
    with vault.transaction() as conn:
        conn.execute("DELETE FROM case_events WHERE id = ?", (event_id,))
        vault.record("case-event", case_id, {"event": event_id, "op": "delete"})


def case_events(vault: Vault, case_id: str) -> list[CaseEvent]:
    rows = named_rows(
        vault.conn,
        "SELECT id, case_id, date, kind, text FROM case_events WHERE case_id = ? ORDER BY date, created",
        (case_id,),
    )
    return [as_record(CaseEvent, r) for r in rows]


__all__ = [
    "add_case",
    "update_case",
    "get_case",
    "list_cases",
    "add_case_event",
    "update_case_event",
    "delete_case_event",
    "case_event",
    "case_events",
    "link_person_to_case",
]
