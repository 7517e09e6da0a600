"""Clearances: a person's decision that an item's ORIGINAL may leave under `partner` or
`public`. Without one, those profiles send only derivatives (vault.exports.decide). Each
decision and its withdrawal is a custody event carrying the reason; the reason stays in this
vault (exports below `internal` never carry these events)."""

from __future__ import annotations

from dataclasses import dataclass

from ..db import as_record, column, named_rows, scalar
from ..errors import NotFound, UsageError, VaultDamaged
from ..items import get_item
from ..store import Vault

CLEARABLE = ("partner", "public")


@dataclass(frozen=True)
class Clearance:
    item_id: str
    profile: str
    reason: str
    cleared_at: str


def _check(profile: str) -> str:
    if profile not in CLEARABLE:
        raise UsageError(f"an item is cleared for one of {', '.join(CLEARABLE)}")
    return profile


def _has_table(vault: Vault) -> bool:
    return scalar(vault.conn, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'clearances'") is not None


def clear_item(vault: Vault, item_id: str, profile: str, reason: str) -> Clearance:
    """Let `item_id`'s original leave under `profile`. A reason is required (it is the record of
    why a person judged the file safe to send)."""
    _check(profile)
    reason = reason.strip()
    if not reason:
        raise UsageError("say why this original may leave (--reason)")
    get_item(vault, item_id)
    if not _has_table(vault):
        raise VaultDamaged("this vault's database has no clearances table; open it with the current version")
    now = vault.env.now_iso()
    with vault.transaction():
        vault.conn.execute(
            "INSERT OR REPLACE INTO clearances (item_id, profile, reason, cleared_at) VALUES (?,?,?,?)",
            (item_id, profile, reason, now),
        )
        vault.record("clear", item_id, {"profile": profile, "reason": reason})
    return Clearance(item_id, profile, reason, now)


def unclear_item(vault: Vault, item_id: str, profile: str | None = None) -> list[str]:
    """Take back the clearance(s) of `item_id` (one profile, or every one). Returns the profiles
    that were cleared; NotFound when none was."""
    profiles = [_check(profile)] if profile else list(CLEARABLE)
    get_item(vault, item_id, include_deleted=True)
    held = [c.profile for c in clearances(vault, item_id) if c.profile in profiles]
    if not held:
        raise NotFound(f"item {item_id} is not cleared" + (f" for {profile}" if profile else ""))
    with vault.transaction():
        for p in held:
            vault.conn.execute("DELETE FROM clearances WHERE item_id = ? AND profile = ?", (item_id, p))
        vault.record("unclear", item_id, {"profiles": held})
    return held


def clearances(vault: Vault, item_id: str) -> list[Clearance]:
    if not _has_table(vault):
        return []
    rows = named_rows(
        vault.conn,
        "SELECT item_id, profile, reason, cleared_at FROM clearances WHERE item_id = ? ORDER BY profile",
        (item_id,),
    )
    return [as_record(Clearance, r) for r in rows]


def cleared_items(vault: Vault, profile: str) -> frozenset[str]:
    """Ids of the items cleared for `profile` (none for `internal`, which needs no clearance).
    A vault without the table (not yet migrated) has cleared nothing: the safe answer."""
    if profile not in CLEARABLE or not _has_table(vault):
        return frozenset()
    return frozenset(column(vault.conn, "SELECT item_id FROM clearances WHERE profile = ?", (profile,)))
