"""Saved searches: a name, a query and filters, kept inside the encrypted vault."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass

from .db import named_rows
from .errors import NotFound, UsageError
from .search import Filters
from .store import Vault


@dataclass(frozen=True)
class SavedSearch:
    id: str
    name: str
    query: str
    filters: Filters


def save_search(vault: Vault, name: str, query: str, filters: Filters = Filters()) -> str:
    name = name.strip()
    if not name:
        raise UsageError("a saved search needs a name")
    search_id = vault.env.new_id()
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO saved_searches (id, name, query, filters, created) VALUES (?,?,?,?,?)",
            (search_id, name, query, json.dumps(asdict(filters), sort_keys=True), vault.env.now_iso()),
        )
    return search_id


def list_saved_searches(vault: Vault) -> list[SavedSearch]:
    out = []
    for r in named_rows(vault.conn, "SELECT id, name, query, filters FROM saved_searches ORDER BY created"):
        try:
            raw = json.loads(r["filters"])
            filters = Filters(**{k: v for k, v in raw.items() if k in Filters.__dataclass_fields__})
        except (ValueError, TypeError, AttributeError):
            filters = Filters()
        out.append(SavedSearch(id=r["id"], name=r["name"], query=r["query"], filters=filters))
    return out


def delete_saved_search(vault: Vault, search_id: str) -> None:
    with vault.transaction() as conn:
        if not conn.execute("DELETE FROM saved_searches WHERE id = ?", (search_id,)).rowcount:
            raise NotFound(f"no saved search with id {search_id}")
