"""What a bundle of a case holds under a profile (docs/verify-a-bundle.md, "What travels").

- internal: every item's original bytes, the vault's own ids, the custody events verbatim.
- partner / public (vault.exports.decide; "when in doubt, leave it out"):
  - testimony written in the vault: every revision as redacted text (the sealed first one is the
    item's file, later ones files/<item>/revisions/NNN.txt), identified by the SHA-256 of the
    redacted text; its tie to the original is a salted commitment (vault.exports.commitments),
    never the original's hash, which would let a receiver test guessed names;
  - photo: a derivative re-encoded from pixels (no EXIF/XMP/ICC/GPS/serials/thumbnails);
  - a PDF whose whole content names nobody hidden and holds no picture: its pages as PNG files
    re-encoded from pixels, files/<item>/page-NNN.png (vault.exports.document_pages);
  - a plain-text or office document whose whole text was read at intake: that text, redacted,
    as a UTF-8 .txt file (mime text/plain), tied to the original by a salted commitment;
  - everything else (other PDFs, audio, video, unknown, documents not read whole), photos that cannot be
    decoded, and under `public` items depicting or made by a hidden person: *withheld*, listed
    with the reason and a commitment, no file, no file name, no metadata;
  - an item a person cleared for the profile (vault.exports.clearance) travels as the original;
  - ids of the case, its events, people and items are derived per recipient set
    (vault.exports.derive_ids), and every custody event travels in its withheld form (seq, hash,
    prev_hash, signature, key id): the chain stays checkable, while times, devices, original
    file times and names, and this vault's ids stay home.
Derived bytes are stored as temporary encrypted blobs while the bundle is written (never in
the clear on disk) and deleted afterwards.
"""

from __future__ import annotations

import hashlib
import io
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from .. import redaction as rd
from ..cases import case_events, get_case
from ..custody import Event
from ..errors import IntegrityError
from ..exports import reasons as rs
from ..exports.clearance import cleared_items
from ..exports.commitments import Committer
from ..exports.decide import MAX_PHOTO_BYTES, decide, document_text, is_text_testimony
from ..exports.derive_ids import IdMap
from ..exports.document_pages import derived_pages
from ..items import blob_of, list_items
from ..models import Item
from ..people import case_people, item_people
from ..received_pages import is_paged, pages_of
from ..store import Vault
from ..testimony import revisions
from . import chain
from . import format as fmt
from .manifest import MCase, MItem, MPage, MPerson, MRevision

__all__ = ["MAX_PHOTO_BYTES", "Plan", "build_plan", "discard", "is_text_testimony", "member_chunks"]

DERIVATIVE_MAX_PX = 20_000  # keep the original's dimensions: the derivative is evidence, not a preview


@dataclass(frozen=True)
class Member:
    """One file of the bundle and where its bytes come from (a blob, decrypted on the fly)."""

    path: str
    size: int
    sha256: str
    blob_id: str


@dataclass
class Plan:
    case: MCase
    people: list[MPerson]
    items: list[MItem]
    members: list[Member]
    custody: list[dict[str, Any]]
    removals: list[str]
    temp_blobs: list[str] = field(default_factory=list)
    export_id: str = ""
    local_ids: dict[str, str] = field(default_factory=dict)  # exported item id -> this vault's
    removed: dict[str, int] = field(default_factory=dict)  # category -> count
    withheld_reasons: dict[str, int] = field(default_factory=dict)  # reason key -> count
    commitments: list[dict[str, Any]] = field(default_factory=list)

    @property
    def total_bytes(self) -> int:
        return sum(m.size for m in self.members)


def _redact_meta(red: rd.Redactor, value: Any) -> Any:
    if isinstance(value, str):
        return red.text(value)
    if isinstance(value, dict):
        return {str(k): _redact_meta(red, v) for k, v in value.items()}
    if isinstance(value, list):
        return [_redact_meta(red, v) for v in value]
    return value


