"""Typed rows (vault.db.named_rows / as_record): records are filled by column name, so the order
of a SELECT cannot shift a value into the wrong field, and a renamed column fails loudly."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.positional_rows import Hit, positional_reads
from vault import cases, tags
from vault.db import as_record, named_row, named_rows
from vault.models import CaseEvent
from vault.store import Vault


def test_column_order_does_not_matter_names_do(vault: Vault) -> None:
    case_id = cases.add_case(vault, "Дело о задержании", "Қысқаша")
    cases.add_case_event(vault, case_id, "2025-01-09", "Задержан у дома", "arrest")
    sql = "SELECT text, kind, date, case_id, id FROM case_events WHERE case_id = ?"  # reversed order
    [event] = [as_record(CaseEvent, r) for r in named_rows(vault.conn, sql, (case_id,))]
    assert event == cases.case_events(vault, case_id)[0]
    assert (event.date, event.kind, event.text) == ("2025-01-09", "arrest", "Задержан у дома")
    renamed = named_row(vault.conn, "SELECT id, case_id, date, kind, text AS body FROM case_events")
    with pytest.raises(TypeError):
        as_record(CaseEvent, renamed)


def test_case_counts_and_tag_counts_are_named(vault: Vault) -> None:
    case_id = cases.add_case(vault, "Жиналыс", "")
    assert cases.get_case(vault, case_id).items == 0
    counts = {t.path: t for t in tags.all_tags(vault.conn)}
    path, label, n = counts["violation/torture"]  # still a tuple for old callers
    assert (path, n) == ("violation/torture", 0) and label == counts["violation/torture"].label


# ----- no database row is read by position anywhere in the core ------------------------------

CORE = Path(__file__).resolve().parents[2] / "vault"

# Files that legitimately read a row by position, with the reason.
_ALLOWED = {
    "vault/db.py": "scalar() and column() read the one column of a single-value SELECT; everything else uses them",
}


def _core_hits() -> dict[str, list[Hit]]:
    found = {}
    for path in sorted(CORE.rglob("*.py")):
        hits = positional_reads(path.read_text(encoding="utf-8"))
        if hits:
            found[path.relative_to(CORE.parent).as_posix()] = hits
    return found


def test_no_core_module_reads_a_row_by_position() -> None:
    found = _core_hits()
    offenders = {f: hits for f, hits in found.items() if f not in _ALLOWED}
    assert not offenders, "read these by column name (db.named_row/as_record, db.scalar/column):\n" + "\n".join(
        f"{f} {h}" for f, hits in offenders.items() for h in hits
    )
    stale = sorted(set(_ALLOWED) - set(found))
    assert not stale, f"no longer read rows by position, take them off the allow-list: {stale}"


@pytest.mark.parametrize(
    ("rule", "flagged", "clean"),
    [
        ("index of fetchone()", "x = cur.fetchone()[0]", "x = divmod(7, 2)[0]"),
        ("index of fetchall()[i]", "x = cur.fetchall()[0][1]", "first = cur.fetchall()[0]\nx = pairs[0][1]"),
        ("name from fetchone()", "row = conn.execute(q).fetchone()\nx = row[2]", "row = (1, 2)\nx = row[0]"),
        ("name from named_row()", "row = named_row(conn, q)\nx = row[0]", "row = named_row(conn, q)\nx = row['id']"),
        ("loop over execute()", "for row in conn.execute(q):\n    f(row[1])", "for row in pairs:\n    f(row[1])"),
        (
            "loop over named_rows()",
            "x = [r[0] for r in named_rows(conn, q)]",
            "x = [r['id'] for r in named_rows(c, q)]",
        ),
        (
            "loop over a fetched list",
            "rows = cur.fetchall()\nfor r in rows:\n    f(r[-1])",
            "for r in rows:\n    f(r[0])",
        ),
        ("unpacked fetchone()", "a, b = conn.execute(q).fetchone()", "a, b = divmod(7, 2)"),
        ("unpacked loop rows", "for a, b in conn.execute(q):\n    f(a)", "for a, b in d.items():\n    f(a)"),
        ("*row", "row = cur.fetchone()\nX(*row)", "X(*args)"),
        ("tuple(row)", "xs = [tuple(r) for r in conn.execute(q)]", "xs = [tuple(r) for r in pairs]"),
        ("row slice", "row = cur.fetchone()\nx = row[1:]", "row = cur.fetchone()\nx = row['text'][1:]"),
    ],
)
def test_the_checker_flags_positional_reads_and_nothing_else(rule: str, flagged: str, clean: str) -> None:
    assert positional_reads(flagged), rule
    assert positional_reads(clean) == [], rule


def test_the_checker_keeps_each_function_to_itself() -> None:
    code = (
        "def a(conn):\n    row = conn.execute(q).fetchone()\n    return row['id']\n\n"
        "def b():\n    row = (1, 2)\n    return row[0]\n\n"
        "def c(conn):\n    def inner(row):\n        return row[0]\n    return [inner(r) for r in named_rows(conn, q)]\n"
    )
    assert positional_reads(code) == []
    assert [h.line for h in positional_reads(code + "\ndef d(conn):\n    x, = conn.execute(q).fetchone()\n")] == [15]
