"""`bundle import`: decrypt (stream), check everything, then merge in one transaction.

Order of checks, each before anything depends on it: age decryption with this vault's identity;
manifest.json first in the tar (bounded), then manifest.sig: the Ed25519 signature over the
manifest against the key it names; that key must be a contact (or this vault, or accepted
explicitly); the key must be bound to the vault id the manifest claims (or be new, and the id
not this vault's nor another sender's), and the manifest's ids must not name records that are
not the sender's (owners.py); the sender's custody events and head, alone and against what we
hold from that sender (chain.check_held); limits (per entry, total, free space), all
before a byte of evidence is written; SHA256SUMS must equal the manifest's rendering; then every
file: listed, once, at its exact path, with the manifest's size, streamed into the encrypted blob
store while hashed; no listed file missing; the tar's end; and age's final authentication tag.
Only then does merge.commit run. Any failure deletes the blobs written so far.
"""

from __future__ import annotations

import hashlib
import logging
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .. import keys
from ..blobs import StoredBlob
from ..errors import BundleRejected, Cancelled, UnknownSender, UsageError
from ..redaction import PROFILES
from ..store import Vault
from . import agestream, chain, merge, merge_pages, owners, tario
from . import format as fmt
from . import manifest as mf
from .export import Progress

log = logging.getLogger(__name__)

MAX_SIG_BYTES = 1024
FREE_SPACE_MARGIN = 64 * 1024 * 1024


@dataclass(frozen=True)
class ImportLimits:
    max_entry_bytes: int = 64 * 1024**3
    max_total_bytes: int = 256 * 1024**3
    max_manifest_bytes: int = 64 * 1024**2
    max_items: int = 100_000
    max_text_bytes: int = 64 * 1024**2  # a testimony's text (each revision) is held in memory


@dataclass
class Staged:
    """What a fully verified bundle brings, ready for merge.commit."""

    manifest: mf.Manifest
    contact: keys.Contact | None
    is_self: bool
    blobs: dict[str, StoredBlob] = field(default_factory=dict)  # sender's item id -> stored blob
    texts: dict[tuple[str, int], str] = field(default_factory=dict)  # (sender's item id, rev) -> text
    thumbnails: dict[str, StoredBlob] = field(default_factory=dict)  # sender's item id -> thumbnail
    pages: dict[tuple[str, int], StoredBlob] = field(default_factory=dict)  # (sender's item id, page >= 2) -> blob
    raw: bytes = b""  # the exact signed manifest and its signature, kept for `verify`
    sig: bytes = b""


class _EntryFile:
    """The current tar entry as a read-only file for BlobStore.store."""

    def __init__(self, tar: tario.TarReader) -> None:
        self._tar = tar

    def read(self, n: int = -1) -> bytes:
        return self._tar.read(n if n >= 0 else 1 << 20)


def _reject(reason: str) -> BundleRejected:
    return BundleRejected(reason)