class _Planner:
    def __init__(self, vault: Vault, case_id: str, profile: str, ids: IdMap, export_id: str) -> None:
        self.vault, self.case_id, self.profile, self.ids = vault, case_id, profile, ids
        self.internal = profile == "internal"
        self.red = rd.redactor_for(vault, case_id, profile)
        self.links = case_people(vault, case_id)
        self.hidden = {lk.person.id for lk in self.links if self.red.hides(lk.person)}
        self.cleared = cleared_items(vault, profile)
        self.commit = Committer(vault, export_id)
        self.reasons: Counter[str] = Counter()
        self.plan = Plan(self._case(), self._people(), [], [], [], [], export_id=export_id)

    def _case(self) -> MCase:
        case = get_case(self.vault, self.case_id)
        events = tuple(
            (self.ids("case_event", e.id), e.date, e.kind, self.red.text(e.text))
            for e in case_events(self.vault, self.case_id)
        )
        return MCase(self.ids("case", case.id), self.red.text(case.title) or "—", self.red.text(case.summary), events)

    def _people(self) -> list[MPerson]:
        out = []
        for link in self.links:
            p, hide = link.person, link.person.id in self.hidden
            label = self.red.person_label(p)
            # Link roles are free text and aliases may carry a hidden person's name: both pass the Redactor.
            out.append(
                MPerson(
                    self.ids("person", p.id),
                    label,
                    label if hide else self.red.text(p.pseudonym),
                    self.red.role(link.role or p.role),
                    p.protected,
                    hide,
                    self.red.person_aliases(p),
                )
            )
        return out

    def _temp_blob(self, data: bytes) -> tuple[str, int, str]:
        stored = self.vault.blobs.store(io.BytesIO(data))
        self.plan.temp_blobs.append(stored.blob_id)
        return stored.blob_id, stored.size, stored.sha256

    def _revisions(self, item: Item, xid: str, original: bool) -> list[tuple[MRevision, str]]:
        """Every revision of a testimony as it travels, with its blob: the exact text (internal,
        or cleared), else the redacted text with a commitment in place of the original's hash."""
        out = []
        for n, r in enumerate(revisions(self.vault, item.id), 1):
            sealed = item.sha256 if n == 1 else r.sha256
            if r.rev != n or hashlib.sha256(r.text.encode("utf-8")).hexdigest() != r.sha256 or r.sha256 != sealed:
                raise IntegrityError(f"testimony {item.id}: revision {n} is missing or does not match its SHA-256")
            text = r.text if original else self.red.text(r.text)
            blob_id, size, sha = self._temp_blob(text.encode("utf-8"))
            actor = r.actor if self.internal else self.red.text(r.actor)
            file = "" if r.rev == 1 else fmt.revision_path(xid, r.rev)
            if original:
                out.append((MRevision(r.rev, r.created, actor, "original", r.sha256, file, sha, size), blob_id))
            else:
                c = self.commit(item.id, xid, r.sha256, sha, r.rev)
                out.append((MRevision(r.rev, r.created, actor, "derivative", c, file, sha, size), blob_id))
        return out

    def _photo(self, item: Item, blob_id: str) -> tuple[str, int, str] | None:
        clean = rd.sanitize_image(
            self.vault.blobs.read_bytes(blob_id, MAX_PHOTO_BYTES), self.profile, DERIVATIVE_MAX_PX
        )
        if clean is None:
            return None
        self.red.note("image-metadata-stripped")
        return self._temp_blob(clean)

    def add_item(self, item: Item) -> None:
        links = item_people(self.vault, item.id)
        d = decide(self.vault, self.red, item, links, item.id in self.cleared)
        xid = self.ids("item", item.id)
        self.plan.local_ids[xid] = item.id
        people = tuple((self.ids("person", lk.person.id), self.red.role(lk.role)) for lk in links)
        if d.content == "original" and is_paged(item):  # received pages stay a derivative of the sender's PDF
            d = type(d)("derivative", derived_kind=rs.DOCUMENT_PAGES)
        original = d.content == "original"
        text = is_text_testimony(self.vault, item) and d.content != "withheld"
        revs = self._revisions(item, xid, original) if text else []
        source: tuple[str, int, str] | None = None
        if revs:
            first, blob_id = revs[0]
            source = (blob_id, first.size, first.sha256)
        elif original and item.sha256 and item.size is not None:
            source = (blob_of(self.vault, item.id) or "", item.size, item.sha256)
        elif d.content == "derivative" and item.kind == "photo":
            source = self._photo(item, blob_of(self.vault, item.id) or "")
            if source is None:
                d = type(d)("withheld", rs.UNDECODABLE)
        elif d.content == "derivative" and d.derived_kind == rs.DOCUMENT_TEXT:
            source = self._temp_blob(document_text(self.vault, self.red, item).encode("utf-8"))
        pages: list[tuple[str, int, str]] = []
        if d.content == "derivative" and d.derived_kind == rs.DOCUMENT_PAGES and self.internal:
            pages = [(p.blob_id, p.size, p.sha256) for p in pages_of(self.vault, item)]  # byte-exact (ADR 025)
            source = pages[0]
        elif d.content == "derivative" and d.derived_kind == rs.DOCUMENT_PAGES:
            images = derived_pages(self.vault, self.red, item)
            if images is None:
                d = type(d)("withheld", rs.NOT_READ_COMPLETELY)
            else:
                pages = [self._temp_blob(png) for png in images]
                source = pages[0]
        jpeg = d.content == "derivative" and item.kind == "photo"
        as_text = d.content == "derivative" and d.derived_kind == rs.DOCUMENT_TEXT
        withheld = d.content == "withheld"
        if withheld:
            self.reasons[d.reason_key] += 1
        shown = None if withheld else rd.file_name_for(self.red, item.original_name)
        meta = {} if withheld else rd.sanitize_metadata(item.metadata, self.profile)
        meta = meta if self.internal else _redact_meta(self.red, meta)
        tags = tuple(t for t in item.tags if not self.red.tag_hidden(t))
        title = self.red.label(item.title)
        if withheld and not self.internal:  # its title is often its file name: neither travels
            title, tags = "", ()
        intake_sha, intake_size = item.sha256, item.size
        if not self.internal and not original and not revs:  # a commitment, not the original's hash
            intake_sha = self.commit(item.id, xid, item.sha256 or "", source[2] if source else "")
            intake_size = None if withheld else item.size
        elif revs and not original:
            intake_sha = revs[0][0].recorded_sha256
        file = sha = size = None
        if source is not None:
            blob_id, size, sha = source
            name = fmt.safe_name(shown, item.kind, jpeg=jpeg, text=as_text)
            file = fmt.page_path(xid, 1) if pages else fmt.file_path(xid, name)
            self.plan.members.append(Member(file, size, sha, blob_id))
        mpages = tuple(MPage(fmt.page_path(xid, n), p[2], p[1]) for n, p in enumerate(pages[1:], 2))
        self.plan.members += [Member(m.file, m.size, m.sha256, p[0]) for m, p in zip(mpages, pages[1:], strict=True)]
        if pages:  # nothing of the original's name or metadata travels with its page images
            shown, meta = None, {}
        mrevs: tuple[MRevision, ...] = ()
        if revs and file is not None:  # a testimony: revision 1 is its own file, later ones their own
            mrevs = tuple(
                MRevision(
                    r.rev,
                    r.created,
                    r.actor,
                    r.content,
                    r.recorded_sha256,
                    file if r.rev == 1 else r.file,
                    r.sha256,
                    r.size,
                )
                for r, _ in revs
            )
            self.plan.members += [Member(r.file, r.size, r.sha256, b) for r, b in revs[1:]]
        note = d.reason_text(item.kind) if withheld else rs.DERIVED_TEXT.get(d.derived_kind, "")
        self.plan.items.append(
            MItem(
                xid,
                item.kind,
                title,
                item.created,
                "image/jpeg" if jpeg else "image/png" if pages else "text/plain" if as_text else item.mime,
                item.language,
                shown,
                tags,
                people,
                meta,
                intake_sha,
                intake_size,
                d.content,
                file,
                sha,
                size,
                note,
                mrevs,
                mpages,
            )
        )

    def add_custody(self) -> None:
        seen: dict[int, Event] = {}
        for subject in (self.case_id, *self.plan.local_ids.values()):
            for ev in self.vault.custody.events(subject):
                seen[ev.seq] = ev
        for seq in sorted(seen):
            ev = seen[seq]
            self.plan.custody.append(ev.to_json() if self.internal else chain.withheld(ev))


