"""A streaming POSIX (pax) tar writer and a strict, pull-based tar reader.

The writer yields the archive as byte chunks (no seeking, nothing buffered beyond one chunk) so
it can feed the age encryptor directly. Stock `tar` reads what it writes.

The reader accepts only what the writer produces: regular files, optionally preceded by one
pax extended header (bounded in size; only `path` and `size` are honoured; `linkpath` refused).
Anything else (links, devices, directories, FIFOs, GNU long names, global headers, a bad header
checksum, a truncated archive, non-zero bytes after the end marker) raises TarError.
"""

from __future__ import annotations

import tarfile
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO, Protocol

BLOCK = 512
RECORD = 20 * BLOCK
MAX_PAX_BYTES = 64 * 1024
MAX_TRAILER_BYTES = 1024 * 1024
_IGNORED_PAX_KEYS = frozenset({"mtime", "atime", "ctime", "uid", "gid", "uname", "gname", "comment", "hdrcharset"})


class TarError(ValueError):
    """The archive is not one this program wrote, or it is damaged."""


# ----- writing -------------------------------------------------------------------------------


def member_header(name: str, size: int, mtime: int) -> bytes:
    info = tarfile.TarInfo(name)
    info.size = size
    info.mtime = mtime
    info.mode = 0o644
    info.type = tarfile.REGTYPE
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    return info.tobuf(tarfile.PAX_FORMAT, "utf-8", "strict")


def padding(size: int) -> bytes:
    return b"\0" * (-size % BLOCK)


def end_of_archive(written: int) -> bytes:
    """Two zero blocks, then zeros up to a whole record (as GNU tar and tarfile do)."""
    total = written + 2 * BLOCK
    return b"\0" * (2 * BLOCK + (-total % RECORD))


# ----- reading -------------------------------------------------------------------------------


@dataclass(frozen=True)
class TarEntry:
    name: str
    size: int


class Readable(Protocol):
    def read(self, n: int, /) -> bytes: ...


def read_exact(src: Readable, n: int) -> bytes:
    parts: list[bytes] = []
    got = 0
    while got < n:
        chunk = src.read(n - got)
        if not chunk:
            break
        parts.append(chunk)
        got += len(chunk)
    return b"".join(parts)


def _octal(field: bytes, what: str) -> int:
    if field and field[0] & 0x80:
        raise TarError(f"unsupported base-256 {what} field")
    text = field.split(b"\0", 1)[0].strip(b" ")
    if not text:
        return 0
    try:
        return int(text, 8)
    except ValueError:
        raise TarError(f"bad {what} field in a tar header") from None


def _parse_pax(data: bytes) -> dict[str, str]:
    out: dict[str, str] = {}
    pos = 0
    while pos < len(data):
        space = data.find(b" ", pos)
        if space < 0 or space - pos > 8:
            raise TarError("malformed pax header")
        try:
            length = int(data[pos:space])
        except ValueError:
            raise TarError("malformed pax header") from None
        record = data[pos : pos + length]
        if length <= space - pos + 1 or len(record) != length or not record.endswith(b"\n"):
            raise TarError("malformed pax header")
        key, eq, value = record[space - pos + 1 : -1].partition(b"=")
        if not eq:
            raise TarError("malformed pax header")
        try:
            out[key.decode("utf-8")] = value.decode("utf-8")
        except UnicodeDecodeError:
            raise TarError("pax header is not UTF-8") from None
        pos += length
    return out


class TarReader:
    """Pull entries one at a time: `for entry in reader.entries(): reader.read(n)...`. An entry
    not read to its end is skipped (its bytes are read and discarded) when the next is asked."""

    def __init__(self, src: BinaryIO, max_pax: int = MAX_PAX_BYTES) -> None:
        self._src = src
        self._max_pax = max_pax
        self._left = 0
        self._pad = 0
        self.finished = False

    def entries(self) -> Iterator[TarEntry]:
        while True:
            self._skip_rest()
            entry = self._next_header()
            if entry is None:
                return
            yield entry

    def read(self, n: int) -> bytes:
        """Up to n bytes of the current entry; b"" at its end."""
        if self._left <= 0:
            return b""
        want = min(n, self._left)
        data = self._src.read(want)
        if not data:
            raise TarError("the archive ends in the middle of a file")
        self._left -= len(data)
        if self._left == 0:
            self._consume_padding()
        return data

    def _consume_padding(self) -> None:
        pad = read_exact(self._src, self._pad)
        if len(pad) != self._pad:
            raise TarError("the archive ends in the middle of a file")
        if pad.strip(b"\0"):
            raise TarError("non-zero padding after a file")
        self._pad = 0

    def _skip_rest(self) -> None:
        while self._left > 0:
            self.read(1 << 20)

    def _block(self) -> bytes:
        block = read_exact(self._src, BLOCK)
        if len(block) != BLOCK:
            raise TarError("the archive is truncated")
        return block

    def _next_header(self) -> TarEntry | None:
        pax: dict[str, str] | None = None
        while True:
            block = self._block()
            if not block.strip(b"\0"):
                if pax is not None:
                    raise TarError("a pax header is not followed by a file")
                self._finish()
                return None
            typeflag, name, size = self._parse_header(block)
            if typeflag == b"x":
                if pax is not None:
                    raise TarError("two pax headers in a row")
                if size > self._max_pax:
                    raise TarError("oversize pax header")
                data = read_exact(self._src, size + (-size % BLOCK))
                if len(data) != size + (-size % BLOCK):
                    raise TarError("the archive is truncated")
                pax = _parse_pax(data[:size])
                continue
            if typeflag not in (b"0", b"\0"):
                raise TarError("the archive holds something that is not a regular file (link, device, folder)")
            if pax is not None:
                if "linkpath" in pax:
                    raise TarError("the archive holds a link")
                unknown = set(pax) - _IGNORED_PAX_KEYS - {"path", "size"}
                if unknown:
                    raise TarError("unsupported pax header field")
                name = pax.get("path", name)
                if "size" in pax:
                    if not pax["size"].isdigit():
                        raise TarError("bad pax size")
                    size = int(pax["size"])
            self._left = size
            self._pad = -size % BLOCK
            if size == 0:
                self._consume_padding()
            return TarEntry(name, size)

    @staticmethod
    def _parse_header(block: bytes) -> tuple[bytes, str, int]:
        stored = _octal(block[148:156], "checksum")
        if stored != sum(block[:148]) + 8 * 32 + sum(block[156:]):
            raise TarError("bad tar header checksum")
        if block[257:263] != b"ustar\x00":
            raise TarError("not a POSIX tar header")
        typeflag = block[156:157]
        raw_name = block[0:100].split(b"\0", 1)[0]
        prefix = block[345:500].split(b"\0", 1)[0]
        if prefix:
            raw_name = prefix + b"/" + raw_name
        try:
            name = raw_name.decode("utf-8")
        except UnicodeDecodeError:
            raise TarError("a file name in the archive is not UTF-8") from None
        return typeflag, name, _octal(block[124:136], "size")

    def _finish(self) -> None:
        self._block_zero()
        trailing = 0
        while chunk := self._src.read(64 * 1024):
            trailing += len(chunk)
            if chunk.strip(b"\0") or trailing > MAX_TRAILER_BYTES:
                raise TarError("data after the end of the archive")
        self.finished = True

    def _block_zero(self) -> None:
        if self._block().strip(b"\0"):
            raise TarError("malformed end of archive")
