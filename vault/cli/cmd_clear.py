"""clear, unclear, commitment: a person's clearance of an original for a profile, and the salts
behind an export's commitments (for a court)."""

from __future__ import annotations

import argparse
from typing import Any

from ..exports.review import ExportReview
from ..store import Vault
from .context import Context


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    p = sub.add_parser("clear", parents=[common], help="let an item's ORIGINAL leave under a profile (logged)")
    p.add_argument("item")
    p.add_argument("--for", dest="profile", required=True, choices=("partner", "public"))
    p.add_argument("--reason", required=True, help="why this original is safe to send (kept in the custody log)")
    p.set_defaults(handler=cmd_clear)
    p = sub.add_parser("unclear", parents=[common], help="take back an item's clearance (logged)")
    p.add_argument("item")
    p.add_argument(
        "--for",
        dest="profile",
        default=None,
        choices=("partner", "public"),
        help="only this profile (default: every one)",
    )
    p.set_defaults(handler=cmd_unclear)
    c = sub.add_parser("commitment", parents=[common], help="commitments of partner/public exports")
    csub = c.add_subparsers(dest="commitment_command", metavar="ACTION", required=True)
    p = csub.add_parser("reveal", parents=[common], help="print the salt behind an export's commitment, for a court")
    p.add_argument("export_id", metavar="EXPORT_ID", help="the export id printed by `dossier` or `bundle export`")
    p.add_argument("item", metavar="ITEM", help="this vault's item id, or the id the export showed")
    p.add_argument("--rev", type=int, default=None, help="one revision of a testimony")
    p.set_defaults(handler=cmd_reveal)


def cmd_clear(ctx: Context) -> int:
    from ..exports.clearance import clear_item

    a = ctx.args
    with ctx.open_vault() as v:
        c = clear_item(v, a.item, a.profile, a.reason)
    ctx.emit({"id": c.item_id, "for": c.profile}, f"{c.item_id}: original cleared for {c.profile}")
    return 0


def cmd_unclear(ctx: Context) -> int:
    from ..exports.clearance import unclear_item

    a = ctx.args
    with ctx.open_vault() as v:
        held = unclear_item(v, a.item, a.profile)
    ctx.emit({"id": a.item, "for": held}, f"{a.item}: clearance taken back ({', '.join(held)})")
    return 0


def cmd_reveal(ctx: Context) -> int:
    from ..exports.commitments import reveal

    a = ctx.args
    with ctx.open_vault() as v:
        found = [r.to_json() for r in reveal(v, a.export_id, a.item, a.rev)]

    def human(rows: list[dict[str, Any]]) -> str:
        return "\n\n".join(
            f"item {r['item_id']} (shown as {r['exported_id']}), revision {r['rev']}\n"
            f"salt:            {r['salt']}\noriginal sha256: {r['original_sha256']}\n"
            f"shown sha256:    {r['shown_sha256'] or '(nothing travelled)'}\ncommitment:      {r['commitment']}\n"
            f"recompute:       {r['recompute']}"
            for r in rows
        )

    ctx.emit(found, human)
    return 0


def emit_review(ctx: Context, review: ExportReview) -> int:
    """The `--dry-run` answer of `dossier` and `bundle export`."""

    def human(doc: dict[str, Any]) -> str:
        lines = [f"dry run, profile {review.profile}: nothing written"]
        lines += [f"replaced {k}: {n}" for k, n in doc["replaced"].items()]
        lines += [f"withheld {w['item']}: {w['reason']}" for w in doc["withheld"]]
        lines += [f"derived  {d['item']}: {d['kind']}" for d in doc["derived"]]
        lines += [
            f"suspect  {s['item']} ({s['field']}): …{s['before']}[{s['text']}]{s['after']}…" for s in doc["suspects"]
        ]
        return "\n".join(lines)

    ctx.emit(review.to_json(), human)
    return 0


def suspects_left(ctx: Context, vault: Vault, case_id: str, profile: str, language: str | None = None) -> int:
    """After a real export below internal: how many words that may be names went out unreplaced.
    Said on stderr (the GUI shows them before every export; a script would not see them)."""
    if profile == "internal":
        return 0
    from ..exports.review import review_export

    review = review_export(vault, case_id, profile, language or "en")
    count = len(review.suspects)
    if count:
        ctx.say(
            f"warning: {count} word(s) that may be names were left in this {profile} export; "
            "see them with --dry-run; a name among them belongs in that person's aliases (person edit)"
        )
    return count
