"""Bundle format version 2: a testimony travels with every revision (each redacted per profile,
each its own file, listed in the signed manifest and in SHA256SUMS); the receiver recreates them
in order, a follow-up bundle adds only what is new, a lying manifest is refused with nothing
imported, and a version 1 bundle still imports as before."""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from tests.support.bundles import (
    OPEN_NAME,
    PROTECTED_ALIAS,
    PROTECTED_NAME,
    PSEUDONYM,
    TOOL,
    Sender,
    befriend,
    build_sender,
    decrypt_tar,
    doc_steps,
    state,
)
from tests.support.vaults import VaultFactory
from vault import keys
from vault.bundle import ImportLimits, export_bundle, import_bundle, inspect_bundle
from vault.bundle import format as fmt
from vault.errors import BundleRejected
from vault.exports.derive_ids import IdMap, bundle_scope
from vault.exports.reasons import REDACTED_TEXT
from vault.exports.review import review_export
from vault.items import get_item
from vault.redaction import redactor_for
from vault.search import search
from vault.store import Vault
from vault.testimony import add_testimony, revise_testimony, revisions
from vault.verify import verify_vault

Members = list[tuple[str, bytes]]
ADDENDUM_2 = f"\nДополнение: {PROTECTED_NAME} позже опознала конвоира по шраму."
ADDENDUM_3 = f"\nДополнение 2: брат {PROTECTED_ALIAS} видел автозак у ворот; номер 017ЖЕЛТЫЙ."


@pytest.fixture
def pair(make_vault: VaultFactory, tmp_path: Path) -> tuple[Sender, Vault, str]:
    a, b = make_vault(owner="Sender NGO"), make_vault(owner="Receiver NGO")
    s = build_sender(a, tmp_path)
    first = revisions(a, s.testimony_id)[0].text
    assert revise_testimony(a, s.testimony_id, first + ADDENDUM_2) == 2
    assert revise_testimony(a, s.testimony_id, first + ADDENDUM_2 + ADDENDUM_3) == 3
    to_b = befriend(a, b)
    befriend(b, a, "Sender NGO")
    return s, b, to_b


def _members(vault: Vault, bundle: Path) -> Members:
    with tarfile.open(fileobj=io.BytesIO(decrypt_tar(vault, bundle)), mode="r:") as tar:
        return [(m.name, tar.extractfile(m).read()) for m in tar.getmembers()]  # type: ignore[union-attr]


def _pack(members: Members, to: Vault, path: Path) -> Path:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tar:
        for name, data in members:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    path.write_bytes(pyrage.encrypt(buf.getvalue(), [keys.identity(to).to_public()]))
    return path


