"""manifest.json: the typed form, its serialisation, and a strict parser for received ones.

Everything in a received manifest is untrusted until the signature checks, and even then it is
the sender's word: the parser checks types, lengths, id and hash shapes, file paths, and that
no two items claim the same file, before anything else looks at it.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field
from typing import Any

from ..errors import BundleRejected, UsageError
from ..models import CASE_EVENT_KINDS, ITEM_KINDS
from ..tags import normalise_tag
from . import format as fmt

CONTENT_KINDS = ("original", "derivative", "withheld")
MAX_TEXT = 1_000_000
MAX_REVISIONS = 10_000  # per testimony


@dataclass(frozen=True)
class Sender:
    vault_id: str
    recipient: str
    signing_key: str  # base64 raw Ed25519
    fingerprint: str

    @property
    def public_raw(self) -> bytes:
        return base64.b64decode(self.signing_key)


@dataclass(frozen=True)
class MPerson:
    id: str
    name: str  # the pseudonym when pseudonymised
    pseudonym: str
    role: str
    protected: bool
    pseudonymised: bool
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class MRevision:
    """One revision of a testimony (format version 2). Revision 1 is the sealed original and its
    `file` is the item's own file; revision N > 1 travels as format.revision_path(item, N).
    `sha256`/`size` are those of the text as it travels (after the profile's redaction);
    `recorded_sha256` is the SHA-256 the sender recorded for the revision's exact text (equal to
    `sha256` when `content` is 'original', a reference when it is a 'derivative')."""

    rev: int
    created: str
    actor: str
    content: str  # original | derivative
    recorded_sha256: str
    file: str
    sha256: str
    size: int

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class MPage:
    """Page N > 1 of a document that travels as page images (vault.exports.document_pages); page 1
    is the item's own file. Each page is its own PNG at format.page_path(item, N)."""

    file: str
    sha256: str
    size: int


@dataclass(frozen=True)
class MFile:
    """One file the manifest lists: an item's own file (rev 0) or a later revision's."""

    path: str
    sha256: str
    size: int
    item: MItem
    rev: int = 0
    page: int = 0  # 2.. for a document's later page images


@dataclass(frozen=True)
class MItem:
    id: str
    kind: str
    title: str
    created: str
    mime: str
    language: str
    original_name: str | None
    tags: tuple[str, ...]
    people: tuple[tuple[str, str], ...]
    metadata: dict[str, Any]
    intake_sha256: str | None
    intake_size: int | None
    content: str
    file: str | None = None
    sha256: str | None = None
    size: int | None = None
    derivation: str = ""
    revisions: tuple[MRevision, ...] = ()  # testimonies, format version 2: all of them, in order
    pages: tuple[MPage, ...] = ()  # a document as page images: pages 2..N (page 1 is `file`)


@dataclass(frozen=True)
class MCase:
    id: str
    title: str
    summary: str
    events: tuple[tuple[str, str, str, str], ...]  # (id, date, kind, text)


