"""Chunked, truncation-proof AEAD for blobs (the STREAM construction, as in age).

Layout: 32-byte header (magic, version, log2 chunk size, 24-byte salt), then chunks of
ciphertext+16-byte tag. Chunk i uses nonce = i (11 bytes, big-endian) || last-flag (1 byte).
The per-blob key is HKDF(blob master key, salt, blob id), and the header and blob id are the
associated data, so a blob cannot be swapped for another, reordered, truncated or extended
without failing authentication. Every failure raises the same opaque IntegrityError.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import BinaryIO

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from .errors import IntegrityError

MAGIC = b"EVBLOB"
VERSION = 1
HEADER_SIZE = 32
TAG_SIZE = 16
CHUNK_LOG2 = 20  # 1 MiB: large enough to amortise per-call costs, small enough for flat memory
CHUNK_SIZE = 1 << CHUNK_LOG2
_MIN_LOG2, _MAX_LOG2 = 12, 24


def _nonce(index: int, last: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _blob_cipher(master: bytes, salt: bytes, blob_id: str) -> AESGCM:
    info = b"evidence-vault blob v1:" + blob_id.encode("ascii")
    return AESGCM(HKDF(hashes.SHA256(), 32, salt, info).derive(master))


class ChunkEncryptor:
    """Encrypts one blob chunk by chunk. The caller decides chunk boundaries (CHUNK_SIZE each,
    the last one shorter or equal) and says which chunk is the last."""

    def __init__(self, master: bytes, blob_id: str, salt: bytes, chunk_log2: int = CHUNK_LOG2) -> None:
        if len(salt) != 24:
            raise ValueError("salt must be 24 bytes")
        self.header = MAGIC + bytes([VERSION, chunk_log2]) + salt
        self.chunk_size = 1 << chunk_log2
        self._aad = self.header + blob_id.encode("ascii")
        self._cipher = _blob_cipher(master, salt, blob_id)
        self._index = 0
        self._finished = False

    def encrypt(self, chunk: bytes | memoryview, last: bool) -> bytes:
        if self._finished:
            raise ValueError("blob already finished")
        if len(chunk) > self.chunk_size or (not last and len(chunk) != self.chunk_size):
            raise ValueError("wrong chunk length")
        out = self._cipher.encrypt(_nonce(self._index, last), bytes(chunk), self._aad)
        self._index += 1
        self._finished = last
        return out


class BlobWriter:
    """File-like writer: buffers plaintext into chunks and writes ciphertext to `sink`."""

    def __init__(self, sink: BinaryIO, encryptor: ChunkEncryptor) -> None:
        self._sink = sink
        self._enc = encryptor
        self._pending = bytearray()
        self.size = 0
        sink.write(encryptor.header)

    def write(self, data: bytes | memoryview) -> int:
        self._pending += data
        self.size += len(data)
        cs = self._enc.chunk_size
        # Keep at least one byte back: the final chunk must be flagged as final.
        while len(self._pending) > cs:
            self._sink.write(self._enc.encrypt(memoryview(self._pending)[:cs], last=False))
            del self._pending[:cs]
        return len(data)

    def finish(self) -> None:
        self._sink.write(self._enc.encrypt(bytes(self._pending), last=True))
        self._pending.clear()


def parse_header(header: bytes) -> tuple[int, bytes]:
    """Returns (chunk_log2, salt). Raises IntegrityError for anything that is not our blob."""
    if len(header) != HEADER_SIZE or header[:6] != MAGIC or header[6] != VERSION:
        raise IntegrityError("blob is not an Evidence Vault blob or is damaged")
    log2 = header[7]
    if not _MIN_LOG2 <= log2 <= _MAX_LOG2:
        raise IntegrityError("blob header is damaged")
    return log2, header[8:]


def decrypt_chunks(
    source: BinaryIO,
    master: bytes,
    blob_id: str,
    on_bytes: Callable[[int], None] | None = None,
) -> Iterator[bytes]:
    """Yield plaintext chunks, authenticating each. Raises IntegrityError on any tampering,
    including truncation (no final chunk) and trailing data (bytes after the final chunk)."""
    header = source.read(HEADER_SIZE)
    log2, salt = parse_header(header)
    cipher = _blob_cipher(master, salt, blob_id)
    aad = header + blob_id.encode("ascii")
    step = (1 << log2) + TAG_SIZE
    index = 0
    current = source.read(step)
    while True:
        if len(current) < TAG_SIZE:
            raise IntegrityError("blob is truncated")
        following = source.read(step) if len(current) == step else b""
        last = not following
        try:
            plain = cipher.decrypt(_nonce(index, last), current, aad)
        except InvalidTag:
            raise IntegrityError() from None
        if on_bytes is not None:
            on_bytes(len(current))
        if last:
            if not plain and index > 0:
                raise IntegrityError("blob has an empty final chunk")
            yield plain
            return
        yield plain
        index += 1
        current = following