def _resign(s: Sender, members: Members, edit: Callable[[dict[str, Any]], None]) -> Members:
    """A lying sender: the manifest changed and signed again with the sender's real key, with a
    SHA256SUMS to match (every item file, then its later revisions)."""
    doc = json.loads(dict(members)["manifest.json"])
    edit(doc)
    raw = (json.dumps(doc, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode()
    sig = fmt.sign_manifest(Ed25519PrivateKey.from_private_bytes(s.vault.secret("signing_key")), raw)
    files = []
    for i in doc["items"]:
        if i["file"]:
            files += [(i["file"], i["sha256"])] + [(r["file"], r["sha256"]) for r in i.get("revisions", [])[1:]]
    sums = fmt.render_sums([("manifest.json", hashlib.sha256(raw).hexdigest()), *files])
    swapped = {"manifest.json": raw, "manifest.sig": sig, "SHA256SUMS": sums}
    return [(n, swapped.get(n, d)) for n, d in members]


def _refused(b: Vault, path: Path, match: str, **kw: Any) -> None:
    before = state(b)
    with pytest.raises(BundleRejected, match=match):
        import_bundle(b, path, **kw)
    assert state(b) == before


def xid(s: Sender, item_id: str) -> str:
    """The id a partner bundle to the (only) contact shows for `item_id` (per-recipient ids)."""
    [contact] = keys.list_contacts(s.vault)
    return IdMap(s.vault, bundle_scope([contact.recipient]), "partner")("item", item_id)


def _received(b: Vault, items: list[str], sender_item: str) -> str:
    return next(i for i in items if get_item(b, i).metadata["received"]["sender_item"] == sender_item)


def test_partner_bundle_carries_every_revision_redacted(pair: tuple[Sender, Vault, str], tmp_path: Path) -> None:
    s, b, to_b = pair
    out = export_bundle(s.vault, s.case_id, [to_b], tmp_path / "case.age")
    plain = decrypt_tar(b, Path(out.path))
    for needle in (PROTECTED_NAME, PROTECTED_ALIAS, "Нурланов"):
        assert needle.encode() not in plain
    members = dict(_members(b, Path(out.path)))
    manifest = json.loads(members["manifest.json"])
    assert manifest["version"] == 2
    item = next(i for i in manifest["items"] if i["id"] == xid(s, s.testimony_id))
    revs = item["revisions"]
    assert [r["rev"] for r in revs] == [1, 2, 3]
    assert [r["file"] for r in revs] == [
        item["file"],
        f"files/{xid(s, s.testimony_id)}/revisions/002.txt",
        f"files/{xid(s, s.testimony_id)}/revisions/003.txt",
    ]
    sent = revisions(s.vault, s.testimony_id)
    red = redactor_for(s.vault, s.case_id, "partner")
    for r, mine in zip(revs, sent, strict=True):
        data = members[r["file"]]
        assert data.decode() == red.text(mine.text) and hashlib.sha256(data).hexdigest() == r["sha256"]
        assert (r["created"], r["actor"], r["size"]) == (mine.created, mine.actor, len(data))
        assert r["recorded_sha256"] != mine.sha256  # a salted commitment: no hash of the names to test
        assert r["content"] == "derivative"  # every revision names the witness
    rev3 = members[revs[2]["file"]].decode()
    assert rev3.count(PSEUDONYM) >= 3 and OPEN_NAME in rev3 and "номер 017ЖЕЛТЫЙ" in rev3
    # SHA256SUMS covers the revision files too, in manifest order, so `sha256sum -c` checks them.
    sums = members["SHA256SUMS"].decode().splitlines()
    assert f"{revs[1]['sha256']}  {revs[1]['file']}" in sums and f"{revs[2]['sha256']}  {revs[2]['file']}" in sums
    assert sums.index(f"{item['sha256']}  {item['file']}") + 2 == sums.index(f"{revs[2]['sha256']}  {revs[2]['file']}")
    assert manifest["totals"]["files"] == len(sums) - 1
    # The sender's events travel withheld under partner (their hashes would be oracles).
    assert manifest["custody"] and all(e.get("withheld") for e in manifest["custody"])

    summary = inspect_bundle(b, Path(out.path))
    assert (summary.files, summary.revisions) == (2, 2)  # the documents are withheld (not cleared)
    got = import_bundle(b, Path(out.path))
    assert (got.imported, got.revisions) == (2, 2)
    local = _received(b, got.items, xid(s, s.testimony_id))
    here = revisions(b, local)
    assert [(r.rev, r.text, r.created, r.actor) for r in here] == [
        (m.rev, red.text(m.text), m.created, m.actor) for m in sent
    ]
    assert all(r.sha256 == hashlib.sha256(r.text.encode()).hexdigest() for r in here)
    assert here[0].sha256 == get_item(b, local).sha256  # the sealed first revision is the item's hash
    events = [(e.action, e.details.get("rev")) for e in b.custody.events(local)]
    # Received revisions are logged as received (this vault's 'revise' events are its own edits).
    assert events[:3] == [("receive", None), ("receive", 2), ("receive", 3)]
    # The receiver's search shows the latest revision.
    assert local in [h.id for h in search(b.conn, "017ЖЕЛТЫЙ")]
    assert local in [h.id for h in search(b.conn, "конвоира")]
    report = verify_vault(b)
    assert report.ok, report.to_json()


def test_internal_bundle_keeps_names_and_hashes(pair: tuple[Sender, Vault, str], tmp_path: Path) -> None:
    s, b, to_b = pair
    out = tmp_path / "internal.age"
    export_bundle(s.vault, s.case_id, [to_b], out, profile="internal")
    got = import_bundle(b, out)
    local = _received(b, got.items, s.testimony_id)
    sent, here = revisions(s.vault, s.testimony_id), revisions(b, local)
    assert [(r.rev, r.text, r.sha256) for r in here] == [(r.rev, r.text, r.sha256) for r in sent]
    assert PROTECTED_NAME in here[1].text and PROTECTED_ALIAS in here[2].text
    manifest = json.loads(dict(_members(b, out))["manifest.json"])
    item = next(i for i in manifest["items"] if i["id"] == s.testimony_id)
    assert all(r["content"] == "original" and r["sha256"] == r["recorded_sha256"] for r in item["revisions"])
    assert verify_vault(b).ok


def test_follow_up_bundle_adds_only_the_new_revision(pair: tuple[Sender, Vault, str], tmp_path: Path) -> None:
    s, b, to_b = pair
    first = import_bundle(b, Path(export_bundle(s.vault, s.case_id, [to_b], tmp_path / "1.age").path))
    local = _received(b, first.items, xid(s, s.testimony_id))
    latest = revisions(s.vault, s.testimony_id)[-1].text
    assert revise_testimony(s.vault, s.testimony_id, latest + f"\nДополнение 3: {PROTECTED_NAME} подписала.") == 4
    second_path = Path(export_bundle(s.vault, s.case_id, [to_b], tmp_path / "2.age").path)
    before = state(b)
    second = import_bundle(b, second_path)
    assert (second.imported, second.already_present, second.revisions) == (0, 2, 1)
    after = state(b)
    assert after["revisions"] == before["revisions"] + 1 and after["items"] == before["items"]
    assert after["blob_files"] == before["blob_files"]
    here = revisions(b, local)
    assert [r.rev for r in here] == [1, 2, 3, 4]
    assert here[3].text.endswith(f"Дополнение 3: {PSEUDONYM} подписала.")
    assert local in [h.id for h in search(b.conn, "подписала")]
    # Idempotent: the same bundle again adds nothing.
    again = import_bundle(b, second_path)
    assert (again.revisions, state(b)["revisions"]) == (0, after["revisions"])
    assert verify_vault(b).ok


def test_present_item_revised_here_is_left_alone(pair: tuple[Sender, Vault, str], tmp_path: Path) -> None:
    s, b, to_b = pair
    first = import_bundle(b, Path(export_bundle(s.vault, s.case_id, [to_b], tmp_path / "1.age").path))
    local = _received(b, first.items, xid(s, s.testimony_id))
    revise_testimony(b, local, revisions(b, local)[-1].text + "\nПримечание партнёра.")
    revise_testimony(s.vault, s.testimony_id, revisions(s.vault, s.testimony_id)[-1].text + "\nЕщё.")
    revise_testimony(s.vault, s.testimony_id, revisions(s.vault, s.testimony_id)[-1].text + "\nИ ещё.")
    got = import_bundle(b, Path(export_bundle(s.vault, s.case_id, [to_b], tmp_path / "2.age").path))
    assert (got.revisions, got.revisions_diverged) == (0, [local])
    assert revisions(b, local)[-1].text.endswith("Примечание партнёра.") and len(revisions(b, local)) == 4
    assert verify_vault(b).ok


def test_the_review_sends_a_testimony_named_only_in_a_later_revision_as_redacted_text(
    pair: tuple[Sender, Vault, str],
) -> None:
    s, _, _ = pair
    clean = add_testimony(s.vault, title="Второй рассказ", text="Никого не назвала.", case_id=s.case_id)
    revise_testimony(s.vault, clean, f"Никого не назвала. Дополнение: это была {PROTECTED_NAME}.")
    derived = {d.item_id: d.kind for d in review_export(s.vault, s.case_id, "partner").derived}
    assert derived[clean] == derived[s.testimony_id] == REDACTED_TEXT
    assert s.photo_id in derived
    internal = review_export(s.vault, s.case_id, "internal")
    assert clean not in {d.item_id for d in internal.derived} | {w.item_id for w in internal.withheld}


# ----- a manifest or archive that lies ------------------------------------------------------


@pytest.fixture
def bundle(pair: tuple[Sender, Vault, str], tmp_path: Path) -> tuple[Sender, Vault, Members]:
    s, b, to_b = pair
    out = tmp_path / "case.age"
    export_bundle(s.vault, s.case_id, [to_b], out)
    return s, b, _members(b, out)


def _rev_file(s: Sender, rev: int) -> str:
    return f"files/{xid(s, s.testimony_id)}/revisions/{rev:03d}.txt"


def test_tampered_revision_file(bundle: tuple[Sender, Vault, Members], tmp_path: Path) -> None:
    s, b, members = bundle
    members = [(n, d.replace(PSEUDONYM.encode(), "Свидетель Б".encode()) if n == _rev_file(s, 2) else d)
               for n, d in members]  # fmt: skip
    _refused(b, _pack(members, b, tmp_path / "t.age"), "revision 2: its SHA-256 does not match")


def test_deleted_revision_file(bundle: tuple[Sender, Vault, Members], tmp_path: Path) -> None:
    s, b, members = bundle
    members = [(n, d) for n, d in members if n != _rev_file(s, 3)]
    _refused(b, _pack(members, b, tmp_path / "t.age"), "missing from the archive")


def test_revision_file_the_manifest_does_not_list(bundle: tuple[Sender, Vault, Members], tmp_path: Path) -> None:
    s, b, members = bundle
    members = [*members, (_rev_file(s, 4), "Дополнение: выдумано.".encode())]
    _refused(b, _pack(members, b, tmp_path / "t.age"), "does not list")


def test_fake_revision_added_to_the_manifest_without_its_file(
    bundle: tuple[Sender, Vault, Members], tmp_path: Path
) -> None:
    s, b, members = bundle
    fake = "Дополнение: выдумано.".encode()

    def edit(doc: dict[str, Any]) -> None:
        item = next(i for i in doc["items"] if i["id"] == xid(s, s.testimony_id))
        sha = hashlib.sha256(fake).hexdigest()
        item["revisions"].append({**item["revisions"][-1], "rev": 4, "file": _rev_file(s, 4), "sha256": sha,
                                  "recorded_sha256": sha, "content": "original", "size": len(fake)})  # fmt: skip

    _refused(b, _pack(_resign(s, members, edit), b, tmp_path / "t.age"), "missing from the archive")


def test_revisions_not_consecutive(bundle: tuple[Sender, Vault, Members], tmp_path: Path) -> None:
    s, b, members = bundle

    def edit(doc: dict[str, Any]) -> None:
        item = next(i for i in doc["items"] if i["id"] == xid(s, s.testimony_id))
        item["revisions"][2]["rev"] = 5

    _refused(b, _pack(_resign(s, members, edit), b, tmp_path / "t.age"), r"not numbered 1, 2, 3")


def test_revision_at_another_path(bundle: tuple[Sender, Vault, Members], tmp_path: Path) -> None:
    s, b, members = bundle
    moved = f"files/{xid(s, s.testimony_id)}/revisions/../../../evil.txt"

    def edit(doc: dict[str, Any]) -> None:
        next(i for i in doc["items"] if i["id"] == xid(s, s.testimony_id))["revisions"][1]["file"] = moved

    members = [(moved if n == _rev_file(s, 2) else n, d) for n, d in _resign(s, members, edit)]
    _refused(b, _pack(members, b, tmp_path / "t.age"), "unsafe or duplicate path")


def test_manifest_lying_about_a_revision_size(bundle: tuple[Sender, Vault, Members], tmp_path: Path) -> None:
    s, b, members = bundle

    def edit(doc: dict[str, Any]) -> None:
        next(i for i in doc["items"] if i["id"] == xid(s, s.testimony_id))["revisions"][2]["size"] -= 3

    _refused(b, _pack(_resign(s, members, edit), b, tmp_path / "t.age"), "revision 3: the manifest says")


def test_oversize_revision(bundle: tuple[Sender, Vault, Members], tmp_path: Path) -> None:
    s, b, members = bundle
    sizes = {n: len(d) for n, d in members}
    first = next(n for n in sizes if n.startswith(f"files/{xid(s, s.testimony_id)}/") and "/revisions/" not in n)
    limit = (sizes[first] + sizes[_rev_file(s, 3)]) // 2  # the first revision fits, the third does not
    assert sizes[first] <= limit < sizes[_rev_file(s, 3)]
    path = _pack(members, b, tmp_path / "t.age")
    _refused(b, path, "oversize entry: item .* revision 3", limits=ImportLimits(max_text_bytes=limit))


# ----- format version 1 ---------------------------------------------------------------------


def _as_version_1(s: Sender, members: Members) -> Members:
    """What the previous program wrote: no revisions anywhere, version 1."""

    def edit(doc: dict[str, Any]) -> None:
        doc["version"] = 1
        for item in doc["items"]:
            del item["revisions"]
        files = [i for i in doc["items"] if i["file"]]
        doc["totals"] = {"files": len(files), "bytes": sum(i["size"] for i in files)}

    return [(n, d) for n, d in _resign(s, members, edit) if "/revisions/" not in n]


def test_version_1_bundle_imports_as_before(bundle: tuple[Sender, Vault, Members], tmp_path: Path) -> None:
    s, b, members = bundle
    old = _as_version_1(s, members)
    assert json.loads(dict(old)["manifest.json"])["version"] == 1
    got = import_bundle(b, _pack(old, b, tmp_path / "v1.age"))
    assert (got.imported, got.already_present, got.revisions) == (2, 0, 0)
    local = _received(b, got.items, xid(s, s.testimony_id))
    [only] = revisions(b, local)
    sent = revisions(s.vault, s.testimony_id)[0]
    assert only.rev == 1 and only.actor == "Receiver NGO" and only.created != sent.created  # as v1 did
    assert only.text == redactor_for(s.vault, s.case_id, "partner").text(sent.text)
    assert verify_vault(b).ok
    # A later version 2 bundle of the same case then brings the revisions the item lacks.
    v2 = import_bundle(b, _pack(members, b, tmp_path / "v2.age"))
    assert (v2.imported, v2.revisions) == (0, 2) and [r.rev for r in revisions(b, local)] == [1, 2, 3]
    assert verify_vault(b).ok


def test_version_1_manifest_with_revisions_is_refused(bundle: tuple[Sender, Vault, Members], tmp_path: Path) -> None:
    s, b, members = bundle

    def edit(doc: dict[str, Any]) -> None:
        doc["version"] = 1

    _refused(b, _pack(_resign(s, members, edit), b, tmp_path / "t.age"), "revisions in a version 1 manifest")


def test_unknown_version_is_refused(bundle: tuple[Sender, Vault, Members], tmp_path: Path) -> None:
    s, b, members = bundle

    def edit(doc: dict[str, Any]) -> None:
        doc["version"] = 3

    _refused(b, _pack(_resign(s, members, edit), b, tmp_path / "t.age"), "unsupported bundle version 3")


@pytest.mark.skipif(shutil.which("age") is None, reason="Debian's age is not installed")
def test_stock_tools_check_the_revision_files(pair: tuple[Sender, Vault, str], tmp_path: Path) -> None:
    """The unchanged steps of docs/verify-a-bundle.md check every revision file too."""
    s, b, to_b = pair
    work = tmp_path / "partner"
    work.mkdir()
    export_bundle(s.vault, s.case_id, [to_b], work / "case.age")
    keys.export_identity(b, work / "key.txt")
    shutil.copy(TOOL, work / TOOL.name)
    env = {**os.environ, "SENDER_KEY": keys.public_identity(s.vault).signing_key,
           "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"}  # fmt: skip
    run = subprocess.run(["bash", "-euo", "pipefail", "-c", doc_steps()], cwd=work, env=env, capture_output=True,
                         text=True, timeout=120)  # fmt: skip
    assert run.returncode == 0, run.stderr + run.stdout
    assert f"{_rev_file(s, 2)}: OK" in run.stdout and f"{_rev_file(s, 3)}: OK" in run.stdout
    assert run.stdout.count(": OK") == 5 and "OK: manifest signed by" in run.stdout  # manifest + 2 files + 2 revs
    # A revision changed after extraction: `sha256sum -c` names it.
    extracted = work / "bundle" / _rev_file(s, 3)
    extracted.write_bytes(extracted.read_bytes() + b" ")
    check = subprocess.run(["sha256sum", "-c", "SHA256SUMS"], cwd=work / "bundle", capture_output=True, text=True)
    assert check.returncode != 0 and f"{_rev_file(s, 3)}: FAILED" in check.stdout
