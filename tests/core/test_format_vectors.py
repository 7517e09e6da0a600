"""Every on-disk and exported format, pinned by the vectors in tests/vectors/ (docs/format.md).

Both directions: the code given the vector's fixed keys, salts and nonces produces exactly the
vector's bytes; the code given the vector's bytes gives back the plaintext and accepts the
signature. A changed label, field order, nonce layout or encoding fails here. Such a change
needs a new format version and new vectors beside these, never an edit of these files.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from vault import custody, header, kdf, recovery_key, store, stream
from vault.bundle import format as bfmt
from vault.bundle import manifest as bmanifest
from vault.errors import IntegrityError, WrongPassphrase

VECTORS = Path(__file__).resolve().parent.parent / "vectors"


def load(name: str) -> dict[str, Any]:
    return json.loads((VECTORS / name).read_text(encoding="utf-8"))


def feeder(*values: bytes) -> Any:
    queue = list(values)
    return lambda n: queue.pop(0)


# ----- header and key slots ------------------------------------------------------------------

KS = load("keyslots.json")


def test_key_slots_wrap_to_the_vector() -> None:
    p, r = KS["passphrase_slot"], KS["recovery_slot"]
    master = bytes.fromhex(KS["master_key"])
    assert kdf.normalise_passphrase(KS["passphrase"]).hex() == KS["passphrase_nfc_utf8"]
    assert kdf.derive(KS["passphrase"], bytes.fromhex(p["salt"]), kdf.FLOOR).hex() == p["wrapping_key"]
    rnd = feeder(*(bytes.fromhex(x) for x in (p["salt"], p["nonce"], r["salt"], r["nonce"])))
    slot_p = header.make_slot(KS["vault_id"], p["id"], header.PASSPHRASE, KS["passphrase"], master, rnd, kdf.FLOOR)
    raw = bytes.fromhex(r["recovery_key_raw"])
    slot_r = header.make_slot(KS["vault_id"], r["id"], header.RECOVERY, raw, master, rnd, None)
    assert header._slot_aad(KS["vault_id"], slot_p).decode() == p["aad"]
    assert header._slot_aad(KS["vault_id"], slot_r).decode() == r["aad"]
    assert slot_p.wrapped_key.hex() == p["wrapped_key"]
    assert slot_r.wrapped_key.hex() == r["wrapped_key"]
    hkdf = HKDF(hashes.SHA256(), 32, bytes.fromhex(r["salt"]), r["hkdf_info"].encode()).derive(raw)
    assert hkdf.hex() == r["wrapping_key"]
    assert header.VaultHeader(KS["vault_id"], (slot_p, slot_r)).to_bytes().decode() == KS["header_file"]


def test_key_slots_unwrap_from_the_vector() -> None:
    hdr = header.parse_header(KS["header_file"].encode())
    master = KS["master_key"]
    slot_p, slot_r = hdr.slot(header.PASSPHRASE), hdr.slot(header.RECOVERY)
    assert slot_p is not None and slot_r is not None
    assert header.open_slot(hdr.vault_id, slot_p, KS["passphrase"]).hex() == master
    raw = bytes.fromhex(KS["recovery_slot"]["recovery_key_raw"])
    assert header.open_slot(hdr.vault_id, slot_r, raw).hex() == master
    with pytest.raises(WrongPassphrase):
        header.open_slot(hdr.vault_id, slot_r, raw[:-1] + bytes([raw[-1] ^ 1]))
    # The AAD binds the slot's parameters: a slot moved to another vault id does not open.
    with pytest.raises(WrongPassphrase):
        header.open_slot("ff" * 16, slot_r, raw)


# ----- HKDF sub-keys -------------------------------------------------------------------------

HK = load("hkdf.json")


@pytest.mark.parametrize("sub", HK["subkeys"], ids=lambda s: s["purpose"])
def test_hkdf_subkeys(sub: dict[str, Any]) -> None:
    master = bytes.fromhex(HK["master_key"])
    assert store._subkey(master, sub["purpose"]).hex() == sub["key"]
    assert HKDF(hashes.SHA256(), 32, None, sub["info"].encode()).derive(master).hex() == sub["key"]


def test_per_blob_key_opens_a_chunk() -> None:
    pb = HK["per_blob"]
    salt = bytes.fromhex(pb["salt"])
    key = HKDF(hashes.SHA256(), 32, salt, pb["info"].encode()).derive(bytes.fromhex(pb["blobs_key"]))
    assert key.hex() == pb["key"]
    enc = stream.ChunkEncryptor(bytes.fromhex(pb["blobs_key"]), pb["blob_id"], salt, chunk_log2=12)
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    ct = enc.encrypt(b"x", last=True)
    assert AESGCM(key).decrypt(stream._nonce(0, True), ct, enc.header + pb["blob_id"].encode()) == b"x"


# ----- blob stream ---------------------------------------------------------------------------

BS = load("blob_stream.json")


@pytest.mark.parametrize("case", BS["cases"], ids=lambda c: c["name"])
def test_blob_stream_both_directions(case: dict[str, Any]) -> None:
    key, salt, plain = bytes.fromhex(BS["blobs_key"]), bytes.fromhex(case["salt"]), bytes.fromhex(case["plaintext"])
    ct = bytes.fromhex(case["ciphertext"])
    assert ct[:6] == b"EVBLOB" and ct[6] == 1 and ct[7] == case["chunk_log2"] and ct[8:32] == salt
    assert [stream._nonce(i, i == len(case["nonces"]) - 1).hex() for i in range(len(case["nonces"]))] == case["nonces"]
    sink = io.BytesIO()
    writer = stream.BlobWriter(sink, stream.ChunkEncryptor(key, case["blob_id"], salt, chunk_log2=12))
    writer.write(plain)
    writer.finish()
    assert sink.getvalue() == ct
    assert len(ct) == 32 + len(plain) + 16 * len(case["nonces"])
    assert b"".join(stream.decrypt_chunks(io.BytesIO(ct), key, case["blob_id"])) == plain


def test_blob_stream_refuses_truncation_and_swaps() -> None:
    case = BS["cases"][0]
    key, ct = bytes.fromhex(BS["blobs_key"]), bytes.fromhex(case["ciphertext"])
    two_chunks = ct[: 32 + 2 * (4096 + 16)]  # cut at a chunk boundary: no chunk says "last"
    with pytest.raises(IntegrityError):
        b"".join(stream.decrypt_chunks(io.BytesIO(two_chunks), key, case["blob_id"]))
    with pytest.raises(IntegrityError):  # the blob id is bound: another id does not open it
        b"".join(stream.decrypt_chunks(io.BytesIO(ct), key, "f" * 32))


# ----- recovery key --------------------------------------------------------------------------

RK = load("recovery_key.json")


@pytest.mark.parametrize("case", RK["cases"], ids=lambda c: c["text"])
def test_recovery_key_encoding(case: dict[str, str]) -> None:
    assert recovery_key.format_recovery_key(bytes.fromhex(case["raw"])) == case["text"]
    assert recovery_key.parse_recovery_key(case["text"]).hex() == case["raw"]


def test_recovery_key_parsing_is_lenient_about_case_and_lookalikes() -> None:
    for case in RK["lenient"]:
        assert recovery_key.parse_recovery_key(case["typed"]).hex() == case["raw"]


# ----- custody -------------------------------------------------------------------------------

CU = load("custody.json")


def test_custody_key_identity() -> None:
    key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(CU["signing_seed"]))
    public = custody.public_key_bytes(key.public_key())
    assert public.hex() == CU["public_key"]
    assert custody.fingerprint(public) == CU["fingerprint"] and custody.key_id(public) == CU["key_id"]
    assert custody.genesis_hash(CU["vault_id"]) == CU["genesis_hash"]
    assert hashlib.sha256(CU["genesis_input"].encode()).hexdigest() == CU["genesis_hash"]


@pytest.mark.parametrize("ev", CU["events"], ids=lambda e: e["action"])
def test_custody_event_canonical_hash_signature(ev: dict[str, Any]) -> None:
    key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(CU["signing_seed"]))
    canonical = custody.canonical_bytes(
        ev["seq"], ev["time"], ev["actor"], ev["device"], ev["action"], ev["subject"], ev["details"], ev["prev_hash"]
    )
    assert canonical.decode() == ev["canonical"]
    assert custody.event_hash(canonical) == ev["hash"] == hashlib.sha256(ev["canonical"].encode()).hexdigest()
    assert (custody.SIGNATURE_CONTEXT + ev["hash"].encode()).decode() == ev["signature_input"]
    assert custody.sign_hash(key, ev["hash"]) == ev["signature"]  # Ed25519 is deterministic
    assert custody.signature_valid(key.public_key(), ev["hash"], ev["signature"])
    assert not custody.signature_valid(key.public_key(), ev["prev_hash"], ev["signature"])


def test_custody_events_chain() -> None:
    prev = CU["genesis_hash"]
    for ev in CU["events"]:
        assert ev["prev_hash"] == prev
        prev = ev["hash"]


# ----- bundle manifest -----------------------------------------------------------------------

BM = load("bundle_manifest.json")


def test_bundle_manifest_serialises_and_signs_to_the_vector() -> None:
    key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(BM["signing_seed"]))
    data = BM["manifest_json"].encode()
    manifest = bmanifest.parse(data)  # the typed form, serialised again: field names, order, indent
    assert manifest.to_bytes() == data
    assert bfmt.SIG_CONTEXT.decode() == BM["sig_context"]
    assert bfmt.sign_manifest(key, data).decode() == BM["manifest_sig"]
    entries = [(bfmt.MANIFEST, hashlib.sha256(data).hexdigest())] + [(f.path, f.sha256) for f in manifest.entries()]
    assert bfmt.render_sums(entries).decode() == BM["sha256sums"]
    assert bfmt.revision_path("aa11bb22cc33dd44ee55", 2) == "files/aa11bb22cc33dd44ee55/revisions/002.txt"


def test_bundle_manifest_verifies_and_parses_from_the_vector() -> None:
    data, sig = BM["manifest_json"].encode(), BM["manifest_sig"].encode()
    public = bytes.fromhex(BM["public_key"])
    assert bfmt.signature_ok(public, data, sig)
    assert not bfmt.signature_ok(public, data.replace(b'"partner"', b'"public" '), sig)
    parsed = bmanifest.parse(data)
    assert parsed.version == 2 and parsed.profile == "partner"
    assert base64.b64decode(parsed.sender.signing_key) == public
    [item] = parsed.items
    assert item.kind == "testimony" and item.revisions[0].file == item.file
    sums = dict(line.split("  ")[::-1] for line in BM["sha256sums"].splitlines())
    assert sums["manifest.json"] == hashlib.sha256(data).hexdigest()
