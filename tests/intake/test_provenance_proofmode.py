"""ProofMode bundles (issue 18 points 2 and 5): zips signed in the test with a throw-away OpenPGP
key; the media becomes an item with its verdict, proof files are sealed with it, hostile zips
are imported with a reason and never stop the import."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from tests.support.intake import photo_bytes, write
from tests.support.provenance import pgp_key, proof_json, proofmode_zip
from vault import items
from vault.intake import import_paths
from vault.provenance.proofmode import examine
from vault.provenance.records import show_entries
from vault.provenance.safezip import read_zip
from vault.store import Vault

MEDIA = photo_bytes((120, 90), color=(90, 20, 160))
SHA = hashlib.sha256(MEDIA).hexdigest()


@pytest.fixture(scope="module")
def key() -> Any:
    return pgp_key()


def _verdict(bundle: bytes) -> Any:
    media, _extras = examine(read_zip(bundle))
    assert len(media) == 1
    return media[0].verdict


def test_a_good_bundle_is_valid_with_fingerprint_and_claims(key: Any) -> None:
    v = _verdict(proofmode_zip(key, MEDIA))
    assert v.status == "valid", v.reason
    assert v.signer == str(key.fingerprint).replace(" ", "") and len(v.signer) == 40
    assert v.claims["time"] == "2026-03-01T10:00:07Z"
    assert v.claims["location"]["Location.Latitude"] == "43.238949"
    assert v.claims["device"]["DeviceID"] == "a1b2c3d4e5f60718"
    assert v.claims["network"]["NetworkType"] == "LTE"
    assert v.claims["opentimestamps"] == "present, not verified offline"


def test_altered_media_is_invalid(key: Any) -> None:
    v = _verdict(proofmode_zip(key, MEDIA, replace={".jpg": MEDIA[:-40] + b"\x00" * 40}))
    assert v.status == "invalid"
    assert "SHA-256" in v.reason and "signature of the media does not match" in v.reason


def test_altered_proof_data_is_invalid(key: Any) -> None:
    v = _verdict(proofmode_zip(key, MEDIA, replace={".proof.json": proof_json(SHA, DeviceID="forged")}))
    assert v.status == "invalid" and "proof data (JSON) does not match" in v.reason


def test_a_missing_signature_is_unverifiable(key: Any) -> None:
    v = _verdict(proofmode_zip(key, MEDIA, drop=(f"{SHA}.asc",)))
    assert v.status == "unverifiable" and "the media is not signed" in v.reason


def test_a_signature_by_another_key_is_invalid(key: Any) -> None:
    other = pgp_key()
    bundle = proofmode_zip(key, MEDIA, replace={"pubkey.asc": str(other.pubkey).encode()})
    assert _verdict(bundle).status == "invalid"


def test_import_makes_the_media_an_item_with_sealed_proof(vault: Vault, tmp_path: Path, key: Any) -> None:
    bundle = proofmode_zip(key, MEDIA, extra={"notes-from-app.txt": "Заметка: митинг".encode()})
    write(tmp_path / "in" / "proofmode-2026.zip", bundle)
    report = import_paths(vault, [tmp_path / "in"])
    by_name = {Path(i.path).name: i.id for i in report.imported}
    assert set(by_name) == {"proofmode-2026.zip", "IMG_20260301.jpg"}
    media = items.get_item(vault, by_name["IMG_20260301.jpg"])
    assert media.sha256 == SHA and media.kind == "photo"
    [entry] = show_entries(media.metadata)
    assert entry["kind"] == "proofmode" and entry["status"] == "valid"
    sealed = {f["name"] for f in media.metadata["proof_files"]}
    assert sealed == {
        "pubkey.asc",
        f"{SHA}.asc",
        f"{SHA}.proof.json",
        f"{SHA}.proof.json.asc",
        f"{SHA}.ots",
        "notes-from-app.txt",
    }
    blob = next(f["blob"] for f in media.metadata["proof_files"] if f["name"] == f"{SHA}.proof.json")
    assert json.loads(vault.blobs.read_bytes(blob))["DeviceID"] == "a1b2c3d4e5f60718"
    rows = vault.conn.execute("SELECT purpose FROM blobs WHERE item_id = ?", (media.id,)).fetchall()
    assert sorted(r[0] for r in rows).count("derivative") == 6
    [zip_entry] = show_entries(items.get_item(vault, by_name["proofmode-2026.zip"]).metadata)
    assert zip_entry["claims"]["media_items"] == [media.id]
    events = [e.to_json() for e in vault.custody.events(media.id) if e.action == "provenance"]
    assert len(events) == 1 and events[0]["details"]["status"] == "valid"
    assert "Алматы" not in json.dumps(events, ensure_ascii=False)


def _zip(members: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", method) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return out.getvalue()


def test_hostile_bundles_are_imported_with_a_reason_and_the_import_goes_on(
    vault: Vault, tmp_path: Path, key: Any
) -> None:
    good = proofmode_zip(key, MEDIA)
    bomb = _zip({"pubkey.asc": str(key.pubkey).encode(), "bomb.jpg": b"\x00" * (40 * 1024 * 1024)})
    pub = str(key.pubkey).encode()
    traversal = _zip({"../../etc/evil.jpg": photo_bytes((70, 70)), "pubkey.asc": pub, "/abs/x.proof.json": b"{}"})
    huge_json = proofmode_zip(key, photo_bytes((50, 50)), replace={".proof.json": b"[" * 5_000_000})
    src = tmp_path / "in"
    for name, data in (
        ("a-bomb.zip", bomb),
        ("b-traversal.zip", traversal),
        ("c-huge.zip", huge_json),
        ("d-good.zip", good),
    ):
        write(src / name, data)
    report = import_paths(vault, [src])
    by_name = {Path(i.path).name: i.id for i in report.imported}
    assert {"a-bomb.zip", "b-traversal.zip", "c-huge.zip", "d-good.zip", "IMG_20260301.jpg", "evil.jpg"} <= set(by_name)
    bomb_entry = show_entries(items.get_item(vault, by_name["a-bomb.zip"]).metadata)[0]
    assert bomb_entry["status"] == "unverifiable" and "zip bomb" in bomb_entry["reason"]
    trav = show_entries(items.get_item(vault, by_name["b-traversal.zip"]).metadata)[0]
    assert "reduced to 'evil.jpg'" in trav["reason"]
    evil = show_entries(items.get_item(vault, by_name["evil.jpg"]).metadata)[0]
    assert evil["status"] == "unverifiable"
    assert not (tmp_path / "etc").exists()
    huge = [i for i in report.imported if i.path.startswith("c-huge.zip/")]
    [huge_entry] = show_entries(items.get_item(vault, huge[0].id).metadata)
    assert huge_entry["status"] == "unverifiable" and ".proof.json: refused" in huge_entry["reason"]
    assert show_entries(items.get_item(vault, by_name["IMG_20260301.jpg"]).metadata)[0]["status"] == "valid"
