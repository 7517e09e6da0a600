"""Everything a check for hidden names must see in a document, read in the limited child process.

A name can hide in more than the visible text: in an annotation, a form field, a bookmark, the
document's author, an attached file's name, or as pixels (an embedded image, which text search
cannot check: `has_images` says a person must look). `document_facts` gathers all of these for a
PDF (PDFium), DOCX, ODT or RTF; vault.redaction and the dossier's checks use it.
"""

from __future__ import annotations

import ctypes
import io
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from ..errors import DocumentUnreadable
from ..intake.office import MIMES as OFFICE_MIMES
from ..intake.sandbox import PdfSandbox

PDF = "application/pdf"
MAX_ITEMS = 5000  # annotations, fields, outline entries or attachments kept, each
MAX_STR = 4000  # characters of one annotation, field value or title


@dataclass
class DocumentFacts:
    pages: list[str] = field(default_factory=list)  # text of each page (one entry for office files)
    annotations: list[str] = field(default_factory=list)  # annotation contents, comments
    form_fields: list[str] = field(default_factory=list)  # "name: value"
    outline: list[str] = field(default_factory=list)  # bookmark titles
    metadata: dict[str, str] = field(default_factory=dict)  # author, title, …
    attachments: list[str] = field(default_factory=list)  # names of embedded files
    # Text of each page that had annotations, read again with their appearances drawn on it
    # (stamps, filled fields: what a page image shows; vault.documents.pdf_objects).
    appearances: list[str] = field(default_factory=list)
    has_images: bool = False
    complete: bool = True  # False when the child stopped early (time) or a part was unreadable

    def all_text(self) -> str:
        parts = [
            *self.pages,
            *self.annotations,
            *self.form_fields,
            *self.outline,
            *self.metadata.values(),
            *self.attachments,
            *self.appearances,
        ]
        return "\n".join(parts)


def document_facts(data: bytes, mime: str, *, sandbox: PdfSandbox | None = None) -> DocumentFacts:
    """Raises DocumentUnreadable when the document cannot be read at all."""
    if mime != PDF and mime not in OFFICE_MIMES:
        raise DocumentUnreadable(f"no facts can be read from {mime}")
    box = sandbox or PdfSandbox()
    try:
        answer = box.call("facts", {"mime": mime}, io.BytesIO(data), len(data))
    finally:
        if sandbox is None:
            box.close()
    if isinstance(answer, str):
        raise DocumentUnreadable(answer)
    if not isinstance(answer, dict) or "error" in answer:
        raise DocumentUnreadable(str(answer.get("error")) if isinstance(answer, dict) else "unreadable")
    return DocumentFacts(
        pages=_strings(answer.get("pages")),
        annotations=_strings(answer.get("annotations")),
        form_fields=_strings(answer.get("form_fields")),
        outline=_strings(answer.get("outline")),
        metadata={k: v for k, v in (answer.get("metadata") or {}).items() if isinstance(v, str)},
        attachments=_strings(answer.get("attachments")),
        appearances=_strings(answer.get("appearances")),
        has_images=bool(answer.get("has_images")),
        complete=bool(answer.get("complete", False)),
    )


def _strings(value: Any) -> list[str]:
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


# --- in the child (vault.intake.sandbox OPERATIONS["facts"]) -------------------------------------


