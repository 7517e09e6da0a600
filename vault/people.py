"""People (defenders, victims, witnesses, officials, perpetrators) and their links."""

from __future__ import annotations

from .db import Row, column, named_row, named_rows, scalar
from .errors import NotFound, UsageError
from .models import Person, PersonLink
from .protection.person_checks import check_link_role, check_person
from .protection.roles import check_role
from .search import reindex_item, reindex_person
from .store import Vault


def add_person(
    vault: Vault,
    name: str,
    *,
    pseudonym: str = "",
    aliases: tuple[str, ...] | list[str] = (),
    protected: bool = False,
    role: str = "",
    notes: str = "",
    public: bool = False,
) -> str:
    name = name.strip()
    if not name:
        raise UsageError("a person needs a name")
    role = check_role(role)
    check_person(list_people(vault), None, name, pseudonym, list(aliases), protected, public)
    person_id = vault.env.new_id()
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO people (id, name, pseudonym, role, protected, notes, created, public) "
            "VALUES (?,?,?,?,?,?,?,?)",
            (person_id, name, pseudonym.strip(), role, int(protected), notes, vault.env.now_iso(), int(public)),
        )
        for alias in {a.strip() for a in aliases if a.strip()}:
            conn.execute("INSERT INTO person_aliases (person_id, alias) VALUES (?, ?)", (person_id, alias))
        # Names never go into the custody log: it travels with exports.
        vault.record("person", person_id, {"op": "create", "protected": protected, "role": role, "public": public})
    return person_id


def update_person(
    vault: Vault,
    person_id: str,
    *,
    name: str | None = None,
    pseudonym: str | None = None,
    role: str | None = None,
    protected: bool | None = None,
    aliases: list[str] | None = None,
    notes: str | None = None,
    public: bool | None = None,
) -> None:
    p = get_person(vault, person_id)
    new_name = p.name if name is None else name.strip()
    if not new_name:
        raise UsageError("a person needs a name")
    new_role = p.role if role is None else check_role(role)
    new_protected = p.protected if protected is None else protected
    new_public = p.public if public is None else public
    check_person(
        list_people(vault),
        person_id,
        new_name,
        p.pseudonym if pseudonym is None else pseudonym,
        list(p.aliases if aliases is None else aliases),
        new_protected,
        new_public,
        pseudonym_changed=pseudonym is not None and pseudonym.strip() != p.pseudonym,
        # Aliases once checked stay valid until the person becomes shown under more profiles.
        aliases_changed=aliases is not None or (p.protected and not new_protected) or (new_public and not p.public),
    )
    with vault.transaction() as conn:
        conn.execute(
            "UPDATE people SET name=?, pseudonym=?, role=?, protected=?, notes=?, public=? WHERE id=?",
            (
                new_name,
                p.pseudonym if pseudonym is None else pseudonym.strip(),
                new_role,
                int(p.protected if protected is None else protected),
                p.notes if notes is None else notes,
                int(p.public if public is None else public),
                person_id,
            ),
        )
        if aliases is not None:
            conn.execute("DELETE FROM person_aliases WHERE person_id = ?", (person_id,))
            for alias in {a.strip() for a in aliases if a.strip()}:
                conn.execute("INSERT INTO person_aliases (person_id, alias) VALUES (?, ?)", (person_id, alias))
        given = {
            "name": name,
            "pseudonym": pseudonym,
            "role": role,
            "protected": protected,
            "aliases": aliases,
            "notes": notes,
            "public": public,
        }
        vault.record("edit", person_id, {"fields": sorted(k for k, v in given.items() if v is not None)})
        reindex_person(conn, person_id)


def _aliases(vault: Vault, person_id: str) -> tuple[str, ...]:
    return tuple(
        column(vault.conn, "SELECT alias FROM person_aliases WHERE person_id = ? ORDER BY alias", (person_id,))
    )


def _row_to_person(vault: Vault, row: Row, aliases: tuple[str, ...] | None = None) -> Person:
    pid = str(row["id"])
    return Person(
        id=pid,
        name=str(row["name"]),
        pseudonym=str(row["pseudonym"]),
        role=str(row["role"]),
        protected=bool(row["protected"]),
        aliases=_aliases(vault, pid) if aliases is None else aliases,
        notes=str(row["notes"]),
        public=bool(row["public"]),
    )


_FIELDS = ("id", "name", "pseudonym", "role", "protected", "notes", "public")
_COLS = ", ".join(_FIELDS)
_P_COLS = ", ".join(f"p.{c} AS {c}" for c in _FIELDS)  # the same columns from `people p` in a join


