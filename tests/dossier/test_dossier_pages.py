"""Internal dossiers show the first page(s) of each PDF exhibit as images re-encoded from pixels;
partner and public dossiers never do."""

from __future__ import annotations

from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as raw
import pytest

from tests.support.documents import reportlab_pdf
from tests.support.dossier import add_item, pdftotext
from tests.support.intake import photo_bytes
from vault import cases
from vault.dossier import build_dossier
from vault.store import Vault


def _images(path: Path) -> int:
    doc = pdfium.PdfDocument(str(path))
    try:
        return sum(len(list(doc[i].get_objects(filter=[raw.FPDF_PAGEOBJ_IMAGE]))) for i in range(len(doc)))
    finally:
        doc.close()


@pytest.fixture
def case_id(vault: Vault) -> str:
    case = cases.add_case(vault, "Дело о задержании", "Сводка")
    # 37 pages: "из 37" cannot be the dossier's own page footer (a few pages long)
    pdf = reportlab_pdf(["Постановление суда", *(f"Страница документа {n}" for n in range(2, 38))])
    add_item(
        vault,
        case,
        "document",
        pdf,
        title="Постановление",
        original_name="p.pdf",
        mime="application/pdf",
        metadata={"pages": 37},
        extracted_text="Постановление суда",
    )
    return case


def test_internal_shows_the_first_page_and_more_on_request(vault: Vault, case_id: str, tmp_path: Path) -> None:
    one = tmp_path / "one.pdf"
    build_dossier(vault, case_id, one, profile="internal", language="ru")
    assert _images(one) == 1 and "Страница 1 из 37" in pdftotext(one)
    two = tmp_path / "two.pdf"
    build_dossier(vault, case_id, two, profile="internal", language="ru", pages=6)  # two calls to the child
    text = pdftotext(two)
    assert _images(two) == 6 and "Страница 6 из 37" in text and "Страница 7 из 37" not in text
    none = tmp_path / "none.pdf"
    build_dossier(vault, case_id, none, profile="internal", language="ru", pages=0)
    assert _images(none) == 0


@pytest.mark.parametrize("profile", ["partner", "public"])
def test_partner_and_public_show_no_page_images(vault: Vault, case_id: str, tmp_path: Path, profile: str) -> None:
    out = tmp_path / f"{profile}.pdf"
    build_dossier(vault, case_id, out, profile=profile, language="ru", pages=3)
    assert _images(out) == 0 and "Страница 1 из 37" not in pdftotext(out)


def _page_texts(path: Path) -> list[str]:
    doc = pdfium.PdfDocument(str(path))
    try:
        return [doc[i].get_textpage().get_text_range() for i in range(len(doc))]
    finally:
        doc.close()


def test_a_group_heading_is_never_left_alone_at_the_foot_of_a_page(vault: Vault, case_id: str, tmp_path: Path) -> None:
    """Three photos fill two pages and a half; the document's first page (a full-page image) does
    not fit under them. "Документы" must move to the next page with it, not stay behind alone."""
    for n in range(3):
        photo = photo_bytes((1600, 1200), color=(90 + 40 * n, 60, 120))
        add_item(vault, case_id, "photo", photo, title=f"Фото {n + 1}", original_name=f"{n}.jpg", mime="image/jpeg")
    out = tmp_path / "d.pdf"
    build_dossier(vault, case_id, out, profile="internal", language="ru")
    pages = _page_texts(out)
    heading = [i for i, text in enumerate(pages) if "Документы" in text.splitlines() or "\nДокументы" in text]
    exhibit = [i for i, text in enumerate(pages) if "Постановление" in text and "Страница 1 из 37" in text]
    assert heading and exhibit and heading[-1] == exhibit[0], (heading, exhibit)


def test_headings_share_a_page_with_the_exhibits_that_fit_under_them(vault: Vault, tmp_path: Path) -> None:
    """One small photo and two short documents fit on one page under "Доказательства": neither
    that heading nor a group heading is left on a page of its own (a KeepTogether nested in
    another used to start a new page before every group)."""
    case = cases.add_case(vault, "Дело 3", "")
    photo = photo_bytes((800, 600), color=(120, 90, 60))
    add_item(vault, case, "photo", photo, title="Фото двора", original_name="y.jpg", mime="image/jpeg")
    for n in (1, 2):
        add_item(
            vault,
            case,
            "document",
            f"Записка {n}".encode(),
            title=f"Записка {n}",
            original_name=f"{n}.txt",
            mime="text/plain",
        )
    out = tmp_path / "d.pdf"
    build_dossier(vault, case, out, profile="internal", language="ru")
    pages = _page_texts(out)
    # the first page with the heading after the contents (the appendix has one of the same name)
    heading = next(i for i, t in enumerate(pages) if "Доказательства" in t.splitlines() and "Содержание" not in t)
    assert "Фотографии" in pages[heading] and "Материал № 1. Фото двора" in pages[heading]
    assert "Документы" in pages[heading] and "Записка 2" in pages[heading]
