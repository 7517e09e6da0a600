"""Gather a case from the vault into plain, already-redacted dossier content.

Everything a page will show passes through the profile's Redactor here, so the layout code
never sees a hidden person's name. Photos are decrypted in memory, checked against their intake
hash, and re-encoded from pixels (sanitize_image) on worker threads.

Under `partner` and `public` what an exhibit may show is decided by vault.exports.decide: a
withheld exhibit appears only in the appendix, by number, redacted title and reason; hashes of
originals are replaced by salted commitments (vault.exports.commitments); custody lines of
exports, views, extracts and clearances are left out (a partner edition must not show that an
internal one was made, or when).
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from .. import cases, custody, items, testimony
from ..errors import Cancelled, IntegrityError
from ..exports import reasons as rs
from ..exports.clearance import cleared_items
from ..exports.commitments import Committer
from ..exports.decide import Decision, decide, document_text, extracted_text
from ..exports.derive_ids import IdMap, dossier_scope
from ..models import Item
from ..people import item_people
from ..redaction import Redactor, file_name_for, sanitize_image, sanitize_metadata
from ..store import Vault
from .acquisition import Acquisition, acquisition_for
from .provenance_line import provenance_line

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]
PHOTO_MAX_PX = 1200  # about 190 dpi across the text width of an A4 page
EXCERPT_CHARS = 1500
SECTION_ORDER = ("testimony", "photo", "document", "audio", "video", "other")
_TAKEN_KEYS = ("taken", "datetime_original", "DateTimeOriginal", "date_taken", "DateTime", "datetime")
_MODEL_KEYS = ("camera_model", "model", "Model", "camera")
# Custody lines a partner/public appendix leaves out: other exports and who looked at what.
_HIDDEN_ACTIONS = frozenset({"export", "view", "extract", "clear", "unclear", "receive"})


@dataclass
class Testimony:
    number: int
    item_id: str
    title: str
    language: str
    rev: int
    total: int
    text: str
    rev_sha256: str


@dataclass
class Exhibit:
    number: int
    item_id: str
    kind: str
    title: str
    notes: str = ""
    taken: str = ""
    camera: str = ""
    jpeg: bytes | None = None
    excerpt: str = ""
    size: int | None = None
    mime: str = ""
    page_images: list[bytes] = field(default_factory=list)  # JPEG pages of a PDF (internal; vault/dossier/pages.py)
    page_total: int = 0
    provenance: str = ""  # what the proof the file arrived with showed, as the profile allows
    text: str = ""  # partner/public: a document's whole text, redacted (exports.decide.document_text)


@dataclass
class CustodyLine:
    seq: int
    time: str
    action: str
    actor: str
    hash: str


@dataclass
class AppendixEntry:
    number: int
    item_id: str
    title: str
    kind: str
    sha256: str
    intake: str
    original_name: str | None
    events: list[CustodyLine]
    withheld: str = ""  # reason key (vault.exports.reasons) when the exhibit is withheld
    commitment: str = ""  # partner/public: in place of the original's SHA-256
    shown_sha256: str = ""  # partner/public testimony: SHA-256 of the text shown
    acquisition: Acquisition | None = None  # vault.dossier.acquisition (Berkeley Protocol)


@dataclass
class DossierContent:
    profile: str
    language: str
    case_id: str
    title: str
    summary: str
    prepared_by: str
    date: str
    people: list[tuple[str, str]] = field(default_factory=list)  # (label, role)
    chronology: list[tuple[str, str, str, str]] = field(default_factory=list)  # date, kind, text, source
    testimonies: list[Testimony] = field(default_factory=list)
    exhibits: list[Exhibit] = field(default_factory=list)
    appendix: list[AppendixEntry] = field(default_factory=list)
    head: custody.Head | None = None
    item_ids: list[str] = field(default_factory=list)
    withheld: dict[str, int] = field(default_factory=dict)  # reason key -> count
    commitments: list[dict[str, Any]] = field(default_factory=list)
    attached: dict[int, str] = field(default_factory=dict)  # exhibit number -> attached original's name
    attachment_names: list[str] = field(default_factory=list)  # set by build_dossier before layout
    signed: bool = False


def _first(meta: dict[str, Any], keys: tuple[str, ...]) -> str:
    stack = [meta]
    while stack:
        m = stack.pop()
        for k in keys:
            v = m.get(k)
            if isinstance(v, str | int | float) and str(v).strip():
                return str(v).strip()
        stack.extend(v for v in m.values() if isinstance(v, dict))
    return ""


def _excerpt(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= EXCERPT_CHARS:
        return text
    cut = text.rfind(" ", 0, EXCERPT_CHARS)
    return text[: cut if cut > EXCERPT_CHARS // 2 else EXCERPT_CHARS] + " …"


def _ordered(case_items: list[Item]) -> list[Item]:
    rank = {k: i for i, k in enumerate(SECTION_ORDER)}
    return sorted(case_items, key=lambda it: rank.get(it.kind, len(rank)))  # stable: keeps intake order


def _photo_job(vault: Vault, blob_id: str, expected: str | None, profile: str, item_id: str) -> bytes | None:
    data = vault.blobs.read_bytes(blob_id)
    if expected and hashlib.sha256(data).hexdigest() != expected:
        raise IntegrityError(f"item {item_id}: stored bytes do not match the intake hash; run verify")
    return sanitize_image(data, profile, PHOTO_MAX_PX)


def collect(
    vault: Vault,
    case_id: str,
    red: Redactor,
    *,
    prepared_by: str = "",
    on_progress: Progress | None = None,
    should_cancel: Callable[[], bool] | None = None,
    workers: int = 2,
    export_id: str = "",
) -> DossierContent:
    case = cases.get_case(vault, case_id)
    cleared = cleared_items(vault, red.profile)
    commit = Committer(vault, export_id)
    ids = IdMap(vault, dossier_scope(export_id), red.profile)
    withheld: Counter[str] = Counter()
    head = vault.custody.head()
    content = DossierContent(
        profile=red.profile,
        language=red.language,
        case_id=case_id,
        title=red.text(case.title),
        summary=red.text(case.summary),
        prepared_by=red.text(prepared_by),
        date=vault.env.now_iso()[:10],
        head=head,
    )
    content.people = [(red.person_label(link.person), link.role or link.person.role) for link in red.people]
    for ev in cases.case_events(vault, case_id):
        content.chronology.append((ev.date, ev.kind, red.text(ev.text), ""))
    case_items = _ordered(items.list_items(vault, case_id=case_id))
    content.item_ids = [it.id for it in case_items]
    total = len(case_items)
    meta_counts: Counter[str] = Counter()
    pending: dict[int, Future[bytes | None]] = {}
    with ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="dossier-img") as pool:
        for n, item in enumerate(case_items, start=1):
            if should_cancel is not None and should_cancel():
                raise Cancelled("cancelled")
            title = red.label(item.title)
            d = decide(vault, red, item, item_people(vault, item.id), item.id in cleared)
            entry = _appendix_entry(vault, red, n, item, title, d, ids)
            content.appendix.append(entry)
            if d.content == "withheld" and red.profile != "internal":
                withheld[d.reason_key] += 1
                entry.commitment = commit(item.id, entry.item_id, item.sha256 or "")
            elif item.kind == "testimony" and not items.blob_of(vault, item.id):
                revs = testimony.revisions(vault, item.id)
                latest = revs[-1]
                shown = red.text(latest.text)
                sha = latest.sha256
                if red.profile != "internal":
                    sha = hashlib.sha256(shown.encode("utf-8")).hexdigest()
                    entry.shown_sha256 = sha
                    entry.commitment = commit(item.id, entry.item_id, latest.sha256, sha, latest.rev)
                content.testimonies.append(
                    Testimony(n, item.id, title, item.language, latest.rev, len(revs), shown, sha)
                )
                content.chronology.append((item.created[:10], "testimony", title, str(n)))
            else:
                text = document_text(vault, red, item) if d.derived_kind == rs.DOCUMENT_TEXT else ""
                if text:
                    entry.shown_sha256 = hashlib.sha256(text.encode("utf-8")).hexdigest()
                    entry.commitment = commit(item.id, entry.item_id, item.sha256 or "", entry.shown_sha256)
                elif red.profile != "internal":
                    entry.commitment = commit(item.id, entry.item_id, item.sha256 or "")
                per_item: Counter[str] = Counter()
                meta = sanitize_metadata(item.metadata, red.profile, per_item)
                for cat, count in per_item.items():
                    if count:
                        meta_counts[cat] += 1  # items affected, not fields
                ex = Exhibit(n, item.id, item.kind, title, red.text(item.notes), size=item.size, mime=item.mime)
                ex.taken = _first(meta, _TAKEN_KEYS)
                ex.camera = red.text(_first(meta, _MODEL_KEYS))
                ex.provenance = provenance_line(item.metadata, red)
                if ex.taken:
                    content.chronology.append((ex.taken[:10].replace(":", "-"), item.kind, title, str(n)))
                if item.kind == "photo":
                    blob_id = items.blob_of(vault, item.id)
                    if blob_id is not None:
                        pending[n] = pool.submit(_photo_job, vault, blob_id, item.sha256, red.profile, item.id)
                elif text:
                    ex.text = text
                elif item.kind == "document":
                    ex.excerpt = red.text(_excerpt(extracted_text(vault, item)))
                content.exhibits.append(ex)
            if on_progress is not None:
                on_progress(n, total, "collect")
        by_number = {ex.number: ex for ex in content.exhibits}
        for done, (n, fut) in enumerate(pending.items(), start=1):
            if should_cancel is not None and should_cancel():
                for f in pending.values():
                    f.cancel()
                raise Cancelled("cancelled")
            jpeg = fut.result()
            by_number[n].jpeg = jpeg
            if on_progress is not None:
                on_progress(done, len(pending), "images")
    red.note("image-metadata-stripped", sum(1 for f in pending.values() if f.result() is not None))
    for cat, count in meta_counts.items():
        red.note(cat, count)
    content.chronology.sort(key=lambda row: (row[0], row[3] != "", row[3].zfill(6)))
    content.withheld = dict(sorted(withheld.items()))
    content.commitments = commit.records
    if withheld:
        red.note("items-withheld", sum(withheld.values()))
    return content


def _appendix_entry(
    vault: Vault, red: Redactor, n: int, item: Item, title: str, d: Decision, ids: IdMap
) -> AppendixEntry:
    lower = red.profile != "internal"
    all_events = vault.custody.events(item.id)
    events = [
        CustodyLine(e.seq, e.time, e.action, red.text(e.actor), e.hash)
        for e in all_events
        if not (lower and e.action in _HIDDEN_ACTIONS)
    ]
    withheld = d.content == "withheld" and lower
    name = None if withheld else file_name_for(red, item.original_name) if item.original_name else ""
    return AppendixEntry(  # a withheld item's title is often its file name: not shown either
        n,
        ids("item", item.id),
        "" if withheld else title,
        item.kind,
        "" if lower else item.sha256 or "",
        item.created,
        name,
        events,
        d.reason_key if withheld else "",
        acquisition=None if withheld else acquisition_for(vault, red, item, all_events, ids),
    )
