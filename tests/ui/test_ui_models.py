"""Every item model passes Qt's model tester; paging, sorting and search in the items model."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from tests.support.ui import PASSPHRASE
from ui.data import PAGE_SIZE, load_nav
from ui.models.import_results_model import DUPLICATE, IMPORTED, REJECTED, FileResult, ImportResultsModel
from ui.models.items_model import DATE, TITLE, ItemsModel
from ui.models.nav_model import NAV_ID_ROLE, NavModel
from ui.models.thumbnails import ThumbnailCache
from ui.worker import Job, VaultWorker
from vault import cases, people
from vault.config import vault_settings
from vault.search import Filters, reindex_item
from vault.store import Vault
from vault.tags import ensure_tag

TIMEOUT = 20_000


def _fill(vault: Vault, n: int) -> str:
    case_id = cases.add_case(vault, "Дело Иванова", "Қамауға алу")
    people.add_person(vault, "Айгүл Серікқызы", pseudonym="Свидетель А", protected=True, role="witness")
    with vault.transaction() as conn:
        ensure_tag(conn, "нарушение/пытки")
        for i in range(n):
            item_id = f"item{i:05d}"
            conn.execute(
                "INSERT INTO items (id, kind, title, created, sha256, size) VALUES (?,?,?,?,?,?)",
                (
                    item_id,
                    ("photo", "document", "testimony")[i % 3],
                    f"Документ № {i:05d}",
                    f"2024-01-01T00:00:{i % 60:02d}.{i:06d}Z",
                    "0" * 64,
                    100 + i,
                ),
            )
            if i % 10 == 0:
                conn.execute("INSERT INTO item_cases VALUES (?, ?)", (item_id, case_id))
                conn.execute("INSERT INTO item_tags VALUES (?, ?)", (item_id, "нарушение/пытки"))
            reindex_item(conn, item_id)
    return case_id


@pytest.fixture
def worker(qtbot, ui_env: Path):
    w = VaultWorker()
    vault, _key = Vault.create(ui_env / "v", PASSPHRASE, settings=vault_settings())
    case_id = _fill(vault, 450)
    w._vault = vault
    w.case_id = case_id  # type: ignore[attr-defined]
    yield w
    w.lock()
    w.wait_idle()


def test_items_model_pages_and_passes_modeltester(qtbot, qtmodeltester, worker: VaultWorker) -> None:
    model = ItemsModel(worker, ThumbnailCache(worker))
    with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
        model.set_view(Filters(), "")
    assert model.rowCount() == PAGE_SIZE  # not all 450 at once
    assert model.canFetchMore(QModelIndex())
    while model.canFetchMore(QModelIndex()):
        with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
            model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    assert model.headerData(TITLE, Qt.Orientation.Horizontal) == "Title"
    qtmodeltester.check(model)


def test_items_model_sorts_filters_and_searches(qtbot, qtmodeltester, worker: VaultWorker) -> None:
    model = ItemsModel(worker, ThumbnailCache(worker))
    with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
        model.sort(TITLE, Qt.SortOrder.AscendingOrder)
    assert model.row_data(0).title == "Документ № 00000"
    with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
        model.sort(TITLE, Qt.SortOrder.DescendingOrder)
    assert model.row_data(0).title == "Документ № 00449"
    with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
        model.set_view(Filters(case_id=worker.case_id), "")  # type: ignore[attr-defined]
    assert model.rowCount() == 45
    with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
        model.set_view(Filters(), "документ 00042")
    assert [model.row_data(r).id for r in range(model.rowCount())] == ["item00042"]
    with qtbot.waitSignal(model.loaded, timeout=TIMEOUT):
        model.set_view(Filters(tag="нарушение"), "ДОКУМЕНТ")
    assert model.rowCount() == 45
    model.sort(DATE, Qt.SortOrder.AscendingOrder)  # in memory for search results
    created = [model.row_data(r).created for r in range(model.rowCount())]
    assert created == sorted(created)
    qtmodeltester.check(model)


def test_nav_model_passes_modeltester(qtbot, qtmodeltester, worker: VaultWorker) -> None:
    job_result: list[object] = []
    with qtbot.waitSignal(
        worker.submit(lambda job: load_nav(job.vault), done=job_result.append).finished, timeout=TIMEOUT
    ):
        pass
    model = NavModel()
    model.populate(job_result[0])  # type: ignore[arg-type]
    texts = []
    stack = [QModelIndex()]
    while stack:
        parent = stack.pop()
        for r in range(model.rowCount(parent)):
            idx = model.index(r, 0, parent)
            texts.append((idx.data(), idx.data(NAV_ID_ROLE)))
            stack.append(idx)
    assert ("Дело Иванова (45)", worker.case_id) in texts  # type: ignore[attr-defined]
    assert any(t.startswith("Айгүл Серікқызы") and t.endswith("protected") for t, _ in texts)
    assert ("пытки (45)", "нарушение/пытки") in texts
    qtmodeltester.check(model)


def test_import_results_model_passes_modeltester(qtmodeltester) -> None:
    model = ImportResultsModel()
    model.set_results(
        [
            FileResult("/a/фото.jpg", IMPORTED),
            FileResult("/a/empty.jpg", REJECTED, "empty file"),
            FileResult("/a/copy.jpg", DUPLICATE, "abc"),
        ]
    )
    assert model.data(model.index(0, 0)) == "/a/empty.jpg"  # rejections first
    assert model.data(model.index(0, 2)) == "empty file"
    qtmodeltester.check(model)


def test_worker_reports_errors_and_drops_results_after_lock(qtbot, worker: VaultWorker) -> None:
    from vault.errors import NotFound, VaultLocked

    failures: list[object] = []
    job = worker.submit(lambda j: cases.get_case(j.vault, "nope"), error=failures.append)
    with qtbot.waitSignal(job.failed, timeout=TIMEOUT):
        pass
    assert isinstance(failures[0], NotFound)
    with qtbot.waitSignal(worker.lock().finished, timeout=TIMEOUT):
        pass
    late: list[object] = []
    job2: Job = worker.submit(lambda j: j.vault, error=late.append)
    with qtbot.waitSignal(job2.failed, timeout=TIMEOUT):
        pass
    assert isinstance(late[0], VaultLocked)
