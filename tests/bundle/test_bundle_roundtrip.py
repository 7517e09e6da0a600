"""Partner bundles between two vaults: what travels per profile, what arrives, custody kept,
verify passes on the receiver, importing twice changes nothing."""

from __future__ import annotations

import base64
import hashlib
import io
import json
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from tests.support.bundles import (
    OPEN_NAME,
    PROTECTED_ALIAS,
    PROTECTED_NAME,
    PSEUDONYM,
    SERIAL,
    Sender,
    befriend,
    build_sender,
    decrypt_tar,
    state,
    tar_members,
)
from tests.support.vaults import VaultFactory
from vault import keys
from vault.bundle import export_bundle, import_bundle, inspect_bundle
from vault.custody import key_id, signature_valid
from vault.exports.clearance import clear_item
from vault.exports.derive_ids import IdMap, bundle_scope
from vault.items import get_item, list_items, thumbnail
from vault.people import list_people
from vault.redaction import metadata_has_gps
from vault.store import Vault
from vault.testimony import revisions


@pytest.fixture
def pair(make_vault: VaultFactory, tmp_path: Path) -> tuple[Sender, Vault, str]:
    a, b = make_vault(owner="Sender NGO"), make_vault(owner="Receiver NGO")
    sender = build_sender(a, tmp_path)
    to_b = befriend(a, b)
    befriend(b, a, "Sender NGO")
    return sender, b, to_b


