"""Write the format test vectors (tests/vectors/*.json) from fixed keys, salts and nonces.

    PYTHONPATH=. python tests/vectors/make_vectors.py

Run ONCE per format version; the JSON files are then the reference that
tests/core/test_format_vectors.py holds today's code to, in both directions. Re-running it
after a format change would hide the change: bump the format's version instead, and add new
vectors beside the old ones. Every input here is a constant; nothing is random.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from vault import custody, header, kdf, recovery_key, store, stream
from vault.bundle import format as bfmt
from vault.bundle.manifest import Manifest, MCase, MItem, MPerson, MRevision, Sender

HERE = Path(__file__).resolve().parent


def pattern(n: int, seed: int) -> bytes:
    """Deterministic filler: SHA-256 in counter mode."""
    out = bytearray()
    i = 0
    while len(out) < n:
        out += hashlib.sha256(f"{seed}:{i}".encode()).digest()
        i += 1
    return bytes(out[:n])


def feeder(*chunks: bytes) -> Callable[[int], bytes]:
    """A `random_bytes` that hands out the given values in order (and checks their sizes)."""
    queue = list(chunks)

    def take(n: int) -> bytes:
        value = queue.pop(0)
        assert len(value) == n, (len(value), n)
        return value

    return take


def dump(name: str, doc: dict[str, Any]) -> None:
    (HERE / name).write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ----- header and key slots ------------------------------------------------------------------

VAULT_ID = "00112233445566778899aabbccddeeff"
MASTER = pattern(32, 1)
PASSPHRASE = "Ёлка\u0301 — қазақша сөз"  # a combining accent: NFC decides the bytes
RECOVERY_RAW = pattern(20, 2)
P_SALT, P_NONCE = pattern(16, 3), pattern(12, 4)
R_SALT, R_NONCE = pattern(16, 5), pattern(12, 6)


def keyslots() -> None:
    rnd = feeder(P_SALT, P_NONCE, R_SALT, R_NONCE)
    p = header.make_slot(VAULT_ID, "passphrase-1", header.PASSPHRASE, PASSPHRASE, MASTER, rnd, kdf.FLOOR)
    r = header.make_slot(VAULT_ID, "recovery-1", header.RECOVERY, RECOVERY_RAW, MASTER, rnd, None)
    hdr = header.VaultHeader(VAULT_ID, (p, r))
    dump(
        "keyslots.json",
        {
            "about": "vault.header format 1: both key slots wrapping one master key (docs/format.md §1)",
            "vault_id": VAULT_ID,
            "master_key": MASTER.hex(),
            "passphrase": PASSPHRASE,
            "passphrase_nfc_utf8": kdf.normalise_passphrase(PASSPHRASE).hex(),
            "passphrase_slot": {
                "id": p.slot_id,
                "salt": P_SALT.hex(),
                "nonce": P_NONCE.hex(),
                "argon2id": {"memory_kib": 65536, "iterations": 3, "lanes": 4, "length": 32},
                "wrapping_key": kdf.derive(PASSPHRASE, P_SALT, kdf.FLOOR).hex(),
                "aad": header._slot_aad(VAULT_ID, p).decode(),
                "wrapped_key": p.wrapped_key.hex(),
            },
            "recovery_slot": {
                "id": r.slot_id,
                "recovery_key_raw": RECOVERY_RAW.hex(),
                "salt": R_SALT.hex(),
                "nonce": R_NONCE.hex(),
                "hkdf_info": "evidence-vault recovery slot v1",
                "wrapping_key": header._secret_key(r, RECOVERY_RAW).hex(),
                "aad": header._slot_aad(VAULT_ID, r).decode(),
                "wrapped_key": r.wrapped_key.hex(),
            },
            "header_file": hdr.to_bytes().decode(),
        },
    )


# ----- HKDF sub-keys -------------------------------------------------------------------------


def subkeys() -> None:
    blob_id, salt = "0123456789abcdef0123456789abcdef", pattern(24, 7)
    blobs_key = store._subkey(MASTER, "blobs")
    # stream._blob_cipher returns an AESGCM object, which hides its key: derive the key here.
    info = b"evidence-vault blob v1:" + blob_id.encode()
    dump(
        "hkdf.json",
        {
            "about": "HKDF-SHA256 sub-keys of the master key, and the per-blob key (docs/format.md §2)",
            "master_key": MASTER.hex(),
            "subkeys": [
                {
                    "purpose": "database",
                    "salt": None,
                    "info": "evidence-vault database v1",
                    "key": store._subkey(MASTER, "database").hex(),
                },
                {"purpose": "blobs", "salt": None, "info": "evidence-vault blobs v1", "key": blobs_key.hex()},
            ],
            "per_blob": {
                "blobs_key": blobs_key.hex(),
                "blob_id": blob_id,
                "salt": salt.hex(),
                "info": info.decode(),
                "key": HKDF(hashes.SHA256(), 32, salt, info).derive(blobs_key).hex(),
            },
        },
    )


# ----- blob stream ---------------------------------------------------------------------------


def blob_streams() -> None:
    key = store._subkey(MASTER, "blobs")
    cases = []
    for name, size, seed in (("three chunks", 2 * 4096 + 100, 8), ("one full chunk", 4096, 9), ("empty", 0, 10)):
        blob_id = hashlib.sha256(name.encode()).hexdigest()[:32]
        salt, plain = pattern(24, seed + 100), pattern(size, seed)
        sink = io.BytesIO()
        writer = stream.BlobWriter(sink, stream.ChunkEncryptor(key, blob_id, salt, chunk_log2=12))
        writer.write(plain)
        writer.finish()
        n_chunks = max(1, -(-size // 4096))
        nonces = [stream._nonce(i, i == n_chunks - 1).hex() for i in range(n_chunks)]
        cases.append(
            {
                "name": name,
                "blob_id": blob_id,
                "salt": salt.hex(),
                "chunk_log2": 12,
                "plaintext": plain.hex(),
                "nonces": nonces,
                "ciphertext": sink.getvalue().hex(),
            }
        )
    dump(
        "blob_stream.json",
        {
            "about": "blob files: 32-byte header then AES-256-GCM chunks, STREAM nonces (docs/format.md §3)",
            "blobs_key": key.hex(),
            "cases": cases,
        },
    )


# ----- recovery key --------------------------------------------------------------------------


def recovery_keys() -> None:
    raws = [bytes(20), b"\xff" * 20, RECOVERY_RAW, pattern(20, 11)]
    cases = [{"raw": raw.hex(), "text": recovery_key.format_recovery_key(raw)} for raw in raws]
    text = cases[2]["text"]
    typed = text.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    dump(
        "recovery_key.json",
        {
            "about": "recovery key: 160 bits as 8 groups of 4 Crockford base32 digits (docs/format.md §4)",
            "cases": cases,
            "lenient": [{"typed": typed, "raw": RECOVERY_RAW.hex()}],
        },
    )


# ----- custody -------------------------------------------------------------------------------

SIGNING_SEED = pattern(32, 12)


def custody_events() -> None:
    key = Ed25519PrivateKey.from_private_bytes(SIGNING_SEED)
    public = custody.public_key_bytes(key.public_key())
    prev = custody.genesis_hash(VAULT_ID)
    events = []
    specs = [
        ("2025-01-15T08:00:00.000000Z", "create", VAULT_ID, {"format": 1, "schema": 3, "signing_key": public.hex()}),
        (
            "2025-01-15T08:00:01.000000Z",
            "testimony",
            "77c97863ca60b8ddc4bb",
            {
                "sha256": "e57f739f28f448db1b16fe5b1483906a6629756a5c705f9c149600f31766d482",
                "language": "ru",
                "tags": ["violation/torture"],
                "note": "Ёлка, қазақ",
            },
        ),
    ]
    for seq, (time, action, subject, details) in enumerate(specs, 1):
        canonical = custody.canonical_bytes(seq, time, "Монитор", "device-1", action, subject, details, prev)
        digest = custody.event_hash(canonical)
        events.append(
            {
                "seq": seq,
                "time": time,
                "actor": "Монитор",
                "device": "device-1",
                "action": action,
                "subject": subject,
                "details": details,
                "prev_hash": prev,
                "canonical": canonical.decode(),
                "hash": digest,
                "signature_input": (custody.SIGNATURE_CONTEXT + digest.encode()).decode(),
                "signature": custody.sign_hash(key, digest),
            }
        )
        prev = digest
    dump(
        "custody.json",
        {
            "about": "custody events: canonical JSON, SHA-256 chain, Ed25519 signature (docs/format.md §6)",
            "vault_id": VAULT_ID,
            "genesis_input": "evidence-vault custody genesis:" + VAULT_ID,
            "genesis_hash": custody.genesis_hash(VAULT_ID),
            "signing_seed": SIGNING_SEED.hex(),
            "public_key": public.hex(),
            "fingerprint": custody.fingerprint(public),
            "key_id": custody.key_id(public),
            "events": events,
        },
    )


# ----- bundle manifest -----------------------------------------------------------------------


def sample_manifest(public: bytes) -> Manifest:
    import base64

    text = "Свидетель А видела, как его выводили.".encode()
    sha = hashlib.sha256(text).hexdigest()
    file = bfmt.file_path("aa11bb22cc33dd44ee55", "testimony.txt")
    rev = MRevision(1, "2025-01-15T08:00:08.000000Z", "Монитор", "derivative", "e" * 64, file, sha, len(text))
    item = MItem(
        "aa11bb22cc33dd44ee55",
        "testimony",
        "Показания",
        "2025-01-15T08:00:08.000000Z",
        "text/plain; charset=utf-8",
        "ru",
        None,
        ("violation/torture",),
        (("ff00ee11dd22cc33bb44", "witness"),),
        {},
        "e" * 64,
        154,
        "derivative",
        file,
        sha,
        len(text),
        "names replaced",
        (rev,),
    )
    return Manifest(
        created="2025-01-15T09:00:00.000000Z",
        profile="partner",
        sender=Sender(VAULT_ID, "age1" + "q" * 58, base64.b64encode(public).decode(), custody.fingerprint(public)),
        recipients=("age1" + "p" * 58,),
        head={"seq": 15, "hash": "f" * 64},
        case=MCase(
            "fd431b9eb1159e330fe1", "Задержание", "", (("0c0c0c0c0c0c0c0c0c0c", "2025-01-09", "arrest", "Задержан"),)
        ),
        people=(MPerson("ff00ee11dd22cc33bb44", "Свидетель А", "Свидетель А", "witness", True, True),),
        items=(item,),
        custody=({"seq": 6, "withheld": True},),
        removals=("name mentions replaced by pseudonyms: 1",),
    )


def bundle_manifest() -> None:
    key = Ed25519PrivateKey.from_private_bytes(SIGNING_SEED)
    public = custody.public_key_bytes(key.public_key())
    manifest = sample_manifest(public)
    data = manifest.to_bytes()
    entries = [(bfmt.MANIFEST, hashlib.sha256(data).hexdigest())] + [(f.path, f.sha256) for f in manifest.entries()]
    dump(
        "bundle_manifest.json",
        {
            "about": "bundle format 2: manifest.json bytes, manifest.sig, SHA256SUMS (docs/format.md §7)",
            "signing_seed": SIGNING_SEED.hex(),
            "public_key": public.hex(),
            "sig_context": bfmt.SIG_CONTEXT.decode(),
            "manifest_json": data.decode(),
            "manifest_sig": bfmt.sign_manifest(key, data).decode(),
            "sha256sums": bfmt.render_sums(entries).decode(),
        },
    )


if __name__ == "__main__":
    keyslots()
    subkeys()
    blob_streams()
    recovery_keys()
    custody_events()
    bundle_manifest()
    print("vectors written to", HERE)
