"""Fuzzing (issue 8 point 5) with hypothesis: parsers of untrusted bytes fail only in the typed
way their callers handle.

- vault.header.parse_header: any bytes → a VaultHeader, or VaultDamaged (WeakParameters is one);
- vault.stream.decrypt_chunks on a mutated blob (flipped bits, truncation, extension, inserted or
  deleted bytes, reordered chunks) → IntegrityError, never plaintext, never another exception;
- vault.intake.sniff.sniff: any bytes and any name → a Sniffed with a known kind;
- vault.bundle.manifest.parse: any bytes → a Manifest, or BundleRejected.

The normal suite runs a modest number of examples; EV_LONG=1 (or --long) runs many more. Example
counts of the last long run are in docs/reliability.md.
"""

from __future__ import annotations

import io
import json
import os
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.faults import long_mode
from vault import header, stream
from vault.errors import IntegrityError, VaultDamaged
from vault.intake.sniff import AUDIO, DOCUMENT, OTHER, PHOTO, VIDEO, Sniffed, sniff

pytestmark = pytest.mark.slow  # a harness: minutes of CPU; ./run test still runs it

EXAMPLES = 20_000 if long_mode() else 300
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
    max_leaves=20,
)


# ----- header ------------------------------------------------------------------------------------


def _good_header() -> dict[str, Any]:
    from vault import kdf

    master = os.urandom(32)
    slots = (
        header.make_slot("v" * 32, "passphrase-1", header.PASSPHRASE, "pw", master, os.urandom, kdf.FLOOR),
        header.make_slot("v" * 32, "recovery-1", header.RECOVERY, os.urandom(20), master, os.urandom, None),
    )
    doc: dict[str, Any] = json.loads(header.VaultHeader("v" * 32, slots).to_bytes())
    return doc


GOOD_HEADER = _good_header()


def _parse_header_or_damaged(data: bytes) -> None:
    try:
        parsed = header.parse_header(data)
    except VaultDamaged:
        return
    assert isinstance(parsed, header.VaultHeader) and parsed.slots


@FUZZ
@given(st.binary(max_size=4096))
def test_header_parser_takes_any_bytes(data: bytes) -> None:
    _parse_header_or_damaged(data)


@FUZZ
@given(st.sampled_from(["format", "version", "vault_id", "slots", "cipher"]), JSON)
def test_header_parser_takes_any_top_level_value(key: str, value: Any) -> None:
    doc = json.loads(json.dumps(GOOD_HEADER))
    doc[key] = value
    _parse_header_or_damaged(json.dumps(doc).encode())


@FUZZ
@given(
    st.integers(0, 1),
    st.sampled_from(
        [
            "id",
            "type",
            "kdf",
            "nonce",
            "wrapped_key",
            "kdf.name",
            "kdf.salt",
            "kdf.memory_kib",
            "kdf.iterations",
            "kdf.lanes",
        ]
    ),
    JSON,
)
def test_header_parser_takes_any_slot_field(index: int, path: str, value: Any) -> None:
    doc = json.loads(json.dumps(GOOD_HEADER))
    target = doc["slots"][index]
    *parents, last = path.split(".")
    for p in parents:
        target = target[p]
    target[last] = value
    _parse_header_or_damaged(json.dumps(doc).encode())


# ----- blob reader -------------------------------------------------------------------------------

MASTER = bytes(range(32))
BLOB_ID = "ab" * 16
LOG2 = 12  # 4 KiB chunks: several chunks in a small blob
CHUNK = (1 << LOG2) + stream.TAG_SIZE


def _blob(plain: bytes) -> bytes:
    enc = stream.ChunkEncryptor(MASTER, BLOB_ID, bytes(24), LOG2)
    out = io.BytesIO()
    writer = stream.BlobWriter(out, enc)
    writer.write(plain)
    writer.finish()
    return out.getvalue()


PLAIN = bytes(range(256)) * 50  # 12,800 bytes: 4 chunks
BLOB = _blob(PLAIN)


def test_the_untouched_blob_decrypts() -> None:
    assert b"".join(stream.decrypt_chunks(io.BytesIO(BLOB), MASTER, BLOB_ID)) == PLAIN