def _all_text(vault: Vault) -> str:
    """Every text column of every table of the receiver, and its search index."""
    out = []
    tables = [r[0] for r in vault.conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    for t in tables:
        if t.startswith("search_index_"):
            continue
        for row in vault.conn.execute(f'SELECT * FROM "{t}"'):
            out += [v for v in row if isinstance(v, str)]
    return "\n".join(out)


def test_partner_round_trip(pair: tuple[Sender, Vault, str], tmp_path: Path) -> None:
    s, b, to_b = pair
    out = tmp_path / "case.age"
    # Under partner a document's original leaves only when a person cleared it.
    clear_item(s.vault, s.doc_id, "partner", "the court decision is public")
    result = export_bundle(s.vault, s.case_id, [to_b], out)
    assert out.read_bytes()[:21] == b"age-encryption.org/v1"
    assert result.sha256 == hashlib.sha256(out.read_bytes()).hexdigest()
    assert sorted(result.items) == sorted([s.testimony_id, s.photo_id, s.doc_id])
    assert result.withheld == [s.secret_doc_id]  # its text names the protected witness
    ids = IdMap(s.vault, bundle_scope([keys.get_contact(s.vault, to_b).recipient]), "partner")
    back = {ids("item", i): i for i in (s.photo_id, s.doc_id, s.testimony_id, s.secret_doc_id)}

    # The export is logged with profile, recipients, the file's hash and the items.
    export = s.vault.custody.events(s.case_id)[-1]
    assert export.action == "export"
    assert export.details["profile"] == "partner" and export.details["recipients"] == [to_b]
    assert export.details["sha256"] == result.sha256 and sorted(export.details["items"]) == sorted(result.items)
    assert export.details["removals"] and all(PROTECTED_NAME not in r for r in export.details["removals"])

    # Nothing identifying the protected witness, nor GPS or serials, in the decrypted tar.
    plain = decrypt_tar(b, out)
    for needle in (PROTECTED_NAME, PROTECTED_ALIAS, "Нурланов", SERIAL):
        assert needle.encode() not in plain
    members = tar_members(plain)
    manifest: dict[str, Any] = json.loads(members["manifest.json"])
    items = {i["id"]: i for i in manifest["items"]}
    assert not {s.photo_id, s.doc_id, s.testimony_id, s.secret_doc_id, s.case_id} & {*items, manifest["case"]["id"]}
    items = {back[i["id"]]: i for i in manifest["items"]}  # per-recipient ids, back to ours
    photo = items[s.photo_id]
    # a salted commitment, not the original's hash
    assert photo["content"] == "derivative" and photo["intake_sha256"] != get_item(s.vault, s.photo_id).sha256
    assert photo["sha256"] != photo["intake_sha256"] and not metadata_has_gps(photo["metadata"])
    jpeg = members[photo["file"]]
    assert hashlib.sha256(jpeg).hexdigest() == photo["sha256"]
    with Image.open(io.BytesIO(jpeg)) as im:
        assert len(im.getexif()) == 0 and "exif" not in im.info and im.size == (64, 48)
    doc = items[s.doc_id]
    assert doc["content"] == "original" and doc["sha256"] == doc["intake_sha256"] == get_item(s.vault, s.doc_id).sha256
    assert items[s.secret_doc_id]["content"] == "withheld" and items[s.secret_doc_id]["file"] is None
    testimony = members[items[s.testimony_id]["file"]].decode()
    assert PSEUDONYM in testimony and OPEN_NAME in testimony and "Қазақша мәтін" in testimony
    people = {p["name"]: p for p in manifest["people"]}
    assert people[PSEUDONYM]["pseudonymised"] and people[PSEUDONYM]["aliases"] == []
    assert not people[OPEN_NAME]["pseudonymised"]
    assert manifest["sender"]["signing_key"] == keys.public_identity(s.vault).signing_key

    # What the import dialog shows first; reading it writes nothing.
    before = state(b)
    summary = inspect_bundle(b, out)
    assert (summary.items, summary.files, summary.withheld, summary.profile) == (4, 3, 1, "partner")
    assert summary.sender_contact is not None and summary.sender_contact.name == "Sender NGO"
    assert summary.total_bytes == sum(i["size"] or 0 for i in manifest["items"]) and state(b) == before

    # Import: items, hashes, people per profile.
    got = import_bundle(b, out)
    assert (got.imported, got.already_present, got.withheld) == (3, 0, 1)
    assert got.sender["contact"] == keys.list_contacts(b)[0].id and not got.sender["accepted"]
    received = {get_item(b, i).metadata["received"]["sender_item"]: get_item(b, i) for i in got.items}
    assert {back[r] for r in received} == {s.testimony_id, s.photo_id, s.doc_id}
    received = {back[r]: i for r, i in received.items()}
    assert received[s.doc_id].sha256 == get_item(s.vault, s.doc_id).sha256  # the original travelled
    assert received[s.photo_id].sha256 == photo["sha256"]
    assert received[s.photo_id].metadata["received"]["intake_sha256"] == photo["intake_sha256"]
    assert revisions(b, received[s.testimony_id].id)[0].text == testimony
    assert {p.name for p in list_people(b)} == {PSEUDONYM, OPEN_NAME}
    assert next(p for p in list_people(b) if p.name == PSEUDONYM).protected
    assert sorted(i.id for i in list_items(b, case_id=got.case_id)) == sorted(got.items)
    assert all(n not in _all_text(b) for n in (PROTECTED_NAME, PROTECTED_ALIAS, SERIAL))
    after = state(b)
    assert after["items"] == before["items"] + 3 and after["blob_files"] == before["blob_files"] + 3  # + a thumbnail
    thumb = thumbnail(b, received[s.photo_id].id)
    assert thumb is not None
    with Image.open(io.BytesIO(thumb)) as im:
        assert im.format == "JPEG" and len(im.getexif()) == 0

    # Custody: the sender's events kept verbatim and still verifiable; receive events appended.
    pub = keys.public_identity(s.vault)
    stored = [json.loads(r[0]) for r in b.conn.execute("SELECT event FROM received_events ORDER BY seq")]
    assert stored == manifest["custody"] and len(stored) >= 6
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    key = Ed25519PublicKey.from_public_bytes(base64.b64decode(pub.signing_key))
    assert all(
        signature_valid(key, e["hash"], e["signature"]) and e["key_id"] == key_id(key.public_bytes_raw())
        for e in stored
    )
    assert all(e.get("withheld") for e in stored)  # partner: times, devices, ids and names stay home
    receive = b.custody.events(received[s.doc_id].id)
    assert receive[0].action == "receive" and receive[0].details["sha256"] == received[s.doc_id].sha256
    summary = b.custody.events(got.case_id)[-1]
    assert summary.action == "receive" and summary.details["bundle_sha256"] == result.sha256

    from vault.verify import verify_vault

    report = verify_vault(b)
    assert report.ok, report.to_json()
    assert verify_vault(s.vault).ok

    # Twice: nothing new.
    before = state(b)
    again = import_bundle(b, out)
    assert (again.imported, again.already_present) == (0, 3) and sorted(again.items) == sorted(got.items)
    after = state(b)
    assert {k: v for k, v in after.items() if k != "custody"} == {k: v for k, v in before.items() if k != "custody"}
    assert verify_vault(b).ok


def test_internal_profile_sends_originals_and_everyone(pair: tuple[Sender, Vault, str], tmp_path: Path) -> None:
    s, b, to_b = pair
    out = tmp_path / "internal.age"
    result = export_bundle(s.vault, s.case_id, [to_b], out, profile="internal")
    assert result.withheld == []
    plain = decrypt_tar(b, out)
    manifest = json.loads(tar_members(plain)["manifest.json"])
    assert all(i["content"] == "original" and i["sha256"] == i["intake_sha256"] for i in manifest["items"])
    assert PROTECTED_NAME.encode() in plain  # internal: everything, by design
    got = import_bundle(b, out)
    assert got.imported == 4
    photo = next(get_item(b, i) for i in got.items if get_item(b, i).kind == "photo")
    assert photo.sha256 == get_item(s.vault, s.photo_id).sha256


def test_follow_up_bundle_adds_only_new_items(pair: tuple[Sender, Vault, str], tmp_path: Path) -> None:
    s, b, to_b = pair
    first = import_bundle(b, _export(s, to_b, tmp_path / "1.age"))
    from vault.testimony import add_testimony

    add_testimony(s.vault, title="Second", text="Новые показания.", case_id=s.case_id)
    second = import_bundle(b, _export(s, to_b, tmp_path / "2.age"))
    # partner: the two documents are withheld (no clearance); the same per-recipient ids again
    assert (second.imported, second.already_present) == (1, 2) and second.case_id == first.case_id
    assert len(list_items(b, case_id=first.case_id)) == 3 and len(list_people(b)) == 2


def test_include_self_lets_the_sender_reopen_and_reimport_as_present(
    pair: tuple[Sender, Vault, str], tmp_path: Path
) -> None:
    s, _, to_b = pair
    out = tmp_path / "self.age"
    # internal: a partner bundle carries per-recipient ids and derivatives, so its own sender
    # would receive it as new items
    export_bundle(s.vault, s.case_id, [to_b], out, include_self=True, profile="internal")
    before = state(s.vault)
    got = import_bundle(s.vault, out)
    assert (got.imported, got.already_present, got.sender["contact"]) == (0, 4, "self")
    assert got.case_id == s.case_id
    assert {k: v for k, v in state(s.vault).items() if k not in ("custody", "received_events")} == {
        k: v for k, v in before.items() if k not in ("custody", "received_events")
    }


def _export(s: Sender, to: str, out: Path) -> Path:
    export_bundle(s.vault, s.case_id, [to], out)
    return out


def test_the_review_matches_what_export_sends(pair: tuple[Sender, Vault, str], tmp_path: Path) -> None:
    """The export dialog's review (the same as `bundle export --dry-run`) says item by item what
    the bundle will carry, before anything is written."""
    from vault.exports.review import review_export

    s, _, to_b = pair
    before = state(s.vault)
    review = review_export(s.vault, s.case_id, "partner")
    assert state(s.vault) == before  # writes nothing
    withheld = {w.item_id for w in review.withheld}
    derived = {d.item_id for d in review.derived}
    assert withheld == {s.doc_id, s.secret_doc_id}  # documents need a clearance, or name her
    assert derived == {s.testimony_id, s.photo_id}
    assert PROTECTED_NAME not in str(review.to_json()) and review.replaced
    result = export_bundle(s.vault, s.case_id, [to_b], tmp_path / "p.age")
    assert sorted(result.withheld) == sorted(withheld)
