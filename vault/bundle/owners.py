"""Whose records a bundle may touch: a partner's bundle can add, never change what you own.

A sender's ids live in its own namespace (`received_refs`, keyed by the vault id its key is
bound to), so a bundle can only ever reach records that came from the same sender. On top of
that, a manifest is refused outright when it names, as its own case, person, case event or item,
an id that is one of this vault's own records or one another sender used: such a bundle is
aiming at records that are not the sender's, and nothing of it is imported.

An item whose bytes are already here (same SHA-256) but in a record that did not come from this
sender is not duplicated, and is never appended to, relinked or retitled: it is "present, not
yours" (`foreign_present`).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from ..db import column, named_row, scalar
from ..errors import BundleRejected
from .manifest import Manifest

if TYPE_CHECKING:
    from ..store import Vault

_TABLES = {"case": "cases", "person": "people", "item": "items", "case_event": "case_events"}
_CHUNK = 400


def _chunks(values: Iterable[str]) -> Iterator[list[str]]:
    vals = sorted(set(values))
    for i in range(0, len(vals), _CHUNK):
        yield vals[i : i + _CHUNK]


def manifest_ids(m: Manifest) -> dict[str, set[str]]:
    return {
        "case": {m.case.id},
        "case_event": {e[0] for e in m.case.events},
        "person": {p.id for p in m.people},
        "item": {i.id for i in m.items},
    }


def check_ids(vault: Vault, m: Manifest) -> None:
    """Raise BundleRejected if the manifest claims an id that belongs to this vault or another sender."""
    sender = m.sender.vault_id
    for kind, ids in manifest_ids(m).items():
        known: set[str] = set()
        for chunk in _chunks(ids):
            marks = ",".join("?" * len(chunk))
            known.update(
                column(
                    vault.conn,
                    "SELECT remote_id FROM received_refs WHERE sender_vault = ? AND kind = ? "
                    f"AND remote_id IN ({marks})",
                    (sender, kind, *chunk),
                )
            )
        fresh = ids - known
        for chunk in _chunks(fresh):
            marks = ",".join("?" * len(chunk))
            for table in _TABLES.values():
                own = scalar(vault.conn, f"SELECT id FROM {table} WHERE id IN ({marks}) LIMIT 1", chunk)
                if own is not None:
                    raise BundleRejected(
                        f"the manifest names {kind} {own}, which is one of this vault's own records "
                        f"({_whose(vault, own)}): a sender may only add to what it sent"
                    )
            row = named_row(
                vault.conn,
                f"SELECT remote_id, sender_vault FROM received_refs WHERE sender_vault != ? AND remote_id IN ({marks})"
                " LIMIT 1",
                (sender, *chunk),
            )
            if row is not None:
                raise BundleRejected(
                    f"the manifest names {kind} {row['remote_id']}, an id that another sender "
                    f"(vault {row['sender_vault']}) used"
                )


def _whose(vault: Vault, local: str) -> str:
    sender = scalar(vault.conn, "SELECT sender_vault FROM received_refs WHERE local_id = ? LIMIT 1", (local,))
    return f"received from vault {sender}" if sender is not None else "created here"


def owned_by(vault: Vault, sender: str, kind: str, local: str) -> bool:
    """Did this local record come from `sender`?"""
    return (
        scalar(
            vault.conn,
            "SELECT 1 FROM received_refs WHERE sender_vault = ? AND kind = ? AND local_id = ? LIMIT 1",
            (sender, kind, local),
        )
        is not None
    )
