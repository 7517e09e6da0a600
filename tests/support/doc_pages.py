"""PDFs for the page-image tests: a clean three-page court record in DejaVu (Russian and Kazakh),
and the same record with the protected witness hidden in one place each (page 3, an annotation,
/Author, an outline entry, a form field, an attachment name) or holding an embedded JPEG."""

from __future__ import annotations

import io
from collections.abc import Callable

import pikepdf

from tests.support.documents import reportlab_pdf
from tests.support.travel_files import jpeg_with_gps

WITNESS = "Гульнара Сейтқазиева"
PSEUDONYM = "Свидетельница К"
CLEAN_PAGES = ["Протокол заседания суда, Алматы", "Сот отырысының хаттамасы", "Решение оглашено 12 марта"]


def clean_pdf() -> bytes:
    return reportlab_pdf(CLEAN_PAGES, title="Протокол")


def _edit(edit: Callable[[pikepdf.Pdf], None], data: bytes | None = None) -> bytes:
    with pikepdf.open(io.BytesIO(data or clean_pdf())) as pdf:
        edit(pdf)
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()


def on_page_3(form: str) -> bytes:
    return reportlab_pdf([*CLEAN_PAGES[:2], f"Показания дала {form}"])


def in_annotation() -> bytes:
    def edit(pdf: pikepdf.Pdf) -> None:
        annot = pdf.make_indirect(
            pikepdf.Dictionary(
                Type=pikepdf.Name.Annot,
                Subtype=pikepdf.Name.Text,
                Rect=[100, 100, 120, 120],
                Contents=pikepdf.String("Позвонить Сейтқазиевой"),
            )
        )
        pdf.pages[1].Annots = pdf.make_indirect(pikepdf.Array([annot]))

    return _edit(edit)


def in_author() -> bytes:
    def edit(pdf: pikepdf.Pdf) -> None:
        pdf.docinfo["/Author"] = pikepdf.String("Seitqazieva G.")

    return _edit(edit)


def in_outline() -> bytes:
    def edit(pdf: pikepdf.Pdf) -> None:
        with pdf.open_outline() as outline:
            outline.root.append(pikepdf.OutlineItem("Показания Гульнары", 2))

    return _edit(edit)


def in_form_field() -> bytes:
    def edit(pdf: pikepdf.Pdf) -> None:
        field = pdf.make_indirect(
            pikepdf.Dictionary(
                Type=pikepdf.Name.Annot,
                Subtype=pikepdf.Name.Widget,
                FT=pikepdf.Name.Tx,
                Rect=[72, 600, 300, 620],
                T=pikepdf.String("witness"),
                V=pikepdf.String(WITNESS),
                P=pdf.pages[0].obj,
            )
        )
        pdf.pages[0].Annots = pdf.make_indirect(pikepdf.Array([field]))
        pdf.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array([field]))

    return _edit(edit)


def in_attachment() -> bytes:
    def edit(pdf: pikepdf.Pdf) -> None:
        pdf.attachments["сейтказиева_письмо.txt"] = pikepdf.AttachedFileSpec(pdf, b"letter")

    return _edit(edit)


def with_jpeg() -> bytes:
    def edit(pdf: pikepdf.Pdf) -> None:
        image = pikepdf.Stream(pdf, jpeg_with_gps())
        image.Type, image.Subtype = pikepdf.Name.XObject, pikepdf.Name.Image
        image.Width, image.Height, image.BitsPerComponent = 48, 32, 8
        image.ColorSpace, image.Filter = pikepdf.Name.DeviceRGB, pikepdf.Name.DCTDecode
        page = pdf.pages[0]
        page.Resources.XObject = pikepdf.Dictionary(Im0=image)
        page.Contents = pdf.make_stream(page.Contents.read_bytes() + b"\nq 48 0 0 32 72 400 cm /Im0 Do Q")

    return _edit(edit)


def long_pdf(pages: int) -> bytes:
    return reportlab_pdf([f"Страница {n}" for n in range(1, pages + 1)])
