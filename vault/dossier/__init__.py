"""Case dossier PDF: readable, verifiable, and safe for protected witnesses.

`build_dossier` gathers the case through the profile's Redactor (vault.redaction), lays it out
with ReportLab in memory (embedded DejaVu fonts, bookmarks, contents with links, page numbers),
rewrites the Info dictionary to an allow-list, makes it PDF/A-3u (or, with a password, encrypts
it with AES-256 R6 instead), attaches the hash list, custody JSON and (internal) the originals,
signs it (PAdES B-B) when asked, writes the file atomically and records an `export` custody event
with the file's SHA-256, profile and signature status. The chain head printed in the PDF (and in
its QR code) is the head before that event.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import UsageError
from ..redaction import check_profile, redactor_for
from ..store import Vault
from ..vocab import LANGUAGES
from .collect import DossierContent, Progress, collect
from .labels import Labels

log = logging.getLogger(__name__)

__all__ = ["DossierResult", "build_dossier", "default_file_name", "LANGUAGES", "Progress"]


@dataclass(frozen=True)
class DossierResult:
    path: Path
    pages: int
    sha256: str
    removed: list[str]
    export_id: str = ""  # names the export for `commitment reveal`
    withheld: dict[str, int] = field(default_factory=dict)  # reason key -> count
    signed: bool = False
    pdfa: bool = False
    attachments: list[str] = field(default_factory=list)


def default_file_name(case_id: str, profile: str) -> str:
    """A name for the save dialog that never carries a case title or a person's name."""
    return f"dossier-{case_id[:8]}-{check_profile(profile)}.pdf"


@dataclass(frozen=True)
class Rendered:
    pdf: bytes  # unencrypted, in memory
    pages: int
    content: DossierContent  # already redacted
    removals: list[str]
    removed: dict[str, int]  # category -> count


def render_pdf(
    vault: Vault,
    case_id: str,
    *,
    profile: str,
    language: str,
    prepared_by: str = "",
    on_progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
    export_id: str = "",
    pages: int = 1,
    prepare: Callable[[DossierContent], None] | None = None,
) -> Rendered:
    """The unencrypted PDF in memory, with what it holds and what the profile removed."""
    from reportlab import rl_config

    rl_config.useA85 = 0
    from .derived_pages import attach_derived_pages, attach_received_pages
    from .fonts import register_fonts
    from .pages import attach_page_images
    from .story import story_for
    from .template import DossierTemplate, PageCount

    register_fonts()
    from reportlab.platypus.tables import CellStyle

    from .fonts import SANS

    # PDF/A: ReportLab's canvas and table cells otherwise select an unembedded Helvetica.
    rl_config.canvas_basefontname = SANS
    CellStyle.fontname = SANS
    red = redactor_for(vault, case_id, profile, language)
    content = collect(
        vault,
        case_id,
        red,
        prepared_by=prepared_by,
        on_progress=on_progress,
        should_cancel=should_cancel,
        export_id=export_id,
    )
    attach_page_images(vault, content, pages, should_cancel)  # internal only: first `pages` pages of PDFs
    attach_derived_pages(vault, content, red, should_cancel)  # partner/public: checked PDFs as page images
    attach_received_pages(vault, content, pages, should_cancel)  # documents received as page images
    if prepare is not None:
        prepare(content)  # what the layout must say about attachments and the signature
    labels = Labels(language)
    buf = io.BytesIO()
    doc = DossierTemplate(buf, title=content.title, profile_label=labels(f"profile_{profile}"), labels=labels)
    story, _ = story_for(content, labels, red.removal_counts())
    story.insert(0, PageCount(doc))
    passes = [0]

    def page_done(page: int) -> None:
        if should_cancel is not None and should_cancel():
            from ..errors import Cancelled

            raise Cancelled("cancelled")
        if on_progress is not None:
            on_progress(page, max(doc.total_pages, page), f"layout-{passes[0]}")

    def pass_started(kind: str, value: int) -> None:
        if kind == "PASS":
            passes[0] = value

    doc.on_page = page_done
    doc.setProgressCallBack(pass_started)
    doc.multiBuild(story)
    return Rendered(buf.getvalue(), doc.total_pages, content, red.removals(), red.removal_counts())


