"""chronology edit / remove: change or take out a case's chronology entry (ids from `case show`);
the desktop app's case overview does the same."""

from __future__ import annotations

import argparse

from .. import cases
from ..models import CASE_EVENT_KINDS
from .context import Context


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    chrono = sub.add_parser("chronology", parents=[common], help="edit or remove a case's chronology entries")
    csub = chrono.add_subparsers(dest="chronology_command", metavar="ACTION", required=True)
    p = csub.add_parser("edit", parents=[common], help="rewrite one entry (date, text, kind)")
    p.add_argument("event", metavar="EVENT")
    p.add_argument("date", help="YYYY-MM-DD")
    p.add_argument("text")
    p.add_argument("--kind", choices=CASE_EVENT_KINDS, default=None, help="keep the current kind unless given")
    p.set_defaults(handler=cmd_edit)
    p = csub.add_parser("remove", parents=[common], help="take one entry out of the chronology (logged)")
    p.add_argument("event", metavar="EVENT")
    p.set_defaults(handler=cmd_remove)


def cmd_edit(ctx: Context) -> int:
    a = ctx.args
    with ctx.open_vault() as v:
        kind = a.kind or cases.case_event(v, a.event).kind
        cases.update_case_event(v, a.event, a.date, a.text, kind)
    ctx.emit({"id": a.event}, a.event)
    return 0


def cmd_remove(ctx: Context) -> int:
    with ctx.open_vault() as v:
        cases.delete_case_event(v, ctx.args.event)
    ctx.emit({"id": ctx.args.event}, ctx.args.event)
    return 0
