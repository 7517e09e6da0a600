"""Hostile case files for leak route 3 ("originals go out when their extracted text does not
name the person"), generated in code: each hides the protected witness, or GPS and a camera
serial, where text extraction does not look."""

from __future__ import annotations

import io
import os
import struct
import zipfile
from pathlib import Path

import pikepdf
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

NAME = "Гульнара Сейтқазиева"
NAME_LAT = "Gulnara Seitqazieva"
SERIAL = "CAMSERIAL-99317"
GPS_MARK = "GPSMARK-43.2567N"  # text in the GPS processing-method tag, easy to find in bytes
KZ_FILE_NAME = "Сейтқазиева_хат.txt"  # written to disk in KZ-1048 bytes


def jpeg_with_gps() -> bytes:
    im = Image.new("RGB", (48, 32), (20, 120, 40))
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif[0x013B] = NAME_LAT  # Artist
    exif.get_ifd(0x8769)[0xA431] = SERIAL  # BodySerialNumber
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2], gps[3], gps[4] = "N", (43.0, 15.0, 30.0), "E", (76.0, 57.0, 0.0)
    gps[27] = GPS_MARK  # GPSProcessingMethod
    out = io.BytesIO()
    im.save(out, "JPEG", exif=exif)
    return out.getvalue()


def _pdf(pages: int = 1, page_text: dict[int, str] | None = None) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1)
    for n in range(1, pages + 1):
        c.drawString(72, 750, (page_text or {}).get(n, f"Court record, page {n}."))
        c.showPage()
    c.save()
    return buf.getvalue()


def _edit_pdf(data: bytes, edit: object) -> bytes:
    with pikepdf.open(io.BytesIO(data)) as pdf:
        edit(pdf)  # type: ignore[operator]
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()


def pdf_author() -> bytes:
    def edit(pdf: pikepdf.Pdf) -> None:
        pdf.docinfo["/Author"] = NAME

    return _edit_pdf(_pdf(), edit)


def pdf_xmp() -> bytes:
    def edit(pdf: pikepdf.Pdf) -> None:
        with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
            meta["dc:creator"] = [NAME]

    return _edit_pdf(_pdf(), edit)


def pdf_annotation() -> bytes:
    def edit(pdf: pikepdf.Pdf) -> None:
        annot = pdf.make_indirect(
            pikepdf.Dictionary(
                Type=pikepdf.Name.Annot,
                Subtype=pikepdf.Name.Text,
                Rect=[100, 100, 120, 120],
                Contents=pikepdf.String(f"Звонила {NAME}"),
            )
        )
        pdf.pages[0].Annots = pdf.make_indirect(pikepdf.Array([annot]))

    return _edit_pdf(_pdf(), edit)


def pdf_outline() -> bytes:
    def edit(pdf: pikepdf.Pdf) -> None:
        with pdf.open_outline() as outline:
            outline.root.append(pikepdf.OutlineItem(f"Показания {NAME}", 0))

    return _edit_pdf(_pdf(), edit)


def pdf_page_201() -> bytes:
    return _pdf(201, {201: f"Witness: {NAME_LAT}"})


def pdf_with_gps_jpeg() -> bytes:
    """A PDF whose only picture is a JPEG kept byte for byte (EXIF GPS and serial inside)."""

    def edit(pdf: pikepdf.Pdf) -> None:
        raw = jpeg_with_gps()
        image = pikepdf.Stream(pdf, raw)
        image.Type, image.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
        image.Width, image.Height, image.BitsPerComponent = 48, 32, 8
        image.ColorSpace, image.Filter = pikepdf.Name.DeviceRGB, pikepdf.Name.DCTDecode
        page = pdf.pages[0]
        page.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=image))
        page.Contents = pdf.make_stream(b"q 48 0 0 32 72 600 cm /Im0 Do Q")

    return _edit_pdf(_pdf(), edit)


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members.items():
            z.writestr(name, data)
    return buf.getvalue()


_CT = (
    b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    b'content-types"><Default Extension="xml" ContentType="application/xml"/></Types>'
)


def docx_naming_her() -> bytes:
    body = f'<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>Показания: {NAME}</w:t></w:r></w:p></w:body></w:document>'
    core = f'<cp:coreProperties xmlns:cp="cp" xmlns:dc="dc"><dc:creator>{NAME}</dc:creator></cp:coreProperties>'
    return _zip({"[Content_Types].xml": _CT, "word/document.xml": body.encode(), "docProps/core.xml": core.encode()})


def docx_with_jpeg() -> bytes:
    body = b'<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>Photo attached.</w:t></w:r></w:p></w:body></w:document>'
    return _zip({"[Content_Types].xml": _CT, "word/document.xml": body, "word/media/image1.jpeg": jpeg_with_gps()})


def mp3_with_artist() -> bytes:
    """An ID3v2.3 tag whose artist (TPE1) is her name, then a few silent MPEG-1 layer III frames."""
    text = b"\x01" + "\ufeff".encode("utf-16-le") + NAME.encode("utf-16-le")
    frame = b"TPE1" + struct.pack(">I", len(text)) + b"\x00\x00" + text
    size = len(frame)
    syncsafe = bytes([(size >> 21) & 0x7F, (size >> 14) & 0x7F, (size >> 7) & 0x7F, size & 0x7F])
    mpeg = (b"\xff\xfb\x90\x64" + b"\x00" * 413) * 4
    return b"ID3\x03\x00\x00" + syncsafe + frame + mpeg


def _box(kind: bytes, payload: bytes) -> bytes:
    return struct.pack(">I", 8 + len(payload)) + kind + payload


def mp4_with_xyz() -> bytes:
    """ftyp + moov/udta/©xyz (the GPS position Apple and Android cameras write)."""
    xyz = b"+43.2567+076.9286/"
    udta = _box(b"udta", _box(b"\xa9xyz", struct.pack(">HH", len(xyz), 0x15C7) + xyz))
    mvhd = _box(b"mvhd", b"\x00" * 100)
    return _box(b"ftyp", b"isom\x00\x00\x02\x00isomiso2mp41") + _box(b"moov", mvhd + udta) + _box(b"mdat", b"\x00" * 64)


HOSTILE = {
    "author.pdf": pdf_author,
    "xmp.pdf": pdf_xmp,
    "annotation.pdf": pdf_annotation,
    "outline.pdf": pdf_outline,
    "long.pdf": pdf_page_201,
    "scan.pdf": pdf_with_gps_jpeg,
    "statement.docx": docx_naming_her,
    "attachment.docx": docx_with_jpeg,
    "call.mp3": mp3_with_artist,
    "clip.mp4": mp4_with_xyz,
}


def write_hostile(folder: Path) -> dict[str, bytes]:
    """Every hostile file in `folder`; returns file name -> bytes (the KZ-1048 one by its text name)."""
    folder.mkdir(parents=True, exist_ok=True)
    made = {name: make() for name, make in HOSTILE.items()}
    for name, data in made.items():
        (folder / name).write_bytes(data)
    kz = b"Plain note, nobody named.\n"
    with open(os.path.join(os.fsencode(folder), KZ_FILE_NAME.encode("kz1048")), "wb") as fh:
        fh.write(kz)
    made[KZ_FILE_NAME] = kz
    return made
