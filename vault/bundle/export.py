"""`bundle export`: a case, per profile, signed and encrypted to the named contacts (and
optionally to this vault itself), written as one age file in a single streaming pass."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from .. import keys
from ..errors import Cancelled, UsageError
from ..exports.derive_ids import IdMap, bundle_scope
from ..fsutil import atomic_output
from ..store import Vault
from . import agestream, tario
from . import format as fmt
from .manifest import Manifest, Sender
from .plan import Plan, build_plan, discard, member_chunks

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Progress:
    """For progress bars: stage is 'prepare' (items done/total) or 'write' (bytes done/total)."""

    stage: str
    done: int
    total: int


@dataclass(frozen=True)
class ExportResult:
    path: str
    sha256: str
    size: int
    items: list[str]  # ids of items whose file travelled
    withheld: list[str]
    removals: list[str]
    recipients: list[str]  # contact ids
    export_id: str = ""  # names the export for `commitment reveal`

    def to_json(self) -> dict[str, object]:
        return {
            "path": self.path,
            "items": len(self.items),
            "sha256": self.sha256,
            "size": self.size,
            "withheld": self.withheld,
            "removals": self.removals,
            "recipients": self.recipients,
            "export_id": self.export_id,
        }


def _recipients(vault: Vault, contact_ids: list[str], include_self: bool) -> tuple[list[str], list[str]]:
    contacts = [keys.get_contact(vault, cid) for cid in dict.fromkeys(contact_ids)]
    recipients = [c.recipient for c in contacts]
    if include_self:
        recipients.append(keys.public_identity(vault).recipient)
    if not recipients:
        raise UsageError("name at least one contact (--to) or --include-self")
    return list(dict.fromkeys(recipients)), [c.id for c in contacts]


def _signing_key(vault: Vault) -> Ed25519PrivateKey:
    return Ed25519PrivateKey.from_private_bytes(vault.secret("signing_key"))


def _manifest(vault: Vault, plan: Plan, profile: str, recipients: list[str]) -> Manifest:
    me = keys.public_identity(vault)
    head = vault.custody.head()
    if head is None:  # a vault always has its 'create' event
        raise UsageError("this vault has no custody history")
    return Manifest(
        vault.env.now_iso(),
        profile,
        Sender(vault.vault_id, me.recipient, me.signing_key, me.fingerprint),
        tuple(recipients),
        head.to_json(),
        plan.case,
        tuple(plan.people),
        tuple(plan.items),
        tuple(plan.custody),
        tuple(plan.removals),
    )


def _tar_stream(
    vault: Vault,
    plan: Plan,
    manifest: bytes,
    signature: bytes,
    mtime: int,
    progress: Callable[[int], None],
    should_cancel: Callable[[], bool] | None,
) -> Iterator[bytes]:
    import hashlib

    sums = fmt.render_sums(
        [(fmt.MANIFEST, hashlib.sha256(manifest).hexdigest())] + [(m.path, m.sha256) for m in plan.members]
    )
    written = 0
    for name, data in ((fmt.MANIFEST, manifest), (fmt.SIGNATURE, signature), (fmt.SUMS, sums)):
        block = tario.member_header(name, len(data), mtime) + data + tario.padding(len(data))
        written += len(block)
        yield block
    done = 0
    for member in plan.members:
        header = tario.member_header(member.path, member.size, mtime)
        written += len(header)
        yield header
        for chunk in member_chunks(vault, member):
            if should_cancel is not None and should_cancel():
                raise Cancelled("cancelled")
            done += len(chunk)
            written += len(chunk)
            progress(done)
            yield chunk
        pad = tario.padding(member.size)
        written += len(pad)
        yield pad
    yield tario.end_of_archive(written)


def export_bundle(
    vault: Vault,
    case_id: str,
    contact_ids: list[str],
    out: Path,
    *,
    profile: str = "partner",
    include_self: bool = False,
    on_progress: Callable[[Progress], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> ExportResult:
    """Write the bundle to `out` (refusing to overwrite; written under a .partial name, fsynced,
    renamed). Logged as an 'export' event with profile, recipients, the file's SHA-256, the items,
    what the profile removed and withheld (categories and counts, never names), the export id and
    the commitments made (vault.exports.commitments)."""
    if out.exists():
        raise UsageError(f"{out} already exists; refusing to overwrite")
    recipients, contact_ids = _recipients(vault, contact_ids, include_self)

    def report(stage: str, done: int, total: int) -> None:
        if on_progress is not None:
            on_progress(Progress(stage, done, total))

    export_id = vault.env.new_id()
    ids = IdMap(vault, bundle_scope(recipients), profile)
    plan = build_plan(vault, case_id, profile, lambda d, t: report("prepare", d, t), ids=ids, export_id=export_id)
    try:
        manifest = _manifest(vault, plan, profile, recipients)
        manifest_bytes = manifest.to_bytes()
        signature = fmt.sign_manifest(_signing_key(vault), manifest_bytes)
        total = plan.total_bytes
        chunks = _tar_stream(
            vault,
            plan,
            manifest_bytes,
            signature,
            int(vault.env.clock().timestamp()),
            lambda d: report("write", d, total),
            should_cancel,
        )
        with atomic_output(out, overwrite=False) as fh:
            writer = agestream.HashingWriter(fh)
            agestream.encrypt(chunks, writer, recipients)  # type: ignore[arg-type]
    finally:
        discard(vault, plan)
    sha = writer.sha.hexdigest()
    sent = [plan.local_ids.get(i.id, i.id) for i in plan.items if i.file]
    withheld = [plan.local_ids.get(i.id, i.id) for i in plan.items if not i.file]
    with vault.transaction():
        vault.record(
            "export",
            case_id,
            {
                "kind": "bundle",
                "format": fmt.FORMAT,
                "version": fmt.VERSION,
                "profile": profile,
                "recipients": contact_ids,
                "include_self": include_self,
                "sha256": sha,
                "size": writer.size,
                "items": sent,
                "withheld": withheld,
                "removals": plan.removals,
                "removed": plan.removed,
                "withheld_reasons": plan.withheld_reasons,
                "export_id": export_id,
                "commitments": plan.commitments,
                "head": {"seq": manifest.head["seq"], "hash": manifest.head["hash"]},
            },
            also=tuple(sent + withheld),
        )
    log.info("bundle export of case %s: %d files, %d withheld", case_id, len(sent), len(withheld))
    return ExportResult(str(out), sha, writer.size, sent, withheld, plan.removals, contact_ids, export_id)