class _Reader:
    def __init__(
        self,
        vault: Vault,
        tar: tario.TarReader,
        limits: ImportLimits,
        accept_sender: bool,
        stored: list[str],
        progress: Callable[[Progress], None] | None,
        should_cancel: Callable[[], bool] | None,
    ) -> None:
        self.vault, self.tar, self.limits, self.accept = vault, tar, limits, accept_sender
        self.stored, self.progress, self.should_cancel = stored, progress, should_cancel
        self.entries = tar.entries()

    def _entry(self, name: str, limit: int) -> bytes:
        entry = next(self.entries, None)
        if entry is None or entry.name != name:
            raise _reject(f"not an Evidence Vault bundle: {name} is not where it belongs")
        if entry.size > limit:
            raise _reject(f"{name} is larger than allowed ({entry.size} bytes)")
        data = tario.read_exact(self.tar, entry.size)
        if len(data) != entry.size:
            raise _reject("the archive is truncated")
        return data

    def signed_manifest(self) -> tuple[mf.Manifest, bytes, bytes]:
        raw = self._entry(fmt.MANIFEST, self.limits.max_manifest_bytes)
        sig = self._entry(fmt.SIGNATURE, MAX_SIG_BYTES)
        m = mf.parse(raw)
        if not fmt.signature_ok(m.sender.public_raw, raw, sig):
            raise _reject(
                "the manifest's signature does not verify: the bundle was altered or is not from the key it names"
            )
        return m, raw, sig

    def _header(self) -> Staged:
        m, raw, sig = self.signed_manifest()
        if m.profile not in PROFILES:
            raise _reject("unknown export profile in the manifest")
        is_self = m.sender.signing_key == keys.public_identity(self.vault).signing_key
        contact = None if is_self else keys.find_by_signing_key(self.vault, m.sender.signing_key)
        if not is_self and contact is None and not self.accept:
            raise UnknownSender(
                f"the bundle is signed by a key that is not one of your contacts (fingerprint {m.sender.fingerprint}); "
                "compare the fingerprint with the sender by another channel, then add the contact or accept the sender",
                m.sender.fingerprint,
            )
        chain.verify(m)
        if not is_self:
            keys.check_sender_binding(self.vault, m.sender.signing_key, m.sender.vault_id)
            owners.check_ids(self.vault, m)
        chain.check_held(self.vault, m, is_self)
        self._check_limits(m)
        sums = self._entry(fmt.SUMS, 1024 * 1024 + 300 * len(m.items))
        expected = fmt.render_sums(
            [(fmt.MANIFEST, hashlib.sha256(raw).hexdigest())] + [(f.path, f.sha256) for f in m.entries()]
        )
        if sums != expected:
            raise _reject("SHA256SUMS does not match the signed manifest")
        return Staged(m, contact, is_self, raw=raw, sig=sig)

    def _check_limits(self, m: mf.Manifest) -> None:
        files = m.entries()
        if len(m.items) > self.limits.max_items:
            raise _reject(f"the bundle lists {len(m.items)} items, more than allowed")
        for f in files:
            if f.size > self.limits.max_entry_bytes or (
                f.item.kind == "testimony" and f.size > self.limits.max_text_bytes
            ):
                what = f"item {f.item.id}" + (f" revision {f.rev}" if f.rev else "")
                raise _reject(f"oversize entry: {what} is {f.size} bytes, more than allowed")
        total = sum(f.size for f in files)
        if total > self.limits.max_total_bytes:
            raise _reject(f"the bundle holds {total} bytes, more than allowed")
        free = shutil.disk_usage(self.vault.blobs.root).free
        if total + FREE_SPACE_MARGIN > free:
            raise UsageError(f"not enough free space for this bundle ({total} bytes needed, {free} free)")

    def run(self) -> Staged:
        staged = self._header()
        m = staged.manifest
        expected = {f.path: f for f in m.entries()}
        present = merge.already_present(self.vault, m, staged.is_self)
        short = merge_pages.missing_pages(self.vault, m, present)  # kept here with page 1 only
        total = sum(f.size for f in expected.values())
        done = 0
        for entry in self.entries:
            if self.should_cancel is not None and self.should_cancel():
                raise Cancelled("cancelled")
            if fmt.path_is_tricky(entry.name):
                raise _reject("the archive holds an unsafe path (absolute, '..' or similar)")
            f = expected.pop(entry.name, None)
            if f is None:
                raise _reject("the archive holds a file the manifest does not list (or holds it twice)")
            item, what = f.item, f"item {f.item.id}" + (f" revision {f.rev}" if f.rev else "")
            if entry.size != f.size:
                raise _reject(f"{what}: the manifest says {f.size} bytes, the archive holds {entry.size}")
            sha = self._consume(staged, f, item.id in present and not (f.page > 1 and item.id in short))
            if sha != f.sha256:
                raise _reject(f"{what}: its SHA-256 does not match the manifest")
            if (item.kind == "photo" or merge_pages.is_page_images(item)) and item.id in staged.blobs and not f.page:
                self._thumbnail(staged, item.id)  # a document's page images: page 1's, for the item list
            done += entry.size
            if self.progress is not None:
                self.progress(Progress("read", done, total))
        if expected:
            raise _reject(f"{len(expected)} file(s) listed in the manifest are missing from the archive")
        if not self.tar.finished:
            raise _reject("the archive is truncated")
        return staged

    def _thumbnail(self, staged: Staged, item_id: str) -> None:
        """As intake makes one: re-encoded from pixels, decoded in bounded memory; none if it fails."""
        from ..intake.photo import MAX_DECODE_BYTES, examine_photo

        blob = staged.blobs[item_id]
        if blob.size > MAX_DECODE_BYTES:
            return
        thumb = examine_photo(self.vault.blobs.read_bytes(blob.blob_id, MAX_DECODE_BYTES)).thumbnail
        if thumb is not None:
            stored = self.vault.blobs.store_bytes(thumb)
            self.stored.append(stored.blob_id)
            staged.thumbnails[item_id] = stored

    def _consume(self, staged: Staged, f: mf.MFile, present: bool) -> str:
        item = f.item
        if item.kind == "testimony":
            data = tario.read_exact(self.tar, f.size)
            try:
                staged.texts[(item.id, f.rev or 1)] = data.decode("utf-8")
            except UnicodeDecodeError:
                raise _reject(f"item {item.id}: the testimony is not UTF-8 text") from None
            return hashlib.sha256(data).hexdigest()
        if present:
            sha = hashlib.sha256()
            while chunk := self.tar.read(1 << 20):
                sha.update(chunk)
            return sha.hexdigest()
        blob = self.vault.blobs.store(_EntryFile(self.tar), should_cancel=self.should_cancel)  # type: ignore[arg-type]
        self.stored.append(blob.blob_id)
        if f.page > 1:  # a document's later page images: each kept byte-exact (docs/adr/025-*)
            staged.pages[(item.id, f.page)] = blob
        else:
            staged.blobs[item.id] = blob
        return blob.sha256


