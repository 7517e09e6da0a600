"""Generated documents for the PDFium and office tests: ReportLab PDFs in DejaVu (Cyrillic,
Kazakh, Greek), encrypted and oddly-trailered PDFs, DOCX/ODT built with zipfile, RTF with \\u and
\\'xx escapes, and hostile archives (zip bomb, billion laughs, XXE, huge XML)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

FONTS = Path(__file__).resolve().parents[2] / "resources" / "fonts"


def reportlab_pdf(
    pages: list[str], *, title: str = "", author: str = "", keywords: str = "", image: bool = False
) -> bytes:
    """One text line per page, in DejaVu Sans (embedded, subset), with document metadata."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONTS / "DejaVuSans.ttf")))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=True)
    c.setTitle(title)
    c.setAuthor(author)
    c.setKeywords(keywords)
    c.setSubject("")
    for index, line in enumerate(pages):
        c.setFont("DejaVuSans", 14)
        c.drawString(72, 720, line)
        if image and index == 0:
            from PIL import Image
            from reportlab.lib.utils import ImageReader

            c.drawImage(ImageReader(Image.new("RGB", (40, 30), (200, 30, 30))), 72, 500, 80, 60)
        c.showPage()
    c.save()
    return buf.getvalue()


def encrypted(pdf: bytes, user: str) -> bytes:
    import pikepdf

    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(pdf)) as doc:
        doc.save(out, encryption=pikepdf.Encryption(user=user, owner="owner-secret", R=6))
    return out.getvalue()


def odd_trailer(pdf: bytes, variant: str) -> bytes:
    """An unencrypted PDF whose trailer names /Encrypt in a harmless way: `null`, a reference to
    an object that does not exist (also null), or an incremental update whose older trailer had
    /Encrypt null. None of these encrypts anything."""
    head, _, _ = pdf.rpartition(b"startxref")
    trailer_at = head.rindex(b"trailer")
    body, trailer = head[:trailer_at], head[trailer_at:]
    if variant == "null":
        return body + trailer.replace(b"/Root", b"/Encrypt null /Root", 1) + pdf[len(head) :]
    if variant == "dangling":
        return body + trailer.replace(b"/Root", b"/Encrypt 999 0 R /Root", 1) + pdf[len(head) :]
    if variant == "comment":  # the word in a comment and a string, nowhere structural
        return pdf.replace(b"%PDF-1.4\n", b"%PDF-1.4\n% /Encrypt << /Filter /Standard >>\n", 1)
    raise ValueError(variant)


def zip_of(members: dict[str, bytes], *, level: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", level) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CORE = (
    '<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties '
    'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/">'
    "<dc:title>{title}</dc:title><dc:creator>{author}</dc:creator><cp:keywords>{keywords}</cp:keywords>"
    "<dcterms:created>2026-03-04T05:06:07Z</dcterms:created></cp:coreProperties>"
)


def docx(
    paragraphs: list[str],
    *,
    title: str = "",
    author: str = "",
    keywords: str = "",
    image: bool = False,
    comment: str = "",
) -> bytes:
    body = "".join(f'<w:p><w:r><w:t xml:space="preserve">{_esc(p)}</w:t></w:r></w:p>' for p in paragraphs)
    members = {
        "[Content_Types].xml": b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
        b'package/2006/content-types"/>',
        "word/document.xml": f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W_NS}">'
        f"<w:body>{body}</w:body></w:document>".encode(),
        "docProps/core.xml": CORE.format(title=_esc(title), author=_esc(author), keywords=_esc(keywords)).encode(),
    }
    if image:
        members["word/media/image1.png"] = b"\x89PNG\r\n\x1a\n"
    if comment:
        members["word/comments.xml"] = (
            f'<w:comments xmlns:w="{W_NS}"><w:comment><w:p><w:r><w:t>{_esc(comment)}'
            "</w:t></w:r></w:p></w:comment></w:comments>"
        ).encode()
    return zip_of(members)


