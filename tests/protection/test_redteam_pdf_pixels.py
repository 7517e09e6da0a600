"""Red team, whole jobs: a PDF travels below `internal` as page images when PDFium's reading of it
names nobody hidden. Five real-material ways put her name in the pixels while the reading missed
it, and each went to the partner as a page image (seen in the bundle's PNGs):
(1) a stamp annotation whose appearance stream shows her name (no /Contents);
(2) a form field whose appearance shows her name while its value /V says "ok";
(3) her surname hyphenated across a line break, which PDFium reads "Сейт\\ufffeказиева";
(4) marked content whose /ActualText ("x") replaces the drawn name in the text;
(5) her name drawn as shapes (text converted to outlines or pixels), and a signature drawn as
    curves: no text at all;
(6) her name, or a photo, painted through a tiling pattern, and glyphs of a Type 3 font (each a
    little drawing, a bitmap in scans compressed into glyph fonts): neither text nor picture.
Now the page is flattened before it is read and rendered (the appearances are checked as
drawn), U+FFFE joins a word like a soft hyphen, ActualText makes the page "not read completely",
many curves or small filled shapes, a tiling pattern or a Type 3 font make it "holds pictures".
A ruled table still travels."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pikepdf
import pytest

from tests.support import doc_pages as dp
from tests.support.bundles import befriend, decrypt_tar, tar_members
from tests.support.documents import FONTS, reportlab_pdf
from tests.support.travel_files import jpeg_with_gps
from tests.support.vaults import VaultFactory
from vault.bundle import export_bundle
from vault.cases import add_case
from vault.exports import reasons as rs
from vault.exports.review import review_export
from vault.intake import import_paths
from vault.names import HiddenName, NameMatcher
from vault.people import add_person, link_person_to_case


def _canvas(draw: Callable[..., None]) -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("DejaVuSans", str(FONTS / "DejaVuSans.ttf")))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=True)
    c.setFont("DejaVuSans", 12)
    c.drawString(72, 760, "Протокол заседания суда, Алматы")
    draw(c)
    c.showPage()
    c.save()
    return buf.getvalue()


def _appearance(subtype: str) -> bytes:
    """The clean record with one annotation covering page 1, drawn from a stream naming her."""
    shown = reportlab_pdf([dp.WITNESS])
    with pikepdf.open(io.BytesIO(dp.clean_pdf())) as pdf:
        with pikepdf.open(io.BytesIO(shown)) as src:
            look = pdf.copy_foreign(src.pages[0].as_form_xobject())
        page = pdf.pages[0]
        annot = pikepdf.Dictionary(
            Type=pikepdf.Name.Annot,
            Subtype=pikepdf.Name(subtype),
            Rect=[0, 0, 612, 792],
            AP=pikepdf.Dictionary(N=look),
            F=4,
        )
        if subtype == "/Widget":
            annot.FT, annot.T, annot.V, annot.P = pikepdf.Name.Tx, pikepdf.String("f1"), pikepdf.String("ok"), page.obj
        annot = pdf.make_indirect(annot)
        page.Annots = pdf.make_indirect(pikepdf.Array([annot]))
        if subtype == "/Widget":
            pdf.Root.AcroForm = pikepdf.Dictionary(Fields=pikepdf.Array([annot]))
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()


def _hyphenated() -> bytes:
    def draw(c: Any) -> None:
        c.drawString(72, 720, "Показания дала свидетельница Сейт-")
        c.drawString(72, 705, "казиева в суде.")

    return _canvas(draw)


def _actual_text() -> bytes:
    with pikepdf.open(io.BytesIO(reportlab_pdf([dp.WITNESS]))) as pdf:
        page = pdf.pages[0]
        page.Contents = pdf.make_stream(b"/Span <</ActualText (x)>> BDC\n" + page.Contents.read_bytes() + b"\nEMC")
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()


def _drawn_name() -> bytes:
    """Her name as filled squares, one per pixel of the name set in DejaVu: no text, no image."""
    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.truetype(str(FONTS / "DejaVuSans.ttf"), 20)
    glyphs = Image.new("1", (300, 28), 0)
    ImageDraw.Draw(glyphs).text((2, 2), "Сейтқазиева", font=font, fill=1)
    px = glyphs.load()

    def draw(c: Any) -> None:
        for y in range(glyphs.height):
            for x in range(glyphs.width):
                if px[x, y]:  # type: ignore[index]
                    c.rect(72 + x * 0.8, 700 - y * 0.8, 0.8, 0.8, stroke=0, fill=1)

    return _canvas(draw)


def _drawn_signature() -> bytes:
    def draw(c: Any) -> None:
        path = c.beginPath()
        path.moveTo(72, 650)
        for n in range(60):
            x = 72 + n * 3
            path.curveTo(x + 1, 660 + n % 7, x + 2, 640 - n % 5, x + 3, 650)
        c.drawPath(path, stroke=1, fill=0)

    return _canvas(draw)


def _patterned(kind: str) -> bytes:
    """The clean record with a shape on page 1 filled by a tiling pattern that paints her name
    ("text") or a photo ("image")."""
    with pikepdf.open(io.BytesIO(dp.clean_pdf())) as pdf:
        if kind == "text":
            with pikepdf.open(io.BytesIO(reportlab_pdf([dp.WITNESS]))) as src:
                cell = pdf.make_stream(src.pages[0].Contents.read_bytes())
                cell.Resources = pikepdf.Dictionary(Font=pdf.copy_foreign(src.pages[0].Resources.Font))
        else:
            photo = pikepdf.Stream(pdf, jpeg_with_gps())
            photo.Type, photo.Subtype, photo.Width, photo.Height = pikepdf.Name.XObject, pikepdf.Name.Image, 48, 32
            photo.BitsPerComponent, photo.ColorSpace, photo.Filter = 8, pikepdf.Name.DeviceRGB, pikepdf.Name.DCTDecode
            cell = pdf.make_stream(b"q 612 0 0 792 0 0 cm /Im0 Do Q")
            cell.Resources = pikepdf.Dictionary(XObject=pikepdf.Dictionary(Im0=photo))
        cell.Type, cell.PatternType, cell.PaintType, cell.TilingType = pikepdf.Name.Pattern, 1, 1, 1
        cell.BBox, cell.XStep, cell.YStep = [0, 0, 612, 792], 612, 792
        page = pdf.pages[0]
        page.Resources.Pattern = pikepdf.Dictionary(P0=cell)
        page.Contents = pdf.make_stream(page.Contents.read_bytes() + b"\nq /Pattern cs /P0 scn 0 0 612 792 re f Q")
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()


def _type3() -> bytes:
    """A line set in a Type 3 font: each glyph is drawn by its own little content stream (here a
    box; in a scan compressed into glyphs, a bitmap of the letter), whatever its text says."""
    with pikepdf.open(io.BytesIO(dp.clean_pdf())) as pdf:
        glyph = pdf.make_stream(b"10 0 0 0 10 10 d1 0 0 10 10 re f")
        font = pikepdf.Dictionary(
            Type=pikepdf.Name.Font,
            Subtype=pikepdf.Name.Type3,
            FontBBox=[0, 0, 10, 10],
            FontMatrix=[0.1, 0, 0, 0.1, 0, 0],
            CharProcs=pikepdf.Dictionary(a=glyph),
            Encoding=pikepdf.Dictionary(Type=pikepdf.Name.Encoding, Differences=[97, pikepdf.Name.a]),
            FirstChar=97,
            LastChar=97,
            Widths=[10],
        )
        page = pdf.pages[0]
        page.Resources.Font.T3 = pdf.make_indirect(font)
        page.Contents = pdf.make_stream(page.Contents.read_bytes() + b"\nBT /T3 12 Tf 72 600 Td (aaaa) Tj ET")
        out = io.BytesIO()
        pdf.save(out)
    return out.getvalue()


def _table() -> bytes:
    """A clean record with a ruled table, underlines and a rounded box: travels as pages."""

    def draw(c: Any) -> None:
        for row in range(25):
            c.line(72, 700 - row * 16, 540, 700 - row * 16)
            c.rect(72, 700 - row * 16, 468, 0.6, stroke=0, fill=1)
            c.drawString(76, 704 - row * 16, f"{row + 1}. Задержан у акимата")
        for col in (72, 120, 400, 540):
            c.line(col, 700, col, 316)
        c.roundRect(72, 250, 200, 40, 6)

    return _canvas(draw)


LEAKS: dict[str, tuple[Callable[[], bytes], str]] = {
    "stamp.pdf": (lambda: _appearance("/Stamp"), rs.CONTAINS_HIDDEN_NAME),
    "form.pdf": (lambda: _appearance("/Widget"), rs.CONTAINS_HIDDEN_NAME),
    "hyphen.pdf": (_hyphenated, rs.CONTAINS_HIDDEN_NAME),
    "actual.pdf": (_actual_text, rs.NOT_READ_COMPLETELY),
    "drawn.pdf": (_drawn_name, rs.HOLDS_PICTURES),
    "signature.pdf": (_drawn_signature, rs.HOLDS_PICTURES),
    "pattern-name.pdf": (lambda: _patterned("text"), rs.HOLDS_PICTURES),
    "pattern-photo.pdf": (lambda: _patterned("image"), rs.HOLDS_PICTURES),
    "type3.pdf": (_type3, rs.HOLDS_PICTURES),
}


@pytest.fixture(scope="module")
def files() -> dict[str, bytes]:
    out = {name: make() for name, (make, _) in LEAKS.items()}
    out["table.pdf"] = _table()
    return out


def test_names_in_pixels_do_not_reach_the_partner(
    make_vault: VaultFactory, tmp_path: Path, files: dict[str, bytes]
) -> None:
    vault = make_vault(tmp_path / "sender", owner="Sender NGO")
    case = add_case(vault, "Дело 7")
    other = add_case(vault, "Дело 8")  # protected vault-wide, linked to another case
    witness = add_person(vault, dp.WITNESS, pseudonym=dp.PSEUDONYM, protected=True, role="witness")
    link_person_to_case(vault, other, witness, "witness")
    folder = tmp_path / "in"
    folder.mkdir()
    for name, data in files.items():
        (folder / name).write_bytes(data)
    report = import_paths(vault, [folder], case_id=case)
    assert not report.rejected
    ids = {Path(i.path).name: i.id for i in report.imported}

    review = review_export(vault, case, "partner").to_json()
    withheld = {w["item"]: w["reason_key"] for w in review["withheld"]}
    for name, (_, reason) in LEAKS.items():
        assert withheld.get(ids[name]) == reason, name
    assert {"item": ids["table.pdf"], "kind": rs.DOCUMENT_PAGES} in review["derived"]

    receiver = make_vault(tmp_path / "receiver")
    out = tmp_path / "b.age"
    export_bundle(vault, case, [befriend(vault, receiver)], out, profile="partner")
    members = tar_members(decrypt_tar(receiver, out))
    docs = [i for i in json.loads(members["manifest.json"])["items"] if i["kind"] == "document"]
    sent = [d for d in docs if d["content"] != "withheld"]
    assert len(docs) == len(files) and len(sent) == 1  # the table, as page images
    assert sent[0]["file"].endswith("page-001.png") and sent[0]["file"] in members
    assert sum(name.endswith(".png") for name in members) == 1


def test_a_line_end_hyphen_as_pdfium_reads_it_joins_the_word() -> None:
    m = NameMatcher([HiddenName("p1", (dp.WITNESS,), dp.PSEUDONYM)], similar=True)
    for text in ("свидетельница Сейт\ufffeказиева в суде", "Сейт\ufffe\nказиевой", "Гуль\ufffeнаре"):
        assert m.replace(text)[0].count(dp.PSEUDONYM) == 1, text
    assert m.replace("Сейт\ufffeказиева")[0] == dp.PSEUDONYM