@st.composite
def mutated(draw: st.DrawFn) -> bytes:
    data = bytearray(BLOB)
    kind = draw(st.sampled_from(["flip", "truncate", "append", "insert", "delete", "swap", "drop", "dup"]))
    if kind == "flip":
        for _ in range(draw(st.integers(1, 4))):
            data[draw(st.integers(0, len(data) - 1))] ^= 1 << draw(st.integers(0, 7))
    elif kind == "truncate":
        del data[draw(st.integers(0, len(data) - 1)) :]
    elif kind == "append":
        data += draw(st.binary(min_size=1, max_size=CHUNK + 1))
    elif kind == "insert":
        at = draw(st.integers(0, len(data)))
        data[at:at] = draw(st.binary(min_size=1, max_size=64))
    elif kind == "delete":
        at = draw(st.integers(0, len(data) - 1))
        del data[at : at + draw(st.integers(1, 64))]
    else:
        body = bytes(data[stream.HEADER_SIZE :])
        chunks = [body[i : i + CHUNK] for i in range(0, len(body), CHUNK)]
        i, j = draw(st.integers(0, len(chunks) - 1)), draw(st.integers(0, len(chunks) - 1))
        if kind == "swap":
            chunks[i], chunks[j] = chunks[j], chunks[i]
        elif kind == "drop":
            del chunks[i]
        else:
            chunks.insert(i, chunks[j])
        data = bytearray(BLOB[: stream.HEADER_SIZE] + b"".join(chunks))
    return bytes(data)


@FUZZ
@given(mutated())
def test_a_mutated_blob_only_ever_fails_authentication(data: bytes) -> None:
    if data == BLOB:
        return
    with pytest.raises(IntegrityError):
        for _chunk in stream.decrypt_chunks(io.BytesIO(data), MASTER, BLOB_ID):
            pass


@FUZZ
@given(st.binary(max_size=3 * CHUNK))
def test_random_bytes_are_never_a_blob(data: bytes) -> None:
    with pytest.raises(IntegrityError):
        list(stream.decrypt_chunks(io.BytesIO(data), MASTER, BLOB_ID))


@pytest.mark.parametrize("other_id", ["ba" * 16, "ab" * 15 + "ac"])
def test_a_blob_under_another_id_fails(other_id: str) -> None:
    with pytest.raises(IntegrityError):
        list(stream.decrypt_chunks(io.BytesIO(BLOB), MASTER, other_id))


# ----- import sniffers ---------------------------------------------------------------------------

SIGNATURES = [
    b"\xff\xd8\xff",
    b"\x89PNG\r\n\x1a\n",
    b"GIF89a",
    b"RIFF",
    b"II*\x00",
    b"BM",
    b"%PDF-",
    b"PK\x03\x04",
    b"\x00\x00\x00\x18ftyp",
    b"OggS",
    b"ID3",
    b"\x1a\x45\xdf\xa3",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"{\\rtf",
    b"#!AMR",
    b"FORM",
    b"fLaC",
    b"\x47",
]


@FUZZ
@given(st.sampled_from([b""] + SIGNATURES), st.binary(max_size=5000), st.text(max_size=60))
def test_the_sniffer_names_a_kind_for_any_bytes_and_name(prefix: bytes, rest: bytes, name: str) -> None:
    found = sniff(prefix + rest, name)
    assert isinstance(found, Sniffed)
    assert found.kind in (PHOTO, DOCUMENT, AUDIO, VIDEO, OTHER)
    assert "/" in found.mime
    assert found.warning is None or "\n" not in found.warning


# ----- bundle manifest ---------------------------------------------------------------------------

manifest = pytest.importorskip("vault.bundle.manifest")
bundle_format = pytest.importorskip("vault.bundle.format")
MANIFEST_KEYS = [
    "sender",
    "case",
    "people",
    "items",
    "custody",
    "removals",
    "recipients",
    "chain_head",
    "created",
    "profile",
    "totals",
]


def _parse_manifest_or_rejected(data: bytes) -> None:
    from vault.errors import BundleRejected

    try:
        parsed = manifest.parse(data)
    except BundleRejected:
        return
    assert isinstance(parsed, manifest.Manifest)


@FUZZ
@given(st.binary(max_size=4096))
def test_the_manifest_reader_takes_any_bytes(data: bytes) -> None:
    _parse_manifest_or_rejected(data)


@FUZZ
@given(st.dictionaries(st.sampled_from(MANIFEST_KEYS), JSON, max_size=len(MANIFEST_KEYS)))
def test_the_manifest_reader_takes_any_document_shape(doc: dict[str, Any]) -> None:
    full = {"format": bundle_format.FORMAT, "version": bundle_format.VERSION, **doc}
    _parse_manifest_or_rejected(json.dumps(full).encode())
