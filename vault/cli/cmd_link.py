"""link / unlink: existing items into a case or to a person (with a role), or out again."""

from __future__ import annotations

import argparse

from .. import links
from ..errors import UsageError
from .cmd_records import parse_person_role
from .context import Context


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    for name, handler, what in (
        ("link", cmd_link, "add existing items to a case or link them to a person"),
        ("unlink", cmd_unlink, "take items out of a case or unlink them from a person"),
    ):
        p = sub.add_parser(name, parents=[common], help=what)
        p.add_argument("items", nargs="+", metavar="ITEM")
        target = p.add_mutually_exclusive_group(required=True)
        target.add_argument("--case", metavar="ID")
        if name == "link":
            target.add_argument("--person", type=parse_person_role, metavar="ID:ROLE")
        else:
            target.add_argument("--person", metavar="ID")
        p.set_defaults(handler=handler)


def cmd_link(ctx: Context) -> int:
    a = ctx.args
    with ctx.open_vault() as v:
        if a.case:
            n = links.link_items_to_case(v, a.items, a.case)
        else:
            person_id, role = a.person
            n = links.link_items_to_person(v, a.items, person_id, role)
    ctx.emit({"linked": n}, f"{n} linked")
    return 0


def cmd_unlink(ctx: Context) -> int:
    a = ctx.args
    with ctx.open_vault() as v:
        if a.case:
            n = links.unlink_items_from_case(v, a.items, a.case)
        elif ":" in a.person:
            raise UsageError("unlink --person takes a person id only (every role is unlinked)")
        else:
            n = links.unlink_items_from_person(v, a.items, a.person)
    ctx.emit({"unlinked": n}, f"{n} unlinked")
    return 0
