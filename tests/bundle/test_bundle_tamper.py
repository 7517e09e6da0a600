"""Every way a bundle can be wrong is refused with a reason, and nothing is imported: row counts
and blob files are the same before and after."""

from __future__ import annotations

import hashlib
import io
import json
import tarfile
from collections.abc import Callable
from pathlib import Path

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.support.bundles import Sender, befriend, build_sender, decrypt_tar, state
from tests.support.vaults import VaultFactory
from vault import keys
from vault.bundle import ImportLimits, export_bundle, import_bundle, inspect_bundle
from vault.bundle import format as fmt
from vault.errors import BundleRejected, UnknownSender, WrongRecipient
from vault.store import Vault

Members = list[tuple[str, bytes]]


@pytest.fixture
def setup(make_vault: VaultFactory, tmp_path: Path) -> tuple[Sender, Vault, Path]:
    a, b = make_vault(), make_vault()
    sender = build_sender(a, tmp_path)
    to_b = befriend(a, b)
    befriend(b, a)
    out = tmp_path / "case.age"
    # internal: these tests tamper with files and events by the sender's ids; what a partner
    # profile lets out is tested in tests/protection/.
    export_bundle(a, sender.case_id, [to_b], out, profile="internal")
    return sender, b, out


def _members(vault: Vault, bundle: Path) -> Members:
    with tarfile.open(fileobj=io.BytesIO(decrypt_tar(vault, bundle)), mode="r:") as tar:
        return [(m.name, tar.extractfile(m).read()) for m in tar.getmembers()]  # type: ignore[union-attr]


def _pack(members: Members, to: Vault, extra: Callable[[tarfile.TarFile], None] | None = None) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
        if extra is not None:
            extra(tar)
    return pyrage.encrypt(buf.getvalue(), [keys.identity(to).to_public()])


