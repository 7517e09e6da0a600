"""Thumbnails decrypted lazily on the worker and cached in memory only (dropped on lock)."""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage, QPixmap

from ..data import load_thumbnail
from ..worker import Job, VaultWorker

MAX_CACHED = 3000


class ThumbnailCache(QObject):
    ready = Signal(str)

    def __init__(self, worker: VaultWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._cache: OrderedDict[str, QPixmap | None] = OrderedDict()
        self._pending: set[str] = set()

    def get(self, item_id: str) -> QPixmap | None:
        """The cached pixmap, or None (and a request is made if not asked for yet)."""
        if item_id in self._cache:
            self._cache.move_to_end(item_id)
            return self._cache[item_id]
        if item_id not in self._pending:
            self._pending.add(item_id)
            self._request(item_id)
        return None

    def _request(self, item_id: str) -> None:
        def work(job: Job) -> QImage | None:
            return load_thumbnail(job.vault, item_id)

        def done(img: object) -> None:
            self._done(item_id, img)

        def failed(_exc: object) -> None:
            self._pending.discard(item_id)

        self._worker.submit(work, done=done, error=failed)

    def _done(self, item_id: str, img: object) -> None:
        self._pending.discard(item_id)
        self._cache[item_id] = QPixmap.fromImage(img) if isinstance(img, QImage) else None
        while len(self._cache) > MAX_CACHED:
            self._cache.popitem(last=False)
        self.ready.emit(item_id)

    def clear(self) -> None:
        self._cache.clear()
        self._pending.clear()

    def __len__(self) -> int:
        return len(self._cache)
