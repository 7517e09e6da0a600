"""dossier: a case dossier PDF per export profile, optionally password-protected (AES-256)."""

from __future__ import annotations

import argparse
import locale
import os
import sys
from pathlib import Path

from ..errors import UsageError
from ..redaction import PROFILES
from ..vocab import LANGUAGES
from .cmd_clear import suspects_left
from .context import Context, read_secret_file

LANGUAGE_ENV = "EVIDENCE_VAULT_LANGUAGE"


def default_language() -> str:
    """From EVIDENCE_VAULT_LANGUAGE, else the system locale (ru/kk), else English."""
    for value in (os.environ.get(LANGUAGE_ENV, ""), os.environ.get("LANG", ""), locale.getlocale()[0] or ""):
        code = value.strip().lower()[:2]
        if code in LANGUAGES:
            return code
    return "en"


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("dossier", parents=[common], help="case dossier PDF (witness protection per profile)")
    p.add_argument("case", help="case id")
    p.add_argument("--out", metavar="FILE.pdf", help="where to write the PDF (required unless --dry-run)")
    p.add_argument("--dry-run", action="store_true", help="write nothing; say what the profile would do")
    p.add_argument("--profile", choices=PROFILES, default="internal", help="what the dossier may reveal")
    p.add_argument(
        "--password-file",
        metavar="F",
        help="encrypt (AES-256) with the password on the first line of F "
        "(an encrypted dossier is not PDF/A, which forbids encryption, and carries no attached originals)",
    )
    p.add_argument(
        "--sign",
        action="store_true",
        help="sign (PAdES) with this vault's key; the certificate names the vault fingerprint",
    )
    p.add_argument("--language", choices=LANGUAGES, default=None, help="language of the dossier's labels")
    p.add_argument("--prepared-by", default=None, help="shown on the cover (default: the vault's owner)")
    p.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    p.set_defaults(handler=cmd_dossier)


def cmd_dossier(ctx: Context) -> int:
    from ..dossier import build_dossier

    args = ctx.args
    if args.dry_run:
        from ..exports.review import review_export
        from .cmd_clear import emit_review

        with ctx.open_vault() as v:
            return emit_review(ctx, review_export(v, args.case, args.profile, args.language or default_language()))
    if not args.out:
        raise UsageError("name the PDF with --out (or ask for --dry-run)")
    password = read_secret_file(args.password_file) if args.password_file else None
    language = args.language or default_language()
    tty = sys.stderr.isatty() and not ctx.json

    def progress(done: int, total: int, stage: str) -> None:
        if tty:
            sys.stderr.write(f"\r{stage}: {done}/{total}        ")
            sys.stderr.flush()

    with ctx.open_vault() as v:
        prepared_by = args.prepared_by if args.prepared_by is not None else v.meta("owner")
        result = build_dossier(
            v,
            args.case,
            Path(args.out).expanduser(),
            profile=args.profile,
            language=language,
            password=password,
            prepared_by=prepared_by,
            on_progress=progress,
            overwrite=args.force,
            sign=args.sign,
        )
        if tty:
            sys.stderr.write("\n")
        suspects = suspects_left(ctx, v, args.case, args.profile, language)
    doc = {
        "path": str(result.path),
        "pages": result.pages,
        "sha256": result.sha256,
        "export_id": result.export_id,
        "withheld": result.withheld,
        "signed": result.signed,
        "pdfa": result.pdfa,
        "attachments": result.attachments,
        "suspects": suspects,
    }
    human = f"{result.path}: {result.pages} pages, sha256 {result.sha256}, export id {result.export_id}"
    human += ("\nsigned (PAdES)" if result.signed else "") + ("\nPDF/A-3u" if result.pdfa else "")
    if result.removed:
        human += "\nremoved: " + "; ".join(result.removed)
    ctx.emit(doc, human)
    return 0
