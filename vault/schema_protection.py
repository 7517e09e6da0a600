"""Schema v6 (witness protection that fails closed).

- `people.public`: the allow-list of the `public` profile (everyone else is hidden there);
- `clearances`: a person's decision that an item's original may leave under a profile;
- old free-text roles mapped onto the fixed vocabulary (vault/protection/roles.py). SQLite's
  lower() is ASCII-only, so the mapping runs in Python inside the migration's transaction.
"""

from __future__ import annotations

from .db import Connection, named_rows
from .protection.roles import legacy_role

SQL = """
ALTER TABLE people ADD COLUMN public INTEGER NOT NULL DEFAULT 0 CHECK (public IN (0,1));
CREATE TABLE clearances (
    item_id     TEXT NOT NULL REFERENCES items(id) ON DELETE CASCADE,
    profile     TEXT NOT NULL CHECK (profile IN ('partner','public')),
    reason      TEXT NOT NULL,
    cleared_at  TEXT NOT NULL,
    PRIMARY KEY (item_id, profile)
);
"""


def map_roles(conn: Connection) -> None:
    """Every person's role becomes one word of the vocabulary. Runs in the caller's transaction.
    The mapping is recorded nowhere but here: roles are not names, and custody is append-only."""
    for person in named_rows(conn, "SELECT id, role FROM people"):
        role = person["role"]
        mapped = legacy_role(str(role))
        if mapped != role:
            conn.execute("UPDATE people SET role = ? WHERE id = ?", (mapped, person["id"]))
