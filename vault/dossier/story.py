"""The dossier's flowables, from already-redacted content: cover, contents, people, chronology,
testimonies, exhibits and the integrity appendix."""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from .collect import AppendixEntry, DossierContent, Exhibit
from .fonts import SANS, SANS_BOLD, SANS_ITALIC, SERIF, SERIF_BOLD
from .jpeg import JpegImage
from .labels import Labels
from .pages import page_flowables
from .paragraphs import markup, paragraph
from .template import Anchor, Heading

PHOTO_BOX = (170 * mm, 95 * mm)
GREY = colors.HexColor("#555555")


def _styles() -> dict[str, ParagraphStyle]:
    base = ParagraphStyle("body", fontName=SANS, fontSize=9.5, leading=13.5, spaceAfter=4)
    return {
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=8, leading=10.5, textColor=GREY),
        "mono": ParagraphStyle("mono", base, fontSize=7.5, leading=9.5, wordWrap="CJK"),
        "caption": ParagraphStyle("caption", base, fontName=SANS_ITALIC, fontSize=8.5, leading=11),
        "h1": ParagraphStyle("h1", base, fontName=SERIF_BOLD, fontSize=17, leading=22, spaceBefore=4, spaceAfter=10),
        "h2": ParagraphStyle("h2", base, fontName=SERIF_BOLD, fontSize=12.5, leading=16, spaceBefore=10, spaceAfter=5),
        "h3": ParagraphStyle("h3", base, fontName=SANS_BOLD, fontSize=10, leading=13, spaceBefore=8, spaceAfter=3),
        "title": ParagraphStyle("title", base, fontName=SERIF_BOLD, fontSize=24, leading=30, alignment=TA_CENTER),
        "subtitle": ParagraphStyle(
            "subtitle", base, fontName=SERIF, fontSize=13, leading=18, alignment=TA_CENTER, textColor=GREY
        ),
        "toc0": ParagraphStyle("toc0", base, fontName=SANS_BOLD, fontSize=10.5, leading=15, leftIndent=0),
        "toc1": ParagraphStyle("toc1", base, fontSize=9, leading=12, leftIndent=8 * mm),
        "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=11, spaceAfter=0),
        "cellb": ParagraphStyle("cellb", base, fontName=SANS_BOLD, fontSize=8.5, leading=11, spaceAfter=0),
    }


