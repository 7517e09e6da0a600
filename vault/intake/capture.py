"""The reader the blob store pulls a file through: it sniffs the first bytes and keeps in memory
only what the analysis of that kind needs (a small photo or PDF whole, a text file's first 2 MB,
nothing of anything else). The bytes analysed are therefore exactly the bytes hashed, and nothing
is read twice or written anywhere in the clear.
"""

from __future__ import annotations

from typing import BinaryIO

from .office import MIMES as OFFICE_MIMES
from .photo import MAX_DECODE_BYTES
from .sniff import DOCUMENT, HEAD_SIZE, PHOTO, Sniffed, sniff
from .text import MAX_TEXT_BYTES, scan_javascript


class SourceReadError(Exception):
    """Reading the file being imported failed (as opposed to writing the vault)."""

    def __init__(self, exc: OSError) -> None:
        super().__init__(exc.strerror or "read error")
        self.reason = exc.strerror or "read error"


class CapturingReader:
    def __init__(self, raw: BinaryIO, name: str, expected_size: int) -> None:
        self._raw = raw
        self.name = name
        self._expected = expected_size
        self._pending = b""
        self._chunks: list[bytes] = []
        self._kept = 0
        self._limit = 0
        self._prefix_ok = False
        self._pdf = False
        self._tail = b""
        self.sniffed: Sniffed | None = None
        self.bytes_read = 0
        self.overflow = False  # wanted the whole file but it was too large to hold
        self.javascript = False  # a PDF's raw bytes name a JavaScript action

    # ----- the file-like side the blob store uses ---------------------------------------------

    def read(self, n: int = -1) -> bytes:
        if self.sniffed is None:
            head = self._raw_read(HEAD_SIZE)
            while head and len(head) < HEAD_SIZE:
                more = self._raw_read(HEAD_SIZE - len(head))
                if not more:
                    break
                head += more
            self._decide(head)
            self._pending = head
        if self._pending:
            if 0 <= n < len(self._pending):
                data, self._pending = self._pending[:n], self._pending[n:]
            else:
                data, self._pending = self._pending, b""
                if n < 0 or len(data) < n:
                    data += self._raw_read(-1 if n < 0 else n - len(data))
        else:
            data = self._raw_read(n)
        self._observe(data)
        return data

    def _raw_read(self, n: int) -> bytes:
        try:
            return self._raw.read(n) or b""
        except OSError as exc:
            raise SourceReadError(exc) from exc

    # ----- what is kept ------------------------------------------------------------------------

    def _decide(self, head: bytes) -> None:
        self.sniffed = found = sniff(head, self.name)
        if found.kind == PHOTO or found.mime == "application/pdf" or found.mime in OFFICE_MIMES:
            self._limit = MAX_DECODE_BYTES
            self._pdf = found.mime == "application/pdf"
            if self._expected > self._limit:
                self.overflow = True
                self._limit = 0
        elif found.kind == DOCUMENT and found.is_text:
            self._limit, self._prefix_ok = MAX_TEXT_BYTES, True

    def _observe(self, data: bytes) -> None:
        self.bytes_read += len(data)
        if self._pdf and not self.javascript:
            self.javascript = scan_javascript(self._tail + data)
            self._tail = data[-16:]
        if not self._limit or not data:
            return
        room = self._limit - self._kept
        if len(data) <= room:
            self._chunks.append(data)
            self._kept += len(data)
        elif self._prefix_ok:
            if room > 0:
                self._chunks.append(data[:room])
            self._kept = self._limit
        else:
            self._chunks.clear()
            self._kept = self._limit = 0
            self.overflow = True

    def captured(self) -> bytes | None:
        """What was kept; None if nothing was wanted or the file was too large to keep."""
        if self.overflow or not self._chunks:
            return None
        data = b"".join(self._chunks)
        self._chunks = [data]
        return data