def facts_in_child(src: BinaryIO, *, mime: str) -> dict[str, Any]:
    data = src.read()
    if mime != PDF:
        return _office_facts(data, mime)
    from ..intake.pdf import TEXT_BUDGET_S, needs_password, open_pdf, page_text, pdf_metadata
    from .pdf_structure import draws_unread

    try:
        doc, _encrypted = open_pdf(data)
    except Exception as error:  # noqa: BLE001
        return {"error": "the PDF is password-protected" if needs_password(error) else "the PDF cannot be read"}
    import time

    deadline = time.monotonic() + TEXT_BUDGET_S
    out: dict[str, Any] = {
        "pages": [],
        "annotations": [],
        "form_fields": [],
        "outline": [],
        "attachments": [],
        "appearances": [],
        "has_images": False,
        "complete": True,
        "metadata": pdf_metadata(doc),
    }
    unread = draws_unread(data)  # patterns, Type 3 glyphs: drawn where no check reads
    out["has_images"] = unread is True
    out["complete"] = unread is not None
    try:
        _pdf_outline(doc, out)
        _pdf_attachments(doc, out)
        for index in range(len(doc)):
            if time.monotonic() > deadline:
                out["complete"] = False
                break
            try:
                out["pages"].append(page_text(doc, index))
                _pdf_page_objects(doc, index, out)
            except Exception:  # noqa: BLE001 - a broken page: the facts are incomplete, say so
                out["pages"].append("")
                out["complete"] = False
    finally:
        doc.close()
    return out


def _pdf_outline(doc: Any, out: dict[str, Any]) -> None:
    try:
        for n, bookmark in enumerate(doc.get_toc(max_depth=32)):
            if n >= MAX_ITEMS:
                break
            title = bookmark.get_title() if hasattr(bookmark, "get_title") else getattr(bookmark, "title", "")
            if title:
                out["outline"].append(str(title)[:MAX_STR])
    except Exception:  # noqa: BLE001
        out["complete"] = False


def _pdf_attachments(doc: Any, out: dict[str, Any]) -> None:
    try:
        for index in range(min(doc.count_attachments(), MAX_ITEMS)):
            out["attachments"].append(str(doc.get_attachment(index).get_name())[:MAX_STR])
    except Exception:  # noqa: BLE001
        out["complete"] = False


def _pdf_page_objects(doc: Any, index: int, out: dict[str, Any]) -> None:
    """Annotation contents, form values (the widget's /V, /T); then the page flattened, its
    objects (pictures, drawings, replaced text: vault.documents.pdf_objects)."""
    import pypdfium2.raw as raw

    from .pdf_objects import inspect_page

    page = doc[index]
    try:
        for n in range(min(raw.FPDFPage_GetAnnotCount(page), MAX_ITEMS)):
            annot = raw.FPDFPage_GetAnnot(page, n)
            if not annot:
                continue
            try:
                contents = _annot_string(raw, annot, b"Contents")
                if contents and len(out["annotations"]) < MAX_ITEMS:
                    out["annotations"].append(contents)
                value = _annot_string(raw, annot, b"V")
                if value and len(out["form_fields"]) < MAX_ITEMS:
                    name = _annot_string(raw, annot, b"T")
                    out["form_fields"].append(f"{name}: {value}" if name else value)
            finally:
                raw.FPDFPage_CloseAnnot(annot)
    finally:
        page.close()
    inspect_page(doc, index, out)


def _annot_string(raw: Any, annot: Any, key: bytes) -> str:
    """A string entry of an annotation's dictionary (UTF-16LE from PDFium), at most MAX_STR."""
    if not raw.FPDFAnnot_HasKey(annot, key):
        return ""
    size = raw.FPDFAnnot_GetStringValue(annot, key, None, 0)
    if size <= 2:
        return ""
    size = min(size, 2 * MAX_STR + 2)
    buffer = ctypes.create_string_buffer(size)
    raw.FPDFAnnot_GetStringValue(annot, key, ctypes.cast(buffer, ctypes.POINTER(raw.FPDF_WCHAR)), size)
    return buffer.raw[: size - 2].decode("utf-16-le", "replace").rstrip("\x00")[:MAX_STR]


def _office_facts(data: bytes, mime: str) -> dict[str, Any]:
    from ..intake.office import office_text

    found = office_text(io.BytesIO(data), mime=mime)
    if found.warning and not found.text:
        return {"error": found.warning}
    meta = {k: v for k, v in found.metadata.items() if isinstance(v, str)}
    return {
        "pages": [found.text],
        "annotations": [],
        "form_fields": [],
        "outline": [],
        "attachments": [],
        "metadata": meta,
        "has_images": bool(found.metadata.get("embedded_images")),
        "complete": not found.metadata.get("text_truncated"),
    }
