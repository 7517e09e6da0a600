"""case, person, testimony, tag, untag, list, show, search, extract, delete, destroy."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path
from typing import Any

from .. import cases, items, people, received_pages, search, testimony
from ..errors import UsageError
from ..models import CASE_EVENT_KINDS, ITEM_KINDS, PERSON_ROLES
from ..provenance.records import show_entries
from .context import Context


def parse_person_role(value: str) -> tuple[str, str]:
    person_id, sep, role = value.partition(":")
    if not person_id:
        raise argparse.ArgumentTypeError("expected PERSON_ID:ROLE")
    return person_id, role if sep else ""


def _role(value: str) -> str:
    if value not in PERSON_ROLES:
        raise argparse.ArgumentTypeError(f"choose from {' '.join(PERSON_ROLES)}")
    return value


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    case = sub.add_parser("case", parents=[common], help="cases and their chronology")
    csub = case.add_subparsers(dest="case_command", metavar="ACTION", required=True)
    p = csub.add_parser("add", parents=[common], help="new case")
    p.add_argument("title")
    p.add_argument("--summary", default="")
    p.set_defaults(handler=cmd_case_add)
    p = csub.add_parser("list", parents=[common], help="cases")
    p.set_defaults(handler=cmd_case_list)
    p = csub.add_parser("event", parents=[common], help="add a chronology entry")
    p.add_argument("case")
    p.add_argument("date", help="YYYY-MM-DD")
    p.add_argument("text")
    p.add_argument("--kind", choices=CASE_EVENT_KINDS, default="other")
    p.set_defaults(handler=cmd_case_event)
    p = csub.add_parser("show", parents=[common], help="one case with its chronology and people")
    p.add_argument("case")
    p.set_defaults(handler=cmd_case_show)

    person = sub.add_parser("person", parents=[common], help="people")
    psub = person.add_subparsers(dest="person_command", metavar="ACTION", required=True)
    p = psub.add_parser("add", parents=[common], help="new person")
    p.add_argument("name")
    p.add_argument("--pseudonym", default="")
    p.add_argument("--alias", action="append", default=[], help="another written form of the name (repeatable)")
    p.add_argument("--protected", action="store_true", help="only the pseudonym appears in partner/public exports")
    p.add_argument("--role", default="other", type=_role, metavar="ROLE", help=f"one of: {' '.join(PERSON_ROLES)}")
    p.add_argument("--public", action="store_true", help="may appear by real name under the public profile")
    p.add_argument("--case", help="also link the person to this case")
    p.set_defaults(handler=cmd_person_add)
    p = psub.add_parser("edit", parents=[common], help="change a person (only the options given)")
    p.add_argument("person")
    p.add_argument("--name")
    p.add_argument("--pseudonym")
    p.add_argument("--alias", action="append", default=None, help="replaces all aliases (repeatable)")
    p.add_argument("--role", type=_role, metavar="ROLE", help=f"one of: {' '.join(PERSON_ROLES)}")
    p.add_argument("--protected", action=argparse.BooleanOptionalAction, default=None)
    p.add_argument("--public", action=argparse.BooleanOptionalAction, default=None)
    p.set_defaults(handler=cmd_person_edit)
    p = psub.add_parser("list", parents=[common], help="people")
    p.add_argument("--case")
    p.set_defaults(handler=cmd_person_list)

    t = sub.add_parser("testimony", parents=[common], help="written testimonies")
    tsub = t.add_subparsers(dest="testimony_command", metavar="ACTION", required=True)
    p = tsub.add_parser("add", parents=[common], help="add a testimony from a UTF-8 text file")
    p.add_argument("--case", required=True)
    p.add_argument("--title", required=True)
    p.add_argument("--text-file", required=True)
    p.add_argument("--language", default="")
    p.add_argument("--person", action="append", type=parse_person_role, default=[], metavar="ID:ROLE")
    p.add_argument("--tag", action="append", default=[])
    p.set_defaults(handler=cmd_testimony_add)
    p = tsub.add_parser("revise", parents=[common], help="add a revision from a UTF-8 text file")
    p.add_argument("item")
    p.add_argument("--text-file", required=True)
    p.set_defaults(handler=cmd_testimony_revise)

    for name, handler in (("tag", cmd_tag), ("untag", cmd_untag)):
        p = sub.add_parser(name, parents=[common], help=f"{name} an item (tags are paths like violation/torture)")
        p.add_argument("item")
        p.add_argument("tags", nargs="+", metavar="TAG")
        p.set_defaults(handler=handler)

    p = sub.add_parser("list", parents=[common], help="items")
    p.add_argument("--case")
    p.add_argument("--tag")
    p.add_argument("--kind", choices=ITEM_KINDS)
    p.add_argument("--person")
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("show", parents=[common], help="one item with its people, tags and custody events")
    p.add_argument("item")
    p.set_defaults(handler=cmd_show)

    p = sub.add_parser("search", parents=[common], help="full-text search in any script")
    p.add_argument("query")
    p.add_argument("--case")
    p.add_argument("--tag")
    p.add_argument("--kind", choices=ITEM_KINDS)
    p.add_argument("--person")
    p.set_defaults(handler=cmd_search)

    p = sub.add_parser("extract", parents=[common], help="write an item's original bytes to a file (logged)")
    p.add_argument("item")
    p.add_argument("--out", required=True)
    p.add_argument("--page", type=int, help="page N of a document received as page images (page 1 is the original)")
    p.set_defaults(handler=cmd_extract)

    p = sub.add_parser("delete", parents=[common], help="hide an item (its sealed original stays)")
    p.add_argument("item")
    p.add_argument("--reason", default="")
    p.set_defaults(handler=cmd_delete)

    p = sub.add_parser("destroy", parents=[common], help="irreversibly remove a deleted item's original")
    p.add_argument("item")
    p.add_argument("--reason", required=True)
    p.set_defaults(handler=cmd_destroy)


def _read_text(path: str) -> str:
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {path}: {exc.strerror}") from exc
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UsageError(f"{path} is not UTF-8 text") from None


def cmd_case_add(ctx: Context) -> int:
    with ctx.open_vault() as v:
        case_id = cases.add_case(v, ctx.args.title, ctx.args.summary)
    ctx.emit({"id": case_id}, case_id)
    return 0


def cmd_case_list(ctx: Context) -> int:
    with ctx.open_vault() as v:
        rows = [{"id": c.id, "title": c.title, "items": c.items} for c in cases.list_cases(v)]
    ctx.emit(rows, lambda rs: "\n".join(f"{r['id']}  {r['items']:>5} items  {r['title']}" for r in rs))
    return 0


def cmd_case_event(ctx: Context) -> int:
    with ctx.open_vault() as v:
        event_id = cases.add_case_event(v, ctx.args.case, ctx.args.date, ctx.args.text, ctx.args.kind)
    ctx.emit({"id": event_id}, event_id)
    return 0


def cmd_case_show(ctx: Context) -> int:
    with ctx.open_vault() as v:
        c = cases.get_case(v, ctx.args.case)
        doc = {
            **asdict(c),
            "chronology": [asdict(e) for e in cases.case_events(v, c.id)],
            "people": [
                {"id": link.person.id, "name": link.person.name, "role": link.role, "protected": link.person.protected}
                for link in people.case_people(v, c.id)
            ],
        }
    ctx.emit(doc)
    return 0


def cmd_person_add(ctx: Context) -> int:
    a = ctx.args
    with ctx.open_vault() as v:
        person_id = people.add_person(
            v, a.name, pseudonym=a.pseudonym, aliases=a.alias, protected=a.protected, role=a.role, public=a.public
        )
        if a.case:
            people.link_person_to_case(v, a.case, person_id, a.role)
    ctx.emit({"id": person_id}, person_id)
    return 0


def cmd_person_edit(ctx: Context) -> int:
    a = ctx.args
    with ctx.open_vault() as v:
        people.update_person(
            v,
            a.person,
            name=a.name,
            pseudonym=a.pseudonym,
            role=a.role,
            protected=a.protected,
            aliases=a.alias,
            public=a.public,
        )
    ctx.emit({"id": a.person}, a.person)
    return 0


def cmd_person_list(ctx: Context) -> int:
    with ctx.open_vault() as v:
        rows = [asdict(p) for p in people.list_people(v, ctx.args.case)]
    ctx.emit(
        rows,
        lambda rs: "\n".join(
            f"{r['id']}  {r['role'] or '-':<12} {'[protected] ' if r['protected'] else ''}"
            f"{'[public] ' if r['public'] else ''}{r['name']}"
            for r in rs
        ),
    )
    return 0


def cmd_testimony_add(ctx: Context) -> int:
    a = ctx.args
    text = _read_text(a.text_file)
    with ctx.open_vault() as v:
        item_id = testimony.add_testimony(
            v, title=a.title, text=text, case_id=a.case, language=a.language, people=a.person, tags=a.tag
        )
    ctx.emit({"id": item_id}, item_id)
    return 0


def cmd_testimony_revise(ctx: Context) -> int:
    text = _read_text(ctx.args.text_file)
    with ctx.open_vault() as v:
        rev = testimony.revise_testimony(v, ctx.args.item, text)
    ctx.emit({"id": ctx.args.item, "rev": rev}, f"revision {rev}")
    return 0


def cmd_tag(ctx: Context) -> int:
    with ctx.open_vault() as v:
        tags = items.tag_item(v, ctx.args.item, ctx.args.tags)
    ctx.emit({"id": ctx.args.item, "tags": list(tags)}, " ".join(tags))
    return 0


def cmd_untag(ctx: Context) -> int:
    with ctx.open_vault() as v:
        tags = items.untag_item(v, ctx.args.item, ctx.args.tags)
    ctx.emit({"id": ctx.args.item, "tags": list(tags)}, " ".join(tags))
    return 0


def _item_rows(found: list[Any]) -> list[dict[str, Any]]:
    return [{"id": i.id, "kind": i.kind, "title": i.title, "sha256": i.sha256, "tags": list(i.tags)} for i in found]


def cmd_list(ctx: Context) -> int:
    a = ctx.args
    with ctx.open_vault() as v:
        rows = _item_rows(items.list_items(v, case_id=a.case, tag=a.tag, kind=a.kind, person_id=a.person))
    ctx.emit(rows, lambda rs: "\n".join(f"{r['id']}  {r['kind']:<9} {r['title']}" for r in rs))
    return 0


def cmd_show(ctx: Context) -> int:
    with ctx.open_vault() as v:
        item = items.get_item(v, ctx.args.item, include_deleted=True)
        doc: dict[str, Any] = asdict(item)
        doc["tags"] = list(item.tags)
        doc["cases"] = list(doc.pop("case_ids"))
        doc["people"] = [
            {"id": link.person.id, "name": link.person.name, "role": link.role, "protected": link.person.protected}
            for link in people.item_people(v, item.id)
        ]
        if item.kind == "testimony":
            doc["revisions"] = [asdict(r) for r in testimony.revisions(v, item.id)]
        doc["provenance"] = show_entries(item.metadata)
        if received_pages.is_paged(item):  # received as page images: every page, in order (ADR 025)
            doc["pages"] = [
                {"page": p.page, "sha256": p.sha256, "size": p.size} for p in received_pages.pages_of(v, item)
            ]
        doc["events"] = [e.to_json() for e in v.custody.events(item.id)]
    ctx.emit(doc)
    return 0


def cmd_search(ctx: Context) -> int:
    a = ctx.args
    filters = search.Filters(case_id=a.case, tag=a.tag, kind=a.kind, person_id=a.person)
    with ctx.open_vault() as v:
        hits = search.search(v.conn, a.query, filters)
    rows = [asdict(h) for h in hits]
    ctx.emit(rows, lambda rs: "\n".join(f"{r['id']}  {r['kind']:<9} {r['title']}\n    {r['snippet']}" for r in rs))
    return 0


def cmd_extract(ctx: Context) -> int:
    out = Path(ctx.args.out)
    page = ctx.args.page
    with ctx.open_vault() as v:
        sha = (
            items.extract(v, ctx.args.item, out)
            if page is None
            else received_pages.extract_page(v, ctx.args.item, page, out)
        )
    doc: dict[str, Any] = {"id": ctx.args.item, "sha256": sha, "path": str(out)}
    ctx.emit(doc if page is None else {**doc, "page": page}, f"{out}  sha256 {sha}")
    return 0


def cmd_delete(ctx: Context) -> int:
    with ctx.open_vault() as v:
        items.delete_item(v, ctx.args.item, ctx.args.reason)
    ctx.emit({"id": ctx.args.item}, "deleted (the sealed original stays until destroyed)")
    return 0


def cmd_destroy(ctx: Context) -> int:
    with ctx.open_vault() as v:
        items.destroy_item(v, ctx.args.item, ctx.args.reason)
    ctx.emit({"id": ctx.args.item}, "original destroyed; the custody log keeps the record")
    return 0
