"""JavaScript actions reachable from a PDF's structure, read with pikepdf (qpdf) in the sandbox.

PDFium counts only the document's JavaScript names tree; an open action, the additional actions
of the catalog or a page, or an annotation's action can run JavaScript too. Compressed object
streams hide these from the raw byte scan (vault.intake.text.scan_javascript)."""

from __future__ import annotations

import io
from typing import Any

MAX_PAGES = 2000  # pages whose annotations are looked at: the walk stays cheap
MAX_ANNOTS = 256  # per page


def structured_javascript(data: bytes) -> bool:
    try:
        import pikepdf

        with pikepdf.open(io.BytesIO(data), password="") as pdf:
            root = pdf.Root
            names = root.get("/Names")
            if isinstance(names, pikepdf.Dictionary) and "/JavaScript" in names:
                return True
            if "/OpenAction" in root and _is_js_action(root.OpenAction):
                return True
            if "/AA" in root and _aa_has_js(root.AA):
                return True
            for index, page in enumerate(pdf.pages):
                if index >= MAX_PAGES:
                    break
                obj = page.obj
                if "/AA" in obj and _aa_has_js(obj.AA):
                    return True
                annots = obj.get("/Annots")
                if isinstance(annots, pikepdf.Array):
                    for annot in list(annots)[:MAX_ANNOTS]:
                        if isinstance(annot, pikepdf.Dictionary) and "/A" in annot and _is_js_action(annot.A):
                            return True
    except Exception:  # noqa: BLE001 - a damaged file: the raw scan still stands
        return False
    return False


def _is_js_action(obj: Any, depth: int = 0) -> bool:
    """An action dictionary (or a chain of them through /Next) of subtype JavaScript."""
    import pikepdf

    if depth > 8:
        return False
    if isinstance(obj, pikepdf.Array):
        return any(_is_js_action(v, depth + 1) for v in list(obj)[:32])
    if not isinstance(obj, pikepdf.Dictionary):
        return False
    if obj.get("/S") == pikepdf.Name.JavaScript or "/JS" in obj:
        return True
    return "/Next" in obj and _is_js_action(obj.Next, depth + 1)


def _aa_has_js(aa: Any) -> bool:
    """An additional-actions dictionary: trigger name → action."""
    import pikepdf

    return isinstance(aa, pikepdf.Dictionary) and any(_is_js_action(aa[k]) for k in list(aa.keys())[:32])
