"""age encryption and decryption as streams (pyrage's encrypt_io / decrypt_io), memory flat in
the bundle's size.

Encryption pulls the plaintext from an iterator of chunks through a file-like reader. Decryption
runs decrypt_io on a helper thread that writes into an OS pipe; the caller reads the plaintext
from the pipe's other end (kernel memory only, never a file). age authenticates every 64 KiB
chunk and the end of the stream, so a tampered or truncated bundle is caught by `finish()`
after the last byte, which is why nothing is committed before it returns.
"""

from __future__ import annotations

import hashlib
import io
import os
import threading
from collections.abc import Callable, Iterator
from types import TracebackType
from typing import BinaryIO

import pyrage

from ..errors import BundleRejected, WrongRecipient


class IterReader(io.RawIOBase):
    """A read-only raw stream over an iterator of byte chunks."""

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._buf = b""
        self._pos = 0
        self.error: BaseException | None = None  # what the iterator raised (pyrage wraps it)

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        while self._pos >= len(self._buf):
            try:
                nxt = next(self._chunks, None)
            except BaseException as exc:
                self.error = exc
                raise
            if nxt is None:
                return 0
            self._buf, self._pos = nxt, 0
        n = min(len(b), len(self._buf) - self._pos)
        b[:n] = self._buf[self._pos : self._pos + n]
        self._pos += n
        return n


class HashingWriter(io.RawIOBase):
    """Writes through to `out`, hashing and counting what passes."""

    def __init__(self, out: BinaryIO, on_bytes: Callable[[int], None] | None = None) -> None:
        self._out = out
        self.sha = hashlib.sha256()
        self.size = 0
        self._on_bytes = on_bytes

    def writable(self) -> bool:
        return True

    def write(self, b: bytes | bytearray | memoryview) -> int:  # type: ignore[override]
        data = bytes(b)
        self._out.write(data)
        self.sha.update(data)
        self.size += len(data)
        if self._on_bytes is not None:
            self._on_bytes(self.size)
        return len(data)


class HashingReader(io.RawIOBase):
    """Reads from `src`, hashing and counting what passes."""

    def __init__(self, src: BinaryIO, on_bytes: Callable[[int], None] | None = None) -> None:
        self._src = src
        self.sha = hashlib.sha256()
        self.size = 0
        self._on_bytes = on_bytes

    def readable(self) -> bool:
        return True

    def readinto(self, b: bytearray | memoryview) -> int:  # type: ignore[override]
        data = self._src.read(len(b))
        n = len(data)
        b[:n] = data
        self.sha.update(data)
        self.size += n
        if self._on_bytes is not None and n:
            self._on_bytes(self.size)
        return n


def encrypt(chunks: Iterator[bytes], out: BinaryIO, recipients: list[str]) -> None:
    parsed = [pyrage.x25519.Recipient.from_str(r) for r in recipients]
    reader = IterReader(chunks)
    try:
        pyrage.encrypt_io(reader, out, parsed)
    except Exception:
        if reader.error is not None:  # ours (Cancelled, IntegrityError), not age's: say so
            raise reader.error from None
        raise


class DecryptPipe:
    """`with DecryptPipe(src, identity) as plain: ... plain.read(n) ...; pipe.finish()`.

    `finish()` waits for the decryptor and raises WrongRecipient / BundleRejected if age refused
    the file (wrong key, damaged header, a tampered or truncated payload)."""

    def __init__(self, src: BinaryIO, identity: pyrage.x25519.Identity) -> None:
        self._src = src
        self._identity = identity
        self._error: BaseException | None = None
        rfd, wfd = os.pipe()
        self.plain: BinaryIO = os.fdopen(rfd, "rb", buffering=256 * 1024)
        self._wpipe: BinaryIO = os.fdopen(wfd, "wb", buffering=64 * 1024)
        self._thread = threading.Thread(target=self._run, name="bundle-decrypt", daemon=True)

    def _run(self) -> None:
        try:
            pyrage.decrypt_io(self._src, self._wpipe, [self._identity])
            self._wpipe.flush()
        except BaseException as exc:  # handed to the caller by finish()
            self._error = exc
        finally:
            try:
                self._wpipe.close()
            except OSError:
                pass  # the reader is gone: the caller already failed

    def __enter__(self) -> BinaryIO:
        self._thread.start()
        return self.plain

    def finish(self) -> None:
        """Drain what is left (the age tag of the last chunk comes last), then report."""
        while self.plain.read(1 << 16):
            pass
        self._thread.join()
        self.raise_error()

    def raise_error(self) -> None:
        failure = self.failure()
        if failure is not None:
            raise failure

    def failure(self) -> BundleRejected | None:
        """What age reported, as the reason to give the user; None if it reported nothing (or
        only the broken pipe our own early stop caused). Call after the thread has ended."""
        exc = self._error
        if exc is None or isinstance(exc, BrokenPipeError):
            return None
        if isinstance(exc, pyrage.DecryptError):
            if "No matching keys" in str(exc):
                return WrongRecipient(
                    "this bundle is not addressed to this vault (no matching age recipient), or its header is damaged"
                )
            return BundleRejected("not an age-encrypted bundle, or its header is damaged")
        if isinstance(exc, OSError):
            return BundleRejected("the bundle is damaged or truncated: age authentication failed")
        return BundleRejected(f"decryption failed: {type(exc).__name__}")

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None, tb: TracebackType | None) -> None:
        self.plain.close()  # a decryptor still writing now gets EPIPE and stops
        self._thread.join()