def _resign(s: Sender, members: Members, edit: Callable[[dict], None]) -> Members:  # type: ignore[type-arg]
    """Change the manifest and sign it again with the sender's real key (a lying sender)."""
    doc = json.loads(dict(members)["manifest.json"])
    edit(doc)
    raw = (json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()
    sig = fmt.sign_manifest(Ed25519PrivateKey.from_private_bytes(s.vault.secret("signing_key")), raw)
    files = [(i["file"], i["sha256"]) for i in doc["items"] if i["file"]]
    sums = fmt.render_sums([("manifest.json", hashlib.sha256(raw).hexdigest()), *files])
    swapped = {"manifest.json": raw, "manifest.sig": sig, "SHA256SUMS": sums}
    return [(n, swapped.get(n, d)) for n, d in members]


def _refused(b: Vault, path: Path, match: str, exc: type[Exception] = BundleRejected, **kw: object) -> None:
    before = state(b)
    with pytest.raises(exc, match=match):
        import_bundle(b, path, **kw)  # type: ignore[arg-type]
    assert state(b) == before


def _write(tmp: Path, data: bytes) -> Path:
    path = tmp / "tampered.age"
    path.write_bytes(data)
    return path


def test_flipped_byte_in_the_age_file(setup: tuple[Sender, Vault, Path], tmp_path: Path) -> None:
    _, b, out = setup
    data = bytearray(out.read_bytes())
    data[len(data) - 300] ^= 0x01
    _refused(b, _write(tmp_path, bytes(data)), "age authentication failed")


def test_truncated_file(setup: tuple[Sender, Vault, Path], tmp_path: Path) -> None:
    _, b, out = setup
    _refused(b, _write(tmp_path, out.read_bytes()[:-40]), "damaged or truncated")


def test_wrong_recipient(setup: tuple[Sender, Vault, Path], make_vault: VaultFactory) -> None:
    _, _, out = setup
    _refused(make_vault(), out, "not addressed to this vault", WrongRecipient)


def test_bad_signature(setup: tuple[Sender, Vault, Path], tmp_path: Path) -> None:
    _, b, out = setup
    members = _members(b, out)
    doc = json.loads(dict(members)["manifest.json"])
    doc["case"]["title"] = "Another case"
    raw = (json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()
    members = [(n, raw if n == "manifest.json" else d) for n, d in members]
    _refused(b, _write(tmp_path, _pack(members, b)), "signature does not verify")


def test_signed_by_someone_else_claiming_the_senders_key(setup: tuple[Sender, Vault, Path], tmp_path: Path) -> None:
    _, b, out = setup
    members = _members(b, out)
    forged = fmt.sign_manifest(Ed25519PrivateKey.generate(), dict(members)["manifest.json"])
    members = [(n, forged if n == "manifest.sig" else d) for n, d in members]
    _refused(b, _write(tmp_path, _pack(members, b)), "signature does not verify")


def test_parent_path_in_the_tar(setup: tuple[Sender, Vault, Path], tmp_path: Path) -> None:
    _, b, out = setup
    members = _members(b, out) + [("../../evil.txt", b"pwned")]
    _refused(b, _write(tmp_path, _pack(members, b)), "unsafe path")
    assert not (tmp_path.parent / "evil.txt").exists()


def test_absolute_path_in_the_tar(setup: tuple[Sender, Vault, Path], tmp_path: Path) -> None:
    _, b, out = setup
    _refused(b, _write(tmp_path, _pack([*_members(b, out), ("/tmp/evil.txt", b"x")], b)), "unsafe path")


def test_parent_path_in_a_signed_manifest(setup: tuple[Sender, Vault, Path], tmp_path: Path) -> None:
    s, b, out = setup
    members = _members(b, out)
    doc_file = next(n for n, _ in members if n.startswith(f"files/{s.doc_id}/"))

    def edit(doc: dict) -> None:  # type: ignore[type-arg]
        next(i for i in doc["items"] if i["id"] == s.doc_id)["file"] = f"files/{s.doc_id}/../../../evil.txt"

    members = [(f"files/{s.doc_id}/../../../evil.txt" if n == doc_file else n, d) for n, d in _resign(s, members, edit)]
    _refused(b, _write(tmp_path, _pack(members, b)), "unsafe or duplicate path")


def test_symlink_in_the_tar(setup: tuple[Sender, Vault, Path], tmp_path: Path) -> None:
    _, b, out = setup

    def link(tar: tarfile.TarFile) -> None:
        info = tarfile.TarInfo("files/link")
        info.type, info.linkname = tarfile.SYMTYPE, "/etc/passwd"
        tar.addfile(info)

    _refused(b, _write(tmp_path, _pack(_members(b, out), b, link)), "not a regular file")


def test_unlisted_extra_file(setup: tuple[Sender, Vault, Path], tmp_path: Path) -> None:
    s, b, out = setup
    members = [*_members(b, out), (f"files/{s.doc_id}/extra.txt", b"not in the manifest")]
    _refused(b, _write(tmp_path, _pack(members, b)), "does not list")


def test_missing_file(setup: tuple[Sender, Vault, Path], tmp_path: Path) -> None:
    s, b, out = setup
    members = [(n, d) for n, d in _members(b, out) if not n.startswith(f"files/{s.doc_id}/")]
    _refused(b, _write(tmp_path, _pack(members, b)), "missing from the archive")


def test_replaced_file_content(setup: tuple[Sender, Vault, Path], tmp_path: Path) -> None:
    s, b, out = setup
    members = [(n, (b"X" + d[1:]) if n.startswith(f"files/{s.doc_id}/") else d) for n, d in _members(b, out)]
    _refused(b, _write(tmp_path, _pack(members, b)), "SHA-256 does not match")


def test_manifest_lying_about_size(setup: tuple[Sender, Vault, Path], tmp_path: Path) -> None:
    s, b, out = setup

    def edit(doc: dict) -> None:  # type: ignore[type-arg]
        next(i for i in doc["items"] if i["id"] == s.doc_id)["size"] -= 5

    _refused(b, _write(tmp_path, _pack(_resign(s, _members(b, out), edit), b)), "the manifest says")


def test_oversize_entry_refused_before_writing(setup: tuple[Sender, Vault, Path]) -> None:
    _, b, out = setup
    _refused(b, out, "oversize entry", limits=ImportLimits(max_entry_bytes=100))
    _refused(b, out, "more than allowed", limits=ImportLimits(max_total_bytes=200))


def test_altered_custody_event(setup: tuple[Sender, Vault, Path], tmp_path: Path) -> None:
    s, b, out = setup

    def edit(doc: dict) -> None:  # type: ignore[type-arg]
        event = next(e for e in doc["custody"] if e.get("action") == "import")
        event["details"]["size"] += 1

    _refused(b, _write(tmp_path, _pack(_resign(s, _members(b, out), edit), b)), "was altered")


def test_sums_file_disagreeing_with_the_manifest(setup: tuple[Sender, Vault, Path], tmp_path: Path) -> None:
    _, b, out = setup
    members = [(n, d.replace(b"  files/", b"  ./files/", 1) if n == "SHA256SUMS" else d) for n, d in _members(b, out)]
    _refused(b, _write(tmp_path, _pack(members, b)), "SHA256SUMS")


def test_unknown_sender_refused_then_accepted(setup: tuple[Sender, Vault, Path]) -> None:
    s, b, out = setup
    keys.remove_contact(b, keys.list_contacts(b)[0].id)
    _refused(b, out, keys.public_identity(s.vault).fingerprint, UnknownSender)
    with pytest.raises(UnknownSender) as info:
        import_bundle(b, out)
    assert info.value.fingerprint == keys.public_identity(s.vault).fingerprint
    summary = inspect_bundle(b, out)
    assert summary.sender_contact is None and summary.sender_fingerprint == info.value.fingerprint
    got = import_bundle(b, out, accept_sender=True, sender_name="Sender NGO")
    assert got.imported == 4 and got.sender["accepted"]  # internal: every item travels
    [contact] = keys.list_contacts(b)
    assert contact.name == "Sender NGO" and contact.signing_key == keys.public_identity(s.vault).signing_key
    assert contact.id == got.sender["contact"]


def test_not_an_age_file(setup: tuple[Sender, Vault, Path], tmp_path: Path) -> None:
    _, b, _ = setup
    _refused(b, _write(tmp_path, b"PK\x03\x04 not a bundle at all"), "not an age-encrypted bundle")


def test_cancelled_import_and_export_leave_nothing(setup: tuple[Sender, Vault, Path], tmp_path: Path) -> None:
    from vault.errors import Cancelled

    s, b, out = setup
    seen: list[str] = []
    _refused(b, out, "cancelled", Cancelled, should_cancel=lambda: True)
    got = import_bundle(b, out, on_progress=lambda p: seen.append(p.stage))
    assert got.imported == 4 and seen and set(seen) == {"read"}
    before = state(s.vault)
    calls = iter(range(10**6))
    with pytest.raises(Cancelled):
        export_bundle(
            s.vault, s.case_id, [], tmp_path / "c.age", include_self=True, should_cancel=lambda: next(calls) > 0
        )
    assert state(s.vault) == before  # no temporary derivative blob left, nothing logged
    assert not (tmp_path / "c.age").exists() and not (tmp_path / "c.age.partial").exists()


def test_export_stops_on_a_damaged_stored_original(setup: tuple[Sender, Vault, Path], tmp_path: Path) -> None:
    from vault.errors import IntegrityError
    from vault.items import blob_of

    s, _, _ = setup
    path = s.vault.blobs.path_for(blob_of(s.vault, s.doc_id) or "")
    data = bytearray(path.read_bytes())
    data[-20] ^= 1
    path.write_bytes(bytes(data))
    events = len(s.vault.custody.events())
    with pytest.raises(IntegrityError):
        export_bundle(s.vault, s.case_id, [], tmp_path / "d.age", include_self=True, profile="internal")
    assert not (tmp_path / "d.age").exists() and not (tmp_path / "d.age.partial").exists()
    assert len(s.vault.custody.events()) == events
