"""Kind detection from content first and extension second; text decoding; PDF text. Pure
functions over bytes, no vault."""

from __future__ import annotations

import io
import struct

import pytest

from tests.support.intake import CP1251_TEXT, KAZAKH_TEXT, PDF_TEXT, photo_bytes, text_pdf
from vault.intake.pdf import pdf_text
from vault.intake.photo import examine_photo
from vault.intake.sniff import sniff
from vault.intake.text import decode_text, text_file


def _ftyp(major: bytes, *compatible: bytes) -> bytes:
    body = major + b"\x00\x00\x00\x00" + b"".join(compatible)
    return struct.pack(">I", 8 + len(body)) + b"ftyp" + body + b"\x00" * 64


HEADS = [
    (photo_bytes((16, 16), exif=False), "photo", "image/jpeg"),
    (photo_bytes((16, 16), fmt="PNG", exif=False), "photo", "image/png"),
    (b"GIF89a" + b"\x00" * 20, "photo", "image/gif"),
    (b"RIFF\x00\x00\x00\x00WEBPVP8 ", "photo", "image/webp"),
    (b"II*\x00\x08\x00\x00\x00", "photo", "image/tiff"),
    (b"MM\x00*\x00\x00\x00\x08", "photo", "image/tiff"),
    (b"BM" + b"\x00" * 12 + struct.pack("<I", 40) + b"\x00" * 20, "photo", "image/bmp"),
    (_ftyp(b"heic", b"mif1", b"heic"), "photo", "image/heic"),
    (_ftyp(b"mif1", b"avif"), "photo", "image/avif"),
    (b"%PDF-1.7\n", "document", "application/pdf"),
    (b"{\\rtf1\\ansi hello}", "document", "application/rtf"),
    (
        b"PK\x03\x04" + b"\x00" * 26 + b"[Content_Types].xmlword/document.xml",
        "document",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    (
        b"PK\x03\x04" + b"\x00" * 26 + b"mimetypeapplication/vnd.oasis.opendocument.textPK",
        "document",
        "application/vnd.oasis.opendocument.text",
    ),
    (
        b"PK\x03\x04" + b"\x00" * 26 + b"xl/workbook.xml",
        "document",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 32, "document", "application/x-ole-storage"),
    (b"ID3\x04\x00\x00\x00\x00\x00\x00", "audio", "audio/mpeg"),
    (b"\xff\xfb\x90\x64" + b"\x00" * 32, "audio", "audio/mpeg"),
    (b"\xff\xf1\x50\x80" + b"\x00" * 32, "audio", "audio/aac"),
    (b"RIFF\x00\x00\x00\x00WAVEfmt ", "audio", "audio/wav"),
    (b"OggS\x00\x02" + b"\x00" * 22 + b"OpusHead", "audio", "audio/ogg"),
    (b"fLaC\x00\x00\x00\x22", "audio", "audio/flac"),
    (_ftyp(b"M4A ", b"isom"), "audio", "audio/mp4"),
    (b"#!AMR\n\x3c", "audio", "audio/amr"),
    (_ftyp(b"isom", b"iso2", b"mp41"), "video", "video/mp4"),
    (_ftyp(b"qt  ", b"qt  "), "video", "video/quicktime"),
    (_ftyp(b"3gp5", b"3gp5"), "video", "video/3gpp"),
    (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x84webm", "video", "video/webm"),
    (b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x88matroska", "video", "video/x-matroska"),
    (b"RIFF\x00\x00\x00\x00AVI LIST", "video", "video/x-msvideo"),
]


@pytest.mark.parametrize(("head", "kind", "mime"), HEADS, ids=[h[2] + f"-{i}" for i, h in enumerate(HEADS)])
def test_content_decides_kind_without_a_helpful_name(head: bytes, kind: str, mime: str) -> None:
    found = sniff(head, "evidence-file")
    assert (found.kind, found.mime, found.warning) == (kind, mime, None)


def test_a_lying_extension_gets_the_content_kind_and_a_warning() -> None:
    png = photo_bytes((8, 8), fmt="PNG", exif=False)
    found = sniff(png, "court-decision.pdf")
    assert (found.kind, found.mime) == ("photo", "image/png")
    assert found.warning is not None and ".pdf" in found.warning and "image/png" in found.warning
    jpeg_as_text = sniff(photo_bytes((8, 8), exif=False), "notes.TXT")
    assert jpeg_as_text.kind == "photo" and jpeg_as_text.warning and ".txt" in jpeg_as_text.warning


def test_extension_decides_when_the_content_is_unrecognised() -> None:
    assert sniff(b"\x00\x01\x02garbage\x00", "clip.mp4").kind == "video"
    assert sniff(b"\x00\x01\x02garbage\x00", "voice.amr").mime == "audio/amr"
    assert sniff(b"\x00\x01\x02garbage\x00", "unknown.bin") == sniff(b"\x00\x01\x02", "noext")
    assert sniff(b"\x00\x01", "x").kind == "other"
    # a zip container named .docx is a document even if the first entry says nothing
    assert sniff(b"PK\x03\x04" + b"\x00" * 60, "brief.docx").kind == "document"
    assert sniff(b"PK\x03\x04" + b"\x00" * 60, "archive.zip").kind == "other"


def test_plain_text_in_any_common_encoding_is_a_document() -> None:
    for data in (
        RUSSIAN := "Показания свидетеля".encode(),
        "\ufeffMarker".encode("utf-8"),
        "Показания".encode("utf-16"),
        CP1251_TEXT.encode("cp1251"),
    ):
        found = sniff(data, "note")
        assert (found.kind, found.mime) == ("document", "text/plain"), data
    assert RUSSIAN
    named_mp3 = sniff(b"just some words\n", "song.mp3")
    assert named_mp3.kind == "document" and named_mp3.warning


def test_sniff_only_looks_at_the_first_4_kib_and_never_raises() -> None:
    assert sniff(b"\x00" * 4096 + b"%PDF-1.4", "x").kind == "other"
    for junk in (b"", b"\xff", b"\xff\xd8", b"RIFF", b"\x00\x00\x00\x08ftyp", b"PK\x03\x04", b"BM"):
        sniff(junk, "")
        sniff(junk, ".")


@pytest.mark.parametrize(
    ("raw", "text", "encoding"),
    [
        (KAZAKH_TEXT.encode("utf-8"), KAZAKH_TEXT, "utf-8"),
        (b"\xef\xbb\xbf" + KAZAKH_TEXT.encode("utf-8"), KAZAKH_TEXT, "utf-8-sig"),
        (KAZAKH_TEXT.encode("utf-16"), KAZAKH_TEXT, "utf-16"),
        (CP1251_TEXT.encode("cp1251"), CP1251_TEXT, "cp1251"),
        (KAZAKH_TEXT.encode("kz1048"), KAZAKH_TEXT, "kz1048"),
    ],
)
def test_text_decoding(raw: bytes, text: str, encoding: str) -> None:
    assert decode_text(raw) == (text, encoding)


def test_text_is_cut_at_2_mb_even_inside_a_character() -> None:
    raw = ("ә" * (1024 * 1024 + 7)).encode("utf-8")  # 2 bytes each: the cut falls on a boundary
    found = text_file(raw)
    assert found.metadata["encoding"] == "utf-8" and found.metadata.get("text_truncated")
    assert set(found.text) == {"ә"} and len(found.text) == 1024 * 1024
    odd = text_file(b"x" + raw)  # the cut falls inside a character: still UTF-8, last one dropped
    assert odd.metadata["encoding"] == "utf-8" and "\ufffd" not in odd.text


def test_pdf_text_and_javascript_flag() -> None:
    plain = pdf_text(io.BytesIO(text_pdf(PDF_TEXT)))
    assert plain.warning is None and plain.metadata == {"has_javascript": False, "pages": 1}
    assert all(line in plain.text for line in PDF_TEXT)
    scripted = pdf_text(io.BytesIO(text_pdf(PDF_TEXT, javascript=True)))
    assert scripted.metadata["has_javascript"] is True and PDF_TEXT[0] in scripted.text


def test_a_broken_pdf_gives_a_warning_not_an_exception() -> None:
    pdf = text_pdf(PDF_TEXT)
    for broken in (pdf[: len(pdf) // 3], b"%PDF-1.4\n" + b"\xff" * 500, pdf.replace(b"xref", b"xre\x00")):
        found = pdf_text(io.BytesIO(broken))
        assert found.warning is None or found.warning.startswith("text could not be extracted")


def test_photo_examination_reads_exif_and_refuses_bombs() -> None:
    good = examine_photo(photo_bytes((64, 48)))
    assert good.warning is None and good.thumbnail is not None
    assert good.metadata["camera"] == {"make": "Canon", "model": "Canon EOS 80D", "serial": "BODY-SN-0042"}
    assert good.metadata["taken"] == "2023-05-01T10:20:30"
    huge = examine_photo(b"\xff\xd8\xff" + b"\x00" * (64 * 1024 * 1024 + 1))
    assert huge.warning and "larger than 64 MiB" in huge.warning and huge.thumbnail is None
