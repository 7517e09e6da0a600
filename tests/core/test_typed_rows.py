"""Typed rows (vault.db.named_rows / as_record): records are filled by column name, so the order
of a SELECT cannot shift a value into the wrong field, and a renamed column fails loudly."""

from __future__ import annotations

import pytest

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