_TABLE = TableStyle(
    [
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#BBBBBB")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#EEEEEE")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
)


class StoryBuilder:
    def __init__(self, content: DossierContent, labels: Labels, removals: dict[str, int]) -> None:
        self.c = content
        self.L = labels
        self.s = _styles()
        self.removals = removals
        self._keys = 0

    def _key(self) -> str:
        self._keys += 1
        return f"k{self._keys}"

    def h(self, text: str, level: int, toc: bool = True) -> Heading:
        style = self.s["h1" if level == 0 else "h2" if level == 1 else "h3"]
        text_markup = markup(text, style.fontName)  # a font per script run
        return Heading(text_markup, style, level=level, key=self._key(), outline=text, toc=toc and level <= 1)

    def p(self, text: str, style: str = "body") -> Flowable:
        return paragraph(text, self.s[style])

    def table(self, header: list[str], rows: list[list[str]], widths: list[float]) -> Table:
        data = [[paragraph(h, self.s["cellb"]) for h in header]]
        data += [[paragraph(v, self.s["cell"]) for v in r] for r in rows]
        t = Table(data, colWidths=widths, repeatRows=1)
        t.setStyle(_TABLE)
        return t

    # ----- sections --------------------------------------------------------------------------

    def build(self) -> list[Flowable]:
        story: list[Flowable] = []
        story += self.cover()
        story += self.contents()
        story += self.people()
        story += self.chronology()
        story += self.testimonies()
        story += self.exhibits()
        story += self.appendix()
        return story

    def cover(self) -> list[Flowable]:
        c, L = self.c, self.L
        head = c.head
        out: list[Flowable] = [NextPageTemplate("body"), Spacer(1, 35 * mm)]
        out.append(paragraph(L("dossier"), self.s["subtitle"]))
        out.append(Spacer(1, 6 * mm))
        out.append(paragraph(c.title, self.s["title"]))
        out.append(Spacer(1, 14 * mm))
        rows = [[L("date"), c.date], [L("profile"), L(f"profile_{c.profile}")]]
        if c.prepared_by:
            rows.insert(0, [L("prepared_by"), c.prepared_by])
        t = Table(
            [[paragraph(k, self.s["cellb"]), paragraph(v, self.s["cell"])] for k, v in rows],
            colWidths=[45 * mm, 110 * mm],
        )
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        out += [t, Spacer(1, 8 * mm)]
        if c.summary:
            out += [self.p(L("summary"), "h3"), self.p(c.summary)]
        out += [Spacer(1, 4 * mm), self.p(L(f"profile_{c.profile}_desc"), "small")]
        if head is not None:
            out.append(self.p(L("verify_short", seq=head.seq, fp=head.fingerprint), "small"))
            out += self.qr()
        out.append(PageBreak())
        return out

    def qr(self) -> list[Flowable]:
        from .qr import QrCode, head_text

        assert self.c.head is not None
        t = Table(
            [[QrCode(head_text(self.c.head)), self.p(self.L("qr_caption"), "small")]], colWidths=[46 * mm, 124 * mm]
        )
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (0, 0), 0)]))
        return [Spacer(1, 3 * mm), t]

    def contents(self) -> list[Flowable]:
        toc = TableOfContents(dotsMinLevel=0)
        toc.levelStyles = [self.s["toc0"], self.s["toc1"]]
        return [paragraph(self.L("contents"), self.s["h1"]), toc, PageBreak()]

    def people(self) -> list[Flowable]:
        out: list[Flowable] = [self.h(self.L("people"), 0)]
        if not self.c.people:
            return out + [self.p(self.L("none"))]
        rows = [[label, self.L.role(role)] for label, role in self.c.people]
        out.append(self.table([self.L("name"), self.L("role")], rows, [95 * mm, 75 * mm]))
        if self.c.profile != "internal":
            out += [Spacer(1, 3 * mm), self.p(self.L("protected_note"), "small")]
        return out

    def chronology(self) -> list[Flowable]:
        out: list[Flowable] = [CondPageBreak(60 * mm), self.h(self.L("chronology"), 0)]
        if not self.c.chronology:
            return out + [self.p(self.L("none"))]
        rows = []
        for date, kind, text, source in self.c.chronology:
            what = self.L(f"ev_{kind}") if kind in _EVENT_KINDS else self.L(f"kind_{kind}")
            src = self.L("from_exhibit", n=source) if source else self.L("from_timeline")
            rows.append([date, what, text, src])
        widths = [22 * mm, 30 * mm, 88 * mm, 30 * mm]
        out.append(self.table([self.L("date"), self.L("kind"), self.L("event"), self.L("source")], rows, widths))
        return out

    def testimonies(self) -> list[Flowable]:
        if not self.c.testimonies:
            return []
        out: list[Flowable] = [PageBreak(), self.h(self.L("testimonies"), 0)]
        for t in self.c.testimonies:
            out.append(CondPageBreak(40 * mm))
            out.append(self.h(f"{self.L('exhibit', n=t.number)}. {t.title}", 1))
            lang = self.L.language_name(t.language) if t.language else "—"
            revision = self.L("revision", rev=t.rev, total=t.total)
            out.append(self.p(f"{self.L('language')}: {lang}. {revision}", "small"))
            what = self.L("revision_hash" if self.c.profile == "internal" else "shown_sha")
            out.append(self.p(f"{what}: {t.rev_sha256}", "small"))
            for para in t.text.split("\n\n"):
                if para.strip():
                    out.append(self.p(para.strip()))
        return out

    def exhibits(self) -> list[Flowable]:
        groups = [
            ("photos", [e for e in self.c.exhibits if e.kind == "photo"]),
            ("documents", [e for e in self.c.exhibits if e.kind == "document"]),
            ("media", [e for e in self.c.exhibits if e.kind in ("audio", "video")]),
            ("other_items", [e for e in self.c.exhibits if e.kind not in ("photo", "document", "audio", "video")]),
        ]
        if not self.c.exhibits:
            return []
        out: list[Flowable] = [PageBreak(), self.h(self.L("exhibits"), 0)]
        for key, group in groups:
            if not group:
                continue
            out.append(CondPageBreak(50 * mm))
            head = [self.h(self.L(key), 1)]
            if key == "photos":
                head.append(self.p(self.L("photo_note"), "small"))
            shown = [(self._photo(ex), []) if ex.kind == "photo" else self._listed(ex) for ex in group]
            # The heading travels with its first exhibit: a full-page document image that does not
            # fit would otherwise leave "Documents" alone at the foot of a half-empty page. One
            # KeepTogether of the parts themselves: a KeepTogether inside another reports an
            # endless height, and the outer one then always started a new page.
            for n, (block, flowing) in enumerate(shown):
                out.append(KeepTogether([*head, *block] if n == 0 else block))
                out.extend(flowing)
        return out

    def _caption(self, ex: Exhibit) -> str:
        bits = [f"{self.L('exhibit', n=ex.number)}. {ex.title}"]
        if ex.taken:
            bits.append(f"{self.L('taken')}: {short_time(ex.taken)}")
        if ex.camera:
            bits.append(f"{self.L('camera')}: {ex.camera}")
        if ex.provenance:
            bits.append(ex.provenance)
        return " · ".join(bits)

    def _photo(self, ex: Exhibit) -> list[Flowable]:
        """The parts of a photo exhibit, to be kept together by the caller."""
        parts: list[Flowable] = [Anchor(self._key(), f"{self.L('exhibit', n=ex.number)}. {ex.title}", 2)]
        if ex.jpeg is not None:
            parts.append(JpegImage(ex.jpeg, PHOTO_BOX))
        else:
            parts.append(self.p(self.L("undecodable"), "small"))
        parts.append(Spacer(1, 1.5 * mm))
        parts.append(self.p(self._caption(ex), "caption"))
        if ex.notes:
            parts.append(self.p(ex.notes, "small"))
        parts.append(Spacer(1, 4 * mm))
        return parts

    def _listed(self, ex: Exhibit) -> tuple[list[Flowable], list[Flowable]]:
        """(the exhibit's heading block, for the caller to keep together; what flows after it:
        the paragraphs of a document shown as its redacted text)."""
        parts: list[Flowable] = [Anchor(self._key(), f"{self.L('exhibit', n=ex.number)}. {ex.title}", 2)]
        parts.append(self.p(self._caption(ex), "h3"))
        meta = f"{self.L('kind')}: {self.L('kind_' + ex.kind)}"
        if ex.mime:
            meta += f" ({ex.mime})"
        if ex.size is not None:
            meta += f" · {self.L('size')}: {_size(ex.size)}"
        parts.append(self.p(meta, "small"))
        if ex.notes:
            parts.append(self.p(ex.notes))
        if ex.text:
            parts.append(self.p(self.L("document_text_note"), "small"))
            paras = [self.p(para.strip()) for para in ex.text.split("\n\n") if para.strip()]
            return parts + paras[:1], [*paras[1:], Spacer(1, 4 * mm)]
        if ex.kind == "document":
            if ex.excerpt or not ex.page_images:  # page images replace the excerpt (vault/dossier/derived_pages.py)
                parts.append(self.p(f"{self.L('excerpt')}: {ex.excerpt}" if ex.excerpt else self.L("no_excerpt")))
            parts += page_flowables(ex, self.L, lambda text: self.p(text, "caption"))
        elif ex.kind in ("audio", "video"):
            parts.append(self.p(self.L("listed_only"), "small"))
        return parts, []

    def appendix(self) -> list[Flowable]:
        L, c = self.L, self.c
        out: list[Flowable] = [PageBreak(), self.h(L("appendix"), 0)]
        out.append(self.h(L("how_to_verify"), 1))
        out.append(self.p(L("verify_text")))
        out.append(self.h(L("chain_head"), 1))
        if c.head is not None:
            rows = [
                [L("seq"), str(c.head.seq)],
                [L("hash"), c.head.hash],
                [L("signature"), c.head.signature],
                [L("public_key"), c.head.public_key],
                [L("fingerprint"), c.head.fingerprint],
            ]
            t = Table(
                [[paragraph(k, self.s["cellb"]), paragraph(v, self.s["mono"])] for k, v in rows],
                colWidths=[40 * mm, 130 * mm],
            )
            t.setStyle(_TABLE)
            out += [t, *self.qr()]
            if c.signed:
                out.append(self.p(L("signed_note"), "small"))
        if c.attachment_names:
            out.append(self.p(L("attachments"), "h3"))
            out.append(self.p(L("attachments_text", files=", ".join(c.attachment_names)), "small"))
        if self.removals:
            out.append(self.p(L("removed"), "h3"))
            out += [self.p(f"• {L('rm_' + k)}: {n}", "small") for k, n in self.removals.items() if n]
        out.append(self.h(L("exhibits"), 1))
        if c.profile != "internal":
            out.append(self.p(L("commitment_note"), "small"))
        for e in c.appendix:
            heading = f"{L('exhibit', n=e.number)}. {e.title}" if e.title else L("exhibit", n=e.number)
            block: list[Flowable] = [self.p(heading, "h3")]
            name = e.original_name if e.original_name is not None else f"({L('withheld')})"
            intake = short_time(e.intake).removesuffix(" UTC")
            rows = [[L("kind"), L("kind_" + e.kind)]]
            if e.withheld:
                rows.append([L("status"), L("why_" + e.withheld, kind=L("kind_" + e.kind))])
            for key, value in (("sha256", e.sha256), ("shown_sha", e.shown_sha256), ("commitment", e.commitment)):
                if value:
                    rows.append([L(key), value])
            rows.append([L("intake_time"), intake])
            if e.kind != "testimony" and not e.withheld:
                rows.append([L("original_name"), name or "—"])
            rows += self._acquisition(e)
            t = Table(
                [[paragraph(k, self.s["cellb"]), paragraph(v, self.s["mono"])] for k, v in rows],
                colWidths=[40 * mm, 130 * mm],
            )
            t.setStyle(_TABLE)
            block.append(t)
            if e.events:
                block.append(Spacer(1, 1.5 * mm))
                ev_rows = [
                    [str(x.seq), short_time(x.time).removesuffix(" UTC"), x.action, x.actor, x.hash[:10] + "…"]
                    for x in e.events
                ]
                block.append(
                    self.table(
                        ["#", "UTC", L("event"), L("actor"), L("hash")],
                        ev_rows,
                        [13 * mm, 38 * mm, 25 * mm, 64 * mm, 30 * mm],
                    )
                )
            out.append(KeepTogether(block[:2]))
            out += block[2:]
        return out

    def _acquisition(self, e: AppendixEntry) -> list[list[str]]:
        a, L = e.acquisition, self.L
        if a is None:
            return []
        rows = [[L("acq_time"), short_time(a.time).removesuffix(" UTC")], [L("acq_by"), a.actor or "—"]]
        if a.device:
            rows.append([L("acq_device"), a.device])
        rows.append([L("acq_source"), L("src_" + a.source)])
        if a.sender:
            rows.append([L("acq_sender"), a.sender])
        relation = L("rel_" + a.relation)
        if e.number in self.c.attached:
            relation += ". " + L("rel_attached", name=self.c.attached[e.number])
        elif self.c.profile != "internal" and a.relation in ("testimony", "document"):
            relation += ". " + L("rel_redacted")
        rows.append([L("relation"), relation])
        return rows


_EVENT_KINDS = frozenset({"arrest", "hearing", "sentence", "transfer", "release", "complaint", "other"})


def short_time(value: str) -> str:
    """'2026-03-17T10:05:00.123456Z' or EXIF '2026:03:17 10:05:00' → '2026-03-17 10:05:00'."""
    v = value.strip()
    if len(v) >= 19 and v[4] in ":-" and v[7] in ":-" and v[10] in "T ":
        tail = " UTC" if v.endswith("Z") or "+00:00" in v else ""
        return f"{v[0:4]}-{v[5:7]}-{v[8:10]} {v[11:19]}{tail}"
    return v


def _size(n: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if n < 1024 or unit == "GB":
            return f"{n:.0f} {unit}" if unit == "B" else f"{n:.1f} {unit}"
        n = n / 1024  # type: ignore[assignment]
    return f"{n} B"


def story_for(content: DossierContent, labels: Labels, removals: dict[str, int]) -> tuple[list[Flowable], Any]:
    builder = StoryBuilder(content, labels, removals)
    return builder.build(), builder
