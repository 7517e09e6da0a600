"""Make a finished dossier PDF/A-3u (ISO 19005-3, level U): an sRGB output intent, XMP that
declares pdfaid:part 3 / conformance U and mirrors the allow-listed Info fields, printable
annotations, and an /AF array for associated files (vault.dossier.attachments).

What goes into XMP is an allow-list: dc:title (the case title, internal only), pdf:Producer,
xmp:CreateDate/ModifyDate/MetadataDate and the pdfaid fields. Nothing else, under every profile:
XMP is where PDF tools leak authors, tool chains and document ids, and a partner or public copy
must carry no more than the Info dictionary shows. PDF/A forbids compressing the XMP, so it is
plain text in the file: a partner or public edition's metadata holds no title at all (mail
scanners and search indexes read metadata first; the title is on the cover). Fonts are embedded
by ReportLab (TTF subsets, vault.dossier.fonts); this module does not touch them.

PDF/A forbids encryption, so a password-protected dossier is not PDF/A (decided in
vault.dossier.output and said in the CLI help and the dialog).
"""

from __future__ import annotations

import functools
from xml.sax.saxutils import escape

import pikepdf

PDFA_PART = "3"
PDFA_CONFORMANCE = "U"
# The XMP fields we write and nothing else (tests compare the parsed XMP against this set).
XMP_FIELDS = frozenset(
    {
        "dc:title",
        "pdf:Producer",
        "xmp:CreateDate",
        "xmp:ModifyDate",
        "xmp:MetadataDate",
        "pdfaid:part",
        "pdfaid:conformance",
    }
)
_ANNOT_PRINT = 4


@functools.cache
def srgb_icc() -> bytes:
    """An sRGB ICC profile built by Little CMS through Pillow (no file shipped, no network)."""
    from PIL import ImageCms

    return bytes(ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes())


def _xmp_date(pdf_date: str) -> str:
    """'D:20260301090000Z' → '2026-03-01T09:00:00Z' (the same instant as the Info date)."""
    d = pdf_date.removeprefix("D:")
    return f"{d[0:4]}-{d[4:6]}-{d[6:8]}T{d[8:10]}:{d[10:12]}:{d[12:14]}Z"


def xmp_packet(*, title: str, producer: str, created_pdf_date: str) -> bytes:
    date = _xmp_date(created_pdf_date)
    title_xml = (
        f'<dc:title><rdf:Alt><rdf:li xml:lang="x-default">{escape(title)}</rdf:li></rdf:Alt></dc:title>\n'
        if title
        else ""
    )
    body = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/"
 xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">
{title_xml}<pdf:Producer>{escape(producer)}</pdf:Producer>
<xmp:CreateDate>{date}</xmp:CreateDate>
<xmp:ModifyDate>{date}</xmp:ModifyDate>
<xmp:MetadataDate>{date}</xmp:MetadataDate>
<pdfaid:part>{PDFA_PART}</pdfaid:part>
<pdfaid:conformance>{PDFA_CONFORMANCE}</pdfaid:conformance>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return body.encode("utf-8")


def make_pdfa(pdf: pikepdf.Pdf, *, title: str, producer: str, created_pdf_date: str) -> None:
    """Turn an open, unencrypted dossier into PDF/A-3u in place (saved by the caller)."""
    root = pdf.Root
    icc = pikepdf.Stream(pdf, srgb_icc())
    icc.N = 3
    intent = pikepdf.Dictionary(
        Type=pikepdf.Name.OutputIntent,
        S=pikepdf.Name.GTS_PDFA1,
        OutputConditionIdentifier=pikepdf.String("sRGB IEC61966-2.1"),
        Info=pikepdf.String("sRGB IEC61966-2.1"),
        RegistryName=pikepdf.String("http://www.color.org"),
        DestOutputProfile=pdf.make_indirect(icc),
    )
    root.OutputIntents = pikepdf.Array([pdf.make_indirect(intent)])
    meta = pikepdf.Stream(pdf, xmp_packet(title=title, producer=producer, created_pdf_date=created_pdf_date))
    meta.Type = pikepdf.Name.Metadata
    meta.Subtype = pikepdf.Name.XML
    root.Metadata = pdf.make_indirect(meta)
    root.MarkInfo = pikepdf.Dictionary(Marked=False)
    for page in pdf.pages:
        for annot in page.obj.get("/Annots", pikepdf.Array()):
            # PDF/A: every annotation prints, none hidden; links need no appearance stream.
            annot.F = _ANNOT_PRINT
            if "/Border" not in annot:
                annot.Border = pikepdf.Array([0, 0, 0])