def build_dossier(
    vault: Vault,
    case_id: str,
    out: Path,
    *,
    profile: str,
    language: str,
    password: str | None = None,
    prepared_by: str = "",
    on_progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
    overwrite: bool = False,
    pages: int = 1,
    sign: bool = False,
) -> DossierResult:
    """Build the dossier of `case_id` into `out`. `on_progress(done, total, stage)` is called
    from the calling thread; stages are "collect", "images", "layout-N" and "write". Under the
    internal profile each PDF exhibit shows its first `pages` pages as images (0: none)."""
    from . import attachments as att
    from .output import finish, write_dossier

    check_profile(profile)
    if language not in LANGUAGES:
        raise UsageError(f"language must be one of {', '.join(LANGUAGES)}")
    if out.exists() and not overwrite:
        raise UsageError(f"{out} already exists; refusing to overwrite")
    head = vault.custody.head()
    export_id = vault.env.new_id()
    plans: list[att.Plan] = []

    def prepare(content: DossierContent) -> None:
        p = att.plan(vault, content, with_originals=profile == "internal" and not password)
        plans.append(p)
        content.attachment_names = [name for name, _, _ in p.small] + [o.name for o in p.originals]
        for o in p.originals:
            content.attached[int(o.name.split("-")[1])] = o.name
        content.signed = sign

    r = render_pdf(
        vault,
        case_id,
        profile=profile,
        language=language,
        prepared_by=prepared_by,
        on_progress=on_progress,
        should_cancel=should_cancel,
        export_id=export_id,
        pages=pages,
        prepare=prepare,
    )
    if on_progress is not None:
        on_progress(0, 1, "write")
    plan = plans[0]
    title = r.content.title if profile == "internal" else ""  # metadata below internal: no title
    data = finish(r.pdf, title=title, created_utc=vault.env.now_iso(), password=password, plan=plan)
    item_ids = r.content.item_ids
    ident = None
    if sign:
        from .sign import sign_file, signing_identity

        ident = signing_identity(vault)
    total = sum(o.size for o in plan.originals)
    streamed = [0]

    def on_bytes(n: int) -> None:  # a large original can take minutes: cancel stays possible
        if should_cancel is not None and should_cancel():
            from ..errors import Cancelled

            raise Cancelled("cancelled")
        streamed[0] += n
        if on_progress is not None:
            on_progress(streamed[0], total, "attach")

    digest = write_dossier(
        out,
        data,
        overwrite=overwrite,
        append=(lambda fh: att.append_originals(vault, fh, plan.originals, on_bytes)) if plan.originals else None,
        sign=(lambda src, dst: sign_file(src, dst, ident, password=password)) if ident is not None else None,
    )
    details: dict[str, Any] = {
        "format": "dossier-pdf",
        "profile": profile,
        "language": language,
        "sha256": digest,
        "pages": r.pages,
        "encrypted": bool(password),
        "items": item_ids,
        "removed": r.removals,
        "removed_counts": r.removed,
        "withheld_reasons": r.content.withheld,
        "export_id": export_id,
        "commitments": r.content.commitments,
        "head": {"seq": head.seq, "hash": head.hash} if head else None,
        "pdfa": None if password else "3u",
        "signed": ident is not None,
        "attachments": r.content.attachment_names,
    }
    if ident is not None:  # binds the PAdES certificate to this vault's Ed25519-signed chain
        details["signature"] = {
            "format": "PAdES-B-B",
            "cert_sha256": ident.cert_sha256,
            "fingerprint": ident.fingerprint,
        }
    with vault.transaction():
        vault.record("export", case_id, details, also=tuple(item_ids))
    if on_progress is not None:
        on_progress(1, 1, "write")
    log.info("dossier of case %s written (%d pages, profile %s)", case_id, r.pages, profile)
    return DossierResult(
        out,
        r.pages,
        digest,
        r.removals,
        export_id,
        r.content.withheld,
        ident is not None,
        not password,
        r.content.attachment_names,
    )
