"""PDFs through PDFium in the limited child: every script's text, every page, true encryption,
metadata on the item and searchable, page images and the facts a hidden-name check needs."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from PIL import Image

from tests.support.documents import encrypted, odd_trailer, reportlab_pdf
from tests.support.intake import text_pdf, write
from vault import search
from vault.documents import document_facts, render_pages
from vault.errors import DocumentUnreadable
from vault.intake import import_paths
from vault.intake.pdf import PROTECTED, pdf_text
from vault.intake.sandbox import PdfSandbox
from vault.store import Vault

LINES = ["Решение суда по делу о пытках", "Қазақ тілі: әріптер ұғым", "Ελληνικά: μάρτυρας"]


@pytest.fixture(scope="module")
def box() -> PdfSandbox:
    with PdfSandbox() as sandbox:
        yield sandbox  # type: ignore[misc]


def test_cyrillic_kazakh_and_greek_text_with_embedded_fonts(box: PdfSandbox) -> None:
    found = box.pdf_text(io.BytesIO(reportlab_pdf(LINES, title="Протокол", author="Айгерим Нурланова")))
    assert found.warning is None
    assert found.text.split("\n") == LINES
    assert found.metadata["pages"] == 3 and "encrypted" not in found.metadata
    assert found.metadata["author"] == "Айгерим Нурланова" and found.metadata["title"] == "Протокол"


def test_japanese_and_korean_through_a_tounicode_map(box: PdfSandbox) -> None:
    # No CJK TrueType font ships with the project or this machine; a one-byte font with a
    # ToUnicode map is how many real CJK PDFs carry their text, and what pypdf garbled.
    found = box.pdf_text(io.BytesIO(text_pdf(["日本語の判決文", "한국어 증언"])))
    assert found.warning is None and found.text.split("\n") == ["日本語の判決文", "한국어 증언"]


CJK_FONT = Path("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")  # Debian: fonts-wqy-microhei


@pytest.mark.skipif(not CJK_FONT.exists(), reason="no CJK TrueType font here (Debian package fonts-wqy-microhei)")
def test_chinese_japanese_korean_with_an_embedded_cjk_font(box: PdfSandbox) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("WQYMicroHei", str(CJK_FONT), subfontIndex=0))
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setFont("WQYMicroHei", 14)
    lines = ["描述团队的工作", "日本語の判決文", "한국어 증언"]
    for n, line in enumerate(lines):
        c.drawString(72, 720 - 20 * n, line)
    c.showPage()
    c.save()
    found = box.pdf_text(io.BytesIO(buf.getvalue()))
    assert found.warning is None and found.text.split("\n") == lines


def test_text_after_page_two_hundred_is_read(box: PdfSandbox) -> None:
    pages = [f"Страница {n}" for n in range(1, 231)]
    pages[229] = "Последняя страница: свидетель Ержан"
    found = box.pdf_text(io.BytesIO(reportlab_pdf(pages)))
    assert found.metadata["pages"] == 230 and "text_truncated" not in found.metadata
    assert "Страница 201" in found.text and found.text.endswith("Последняя страница: свидетель Ержан")


@pytest.mark.parametrize("variant", ["null", "dangling", "comment"])
def test_unusual_but_unencrypted_trailers_are_not_password_protected(box: PdfSandbox, variant: str) -> None:
    found = box.pdf_text(io.BytesIO(odd_trailer(text_pdf(["Документ без шифра"]), variant)))
    assert found.warning is None and "encrypted" not in found.metadata
    assert found.text == "Документ без шифра"


def test_an_xref_stream_pdf_is_not_password_protected(box: PdfSandbox) -> None:
    import pikepdf

    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(reportlab_pdf(LINES))) as doc:
        doc.save(out, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    found = box.pdf_text(io.BytesIO(out.getvalue()))
    assert found.warning is None and "encrypted" not in found.metadata and found.text.startswith("Решение")


def test_empty_user_password_still_gives_text_and_a_real_one_is_reported(box: PdfSandbox) -> None:
    plain = reportlab_pdf(LINES)
    opened = box.pdf_text(io.BytesIO(encrypted(plain, "")))
    assert opened.metadata["encrypted"] is True and opened.warning is None and opened.text.startswith("Решение")
    locked = box.pdf_text(io.BytesIO(encrypted(plain, "пароль-свидетеля")))
    assert locked.metadata["encrypted"] is True and locked.warning == PROTECTED and locked.text == ""


def test_javascript_in_an_object_stream_is_still_found() -> None:
    import pikepdf

    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(text_pdf(["x"], javascript=True))) as doc:
        doc.save(out, object_stream_mode=pikepdf.ObjectStreamMode.generate, compress_streams=True)
    assert b"JavaScript" not in out.getvalue()
    assert pdf_text(io.BytesIO(out.getvalue())).metadata["has_javascript"] is True


def test_document_metadata_is_stored_and_searchable(vault: Vault, tmp_path: Path) -> None:
    write(
        tmp_path / "in" / "report.pdf",
        reportlab_pdf(["Текст отчёта"], author="Гульнара Сейткали", keywords="задержание"),
    )
    report = import_paths(vault, [tmp_path / "in"])
    (item,) = report.imported
    assert item.warning is None
    row = vault.conn.execute("SELECT metadata, extracted_text FROM items WHERE id = ?", (item.id,)).fetchone()
    meta = json.loads(row[0])
    assert meta["author"] == "Гульнара Сейткали" and meta["keywords"] == "задержание" and meta["pages"] == 1
    assert row[1] == "Текст отчёта"
    assert {hit.id for hit in search.search(vault.conn, "Сейткали")} == {item.id}


def test_page_images_are_re_encoded_and_bounded(box: PdfSandbox) -> None:
    pdf = reportlab_pdf(LINES, image=True)
    images = render_pages(pdf, [0, 2, 7], max_side=800, sandbox=box)
    assert len(images) == 2  # page 8 does not exist
    for data in images:
        with Image.open(io.BytesIO(data)) as img:
            assert img.format == "PNG" and max(img.size) <= 800 and img.size[1] > img.size[0]
            assert img.getextrema()[0][0] < 100  # something dark (text) was drawn
    (jpeg,) = render_pages(pdf, [0], fmt="JPEG", max_side=400, sandbox=box)
    assert jpeg.startswith(b"\xff\xd8")
    with pytest.raises(DocumentUnreadable):
        render_pages(encrypted(pdf, "secret"), [0], sandbox=box)


def test_facts_hold_text_metadata_annotations_fields_and_images(box: PdfSandbox) -> None:
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    c.setAuthor("Author Name")
    c.bookmarkPage("p1")
    c.addOutlineEntry("Witness Ivanov", "p1")
    c.drawString(72, 720, "Visible text")
    c.textAnnotation("Note about Petrov", Rect=(72, 600, 200, 650))
    c.acroForm.textfield(name="witness", value="Sidorov", x=72, y=500, width=200, height=20)
    c.showPage()
    c.save()
    facts = document_facts(buf.getvalue(), "application/pdf", sandbox=box)
    assert facts.pages == ["Visible text"] and facts.metadata["author"] == "Author Name"
    assert facts.annotations == ["Note about Petrov"] and facts.outline == ["Witness Ivanov"]
    assert facts.form_fields == ["witness: Sidorov"] and facts.has_images is False and facts.complete
    assert document_facts(reportlab_pdf(["x"], image=True), "application/pdf", sandbox=box).has_images
    import pikepdf

    out = io.BytesIO()
    with pikepdf.open(io.BytesIO(buf.getvalue())) as doc:
        doc.attachments["список-свидетелей.txt"] = pikepdf.AttachedFileSpec(doc, "Иванов".encode())
        doc.save(out)
    assert document_facts(out.getvalue(), "application/pdf", sandbox=box).attachments == ["список-свидетелей.txt"]


def test_a_pdf_pdfium_cannot_load_is_read_after_qpdf_rebuilds_it(box: PdfSandbox) -> None:
    damaged = b"\0" * 2000 + text_pdf(["Повреждённый документ"])  # junk before the header
    found = box.pdf_text(io.BytesIO(damaged))
    assert found.warning is None and found.text == "Повреждённый документ"
    hopeless = text_pdf(["x"]).replace(b"/Root 1 0 R", b"/Root 9 0 R")
    assert box.pdf_text(io.BytesIO(hopeless)).warning == "text could not be extracted"
