"""A PDF's text layer, page count, encryption and document metadata through PDFium (pypdfium2).

Runs inside the limited child process (vault.intake.sandbox), never in the app: PDFium is C++
and a hostile file may crash or hang it. Every page is read, bounded by a time budget and by
MAX_TEXT_CHARS rather than a page count; what could not be read becomes a warning. Encryption is
PDFium's own security handler, so a PDF is called password-protected only when it has one and
PDFium cannot open it with the empty user password (which readers use without asking).
"""

from __future__ import annotations

import re
import time
from datetime import UTC, datetime, timedelta, timezone
from typing import Any, BinaryIO

from .text import MAX_TEXT_CHARS, TextResult, clean_text

TEXT_BUDGET_S = 14.0  # of the sandbox's 20 s: leave time to answer before the parent's deadline
MAX_META_CHARS = 2000  # of one metadata value
# PDF Info keys kept on the item, under the names search indexes (vault/search.py).
META_KEYS = {
    "Author": "author",
    "Creator": "creator",
    "Producer": "producer",
    "Title": "title",
    "Subject": "subject",
    "Keywords": "keywords",
}
_DATE = re.compile(r"^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?([Zz+\-])?(\d{2})?'?(\d{2})?")
PROTECTED = "text could not be extracted: the PDF is password-protected"


def open_pdf(data: bytes) -> tuple[Any, bool]:
    """(document, encrypted). Raises PdfiumError, with FPDF_ERR_PASSWORD for a real password.
    A file PDFium cannot load for its structure (a broken xref or trailer) gets one more try
    after qpdf (pikepdf) has rebuilt it in memory, as poppler and pdf.js repair such files."""
    import pypdfium2 as pdfium
    import pypdfium2.raw as raw

    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if needs_password(error):
            raise
        repaired = _rebuilt(data)
        if repaired is None:
            raise
        doc = pdfium.PdfDocument(repaired)
    return doc, bool(raw.FPDF_GetSecurityHandlerRevision(doc) != -1)


def _rebuilt(data: bytes) -> bytes | None:
    import io

    try:
        import pikepdf

        out = io.BytesIO()
        with pikepdf.open(io.BytesIO(data)) as pdf:  # no password: an encrypted file stays unread
            pdf.save(out)
        return out.getvalue()
    except Exception:  # noqa: BLE001 - beyond repair: the caller reports it
        return None


def needs_password(error: Exception) -> bool:
    import pypdfium2.raw as raw

    return bool(getattr(error, "err_code", None) == raw.FPDF_ERR_PASSWORD)


def pdf_text(src: BinaryIO, *, raw_javascript: bool = False) -> TextResult:
    """Text of every page (within TEXT_BUDGET_S and MAX_TEXT_CHARS), page count, metadata."""
    result = TextResult(metadata={"has_javascript": raw_javascript})
    data = src.read()
    try:
        doc, encrypted = open_pdf(data)
    except Exception as error:  # noqa: BLE001 - any parser failure on a hostile or damaged file
        if needs_password(error):
            result.metadata["encrypted"] = True
            result.warning = PROTECTED
        else:
            result.warning = "text could not be extracted"
        return result
    try:
        if encrypted:
            result.metadata["encrypted"] = True
        pages = len(doc)
        result.metadata["pages"] = pages
        result.metadata.update(pdf_metadata(doc))
        if not raw_javascript:
            result.metadata["has_javascript"] = has_javascript(doc, data)
        result.text, read, failed = pages_text(doc, pages)
        if read < pages or len(result.text) >= MAX_TEXT_CHARS:
            result.metadata["text_truncated"] = True
        if failed:
            result.warning = f"text could not be extracted from {failed} page(s)"
        elif read < pages and len(result.text) < MAX_TEXT_CHARS:
            result.warning = f"text read from {read} of {pages} pages: the rest took too long"
    except Exception:  # noqa: BLE001
        result.warning = "text could not be extracted"
    finally:
        doc.close()
    return result


def pages_text(doc: Any, pages: int, budget_s: float = TEXT_BUDGET_S) -> tuple[str, int, int]:
    """(text, pages read, pages failed), stopping at the time budget or MAX_TEXT_CHARS."""
    parts: list[str] = []
    total = failed = read = 0
    deadline = time.monotonic() + budget_s
    for index in range(pages):
        if time.monotonic() > deadline or total >= MAX_TEXT_CHARS:
            break
        read += 1
        try:
            text = page_text(doc, index)
        except Exception:  # noqa: BLE001 - one broken page costs that page
            failed += 1
            continue
        parts.append(text)
        total += len(text) + 1
    return clean_text("\n".join(parts)[:MAX_TEXT_CHARS]), read, failed


def page_text(doc: Any, index: int) -> str:
    page = doc[index]
    try:
        textpage = page.get_textpage()
        try:
            return str(textpage.get_text_range()).replace("\r\n", "\n").replace("\r", "\n")
        finally:
            textpage.close()
    finally:
        page.close()


def pdf_metadata(doc: Any) -> dict[str, str]:
    found: dict[str, str] = {}
    try:
        info = doc.get_metadata_dict(skip_empty=True)
    except Exception:  # noqa: BLE001
        return found
    for key, name in META_KEYS.items():
        value = clean_text(str(info.get(key, ""))).strip()
        if value:
            found[name] = value[:MAX_META_CHARS]
    for key, name in (("CreationDate", "created"), ("ModDate", "modified")):
        when = pdf_date(str(info.get(key, "")))
        if when:
            found[name] = when
    return found


def pdf_date(value: str) -> str | None:
    """A PDF date (D:YYYYMMDDHHmmSS+HH'mm') as ISO 8601, or None when it is not one."""
    m = _DATE.match(value.strip())
    if not m:
        return None
    year, month, day, hour, minute, second, sign, tzh, tzm = m.groups()
    try:
        tz = None
        if sign in ("Z", "z"):
            tz = UTC
        elif sign in ("+", "-") and tzh:
            offset = timedelta(hours=int(tzh), minutes=int(tzm or 0))
            tz = timezone(offset if sign == "+" else -offset)
        moment = datetime(
            int(year), int(month or 1), int(day or 1), int(hour or 0), int(minute or 0), int(second or 0), tzinfo=tz
        )
    except ValueError:
        return None
    return moment.isoformat()


def has_javascript(doc: Any, data: bytes) -> bool:
    """Document-level JavaScript (PDFium's names tree count), else JavaScript reachable from the
    open action or additional actions of the catalog, pages or annotations (pikepdf: the raw byte
    scan cannot see into object streams)."""
    import pypdfium2.raw as raw

    try:
        if raw.FPDFDoc_GetJavaScriptActionCount(doc) > 0:
            return True
    except Exception:  # noqa: BLE001
        pass
    from .pdf_actions import structured_javascript

    return structured_javascript(data)
