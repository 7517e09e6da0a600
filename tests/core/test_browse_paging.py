"""Keyset paging of the browsing list gives exactly the full ordering, page by page, for every
sort order and direction, ties included (many items share a timestamp and a title)."""

from __future__ import annotations

import pytest

from vault.browse import SORT_KEYS, list_item_rows
from vault.search import Filters, reindex_item
from vault.store import Vault


def _fill(vault: Vault, n: int) -> None:
    kinds = ("photo", "document", "testimony")
    with vault.transaction() as conn:
        for i in range(n):
            item_id = f"{i:020x}"
            conn.execute(
                "INSERT INTO items (id, kind, title, created, sha256, size) VALUES (?,?,?,?,?,?)",
                (item_id, kinds[i % 3], f"Показания {i % 7}", f"2026-03-{1 + i % 5:02d}T10:00:00.000000Z", "0" * 64, i),
            )
            reindex_item(conn, item_id)


@pytest.mark.parametrize("order", sorted(SORT_KEYS))
@pytest.mark.parametrize("descending", [False, True])
def test_pages_after_the_last_row_equal_the_full_order(vault: Vault, order: str, descending: bool) -> None:
    _fill(vault, 130)
    full = [r.id for r in list_item_rows(vault, order=order, descending=descending, limit=1000)]
    paged: list[str] = []
    after = None
    while page := list_item_rows(vault, order=order, descending=descending, limit=17, after=after):
        paged += [r.id for r in page]
        after = page[-1]
    assert paged == full and len(full) == 130


def test_keyset_paging_respects_filters(vault: Vault) -> None:
    _fill(vault, 60)
    first = list_item_rows(vault, Filters(kind="photo"), limit=7)
    rest = list_item_rows(vault, Filters(kind="photo"), limit=100, after=first[-1])
    assert len(first) + len(rest) == 20
    assert {r.kind for r in first + rest} == {"photo"}
