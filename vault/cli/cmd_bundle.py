"""keys, contact, bundle: this vault's public identity, partners' keys, and partner bundles."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from .. import keys
from ..errors import BundleRejected, UsageError
from ..vocab import PROFILES
from .context import Context


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    k = sub.add_parser("keys", parents=[common], help="this vault's public identity")
    ksub = k.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    p = ksub.add_parser("show", parents=[common], help="public recipient, signing key and fingerprint")
    p.set_defaults(handler=cmd_keys_show)
    p = ksub.add_parser(
        "export-identity",
        parents=[common],
        help="write the SECRET age identity to a file (0600) so stock `age -d -i FILE` can open bundles",
    )
    p.add_argument("--out", required=True, metavar="FILE")
    p.set_defaults(handler=cmd_keys_export_identity)

    c = sub.add_parser("contact", parents=[common], help="partner organisations' public keys")
    csub = c.add_subparsers(dest="contact_command", metavar="ACTION", required=True)
    p = csub.add_parser("add", parents=[common], help="store a partner's keys")
    p.add_argument("name")
    p.add_argument("recipient", help="the partner's age recipient (age1...)")
    p.add_argument("--signing-key", required=True, help="the partner's Ed25519 public key (base64 or hex)")
    p.set_defaults(handler=cmd_contact_add)
    p = csub.add_parser("list", parents=[common], help="contacts")
    p.add_argument("--all", action="store_true", help="include removed contacts")
    p.set_defaults(handler=cmd_contact_list)
    p = csub.add_parser("remove", parents=[common], help="remove a contact (kept in history)")
    p.add_argument("id")
    p.set_defaults(handler=cmd_contact_remove)

    b = sub.add_parser("bundle", parents=[common], help="encrypted, signed bundles for partner organisations")
    bsub = b.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)
    p = bsub.add_parser("export", parents=[common], help="export a case to contacts")
    p.add_argument("case")
    p.add_argument("--to", action="append", default=[], metavar="CONTACT", help="contact id (repeatable)")
    p.add_argument("--out", metavar="FILE", help="where to write the bundle (required unless --dry-run)")
    p.add_argument("--profile", choices=PROFILES, default="partner")
    p.add_argument("--dry-run", action="store_true", help="write nothing; say what the profile would do")
    p.add_argument("--include-self", action="store_true", help="also encrypt to this vault, so it can re-open the file")
    p.set_defaults(handler=cmd_bundle_export)
    p = bsub.add_parser("import", parents=[common], help="verify and merge a bundle addressed to this vault")
    p.add_argument("file")
    p.add_argument(
        "--accept-sender",
        action="store_true",
        help="accept a sender that is not a contact (after checking its fingerprint) and record it as one",
    )
    p.add_argument("--sender-name", default="", help="name for a sender accepted with --accept-sender")
    p.set_defaults(handler=cmd_bundle_import)


class _Bar:
    """At most a few updates a second on stderr, and only on a terminal."""

    def __init__(self) -> None:
        self._tty = sys.stderr.isatty()
        self._last = 0.0

    def __call__(self, p: Any) -> None:
        now = time.monotonic()
        if not self._tty or (now - self._last < 0.2 and p.done < p.total):
            return
        self._last = now
        sys.stderr.write(f"\r{p.stage}: {p.done:,}/{p.total:,}      ")
        sys.stderr.flush()

    def done(self) -> None:
        if self._tty:
            sys.stderr.write("\n")


def cmd_keys_show(ctx: Context) -> int:
    with ctx.open_vault() as v:
        doc = keys.public_identity(v).to_json()
    ctx.emit(
        doc,
        lambda d: f"recipient:   {d['recipient']}\nsigning key: {d['signing_key']}\nfingerprint: {d['fingerprint']}",
    )
    return 0


def cmd_keys_export_identity(ctx: Context) -> int:
    ctx.say(f"WARNING: {keys.IDENTITY_WARNING}")
    with ctx.open_vault() as v:
        out = keys.export_identity(v, Path(ctx.args.out))
    ctx.emit({"path": str(out)}, f"secret identity written to {out}")
    return 0


def cmd_contact_add(ctx: Context) -> int:
    a = ctx.args
    with ctx.open_vault() as v:
        contact_id = keys.add_contact(v, a.name, a.recipient, a.signing_key)
        fp = keys.get_contact(v, contact_id).fingerprint
    ctx.say(f"fingerprint {fp}: compare it with the partner by phone or in person")
    ctx.emit({"id": contact_id}, contact_id)
    return 0


def cmd_contact_list(ctx: Context) -> int:
    with ctx.open_vault() as v:
        rows = [c.to_json() for c in keys.list_contacts(v, include_removed=ctx.args.all)]
    ctx.emit(rows, lambda rs: "\n".join(f"{r['id']}  {r['fingerprint']}  {r['name']}" for r in rs))
    return 0


def cmd_contact_remove(ctx: Context) -> int:
    with ctx.open_vault() as v:
        keys.remove_contact(v, ctx.args.id)
    ctx.emit({"id": ctx.args.id, "removed": True}, f"removed {ctx.args.id}")
    return 0


def cmd_bundle_export(ctx: Context) -> int:
    from ..bundle import export_bundle
    from .cmd_clear import suspects_left

    a = ctx.args
    if a.dry_run:
        from ..exports.review import review_export
        from .cmd_clear import emit_review

        with ctx.open_vault() as v:
            return emit_review(ctx, review_export(v, a.case, a.profile))
    if not a.out:
        raise UsageError("name the bundle file with --out (or ask for --dry-run)")
    bar = _Bar()
    with ctx.open_vault() as v:
        result = export_bundle(
            v, a.case, a.to, Path(a.out), profile=a.profile, include_self=a.include_self, on_progress=bar
        )
        bar.done()
        doc = {**result.to_json(), "suspects": suspects_left(ctx, v, a.case, a.profile)}
    ctx.emit(
        doc,
        lambda d: (
            f"{d['path']}: {d['items']} files, {len(d['withheld'])} withheld, SHA-256 {d['sha256']}"
            f", export id {d['export_id']}"
        ),
    )
    return 0


def cmd_bundle_import(ctx: Context) -> int:
    from ..bundle import import_bundle

    a = ctx.args
    bar = _Bar()
    with ctx.open_vault() as v:
        try:
            result = import_bundle(
                v, Path(a.file), accept_sender=a.accept_sender, sender_name=a.sender_name, on_progress=bar
            )
        except BundleRejected as exc:
            bar.done()
            ctx.say(f"evidence-vault: bundle refused, nothing imported: {exc}")
            if ctx.json:
                ctx.emit({"imported": 0, "already_present": 0, "sender": None, "error": str(exc)})
            return 1
    bar.done()
    doc = result.to_json()
    ctx.emit(
        doc,
        lambda d: (
            f"{d['imported']} imported, {d['already_present']} already present (sender {d['sender']['fingerprint']})"
        ),
    )
    return 0
