"""Page images of a PDF, rendered by PDFium in the limited child process on request.

`render_pages` is the core call (the dossier uses it for exhibits; the GUI or CLI may ask for
more pages). The child renders and answers PNG bytes as base64 inside JSON; the parent never
trusts them: it decodes them with Pillow under the bomb limits and re-encodes the pixels itself
(PNG or JPEG), so nothing of the original file's structure reaches an export.
"""

from __future__ import annotations

import base64
import io
from collections.abc import Sequence
from typing import Any, BinaryIO

from ..errors import DocumentUnreadable
from ..intake.sandbox import PdfSandbox

MAX_SIDE = 1600  # pixels of a page image's longer side
MAX_PAGES_PER_CALL = 4  # a call answers at most this many pages: ≤ 4 PNGs as base64 fit MAX_ANSWER_BYTES
FORMATS = ("PNG", "JPEG")


def render_pages(
    data: bytes,
    pages: Sequence[int] = (0,),
    *,
    max_side: int = MAX_SIDE,
    fmt: str = "PNG",
    sandbox: PdfSandbox | None = None,
) -> list[bytes]:
    """Images (PNG or JPEG bytes, re-encoded from pixels) of the given 0-based pages of a PDF, the
    first MAX_PAGES_PER_CALL of them (ask again for more); pages past the end are left out.
    Raises DocumentUnreadable when nothing could be rendered."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}")
    wanted = [p for p in dict.fromkeys(pages) if isinstance(p, int) and p >= 0][:MAX_PAGES_PER_CALL]
    max_side = max(64, min(int(max_side), 4000))
    box = sandbox or PdfSandbox()
    try:
        answer = box.call("render", {"pages": wanted, "max_side": max_side}, io.BytesIO(data), len(data))
    finally:
        if sandbox is None:
            box.close()
    if isinstance(answer, str):
        raise DocumentUnreadable(answer)
    if not (isinstance(answer, dict) and isinstance(answer.get("images"), list)):
        raise DocumentUnreadable(
            str(answer.get("error", "the pages could not be rendered"))
            if isinstance(answer, dict)
            else "the pages could not be rendered"
        )
    out = [_reencode(item, max_side, fmt) for item in answer["images"][:MAX_PAGES_PER_CALL]]
    images = [image for image in out if image is not None]
    if wanted and not images and answer.get("pages", 0) > min(wanted):
        raise DocumentUnreadable("the pages could not be rendered")
    return images


def _reencode(item: Any, max_side: int, fmt: str) -> bytes | None:
    from PIL import Image

    if not isinstance(item, str):
        return None
    try:
        with Image.open(io.BytesIO(base64.b64decode(item, validate=True)), formats=["PNG"]) as img:
            if max(img.size) > max_side + 1:
                return None
            pixels = img.convert("RGB")
    except (OSError, ValueError, Image.DecompressionBombError, Image.DecompressionBombWarning):
        return None
    buf = io.BytesIO()
    pixels.save(buf, fmt, **({"quality": 85} if fmt == "JPEG" else {"optimize": True}))
    return buf.getvalue()


# --- in the child (vault.intake.sandbox OPERATIONS["render"]) ------------------------------------


def flatten(doc: Any, index: int) -> None:
    """Draw page `index`'s annotations into its content (in memory), as the facts check read it
    (vault.documents.pdf_objects): the picture shows exactly the appearances whose text was
    checked. A page that cannot be flattened is rendered as it is; its facts were incomplete,
    so no check let it travel."""
    import pypdfium2.raw as raw

    page = doc[index]
    try:
        raw.FPDFPage_Flatten(page, raw.FLAT_NORMALDISPLAY)
    finally:
        page.close()


def render_in_child(src: BinaryIO, *, pages: list[int], max_side: int) -> dict[str, Any]:
    from ..intake.pdf import needs_password, open_pdf

    try:
        doc, _encrypted = open_pdf(src.read())
    except Exception as error:  # noqa: BLE001
        return {"error": "the PDF is password-protected" if needs_password(error) else "the PDF cannot be read"}
    images: list[str] = []
    try:
        count = len(doc)
        for index in pages:
            if index >= count:
                continue
            flatten(doc, index)
            page = doc[index]
            try:
                width, height = page.get_size()
                scale = min(max_side / max(width, height, 1.0), 4.0)
                pil = page.render(scale=scale).to_pil()
                buf = io.BytesIO()
                pil.convert("RGB").save(buf, "PNG")
                images.append(base64.b64encode(buf.getvalue()).decode("ascii"))
            finally:
                page.close()
    finally:
        doc.close()
    return {"pages": count, "images": images}
