"""Page furniture: A4 frames, running header (case title and profile), page numbers, outline
(bookmarks) and table-of-contents entries with working links."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from .fonts import SANS
from .labels import Labels

MARGIN = 20 * mm
HEADER_Y = A4[1] - 12 * mm
FOOTER_Y = 10 * mm


class Heading(Paragraph):
    """A paragraph that is also a bookmark (outline level `level`) and, when `toc`, a TOC entry."""

    def __init__(self, text: str, style: Any, *, level: int, key: str, outline: str, toc: bool = True) -> None:
        super().__init__(text, style)
        self.outline_level = level
        self.outline_key = key
        self.outline_title = outline
        self.in_toc = toc


class Anchor(Flowable):
    """An invisible bookmark, for outline entries that have no heading of their own."""

    def __init__(self, key: str, title: str, level: int) -> None:
        super().__init__()
        self.outline_key, self.outline_title, self.outline_level = key, title, level
        self.in_toc = False
        self.width = self.height = 0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        pass


class PageCount(Flowable):
    """Indexing flowable: keeps multiBuild going until the total page count is stable, so the
    footer can say 'page n of N'."""

    def __init__(self, doc: DossierTemplate) -> None:
        super().__init__()
        self.doc = doc
        self._previous = -1
        self.width = self.height = 0

    def isIndexing(self) -> int:  # noqa: N802
        return 1

    def isSatisfied(self) -> bool:  # noqa: N802
        return self._previous == self.doc.total_pages

    def beforeBuild(self) -> None:  # noqa: N802
        self._previous = self.doc.total_pages

    def afterBuild(self) -> None:  # noqa: N802
        self.doc.total_pages = self.doc.page

    def notify(self, kind: str, stuff: Any) -> None:
        pass

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        pass


def _fit(text: str, font: str, size: float, width: float) -> str:
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + " …", font, size) > width:
        text = text[:-1]
    return text.rstrip() + " …"


class DossierTemplate(BaseDocTemplate):
    def __init__(self, target: Any, *, title: str, profile_label: str, labels: Labels, **kw: Any) -> None:
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            title=title,
            author="",
            subject="",
            creator="",
            producer="",
            keywords=[],
            invariant=1,
            **kw,
        )
        self.running_title = title
        self.profile_label = profile_label
        self.labels = labels
        self.total_pages = 0
        self.on_page: Callable[[int], None] | None = None
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body")
        self.addPageTemplates(
            [
                PageTemplate(id="cover", frames=[frame], onPage=self._cover_page),
                PageTemplate(id="body", frames=[frame], onPage=self._body_page),
            ]
        )

    def _footer(self, canv: Canvas) -> None:
        total = max(self.total_pages, self.page)
        canv.setFont(SANS, 8)
        canv.setFillColor(colors.HexColor("#555555"))
        canv.drawCentredString(A4[0] / 2, FOOTER_Y, self.labels("page", n=self.page, total=total))

    def _cover_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        canv.saveState()
        self._footer(canv)
        canv.restoreState()

    def _body_page(self, canv: Canvas, doc: BaseDocTemplate) -> None:
        canv.saveState()
        canv.setFont(SANS, 8)
        canv.setFillColor(colors.HexColor("#555555"))
        right = f"{self.labels('profile')}: {self.profile_label}"
        right_w = stringWidth(right, SANS, 8)
        canv.drawRightString(A4[0] - MARGIN, HEADER_Y, right)
        title_w = A4[0] - 2 * MARGIN - right_w - 8 * mm
        canv.drawString(MARGIN, HEADER_Y, _fit(self.running_title, SANS, 8, title_w))
        canv.setStrokeColor(colors.HexColor("#BBBBBB"))
        canv.setLineWidth(0.5)
        canv.line(MARGIN, HEADER_Y - 2.5 * mm, A4[0] - MARGIN, HEADER_Y - 2.5 * mm)
        self._footer(canv)
        canv.restoreState()
        if self.on_page is not None:
            self.on_page(self.page)

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802
        key = getattr(flowable, "outline_key", None)
        if key is None:
            return
        level = int(getattr(flowable, "outline_level", 0))
        title = str(getattr(flowable, "outline_title", ""))
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(title, key, level=level, closed=level >= 1)
        if getattr(flowable, "in_toc", False):
            self.notify("TOCEntry", (level, _escape(title), self.page, key))


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
