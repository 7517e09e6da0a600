"""The encrypted blob store: `blobs/<first two hex>/<random id>`, one file per original or
derivative. Written under a `.partial` name, fsynced, renamed, directory fsynced; the caller
commits the database row afterwards, so a crash leaves at worst an orphan, never a dangling row.
"""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from . import stream
from .env import Environment
from .errors import Cancelled, IntegrityError, VaultDamaged
from .faults import crashpoint
from .fsutil import atomic_output, fsync_dir, sync_files

log = logging.getLogger(__name__)

BLOB_ID = re.compile(r"^[0-9a-f]{32}$")
PARTIAL_SUFFIX = ".partial"


@dataclass(frozen=True)
class StoredBlob:
    blob_id: str
    size: int
    sha256: str


def _read_full(src: BinaryIO, n: int) -> bytes:
    """Read exactly n bytes unless the source ends first (pipes and sockets return short reads)."""
    data = src.read(n)
    if not data or len(data) == n:
        return data or b""
    parts = [data]
    got = len(data)
    while got < n:
        more = src.read(n - got)
        if not more:
            break
        parts.append(more)
        got += len(more)
    return b"".join(parts)


class BlobStore:
    def __init__(self, root: Path, master: bytes, env: Environment) -> None:
        self.root = root
        self._master = master
        self._env = env
        # One helper thread so hashing (hashlib drops the GIL) overlaps encryption and writing.
        self._hasher = ThreadPoolExecutor(max_workers=1, thread_name_prefix="blob-hash")

    def close(self) -> None:
        self._hasher.shutdown(wait=True)
        self._master = b""

    def path_for(self, blob_id: str) -> Path:
        if not BLOB_ID.match(blob_id):
            raise VaultDamaged("invalid blob id in database")
        return self.root / blob_id[:2] / blob_id

    def new_id(self) -> str:
        return self._env.new_id(16)

    def store(
        self,
        src: BinaryIO,
        on_progress: Callable[[int], None] | None = None,
        should_cancel: Callable[[], bool] | None = None,
        *,
        durable: bool = True,
    ) -> StoredBlob:
        """Encrypt everything `src` yields into a new blob in one pass; SHA-256 of the exact bytes
        read is computed on the way. Memory stays at a few chunks whatever the size.
        durable=False leaves the fsyncs to a later `make_durable` of the whole batch, which must
        return before any database row names the blob."""
        blob_id = self.new_id()
        final = self.path_for(blob_id)
        final.parent.mkdir(parents=True, exist_ok=True)
        partial = final.with_name(blob_id + PARTIAL_SUFFIX)
        enc = stream.ChunkEncryptor(self._master, blob_id, self._env.random_bytes(24))
        sha = hashlib.sha256()
        size = 0
        pending: Future[None] | None = None
        try:
            with atomic_output(
                final, suffix=PARTIAL_SUFFIX, buffering=0, crash_name="blob-partial-written", durable=durable
            ) as out:
                out.write(enc.header)
                current = _read_full(src, enc.chunk_size)
                while True:
                    if should_cancel is not None and should_cancel():
                        raise Cancelled("cancelled")
                    following = _read_full(src, enc.chunk_size) if len(current) == enc.chunk_size else b""
                    last = not following
                    if pending is not None:
                        pending.result()
                    if last and pending is None:
                        sha.update(current)  # one chunk (a small file): a hand-off costs more than it saves
                    else:
                        pending = self._hasher.submit(sha.update, current)
                    out.write(enc.encrypt(current, last))
                    size += len(current)
                    if on_progress is not None:
                        on_progress(size)
                    if last:
                        break
                    current = following
                if pending is not None:
                    pending.result()
            crashpoint("blob-renamed")
        except BaseException:
            if pending is not None:
                pending.cancel()
            partial.unlink(missing_ok=True)
            raise
        return StoredBlob(blob_id, size, sha.hexdigest())

    def store_bytes(self, data: bytes, *, durable: bool = True) -> StoredBlob:
        import io

        return self.store(io.BytesIO(data), durable=durable)

    def make_durable(self, blob_ids: list[str]) -> None:
        """One durable sync for blobs stored with durable=False (see vault.fsutil.sync_files)."""
        sync_files(self.root, [self.path_for(b) for b in blob_ids])
        crashpoint("batch-blobs-synced")

    def iter_plaintext(self, blob_id: str, on_bytes: Callable[[int], None] | None = None) -> Iterator[bytes]:
        path = self.path_for(blob_id)
        try:
            fh = open(path, "rb")  # noqa: SIM115 (closed by the `with fh` below)
        except FileNotFoundError:
            raise IntegrityError(f"blob {blob_id} is missing") from None
        with fh:
            yield from stream.decrypt_chunks(fh, self._master, blob_id, on_bytes)

    def read_bytes(self, blob_id: str, limit: int = 256 * 1024 * 1024) -> bytes:
        """For small derivatives (thumbnails, previews) only; refuses to buffer beyond `limit`."""
        out = bytearray()
        for chunk in self.iter_plaintext(blob_id):
            out += chunk
            if len(out) > limit:
                raise ValueError("blob too large to read into memory")
        return bytes(out)

    def delete(self, blob_id: str) -> None:
        path = self.path_for(blob_id)
        path.unlink(missing_ok=True)
        fsync_dir(path.parent)

    def scan(self) -> Iterator[tuple[str, Path]]:
        """Every file under blobs/: (name, path). Names that are not blob ids are strays."""
        if not self.root.is_dir():
            return
        for sub in sorted(self.root.iterdir()):
            if not sub.is_dir() or sub.is_symlink():
                yield sub.name, sub
                continue
            for entry in sorted(sub.iterdir()):
                yield entry.name, entry