@dataclass(frozen=True)
class Manifest:
    created: str
    profile: str
    sender: Sender
    recipients: tuple[str, ...]
    head: dict[str, Any]
    case: MCase
    people: tuple[MPerson, ...]
    items: tuple[MItem, ...]
    custody: tuple[dict[str, Any], ...]
    removals: tuple[str, ...]
    version: int = fmt.VERSION
    extra: dict[str, Any] = field(default_factory=dict)

    def to_bytes(self) -> bytes:
        doc = {
            "format": fmt.FORMAT, "version": self.version, "created": self.created, "profile": self.profile,
            "sender": self.sender.__dict__, "recipients": list(self.recipients), "chain_head": self.head,
            "case": {"id": self.case.id, "title": self.case.title, "summary": self.case.summary,
                     "events": [dict(zip(("id", "date", "kind", "text"), e, strict=True)) for e in self.case.events]},
            "people": [{**p.__dict__, "aliases": list(p.aliases)} for p in self.people],
            "items": [self._item_json(i) for i in self.items],
            "custody": list(self.custody), "removals": list(self.removals),
            "totals": {"files": len(self.entries()), "bytes": sum(f.size for f in self.entries())},
        }  # fmt: skip
        return (json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")

    def _item_json(self, i: MItem) -> dict[str, Any]:
        doc = {**i.__dict__, "tags": list(i.tags), "people": [{"id": p, "role": r} for p, r in i.people],
               "revisions": [r.to_json() for r in i.revisions],
               "pages": [dict(p.__dict__) for p in i.pages]}  # fmt: skip
        if not i.pages:
            del doc["pages"]
        if self.version < 2:
            del doc["revisions"]
        return doc

    def files(self) -> list[MItem]:
        return [i for i in self.items if i.file]

    def entries(self) -> list[MFile]:
        """Every file the bundle holds, in archive and SHA256SUMS order: each item's own file,
        then its later revisions."""
        out = []
        for i in self.files():
            out.append(MFile(i.file or "", i.sha256 or "", i.size or 0, i))
            out += [MFile(r.file, r.sha256, r.size, i, r.rev) for r in i.revisions[1:]]
            out += [MFile(p.file, p.sha256, p.size, i, page=n) for n, p in enumerate(i.pages, 2)]
        return out


# ----- parsing -------------------------------------------------------------------------------


def _bad(what: str) -> BundleRejected:
    return BundleRejected(f"the manifest is malformed: {what}")


def _obj(v: Any, what: str) -> dict[str, Any]:
    if not isinstance(v, dict):
        raise _bad(f"{what} is not an object")
    return v


def _list(v: Any, what: str, limit: int = 1_000_000) -> list[Any]:
    if not isinstance(v, list) or len(v) > limit:
        raise _bad(f"{what} is not a list")
    return v


def _s(d: dict[str, Any], key: str, *, empty: bool = True, limit: int = MAX_TEXT) -> str:
    v = d.get(key)
    if not isinstance(v, str) or (not empty and not v) or len(v) > limit or "\x00" in v:
        raise _bad(f"field {key!r}")
    return v


def _id(d: dict[str, Any], key: str) -> str:
    v = _s(d, key)
    if not fmt.ID_RE.match(v):
        raise _bad(f"field {key!r} is not an id")
    return v


def _sha(d: dict[str, Any], key: str, *, optional: bool = False) -> str | None:
    v = d.get(key)
    if v is None and optional:
        return None
    if not isinstance(v, str) or not fmt.SHA_RE.match(v):
        raise _bad(f"field {key!r} is not a SHA-256")
    return v


def _size(d: dict[str, Any], key: str, *, optional: bool = False) -> int | None:
    v = d.get(key)
    if v is None and optional:
        return None
    if not isinstance(v, int) or isinstance(v, bool) or v < 0:
        raise _bad(f"field {key!r} is not a size")
    return v


def _is_tag(tag: str) -> bool:
    try:
        return normalise_tag(tag) == tag
    except UsageError:
        return False


def _revisions(d: dict[str, Any], item_id: str, kind: str, file: str | None, sha: str | None, size: int | None,
               seen_files: set[str]) -> tuple[MRevision, ...]:  # fmt: skip
    """A testimony's revisions 1..N: consecutive, revision 1 being the item's file, each later
    one at its own fixed path. Any other item has none."""
    raw = _list(d.get("revisions"), "revisions", MAX_REVISIONS)
    if kind != "testimony" or file is None:
        if raw:
            raise _bad("revisions on an item that is not a travelling testimony")
        return ()
    if not raw:
        raise _bad("a testimony without its revisions")
    out = []
    for n, r in enumerate(raw, 1):
        r = _obj(r, "revision")
        if type(r.get("rev")) is not int or r.get("rev") != n:
            raise BundleRejected("the manifest's revisions are not numbered 1, 2, 3, ...")
        rev = MRevision(n, _s(r, "created", limit=64), _s(r, "actor", limit=500), _s(r, "content"),
                        _sha(r, "recorded_sha256") or "", _s(r, "file"), _sha(r, "sha256") or "",
                        _size(r, "size") or 0)  # fmt: skip
        if rev.content not in ("original", "derivative") or (rev.content == "original") != (
            rev.sha256 == rev.recorded_sha256
        ):
            raise _bad(f"revision {n}: content")
        own = (file, sha, size, d.get("intake_sha256"))
        if n == 1 and (rev.file, rev.sha256, rev.size, rev.recorded_sha256) != own:
            raise _bad("revision 1 is not the testimony's own file")
        if n > 1:
            if rev.file != fmt.revision_path(item_id, n) or rev.file in seen_files:
                raise BundleRejected("the manifest names a file with an unsafe or duplicate path")
            seen_files.add(rev.file)
        out.append(rev)
    if len(out) > 1 and file.rsplit("/", 1)[-1] == fmt.REVISIONS_DIR:
        raise BundleRejected("the manifest names a file with an unsafe or duplicate path")
    return tuple(out)


def _item(d: dict[str, Any], seen_files: set[str], version: int) -> MItem:
    item_id = _id(d, "id")
    kind = _s(d, "kind")
    content = _s(d, "content")
    if kind not in ITEM_KINDS or content not in CONTENT_KINDS:
        raise _bad("item kind or content")
    name = d.get("original_name")
    if name is not None and not isinstance(name, str):
        raise _bad("original_name")
    people = tuple(
        (_id(_obj(p, "item person"), "id"), _s(p, "role", limit=200)) for p in _list(d.get("people"), "people")
    )
    tags = tuple(_list(d.get("tags"), "tags", 1000))
    if not all(isinstance(t, str) and _is_tag(t) for t in tags):
        raise _bad("tags")
    file = sha = size = None
    if content != "withheld":
        file, sha, size = _s(d, "file"), _sha(d, "sha256"), _size(d, "size")
        base = fmt.file_path(item_id, file.rsplit("/", 1)[-1])
        if file != base or not fmt.is_safe_name(file.rsplit("/", 1)[-1]) or file in seen_files:
            raise BundleRejected("the manifest names a file with an unsafe or duplicate path")
        seen_files.add(file)
    elif any(d.get(k) is not None for k in ("file", "sha256", "size")):
        raise _bad("a withheld item with a file")
    if version < 2 and "revisions" in d:
        raise _bad("revisions in a version 1 manifest")
    revisions = _revisions(d, item_id, kind, file, sha, size, seen_files) if version >= 2 else ()
    pages = _pages(d, item_id, content, file, seen_files)
    return MItem(
        item_id, kind, _s(d, "title"), _s(d, "created", limit=64), _s(d, "mime", limit=200),
        _s(d, "language", limit=32), name, tags, people, _obj(d.get("metadata"), "metadata"),
        _sha(d, "intake_sha256", optional=True), _size(d, "intake_size", optional=True), content, file, sha, size,
        _s(d, "derivation", limit=1000), revisions, pages,
    )  # fmt: skip


def _pages(d: dict[str, Any], item_id: str, content: str, file: str | None, seen_files: set[str]) -> tuple[MPage, ...]:
    """A derived document's pages 2..N, each at its fixed path; page 1 must be the item's file."""
    raw = _list(d.get("pages", []), "pages", fmt.MAX_PAGE_FILES)
    if not raw:
        return ()
    if content != "derivative" or file != fmt.page_path(item_id, 1):
        raise _bad("pages on an item that is not a document's page images")
    out = []
    for n, p in enumerate(raw, 2):
        p = _obj(p, "page")
        page = MPage(_s(p, "file"), _sha(p, "sha256") or "", _size(p, "size") or 0)
        if page.file != fmt.page_path(item_id, n) or page.file in seen_files:
            raise BundleRejected("the manifest names a file with an unsafe or duplicate path")
        seen_files.add(page.file)
        out.append(page)
    return tuple(out)


def parse(data: bytes) -> Manifest:
    try:
        doc = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise _bad("not UTF-8 JSON") from None
    doc = _obj(doc, "manifest")
    if doc.get("format") != fmt.FORMAT:
        raise BundleRejected("not an Evidence Vault bundle (manifest format)")
    version = doc.get("version")
    if type(version) is not int or version not in fmt.READABLE_VERSIONS:
        raise BundleRejected(f"unsupported bundle version {version!r} (this program reads versions 1 to {fmt.VERSION})")
    s = _obj(doc.get("sender"), "sender")
    sender = Sender(_id(s, "vault_id"), _s(s, "recipient", limit=200), _s(s, "signing_key", limit=100),
                    _s(s, "fingerprint", limit=100))  # fmt: skip
    try:
        if len(sender.public_raw) != 32:
            raise ValueError
    except ValueError:
        raise _bad("sender signing key") from None
    c = _obj(doc.get("case"), "case")
    events = []
    for e in _list(c.get("events"), "case events"):
        e = _obj(e, "case event")
        if _s(e, "kind") not in CASE_EVENT_KINDS:
            raise _bad("case event kind")
        events.append((_id(e, "id"), _s(e, "date", limit=10), e["kind"], _s(e, "text")))
    case = MCase(_id(c, "id"), _s(c, "title", empty=False), _s(c, "summary"), tuple(events))
    people = []
    for p in _list(doc.get("people"), "people"):
        p = _obj(p, "person")
        aliases = tuple(_list(p.get("aliases"), "aliases", 100))
        if not all(isinstance(a, str) and len(a) < 500 for a in aliases):
            raise _bad("aliases")
        people.append(MPerson(_id(p, "id"), _s(p, "name", empty=False, limit=500), _s(p, "pseudonym", limit=500),
                              _s(p, "role", limit=200), p.get("protected") is True, p.get("pseudonymised") is True,
                              aliases))  # fmt: skip
    seen: set[str] = set()
    items = tuple(_item(_obj(i, "item"), seen, version) for i in _list(doc.get("items"), "items"))
    if len({i.id for i in items}) != len(items) or len({p.id for p in people}) != len(people):
        raise _bad("duplicate ids")
    known_people = {p.id for p in people}
    if any(pid not in known_people for i in items for pid, _ in i.people):
        raise _bad("an item names a person the manifest does not list")
    custody = tuple(_obj(e, "custody event") for e in _list(doc.get("custody"), "custody"))
    removals = tuple(_list(doc.get("removals"), "removals", 1000))
    if not all(isinstance(r, str) for r in removals):
        raise _bad("removals")
    recipients = tuple(_list(doc.get("recipients"), "recipients", 1000))
    return Manifest(
        _s(doc, "created", limit=64), _s(doc, "profile", limit=32), sender,
        tuple(str(r) for r in recipients), _obj(doc.get("chain_head"), "chain_head"), case, tuple(people),
        items, custody, tuple(str(r) for r in removals), version,
    )  # fmt: skip
