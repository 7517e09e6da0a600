"""Item list over 100,000 items: time until the first rows are shown, and time to scroll the
view through the whole model (pages of 200 loaded on the worker as the view asks for them).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_ui_list.py [N]
Prints figures; asserts nothing.
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["EVIDENCE_VAULT_KDF_TARGET"] = "0"

from PySide6.QtCore import QModelIndex, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def fill(vault, n: int) -> None:  # type: ignore[no-untyped-def]
    from vault.search import reindex_item

    kinds = ("photo", "document", "testimony", "audio")
    with vault.transaction() as conn:
        conn.executemany(
            "INSERT INTO items (id, kind, title, created, sha256, size, mime) VALUES (?,?,?,?,?,?,?)",
            (
                (
                    f"{i:020x}",
                    kinds[i % 4],
                    f"Показания свидетеля № {i} — Алматы, ИВС",
                    f"2024-{1 + i % 12:02d}-{1 + i % 28:02d}T10:{i % 60:02d}:00.{i % 1000000:06d}Z",
                    "0" * 64,
                    1000 + i,
                    "image/jpeg",
                )
                for i in range(n)
            ),
        )
        for i in range(n):
            reindex_item(conn, f"{i:020x}")


def pump_until(app: QApplication, cond, timeout: float = 120.0) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > end:
            raise TimeoutError
        app.processEvents()
        time.sleep(0.001)


def main() -> int:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    from ui.app import load_fonts
    from ui.models.items_model import ItemsModel
    from ui.models.thumbnails import ThumbnailCache
    from ui.panels.item_list import ItemListPanel
    from ui.worker import VaultWorker
    from vault.config import vault_settings
    from vault.store import Vault

    tmp = Path(tempfile.mkdtemp(prefix="ev-bench-"))
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    vault, _ = Vault.create(tmp / "v", "bench passphrase", settings=vault_settings())
    t0 = time.perf_counter()
    fill(vault, n)
    print(f"filled {n} items with FTS rows in {time.perf_counter() - t0:.1f} s")
    vault.close()

    app = QApplication(sys.argv[:1])
    load_fonts()
    worker = VaultWorker()
    t0 = time.perf_counter()
    job = worker.submit(
        lambda j: j.set_vault(Vault.open(tmp / "v", "bench passphrase", settings=vault_settings())), needs_vault=False
    )
    opened: list[bool] = []
    job.finished.connect(lambda _r: opened.append(True))
    pump_until(app, lambda: bool(opened))
    print(f"unlock (Argon2 floor parameters + open): {time.perf_counter() - t0:.2f} s")

    model = ItemsModel(worker, ThumbnailCache(worker))
    panel = ItemListPanel(model)
    panel.resize(900, 700)
    panel.show()
    t0 = time.perf_counter()
    panel.set_filters(panel._filters, "")
    pump_until(app, lambda: model.rowCount() > 0)
    first = time.perf_counter() - t0
    print(f"first rows shown: {first * 1000:.0f} ms ({model.rowCount()} rows loaded of {n})")

    # heartbeat during the scroll: how long the UI thread goes without running a 10 ms timer
    beats: list[float] = []
    heart = QTimer()
    heart.setInterval(10)
    heart.timeout.connect(lambda: beats.append(time.perf_counter()))
    heart.start()
    bar = panel.view.verticalScrollBar()
    page_waits: list[float] = []
    t0 = time.perf_counter()
    while True:
        bar.setValue(bar.maximum())  # the view calls fetchMore when it reaches the end
        app.processEvents()
        if not model.canFetchMore(QModelIndex()) and not model.is_loading():
            break
        w0 = time.perf_counter()
        rows = model.rowCount()
        if not model.is_loading():
            model.fetchMore(QModelIndex())  # what the view does when the bar reaches the end
        pump_until(app, lambda r=rows: model.rowCount() > r or not model.is_loading())
        page_waits.append(time.perf_counter() - w0)
    total = time.perf_counter() - t0
    heart.stop()
    gaps = sorted((b - a) * 1000 for a, b in zip(beats, beats[1:], strict=False))
    print(
        f"scrolled through {model.rowCount()} rows in {total:.1f} s "
        f"({len(page_waits)} pages; page wait median {statistics.median(page_waits) * 1000:.0f} ms, "
        f"max {max(page_waits) * 1000:.0f} ms)"
    )
    if gaps:
        print(
            f"UI heartbeat gaps during scroll: median {gaps[len(gaps) // 2]:.1f} ms, "
            f"p99 {gaps[int(len(gaps) * 0.99)]:.1f} ms, max {gaps[-1]:.1f} ms"
        )
    t0 = time.perf_counter()
    panel.search.setText("свидетеля 4242")
    pump_until(app, lambda: bool(model.query) and not model.is_loading() and model.rowCount() > 0)
    print(
        f"search 'свидетеля 4242' shown after {(time.perf_counter() - t0) * 1000:.0f} ms "
        f"(incl. 250 ms debounce), {model.rowCount()} hits"
    )
    worker.lock()
    worker.wait_idle()
    return 0


if __name__ == "__main__":
    sys.exit(main())