def import_bundle(
    vault: Vault,
    path: Path,
    *,
    accept_sender: bool = False,
    sender_name: str = "",
    limits: ImportLimits = ImportLimits(),
    on_progress: Callable[[Progress], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> merge.ImportResult:
    """Verify and merge a bundle addressed to this vault. Raises BundleRejected (WrongRecipient,
    UnknownSender) with the reason; then nothing was imported and no blob is left behind."""
    stored: list[str] = []
    try:
        with open(path, "rb") as raw:
            reader = agestream.HashingReader(raw)
            pipe = agestream.DecryptPipe(reader, keys.identity(vault))  # type: ignore[arg-type]
            try:
                with pipe as plain:
                    staged = _Reader(
                        vault, tario.TarReader(plain), limits, accept_sender, stored, on_progress, should_cancel
                    ).run()
                    pipe.finish()
            except Exception as exc:
                failure = pipe.failure()  # age's verdict explains a parse error that followed it
                if failure is not None:
                    raise failure from None
                if isinstance(exc, tario.TarError):
                    raise BundleRejected(f"the bundle's archive is malformed: {exc}") from None
                raise
        result = merge.commit(vault, staged, reader.sha.hexdigest(), sender_name)
    except BaseException:
        for blob_id in stored:
            vault.blobs.delete(blob_id)
        raise
    for blob_id in set(stored) - result.used_blobs:
        vault.blobs.delete(blob_id)  # arrived meanwhile through another import: not needed
    log.info("bundle import: %d imported, %d already present", result.imported, result.already_present)
    return result


@dataclass(frozen=True)
class BundleSummary:
    """What the import dialog shows before importing: from whom, what, how much."""

    sender_fingerprint: str
    sender_contact: keys.Contact | None
    is_self: bool
    profile: str
    case_title: str
    items: int
    files: int
    withheld: int
    total_bytes: int  # every file, later testimony revisions and page images included
    revisions: int = 0  # later testimony revisions (after each testimony's sealed first one)


def inspect_bundle(vault: Vault, path: Path, limits: ImportLimits = ImportLimits()) -> BundleSummary:
    """Decrypt just far enough to read and check the signed manifest. Writes nothing. The rest of
    the file is not checked here: import_bundle does that."""
    with open(path, "rb") as raw:
        pipe = agestream.DecryptPipe(raw, keys.identity(vault))
        try:
            with pipe as plain:
                m, _, _ = _Reader(vault, tario.TarReader(plain), limits, False, [], None, None).signed_manifest()
        except Exception as exc:
            failure = pipe.failure()
            if failure is not None:
                raise failure from None
            if isinstance(exc, tario.TarError):
                raise BundleRejected(f"the bundle's archive is malformed: {exc}") from None
            raise
    is_self = m.sender.signing_key == keys.public_identity(vault).signing_key
    files, entries = m.files(), m.entries()
    return BundleSummary(
        m.sender.fingerprint,
        None if is_self else keys.find_by_signing_key(vault, m.sender.signing_key),
        is_self,
        m.profile,
        m.case.title,
        len(m.items),
        len(files),
        len(m.items) - len(files),
        sum(f.size for f in entries),
        sum(max(len(i.revisions) - 1, 0) for i in files),  # page images 2..N are not revisions
    )
