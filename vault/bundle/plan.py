"""What a bundle of a case holds under a profile (docs/adr/*-partner-bundle-content.md).

- internal: every item's original bytes (its intake hash is the file's hash).
- partner / public:
  - testimony: every revision (the sealed first one is the item's file, later ones travel as
    files/<item>/revisions/NNN.txt), each with hidden people's names replaced; a revision in
    which nothing was replaced travels as the original text itself;
  - photo: a derivative re-encoded from pixels (no EXIF/XMP/GPS/serials/thumbnails), with its own
    SHA-256 and the original's intake SHA-256 as a reference; withheld if it cannot be decoded;
  - document, audio, video, other: the original, unless it may identify a hidden person (linked
    to one, or its title, file name or extracted text names one) or its metadata holds GPS or
    device serials that cannot be stripped from the file: then it is *withheld* (listed with its
    intake hash, no file).
Derived bytes are stored as temporary encrypted blobs while the bundle is written (never in
the clear on disk) and deleted afterwards.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Any

from .. import redaction as rd
from ..cases import case_events, get_case
from ..custody import Event
from ..errors import IntegrityError
from ..items import blob_of, list_items
from ..models import Item
from ..people import case_people, item_people
from ..store import Vault
from ..testimony import revisions
from . import chain
from . import format as fmt
from .manifest import MCase, MItem, MPerson, MRevision

MAX_PHOTO_BYTES = 256 * 1024 * 1024
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
    def __init__(self, vault: Vault, case_id: str, profile: str, progress: Callable[[int, int], None] | None) -> None:
        self.vault = vault
        self.case_id = case_id
        self.profile = profile
        self.red = rd.redactor_for(vault, case_id, profile)
        self.links = case_people(vault, case_id)
        self.hidden = {lk.person.id for lk in self.links if self.red.hides(lk.person)}
        self.progress = progress
        self.plan = Plan(self._case(), self._people(), [], [], [], [])

    def _case(self) -> MCase:
        case = get_case(self.vault, self.case_id)
        events = tuple((e.id, e.date, e.kind, self.red.text(e.text)) for e in case_events(self.vault, self.case_id))
        return MCase(case.id, self.red.text(case.title) or case.id, self.red.text(case.summary), events)

    def _people(self) -> list[MPerson]:
        out = []
        for link in self.links:
            p, hide = link.person, link.person.id in self.hidden
            label = self.red.person_label(p)
            out.append(MPerson(p.id, label, label if hide else p.pseudonym, link.role or p.role, p.protected, hide,
                               () if hide else p.aliases))  # fmt: skip
        return out

    def _temp_blob(self, data: bytes) -> tuple[str, int, str]:
        stored = self.vault.blobs.store(io.BytesIO(data))
        self.plan.temp_blobs.append(stored.blob_id)
        return stored.blob_id, stored.size, stored.sha256

    def _withhold_reason(self, item: Item, people: list[str]) -> str:
        if self.profile == "internal":
            return ""
        if any(pid in self.hidden for pid in people):
            return "linked to a pseudonymised person"
        text = self.vault.conn.execute("SELECT extracted_text FROM items WHERE id = ?", (item.id,)).fetchone()
        if any(self.red.mentions_hidden(s) for s in (item.title, item.original_name, text[0] if text else "")):
            return "names a pseudonymised person"
        if item.kind != "photo" and (rd.metadata_has_gps(item.metadata) or rd.metadata_has_serial(item.metadata)):
            return "holds GPS or device serials that cannot be stripped from this kind of file"
        return ""

    def _revisions(self, item: Item) -> list[tuple[MRevision, str]]:
        """Every revision of a testimony as it travels under the profile, with its blob."""
        out = []
        for n, r in enumerate(revisions(self.vault, item.id), 1):
            sealed = item.sha256 if n == 1 else r.sha256
            if r.rev != n or hashlib.sha256(r.text.encode("utf-8")).hexdigest() != r.sha256 or r.sha256 != sealed:
                raise IntegrityError(f"testimony {item.id}: revision {n} is missing or does not match its SHA-256")
            text = r.text if self.profile == "internal" else self.red.text(r.text)
            blob_id, size, sha = self._temp_blob(text.encode("utf-8"))
            actor = r.actor if self.profile == "internal" else self.red.text(r.actor)
            file = "" if r.rev == 1 else fmt.revision_path(item.id, r.rev)
            content = "original" if text == r.text else "derivative"
            out.append((MRevision(r.rev, r.created, actor, content, r.sha256, file, sha, size), blob_id))
        return out

    @staticmethod
    def _testimony_content(revs: list[tuple[MRevision, str]]) -> tuple[str, str, tuple[str, int, str]]:
        """The item-level content of a testimony: that of its first revision (the item's file)."""
        first, blob_id = revs[0]
        if first.content == "derivative":
            note = "hidden people's names replaced by pseudonyms"
        elif any(r.content == "derivative" for r, _ in revs):
            note = "later revisions: hidden people's names replaced by pseudonyms"
        else:
            note = ""
        return first.content, note, (blob_id, first.size, first.sha256)

    def _content(self, item: Item, people: list[str]) -> tuple[str, str, tuple[str, int, str] | None]:
        """(content kind, derivation note, (blob id, size, sha256) of the file or None)."""
        blob_id = blob_of(self.vault, item.id)
        if blob_id is None or item.sha256 is None or item.size is None:
            return "withheld", "no stored original", None
        if self.profile == "internal":
            return "original", "", (blob_id, item.size, item.sha256)
        if item.kind == "photo":
            if item.size > MAX_PHOTO_BYTES:
                return "withheld", "photo too large to re-encode", None
            clean = rd.sanitize_image(
                self.vault.blobs.read_bytes(blob_id, MAX_PHOTO_BYTES), self.profile, DERIVATIVE_MAX_PX
            )
            if clean is None:
                return "withheld", "photo could not be decoded to strip its metadata", None
            self.red.note("image-metadata-stripped")
            return (
                "derivative",
                "re-encoded from pixels: EXIF, XMP, GPS, serials and thumbnails removed",
                self._temp_blob(clean),
            )
        reason = self._withhold_reason(item, people)
        if reason:
            self.red.note("items-withheld")
            return "withheld", reason, None
        return "original", "", (blob_id, item.size, item.sha256)

    def add_item(self, item: Item) -> None:
        people = [(lk.person.id, lk.role) for lk in item_people(self.vault, item.id)]
        texts = self._revisions(item) if is_text_testimony(self.vault, item) else []
        content, note, source = self._testimony_content(texts) if texts else self._content(item, [p for p, _ in people])
        jpeg = content == "derivative" and item.kind == "photo"
        shown = rd.file_name_for(self.red, item.original_name)
        meta = rd.sanitize_metadata(item.metadata, self.profile)
        meta = meta if self.profile == "internal" else _redact_meta(self.red, meta)
        tags = tuple(t for t in item.tags if not self.red.mentions_hidden(t.replace("-", " ").replace("/", " ")))
        file = sha = size = None
        revs: tuple[MRevision, ...] = ()
        if source is not None:
            blob_id, size, sha = source
            file = fmt.file_path(item.id, fmt.safe_name(shown, item.kind, jpeg=jpeg))
            self.plan.members.append(Member(file, size, sha, blob_id))
        if texts and file is not None:  # a testimony: revision 1 is its own file, later ones their own
            revs = (replace(texts[0][0], file=file), *(r for r, _ in texts[1:]))
            self.plan.members += [Member(r.file, r.size, r.sha256, rev_blob) for r, rev_blob in texts[1:]]
        self.plan.items.append(MItem(
            item.id, item.kind, self.red.text(item.title), item.created, "image/jpeg" if jpeg else item.mime,
            item.language, shown, tags, tuple(people), meta, item.sha256, item.size, content, file, sha, size, note,
            revs,
        ))  # fmt: skip

    def add_custody(self) -> None:
        seen: dict[int, Event] = {}
        for subject in (self.case_id, *(i.id for i in self.plan.items)):
            for ev in self.vault.custody.events(subject):
                seen[ev.seq] = ev
        for seq in sorted(seen):
            ev = seen[seq]
            hide = self.profile != "internal" and self.red.mentions_hidden(ev.canonical().decode("utf-8"))
            self.plan.custody.append(chain.withheld(ev) if hide else ev.to_json())


def is_text_testimony(vault: Vault, item: Item) -> bool:
    """A testimony written in the vault (its text lives in `revisions`, not in a blob)."""
    return item.kind == "testimony" and blob_of(vault, item.id) is None


def build_plan(vault: Vault, case_id: str, profile: str, on_progress: Callable[[int, int], None] | None = None) -> Plan:
    """Decide every item's content; derive what must be derived. On error, the caller deletes
    `plan.temp_blobs` (build_plan does so itself if it fails)."""
    planner = _Planner(vault, case_id, rd.check_profile(profile), on_progress)
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
    planner.plan.removals = planner.red.removals()
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


@dataclass(frozen=True)
class ItemPreview:
    item_id: str
    kind: str
    title: str  # as the profile shows it
    content: str  # original | derivative | withheld
    reason: str
    revisions: int = 0  # a written testimony: how many revisions travel (all of them); else 0


def preview(vault: Vault, case_id: str, profile: str) -> tuple[list[ItemPreview], list[str]]:
    """What an export would send, item by item, and what the profile removes, without writing
    or decrypting anything (photos are assumed decodable). For the export dialog. A testimony
    travels with every revision; it is a 'derivative' when names are replaced in any of them."""
    planner = _Planner(vault, case_id, rd.check_profile(profile), None)
    out = []
    for item in list_items(vault, case_id=case_id):
        people = [lk.person.id for lk in item_people(vault, item.id)]
        title = planner.red.text(item.title)
        revs = [r.text for r in revisions(vault, item.id)] if is_text_testimony(vault, item) else []
        if profile == "internal":
            content, reason = "original", ""
        elif revs:
            changed = any(planner.red.text(text) != text for text in revs)
            content, reason = ("derivative", "names replaced") if changed else ("original", "")
        elif item.kind == "photo":
            content, reason = "derivative", "re-encoded from pixels without metadata"
        else:
            reason = planner._withhold_reason(item, people)
            content = "withheld" if reason else "original"
        out.append(ItemPreview(item.id, item.kind, title, content, reason, len(revs)))
    return out, rd.preview_removals(vault, case_id, profile)
