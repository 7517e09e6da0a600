"""Red team, whole jobs: DOCX and ODT files naming the witness only outside their paragraphs:
the author of a tracked change or a comment, word/people.xml, a custom property, SmartArt and
chart text, a picture's alt text, a field code, a document variable, the glossary, a mailto:
link, an ODT header (styles.xml), an ODT tracked-change author and a user-defined property; an
RTF header, annotation and its author, revision authors, user property, a field's mailto:.
Extraction missed every one of these: the review said only "office documents cannot be
rendered" (a reason a person may clear after a look at the body), and search could not find the
file by her name. Now every XML part is read (vault/intake/office_extra.py) and RTF's skipped
destinations are read aside (vault/intake/rtf.py), except tables and binary data, after the body
(metadata `body_chars`): search finds her, the name checks see her, and what travels below
`internal` is the body's text only (ADR 028), never what was read aside; a file with no body
text stays home as "contains a hidden name". A plain letter's text is unchanged."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from tests.support.documents import CORE, W_NS, docx, zip_of
from tests.support.leaks import leaks
from tests.support.vaults import VaultFactory
from vault.cases import add_case
from vault.exports import reasons as rs
from vault.exports.decide import document_text, names_hidden
from vault.exports.review import review_export
from vault.intake import import_paths
from vault.intake.office import DOCX, RTF, office_text
from vault.items import get_item
from vault.people import add_person, link_person_to_case
from vault.redaction import redactor_for
from vault.search import search

NAME = "Гульнара Сейтқазиева"
SHE = "Сейтказиева Гульнара"
PLAIN = "<w:p><w:r><w:t>Обычное письмо</w:t></w:r></w:p>"
ODF = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"'
)


def _docx(body: str = PLAIN, parts: dict[str, str] | None = None) -> bytes:
    doc = (
        f'<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{W_NS}" '
        'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
        f"<w:body>{body}</w:body></w:document>"
    )
    members = {
        "[Content_Types].xml": b"<Types/>",
        "docProps/core.xml": CORE.format(title="", author="", keywords="").encode(),
        "word/document.xml": doc.encode(),
    }
    members.update({name: xml.encode() for name, xml in (parts or {}).items()})
    return zip_of(members)


def _odt(body: str = "<text:p>Обычное письмо</text:p>", header: str = "", meta: str = "") -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.text", zipfile.ZIP_STORED)
        zf.writestr("content.xml", f"<office:document-content {ODF}><office:body><office:text>{body}</office:text>"
                    "</office:body></office:document-content>")  # fmt: skip
        if header:
            zf.writestr("styles.xml", f"<office:document-styles {ODF}><office:master-styles><style:master-page "
                        f"style:name='S'><style:header><text:p>{header}</text:p></style:header></style:master-page>"
                        "</office:master-styles></office:document-styles>")  # fmt: skip
        if meta:
            zf.writestr(
                "meta.xml", f"<office:document-meta {ODF}><office:meta>{meta}</office:meta></office:document-meta>"
            )
    return buf.getvalue()


def _cp1251(text: str) -> str:
    return "".join(f"\\'{b:02x}" for b in text.encode("cp1251", "replace"))


def _rtf(aside: str) -> bytes:
    """An RTF letter in Windows-1251 whose body is plain, with `aside` (a skipped destination)."""
    head = r"{\rtf1\ansi\ansicpg1251{\fonttbl{\f0\fcharset204 Times New Roman;}}\f0 "
    return (head + aside + _cp1251("Обычное письмо") + r"\par}").encode("ascii")


HIDING = {
    "tracked.docx": _docx(f'<w:p><w:ins w:id="1" w:author="{SHE}"><w:r><w:t>вставка</w:t></w:r></w:ins></w:p>'),
    "comment.docx": _docx(
        parts={
            "word/comments.xml": f'<w:comments xmlns:w="{W_NS}"><w:comment w:id="0" w:author="{SHE}" '
            'w:initials="ГС"><w:p><w:r><w:t>ок</w:t></w:r></w:p></w:comment></w:comments>'
        }
    ),
    "people.docx": _docx(
        parts={"word/people.xml": f'<w15:people xmlns:w15="w15"><w15:person w15:author="{SHE}"/></w15:people>'}
    ),
    "custom.docx": _docx(
        parts={
            "docProps/custom.xml": '<Properties xmlns:vt="vt"><property name="Witness">'
            f"<vt:lpwstr>{SHE}</vt:lpwstr></property></Properties>"
        }
    ),
    "smartart.docx": _docx(
        parts={"word/diagrams/data1.xml": f'<dgm:dataModel xmlns:dgm="d" xmlns:a="a"><a:t>{SHE}</a:t></dgm:dataModel>'}
    ),
    "chart.docx": _docx(parts={"word/charts/chart1.xml": f'<c:chartSpace xmlns:c="c"><c:v>{SHE}</c:v></c:chartSpace>'}),
    "alt.docx": _docx(
        f'<w:p><w:r><w:drawing><wp:docPr id="1" name="Рисунок 1" descr="{SHE}"/></w:drawing></w:r></w:p>'
    ),
    "field.docx": _docx(f'<w:p><w:fldSimple w:instr="AUTHOR {SHE}"><w:r><w:t>x</w:t></w:r></w:fldSimple></w:p>'),
    "docvar.docx": _docx(
        parts={
            "word/settings.xml": f'<w:settings xmlns:w="{W_NS}"><w:docVars><w:docVar w:name="a" w:val="{SHE}"/>'
            "</w:docVars></w:settings>"
        }
    ),
    "glossary.docx": _docx(
        parts={"word/glossary/document.xml": f'<w:document xmlns:w="{W_NS}"><w:t>{SHE}</w:t></w:document>'}
    ),
    "mailto.docx": _docx(
        parts={
            "word/_rels/document.xml.rels": '<Relationships><Relationship Id="rId9" TargetMode="External" '
            'Target="mailto:g.seitqazieva@mail.kz"/></Relationships>'
        }
    ),
    "header.odt": _odt(header=SHE),
    "tracked.odt": _odt(
        "<text:tracked-changes><text:changed-region text:id='c1'><text:insertion><office:change-info>"
        f"<dc:creator>{SHE}</dc:creator></office:change-info></text:insertion></text:changed-region>"
        "</text:tracked-changes><text:p>Обычное письмо</text:p>"
    ),
    "userdef.odt": _odt(meta=f"<meta:user-defined meta:name='Свидетель'>{SHE}</meta:user-defined>"),
    "header.rtf": _rtf(r"{\header " + _cp1251(SHE) + r"}"),
    "annotation.rtf": _rtf(r"{\*\atnid GS}{\*\atnauthor " + _cp1251(SHE) + r"}\chatn{\*\annotation ok}"),
    "revisions.rtf": _rtf(r"{\*\revtbl {Unknown;}{" + _cp1251(SHE) + r";}}"),
    "userprops.rtf": _rtf(r"{\*\userprops {\propname W}\proptype30{\staticval " + _cp1251(SHE) + r"}}"),
    "link.rtf": _rtf(r"{\field{\*\fldinst HYPERLINK mailto:gseitqazieva@mail.kz}{\fldrslt write}}"),
}


def test_names_outside_the_paragraphs_are_found(make_vault: VaultFactory, tmp_path: Path) -> None:
    vault = make_vault(tmp_path / "v")
    case = add_case(vault, "Дело 13")
    other = add_case(vault, "Дело 14")
    link_person_to_case(vault, other, add_person(vault, NAME, pseudonym="Свидетельница К", protected=True), "witness")
    folder = tmp_path / "in"
    folder.mkdir()
    for name, data in {**HIDING, "letter.docx": docx(["Обычное письмо"], title="Письмо", comment="Спасибо")}.items():
        (folder / name).write_bytes(data)
    report = import_paths(vault, [folder], case_id=case)
    assert not report.rejected, report.rejected
    ids = {Path(i.path).name: i.id for i in report.imported}

    # Each file's body was read whole, so it travels as that text (ADR 028): the body only, never
    # what was read aside (authors, properties, headers in styles.xml…), where her name is.
    # A file with no body text (only a picture with her name as alt text) stays home, saying why.
    review = review_export(vault, case, "partner")
    assert {w.item_id: w.reason_key for w in review.withheld} == {ids["alt.docx"]: rs.CONTAINS_HIDDEN_NAME}
    derived = {d.item_id: d.kind for d in review.derived}
    assert derived == {i: rs.DOCUMENT_TEXT for n, i in ids.items() if n != "alt.docx"}
    red = redactor_for(vault, case, "partner")
    for name in HIDING:
        item = get_item(vault, ids[name])
        assert names_hidden(vault, red, item), name  # found, so a person is told if asked to clear it
        shown = document_text(vault, red, item)
        assert leaks(shown) == [] and "Свидетельница" not in shown, (name, shown)
        assert shown.strip() or name == "alt.docx", name
    assert document_text(vault, red, get_item(vault, ids["letter.docx"])) == "Обычное письмо\n\nСпасибо"
    found = {hit.id for hit in search(vault.conn, "Сейтказиева")}
    assert {ids[n] for n in HIDING if n not in ("mailto.docx", "link.rtf")} <= found


def test_a_plain_letter_reads_as_before() -> None:
    letter = docx(["Письмо от друга", "Второй абзац"], title="Заголовок", author="Автор", comment="Спасибо")
    assert office_text(io.BytesIO(letter), mime=DOCX).text == "Письмо от друга\nВторой абзац\n\nСпасибо"
    styled = _docx(
        '<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:lang w:val="ru-RU"/></w:pPr><w:r><w:t>Текст</w:t></w:r></w:p>',
        parts={
            "word/styles.xml": f'<w:styles xmlns:w="{W_NS}"><w:style w:styleId="Heading1"><w:name w:val="heading 1"/>'
            "</w:style></w:styles>"
        },
    )
    assert office_text(io.BytesIO(styled), mime=DOCX).text == "Текст"
    picture = _rtf(r"{\pict\pngblip 89504e470d0a1a0a0000000d4948445200000001}{\*\themedata 504b0304140006000800}")
    assert office_text(io.BytesIO(picture), mime=RTF).text == "Обычное письмо"
