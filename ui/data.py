"""What the UI asks of the vault. Every function here runs on the worker thread (ui.worker)
and returns plain data (or QImage, which is safe to build off the UI thread)."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from vault import cases, items, keys, people, received_pages, testimony
from vault.browse import ItemRow, list_item_rows, rows_for_ids
from vault.custody import Event
from vault.models import Case, CaseEvent, Item, Person, PersonLink, Revision
from vault.saved_searches import SavedSearch, list_saved_searches
from vault.search import Filters, search
from vault.store import Vault
from vault.tags import TagCount, all_tags

from .custody_sentences import CustodyView, custody_view
from .viewers.exif import ExifSummary, exif_summary

PAGE_SIZE = 200
SEARCH_LIMIT = 1000
THUMB_SIZE = 48


@dataclass(frozen=True)
class NavData:
    cases: list[Case]
    people: list[Person]
    tags: list[TagCount]
    saved: list[SavedSearch]


@dataclass(frozen=True)
class ItemDetails:
    item: Item
    people: list[PersonLink]
    cases: list[tuple[str, str]]
    revisions: list[Revision]
    events: list[Event]
    all_tags: list[str] = field(default_factory=list)
    custody: CustodyView | None = None  # the events as sentences' data, with verified marks


@dataclass(frozen=True)
class Original:
    item: Item
    data: bytes
    exif: ExifSummary | None
    image: QImage | None = None
    pages: list[QImage] = field(default_factory=list)  # a document received as page images: every page
    received: Received | None = None  # ... and who sent it, when


@dataclass(frozen=True)
class Received:
    """Where a document received as page images came from: what its viewer shows instead of EXIF."""

    sender: str  # the partner's name in this vault's contacts ("" if unknown)
    time: str  # UTC, of the 'receive' event that brought it


def received_from(vault: Vault, item: Item) -> Received:
    """The first 'receive' event of `item` (not a later revision or added pages) and its sender."""
    event = next((e for e in vault.custody.events(item.id) if e.action == "receive" and e.subject == item.id), None)
    if event is None:
        return Received("", "")
    contacts = {c.id: c.name for c in keys.list_contacts(vault, include_removed=True)}
    return Received(contacts.get(str(event.details.get("sender")), ""), event.time)


def load_nav(vault: Vault) -> NavData:
    return NavData(cases.list_cases(vault), people.list_people(vault), all_tags(vault.conn), list_saved_searches(vault))


def load_page(vault: Vault, filters: Filters, order: str, descending: bool, after: ItemRow | None) -> list[ItemRow]:
    return list_item_rows(vault, filters, order=order, descending=descending, limit=PAGE_SIZE, after=after)


def run_search(vault: Vault, query: str, filters: Filters) -> list[ItemRow]:
    hits = search(vault.conn, query, filters, limit=SEARCH_LIMIT)
    return rows_for_ids(vault, [h.id for h in hits], {h.id: h.snippet for h in hits})


def load_details(vault: Vault, item_id: str) -> ItemDetails:
    item = items.get_item(vault, item_id)
    case_titles = [(c, cases.get_case(vault, c).title) for c in item.case_ids]
    revs = testimony.revisions(vault, item_id) if item.kind == "testimony" else []
    events = vault.custody.events(item_id)
    return ItemDetails(
        item=item,
        people=people.item_people(vault, item_id),
        cases=case_titles,
        revisions=revs,
        events=events,
        all_tags=[t.path for t in all_tags(vault.conn)],
        custody=custody_view(vault, events),
    )


def load_thumbnail(vault: Vault, item_id: str) -> QImage | None:
    data = items.thumbnail(vault, item_id)
    if not data:
        return None
    img = QImage.fromData(data)
    if img.isNull():
        return None
    keep, smooth = Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    return img.scaled(THUMB_SIZE, THUMB_SIZE, keep, smooth)


def open_original(vault: Vault, item_id: str) -> Original:
    """The original, decrypted in memory (the core logs the view). Photos are decoded here too,
    so the UI thread only paints; their metadata is what intake recorded."""
    item, pages = received_pages.view_pages(vault, item_id)
    data = pages[0]
    if received_pages.is_paged(item):
        images = [QImage.fromData(page) for page in pages]
        shown = [img for img in images if not img.isNull()]
        first = shown[0] if len(shown) == len(images) else None
        return Original(item, data, None, first, shown, received_from(vault, item))
    if item.kind == "photo" or item.mime.startswith("image/"):
        img = QImage.fromData(data)
        return Original(item, data, exif_summary(item), None if img.isNull() else img)
    return Original(item, data, None)


def case_with_events(vault: Vault, case_id: str) -> tuple[Case, list[CaseEvent], list[PersonLink]]:
    return cases.get_case(vault, case_id), cases.case_events(vault, case_id), people.case_people(vault, case_id)
