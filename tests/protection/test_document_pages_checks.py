"""Under partner/public a PDF travels as page images only when nothing PDFium reads of it names
the hidden witness, it holds no picture, was read completely and is short enough; otherwise it is
withheld with the precise reason. Office documents stay withheld (no renderer)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from tests.support import doc_pages as dp
from tests.support.documents import docx
from tests.support.vaults import VaultFactory
from vault.cases import add_case
from vault.exports import reasons as rs
from vault.exports.decide import decide
from vault.exports.review import review_export
from vault.intake import import_paths
from vault.items import get_item
from vault.people import add_person, item_people, link_person_to_case
from vault.redaction import redactor_for
from vault.store import Vault


def _case_with(make_vault: VaultFactory, tmp_path: Path, files: dict[str, bytes]) -> tuple[Vault, str, dict[str, str]]:
    vault = make_vault(tmp_path / "v")
    case = add_case(vault, "Дело 7")
    other = add_case(vault, "Дело 8")  # she is protected vault-wide, linked elsewhere
    link_person_to_case(
        vault, other, add_person(vault, dp.WITNESS, pseudonym=dp.PSEUDONYM, protected=True, role="witness"), "witness"
    )
    folder = tmp_path / "in"
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    report = import_paths(vault, [folder], case_id=case)
    assert not report.rejected, report.rejected
    return vault, case, {Path(i.path).name: i.id for i in report.imported}


def _decision(vault: Vault, case: str, item_id: str, profile: str = "partner") -> tuple[str, str, str]:
    red = redactor_for(vault, case, profile)
    d = decide(vault, red, get_item(vault, item_id), item_people(vault, item_id), False)
    return d.content, d.reason_key, d.derived_kind


HOSTILE: dict[str, tuple[Callable[[], bytes], str]] = {
    "page3.pdf": (lambda: dp.on_page_3("Сейтказиевой Гульнарой"), rs.CONTAINS_HIDDEN_NAME),
    "page3lat.pdf": (lambda: dp.on_page_3("Seitqazieva G."), rs.CONTAINS_HIDDEN_NAME),
    "page3kz.pdf": (lambda: dp.on_page_3("Сейтқазиеваға"), rs.CONTAINS_HIDDEN_NAME),
    "note.pdf": (dp.in_annotation, rs.CONTAINS_HIDDEN_NAME),
    "author.pdf": (dp.in_author, rs.CONTAINS_HIDDEN_NAME),
    "outline.pdf": (dp.in_outline, rs.CONTAINS_HIDDEN_NAME),
    "form.pdf": (dp.in_form_field, rs.CONTAINS_HIDDEN_NAME),
    "attached.pdf": (dp.in_attachment, rs.CONTAINS_HIDDEN_NAME),
    "scan.pdf": (dp.with_jpeg, rs.HOLDS_PICTURES),
    "long.pdf": (lambda: dp.long_pdf(31), rs.TOO_LONG),
    "broken.pdf": (lambda: b"%PDF-1.7\n" + b"\x00" * 300, rs.NOT_READ_COMPLETELY),
}


def test_hostile_pdfs_are_withheld_with_the_right_reason(make_vault: VaultFactory, tmp_path: Path) -> None:
    files = {n: make() for n, (make, _) in HOSTILE.items()}
    files["clean.pdf"] = dp.clean_pdf()
    files["letter.docx"] = docx(["Обычное письмо без имён"])
    files["empty.docx"] = docx([])
    vault, case, ids = _case_with(make_vault, tmp_path, files)
    for name, (_, reason) in HOSTILE.items():
        assert _decision(vault, case, ids[name])[:2] == ("withheld", reason), name
    # An office document travels as the text read from it; one that gave no text stays home.
    assert _decision(vault, case, ids["letter.docx"]) == ("derivative", "", rs.DOCUMENT_TEXT)
    assert _decision(vault, case, ids["empty.docx"])[:2] == ("withheld", rs.OFFICE_NOT_RENDERED)
    assert "office documents" in rs.reason_text(rs.OFFICE_NOT_RENDERED)
    assert _decision(vault, case, ids["clean.pdf"]) == ("derivative", "", rs.DOCUMENT_PAGES)
    assert _decision(vault, case, ids["clean.pdf"], "public") == ("derivative", "", rs.DOCUMENT_PAGES)
    for name in (*HOSTILE, "clean.pdf", "letter.docx", "empty.docx"):
        if name != "broken.pdf":
            assert _decision(vault, case, ids[name], "internal")[0] == "original", name

    review = review_export(vault, case, "partner").to_json()
    assert {"item": ids["clean.pdf"], "kind": rs.DOCUMENT_PAGES} in review["derived"]
    withheld = {w["item"]: w["reason_key"] for w in review["withheld"]}
    assert withheld[ids["scan.pdf"]] == rs.HOLDS_PICTURES and withheld[ids["page3.pdf"]] == rs.CONTAINS_HIDDEN_NAME


@pytest.mark.parametrize("word", ["Сейтказиеву", "Сейтказиевв"])
def test_a_suspect_withholds_the_document(make_vault: VaultFactory, tmp_path: Path, word: str) -> None:
    """Fail closed: a word that only resembles her name still keeps the document home."""
    vault, case, ids = _case_with(make_vault, tmp_path, {"d.pdf": dp.on_page_3(word)})
    content, reason, _ = _decision(vault, case, ids["d.pdf"])
    assert content == "withheld" and reason in (rs.CONTAINS_HIDDEN_NAME, rs.MAY_NAME_HIDDEN)


def test_verdict_fails_closed_on_glyphs_without_text() -> None:
    """A font without a text map shows letters whose text PDFium cannot give (U+FFFD, private
    use): the page may show a name the check cannot see, so the document stays home."""
    from vault.documents import DocumentFacts
    from vault.exports.document_pages import verdict
    from vault.redaction import Redactor

    red = Redactor("partner", "ru", hidden=[])
    assert verdict(red, DocumentFacts(pages=["Протокол", "Сот хаттамасы"])) == ""
    for page in ("Показания \ufffd\ufffd\ufffd", "Показания \ue01a\ue01b", "Показания \x03\x04"):
        assert verdict(red, DocumentFacts(pages=["Протокол", page])) == rs.NOT_READ_COMPLETELY, page
    assert verdict(red, DocumentFacts(pages=["x"] * 31)) == rs.TOO_LONG
    assert verdict(red, DocumentFacts(pages=["x"], has_images=True)) == rs.HOLDS_PICTURES
    assert verdict(red, DocumentFacts(pages=["x"], complete=False)) == rs.NOT_READ_COMPLETELY