def odt(paragraphs: list[str], *, title: str = "", author: str = "", image: bool = False) -> bytes:
    ns = (
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"'
    )
    body = "".join(f"<text:p>{_esc(p)}</text:p>" for p in paragraphs)
    meta = (
        '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<office:meta><dc:title>{_esc(title)}</dc:title><meta:initial-creator>{_esc(author)}"
        "</meta:initial-creator><meta:creation-date>2026-02-03T10:00:00</meta:creation-date>"
        "</office:meta></office:document-meta>"
    )
    members = {
        "mimetype": b"application/vnd.oasis.opendocument.text",
        "content.xml": f"<office:document-content {ns}><office:body><office:text>{body}"
        "</office:text></office:body></office:document-content>".encode(),
        "meta.xml": meta.encode(),
    }
    if image:
        members["Pictures/1.png"] = b"\x89PNG\r\n\x1a\n"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:  # the mimetype first and stored, as ODF asks
        zf.writestr("mimetype", members.pop("mimetype"), zipfile.ZIP_STORED)
        for name, data in members.items():
            zf.writestr(name, data, zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def rtf(cyrillic_u: str, cyrillic_cp1251: str, *, author: str = "", title: str = "") -> bytes:
    """One paragraph as \\uN escapes (with '?' fallbacks), one as \\'xx bytes in a cp1251 font."""
    as_u = "".join(
        f"\\u{ord(ch) if ord(ch) < 32768 else ord(ch) - 65536}?" if ord(ch) > 127 else ch for ch in cyrillic_u
    )
    as_hex = "".join(f"\\'{b:02x}" if b > 127 else chr(b) for b in cyrillic_cp1251.encode("cp1251"))
    info = (
        "{\\info{\\title "
        + _rtf_u(title)
        + "}{\\author "
        + _rtf_u(author)
        + "}{\\creatim\\yr2026\\mo5\\dy6\\hr7\\min8}}"
    )
    fonts = "{\\fonttbl{\\f0\\fswiss\\fcharset0 Arial;}{\\f1\\fnil\\fcharset204 Times;}}"
    doc = (
        "{\\rtf1\\ansi\\ansicpg1252\\deff0"
        + fonts
        + info
        + "{\\*\\generator Test;}\\uc1\\pard\\f0 "
        + as_u
        + "\\par\n\\f1 "
        + as_hex
        + "\\par{\\pict\\pngblip 89504e47}}"
    )
    return doc.encode("ascii")


def _rtf_u(text: str) -> str:
    return "".join(f"\\u{ord(ch)}?" if ord(ch) > 127 else ch for ch in text)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def zip_bomb_docx(inflated: int = 300 * 1024 * 1024) -> bytes:
    """word/document.xml inflating to `inflated` bytes of zeros from a few hundred KiB."""
    buf = io.BytesIO()
    block = b"\0" * (1 << 20)
    with (
        zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf,
        zf.open("word/document.xml", "w", force_zip64=True) as member,
    ):
        for _ in range(inflated >> 20):
            member.write(block)
    return buf.getvalue()


def billion_laughs_docx() -> bytes:
    lol = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">' for i in range(1, 10))
        + f']><w:document xmlns:w="{W_NS}"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>'
    )
    return zip_of({"word/document.xml": lol.encode()})


def xxe_odt() -> bytes:
    content = (
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
        "<text:p>&xxe;</text:p></office:text></office:body></office:document-content>"
    )
    return zip_of({"mimetype": b"application/vnd.oasis.opendocument.text", "content.xml": content.encode()})


def huge_xml_docx(paragraphs: int = 400_000) -> bytes:
    """Deeply repetitive but well-formed XML: many MiB inflated, compressing well under the ratio."""
    body = "<w:p><w:r><w:t>слово</w:t></w:r></w:p>" * paragraphs
    xml = f'<w:document xmlns:w="{W_NS}"><w:body>{body}</w:body></w:document>'
    return zip_of({"word/document.xml": xml.encode()}, level=zipfile.ZIP_STORED)