def build_plan(
    vault: Vault,
    case_id: str,
    profile: str,
    on_progress: Callable[[int, int], None] | None = None,
    *,
    ids: IdMap | None = None,
    export_id: str = "",
) -> Plan:
    """Decide every item's content; derive what must be derived. On error, the caller deletes
    `plan.temp_blobs` (build_plan does so itself if it fails)."""
    rd.check_profile(profile)
    planner = _Planner(vault, case_id, profile, ids or IdMap(vault, b"", "internal"), export_id)
    try:
        items = list_items(vault, case_id=case_id)
        for n, item in enumerate(items, 1):
            planner.add_item(item)
            if on_progress is not None:
                on_progress(n, len(items))
        planner.add_custody()
    except BaseException:
        discard(vault, planner.plan)
        raise
    if planner.reasons:
        planner.red.note("items-withheld", sum(planner.reasons.values()))
    planner.plan.removals = planner.red.removals()
    planner.plan.removed = planner.red.removal_counts()
    planner.plan.withheld_reasons = dict(sorted(planner.reasons.items()))
    planner.plan.commitments = planner.commit.records
    return planner.plan


def discard(vault: Vault, plan: Plan) -> None:
    for blob_id in plan.temp_blobs:
        vault.blobs.delete(blob_id)
    plan.temp_blobs.clear()


def member_chunks(vault: Vault, member: Member) -> Iterator[bytes]:
    """The member's bytes, checked against the planned size and SHA-256 as they stream."""
    sha = hashlib.sha256()
    size = 0
    for chunk in vault.blobs.iter_plaintext(member.blob_id):
        sha.update(chunk)
        size += len(chunk)
        if size > member.size:
            break
        yield chunk
    if size != member.size or sha.hexdigest() != member.sha256:
        raise IntegrityError(f"a stored file does not match its recorded SHA-256 ({member.path})")
