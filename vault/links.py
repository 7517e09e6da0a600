"""Many items at once: link to or unlink from a case or a person, tag and untag.

Each function checks every id before writing anything (an unknown id raises NotFound and
changes nothing), runs in one transaction, is idempotent (a link that already exists is not
recorded again) and logs one custody event per item actually changed. It returns how many
items changed, which is what `link`/`unlink` print.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .db import Connection, column, scalar
from .errors import NotFound, UsageError
from .search import reindex_item
from .store import Vault
from .tags import ensure_tag, normalise_tag

Progress = Callable[[int, int], None]  # (items done, items in all)


@dataclass(frozen=True)
class LinkOutcome:
    """What linking an existing item (an import's duplicate) actually changed."""

    case_linked: bool
    tags_added: tuple[str, ...]
    people_linked: int

    @property
    def changed(self) -> bool:
        return self.case_linked or bool(self.tags_added) or bool(self.people_linked)


def _unique(item_ids: Sequence[str]) -> list[str]:
    ids = list(dict.fromkeys(str(i) for i in item_ids))
    if not ids:
        raise UsageError("name at least one item")
    return ids


def _check_items(vault: Vault, item_ids: Sequence[str]) -> list[str]:
    ids = _unique(item_ids)
    for item_id in ids:
        if scalar(vault.conn, "SELECT 1 FROM items WHERE id = ? AND deleted IS NULL", (item_id,)) is None:
            raise NotFound(f"no item with id {item_id}")
    return ids


def _check(vault: Vault, table: str, ident: str, what: str) -> None:
    if scalar(vault.conn, f"SELECT 1 FROM {table} WHERE id = ?", (ident,)) is None:  # noqa: S608 - fixed names
        raise NotFound(f"no {what} with id {ident}")


def _tick(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None:
        progress(done, total)


def _for_each(
    vault: Vault,
    ids: list[str],
    change: Callable[[Connection, str], bool],
    progress: Progress | None,
    first: Callable[[Connection], None] | None = None,
) -> int:
    """Apply `change` to each item in one transaction (all or none, `first` before them); how
    many items it changed."""
    changed = 0
    with vault.transaction() as conn:
        if first is not None:
            first(conn)
        for n, item_id in enumerate(ids, 1):
            changed += change(conn, item_id)
            _tick(progress, n, len(ids))
    return changed


def link_items_to_case(vault: Vault, item_ids: Sequence[str], case_id: str, progress: Progress | None = None) -> int:
    ids = _check_items(vault, item_ids)
    _check(vault, "cases", case_id, "case")

    def link(conn: Connection, item_id: str) -> bool:
        sql = "INSERT OR IGNORE INTO item_cases (item_id, case_id) VALUES (?, ?)"
        if not conn.execute(sql, (item_id, case_id)).rowcount:
            return False
        vault.record("link", item_id, {"case": case_id}, also=(case_id,))
        return True

    return _for_each(vault, ids, link, progress)


def unlink_items_from_case(
    vault: Vault, item_ids: Sequence[str], case_id: str, progress: Progress | None = None
) -> int:
    ids = _check_items(vault, item_ids)
    _check(vault, "cases", case_id, "case")

    def unlink(conn: Connection, item_id: str) -> bool:
        if not conn.execute("DELETE FROM item_cases WHERE item_id = ? AND case_id = ?", (item_id, case_id)).rowcount:
            return False
        vault.record("unlink", item_id, {"case": case_id}, also=(case_id,))
        return True

    return _for_each(vault, ids, unlink, progress)


def link_items_to_person(
    vault: Vault, item_ids: Sequence[str], person_id: str, role: str = "", progress: Progress | None = None
) -> int:
    ids = _check_items(vault, item_ids)
    _check(vault, "people", person_id, "person")
    role = role.strip()

    def link(conn: Connection, item_id: str) -> bool:
        sql = "INSERT OR IGNORE INTO item_people (item_id, person_id, role) VALUES (?,?,?)"
        if not conn.execute(sql, (item_id, person_id, role)).rowcount:
            return False
        vault.record("link", item_id, {"person": person_id, "role": role}, also=(person_id,))
        reindex_item(conn, item_id)  # the person's name becomes searchable in the item
        return True

    return _for_each(vault, ids, link, progress)


def unlink_items_from_person(
    vault: Vault, item_ids: Sequence[str], person_id: str, progress: Progress | None = None
) -> int:
    """Removes every link (whatever its role) between each item and the person."""
    ids = _check_items(vault, item_ids)
    _check(vault, "people", person_id, "person")

    def unlink(conn: Connection, item_id: str) -> bool:
        sql = "DELETE FROM item_people WHERE item_id = ? AND person_id = ?"
        if not conn.execute(sql, (item_id, person_id)).rowcount:
            return False
        vault.record("unlink", item_id, {"person": person_id}, also=(person_id,))
        reindex_item(conn, item_id)
        return True

    return _for_each(vault, ids, unlink, progress)


def _clean_tags(tags: Sequence[str]) -> list[str]:
    clean = list(dict.fromkeys(normalise_tag(t) for t in tags))
    if not clean:
        raise UsageError("name at least one tag")
    return clean


def tag_items(vault: Vault, item_ids: Sequence[str], tags: Sequence[str], progress: Progress | None = None) -> int:
    ids = _check_items(vault, item_ids)
    clean = _clean_tags(tags)

    def create(conn: Connection) -> None:
        for t in clean:
            ensure_tag(conn, t)

    def tag(conn: Connection, item_id: str) -> bool:
        sql = "INSERT OR IGNORE INTO item_tags (item_id, tag) VALUES (?, ?)"
        added = [t for t in clean if conn.execute(sql, (item_id, t)).rowcount]
        if not added:
            return False
        vault.record("tag", item_id, {"tags": added})
        reindex_item(conn, item_id)
        return True

    return _for_each(vault, ids, tag, progress, first=create)


def untag_items(vault: Vault, item_ids: Sequence[str], tags: Sequence[str], progress: Progress | None = None) -> int:
    ids = _check_items(vault, item_ids)
    clean = _clean_tags(tags)

    def untag(conn: Connection, item_id: str) -> bool:
        sql = "DELETE FROM item_tags WHERE item_id = ? AND tag = ?"
        removed = [t for t in clean if conn.execute(sql, (item_id, t)).rowcount]
        if not removed:
            return False
        vault.record("untag", item_id, {"tags": removed})
        reindex_item(conn, item_id)
        return True

    return _for_each(vault, ids, untag, progress)


def tags_of_items(vault: Vault, item_ids: Sequence[str]) -> list[str]:
    """The tags any of the items carries (what "Untag…" offers), sorted."""
    found: set[str] = set()
    for item_id in _unique(item_ids):
        found.update(column(vault.conn, "SELECT tag FROM item_tags WHERE item_id = ?", (item_id,)))
    return sorted(found)


def link_existing(
    vault: Vault,
    item_id: str,
    *,
    case_id: str | None,
    tags: Sequence[str] = (),
    people: Sequence[tuple[str, str]] = (),
) -> LinkOutcome:
    """Give an item that is already in the vault the links an import asked for (its case, tags,
    people), in one transaction, logging only what changed. Ids were checked by the caller."""
    with vault.transaction() as conn:
        case_linked = bool(case_id) and bool(
            conn.execute(
                "INSERT OR IGNORE INTO item_cases (item_id, case_id) VALUES (?, ?)", (item_id, case_id)
            ).rowcount
        )
        if case_linked:
            vault.record("link", item_id, {"case": case_id}, also=(str(case_id),))
        added: list[str] = []
        for t in tags:
            ensure_tag(conn, t)
            if conn.execute("INSERT OR IGNORE INTO item_tags (item_id, tag) VALUES (?, ?)", (item_id, t)).rowcount:
                added.append(t)
        if added:
            vault.record("tag", item_id, {"tags": added})
        linked = 0
        for person_id, role in people:
            if conn.execute(
                "INSERT OR IGNORE INTO item_people (item_id, person_id, role) VALUES (?,?,?)",
                (item_id, person_id, role),
            ).rowcount:
                vault.record("link", item_id, {"person": person_id, "role": role}, also=(person_id,))
                linked += 1
        if added or linked:
            reindex_item(conn, item_id)
    return LinkOutcome(case_linked, tuple(added), linked)