def get_person(vault: Vault, person_id: str) -> Person:
    row = named_row(vault.conn, f"SELECT {_COLS} FROM people WHERE id = ?", (person_id,))
    if row is None:
        raise NotFound(f"no person with id {person_id}")
    return _row_to_person(vault, row)


def list_people(vault: Vault, case_id: str | None = None) -> list[Person]:
    if case_id is None:
        # Every export reads all people (vault-wide protection): one query for all aliases.
        rows = named_rows(vault.conn, f"SELECT {_COLS} FROM people ORDER BY created")
        every: dict[str, list[str]] = {}
        for a in named_rows(vault.conn, "SELECT person_id, alias FROM person_aliases ORDER BY alias"):
            every.setdefault(str(a["person_id"]), []).append(str(a["alias"]))
        return [_row_to_person(vault, r, tuple(every.get(str(r["id"]), ()))) for r in rows]
    else:
        rows = named_rows(
            vault.conn,
            f"SELECT {_COLS} FROM people WHERE id IN (SELECT person_id FROM case_people WHERE case_id = ?) "
            "OR id IN (SELECT ip.person_id FROM item_people ip JOIN item_cases ic ON ic.item_id = ip.item_id "
            "WHERE ic.case_id = ?) ORDER BY created",
            (case_id, case_id),
        )
    return [_row_to_person(vault, r) for r in rows]


def link_person_to_item(vault: Vault, item_id: str, person_id: str, role: str = "") -> None:
    get_person(vault, person_id)
    check_link_role(list_people(vault), role)
    with vault.transaction() as conn:
        if scalar(conn, "SELECT 1 FROM items WHERE id = ?", (item_id,)) is None:
            raise NotFound(f"no item with id {item_id}")
        conn.execute(
            "INSERT OR IGNORE INTO item_people (item_id, person_id, role) VALUES (?,?,?)", (item_id, person_id, role)
        )
        vault.record("link", item_id, {"person": person_id, "role": role}, also=(person_id,))
        reindex_item(conn, item_id)


def unlink_person_from_item(vault: Vault, item_id: str, person_id: str) -> None:
    with vault.transaction() as conn:
        conn.execute("DELETE FROM item_people WHERE item_id = ? AND person_id = ?", (item_id, person_id))
        vault.record("unlink", item_id, {"person": person_id}, also=(person_id,))
        reindex_item(conn, item_id)


def link_person_to_case(vault: Vault, case_id: str, person_id: str, role: str = "") -> None:
    get_person(vault, person_id)
    check_link_role(list_people(vault), role)
    with vault.transaction() as conn:
        if scalar(conn, "SELECT 1 FROM cases WHERE id = ?", (case_id,)) is None:
            raise NotFound(f"no case with id {case_id}")
        conn.execute(
            "INSERT OR IGNORE INTO case_people (case_id, person_id, role) VALUES (?,?,?)", (case_id, person_id, role)
        )
        vault.record("link", case_id, {"person": person_id, "role": role}, also=(person_id,))


def item_people(vault: Vault, item_id: str) -> list[PersonLink]:
    rows = named_rows(
        vault.conn,
        f"SELECT {_P_COLS}, ip.role AS link_role FROM item_people ip "
        "JOIN people p ON p.id = ip.person_id WHERE ip.item_id = ? ORDER BY p.created",
        (item_id,),
    )
    return [PersonLink(_row_to_person(vault, r), r["link_role"]) for r in rows]


def case_people(vault: Vault, case_id: str) -> list[PersonLink]:
    """People linked to the case directly or through its items, each with their role(s)."""
    rows = named_rows(
        vault.conn,
        f"SELECT {_P_COLS}, l.role AS link_role FROM ("
        " SELECT person_id, role FROM case_people WHERE case_id = ?"
        " UNION SELECT ip.person_id, ip.role FROM item_people ip"
        " JOIN item_cases ic ON ic.item_id = ip.item_id WHERE ic.case_id = ?"
        ") l JOIN people p ON p.id = l.person_id ORDER BY p.created, l.role",
        (case_id, case_id),
    )
    seen: dict[str, PersonLink] = {}
    for r in rows:
        person = _row_to_person(vault, r)
        role = r["link_role"] or person.role
        if person.id in seen:
            prev = seen[person.id]
            if role and role not in prev.role.split(", "):
                seen[person.id] = PersonLink(person, ", ".join(x for x in (prev.role, role) if x))
        else:
            seen[person.id] = PersonLink(person, role)
    return list(seen.values())
