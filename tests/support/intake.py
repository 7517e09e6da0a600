"""Fixture files for the intake tests, all generated in code: photos with EXIF (GPS, time,
camera), PDFs with Cyrillic text, Cyrillic/Kazakh text files, and hostile files."""

from __future__ import annotations

import io
import struct
import zlib
from pathlib import Path

from PIL import Image

GPS_LAT = (43, 14, 18.0)  # Almaty, 43.238333 N
GPS_LON = (76, 56, 43.2)  # 76.945333 E
GPS_ALT = 812.5
GPS_LAT_DECIMAL = 43.238333
GPS_LON_DECIMAL = 76.945333

KAZAKH_TEXT = "Қазақстан Республикасы. Куәгердің айғақтары: тергеу изоляторында ұрып-соғу болды."
RUSSIAN_TEXT = "Показания свидетеля о задержании правозащитника в Алматы."
CP1251_TEXT = "Жалоба прокурору: задержанного избили в изоляторе временного содержания."
PDF_TEXT = ["Решение суда по делу правозащитника", "Приговор обжалован в апелляционной инстанции"]


def photo_bytes(
    size: tuple[int, int] = (640, 480),
    *,
    fmt: str = "JPEG",
    exif: bool = True,
    orientation: int | None = None,
    color: tuple[int, int, int] = (200, 30, 30),
    serial: str = "BODY-SN-0042",
) -> bytes:
    """A photo with a gradient (so JPEG has real content) and, for JPEG/PNG, full EXIF."""
    im = Image.new("RGB", size, color)
    w, h = size
    for x in range(0, w, max(1, w // 16)):
        im.paste((x * 255 // max(w, 1), 120, 255 - x * 255 // max(w, 1)), (x, 0, x + max(1, w // 32), h))
    out = io.BytesIO()
    params: dict[str, object] = {}
    if exif:
        params["exif"] = make_exif(orientation=orientation, serial=serial).tobytes()
    im.save(out, fmt, **params)
    return out.getvalue()


def make_exif(*, orientation: int | None = None, serial: str = "BODY-SN-0042") -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F] = "Canon"
    exif[0x0110] = "Canon EOS 80D"
    if orientation is not None:
        exif[0x0112] = orientation
    sub = exif.get_ifd(0x8769)
    sub[0x9003] = "2023:05:01 10:20:30"
    sub[0xA431] = serial
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = GPS_LAT
    gps[3] = "E"
    gps[4] = GPS_LON
    gps[5] = b"\x00"
    gps[6] = GPS_ALT
    return exif


def png_chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def bomb_png(width: int = 30000, height: int = 30000) -> bytes:
    """A tiny PNG declaring width×height greyscale pixels: a few hundred bytes on disk."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    row = b"\x00" + b"\x00" * width
    idat = zlib.compress(row * 4, 9)
    return b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", ihdr) + png_chunk(b"IDAT", idat) + png_chunk(b"IEND", b"")


def png_with_huge_text(decompressed: int = 64 * 1024 * 1024) -> bytes:
    """A small valid PNG carrying a zTXt chunk that inflates to `decompressed` bytes."""
    small = photo_bytes((32, 32), fmt="PNG", exif=False)
    ztxt = b"Comment\x00\x00" + zlib.compress(b"A" * decompressed, 9)
    return small[:33] + png_chunk(b"zTXt", ztxt) + small[33:]


def bomb_jpeg(width: int = 60000, height: int = 60000) -> bytes:
    """A small JPEG whose frame header claims width×height pixels."""
    data = bytearray(photo_bytes((64, 64), exif=False))
    sof = data.find(b"\xff\xc0")
    data[sof + 5 : sof + 9] = struct.pack(">HH", height, width)
    return bytes(data)


def text_pdf(lines: list[str], *, javascript: bool = False) -> bytes:
    """A minimal PDF whose text uses a one-byte font with a ToUnicode map, so any script works."""
    chars = sorted({ch for line in lines for ch in line})
    codes = {ch: 0x21 + i for i, ch in enumerate(chars)}
    if len(codes) > 200:
        raise ValueError("too many distinct characters for a one-byte font")
    cmap_lines = "\n".join(f"<{codes[ch]:02X}> <{ord(ch):04X}>" for ch in chars)
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <00> <FF> endcodespacerange\n"
        f"{len(chars)} beginbfchar\n{cmap_lines}\nendbfchar\n"
        "endcmap CMapName currentdict /CMap defineresource pop end end"
    ).encode()
    ops = ["BT /F1 14 Tf 72 720 Td"]
    for i, line in enumerate(lines):
        hexed = "".join(f"{codes[ch]:02X}" for ch in line)
        ops.append(f"{'0 -24 Td ' if i else ''}<{hexed}> Tj")
    ops.append("ET")
    content = "\n".join(ops).encode()
    catalog = b"<< /Type /Catalog /Pages 2 0 R"
    if javascript:
        catalog += b" /OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>"
    objects = [
        catalog + b" >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 0 /LastChar 255"
        b" /Widths [" + b" 500" * 256 + b"] /ToUnicode 6 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % off for off in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def write(path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path
