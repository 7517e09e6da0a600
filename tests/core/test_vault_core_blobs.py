"""The encrypted blob store: streaming round trip at chunk boundaries, and tampering of every
kind (truncation, extension, flipped bytes, reordered chunks, swapped files) is refused."""

from __future__ import annotations

import hashlib
import io
import shutil
from pathlib import Path

import pytest

from tests.support.vaults import VaultFactory
from vault.blobs import StoredBlob
from vault.errors import IntegrityError
from vault.store import Vault
from vault.stream import CHUNK_SIZE, HEADER_SIZE, TAG_SIZE

SIZES = [0, 1, CHUNK_SIZE - 1, CHUNK_SIZE, CHUNK_SIZE + 1, 3 * CHUNK_SIZE]
MARKER = b"PLAINTEXT-MARKER-5b1e "


def payload(size: int) -> bytes:
    """Recognisable, non-repeating-per-chunk content: a marker plus a counter."""
    out = bytearray()
    i = 0
    while len(out) < size:
        out += MARKER + str(i).encode() + b"\n"
        i += 1
    return bytes(out[:size])


def store(vault: Vault, data: bytes) -> StoredBlob:
    return vault.blobs.store(io.BytesIO(data))


def read_all(vault: Vault, blob_id: str) -> bytes:
    return b"".join(vault.blobs.iter_plaintext(blob_id))


def chunks_for(size: int) -> int:
    return max(1, -(-size // CHUNK_SIZE))


@pytest.mark.parametrize("size", SIZES, ids=[f"{s}B" for s in SIZES])
def test_round_trip(vault: Vault, size: int) -> None:
    data = payload(size)
    progress: list[int] = []
    blob = vault.blobs.store(io.BytesIO(data), on_progress=progress.append)
    assert blob.size == size
    assert blob.sha256 == hashlib.sha256(data).hexdigest()
    assert read_all(vault, blob.blob_id) == data
    assert progress[-1] == size
    path = vault.blobs.path_for(blob.blob_id)
    assert path.parent.name == blob.blob_id[:2]
    ciphertext = path.read_bytes()
    assert len(ciphertext) == HEADER_SIZE + chunks_for(size) * TAG_SIZE + size
    if size >= len(MARKER):
        assert MARKER not in ciphertext
    assert not list(path.parent.glob("*.partial"))


def test_same_content_gives_different_ids_and_ciphertexts(vault: Vault) -> None:
    data = payload(1000)
    a, b = store(vault, data), store(vault, data)
    assert a.blob_id != b.blob_id and a.sha256 == b.sha256
    assert a.sha256 not in (a.blob_id, b.blob_id)
    assert vault.blobs.path_for(a.blob_id).read_bytes() != vault.blobs.path_for(b.blob_id).read_bytes()


def test_read_bytes_refuses_to_buffer_beyond_its_limit(vault: Vault) -> None:
    blob = store(vault, payload(CHUNK_SIZE + 10))
    assert vault.blobs.read_bytes(blob.blob_id) == payload(CHUNK_SIZE + 10)
    with pytest.raises(ValueError):
        vault.blobs.read_bytes(blob.blob_id, limit=CHUNK_SIZE)


def tamper(path: Path, how: str) -> None:
    data = bytearray(path.read_bytes())
    step = CHUNK_SIZE + TAG_SIZE
    if how == "truncate-one-byte":
        del data[-1:]
    elif how == "truncate-at-chunk-boundary":
        del data[HEADER_SIZE + step :]
    elif how == "truncate-to-header":
        del data[HEADER_SIZE:]
    elif how == "extend-one-byte":
        data += b"\x00"
    elif how == "extend-with-a-copied-chunk":
        data += data[HEADER_SIZE : HEADER_SIZE + step]
    elif how == "flip-header-byte":
        data[10] ^= 0x01
    elif how == "flip-ciphertext-byte":
        data[HEADER_SIZE + step + 100] ^= 0x80
    elif how == "flip-last-tag-byte":
        data[-1] ^= 0x01
    elif how == "swap-chunks":
        first = data[HEADER_SIZE : HEADER_SIZE + step]
        second = data[HEADER_SIZE + step : HEADER_SIZE + 2 * step]
        data[HEADER_SIZE : HEADER_SIZE + 2 * step] = second + first
    elif how == "empty-file":
        data = bytearray()
    else:  # pragma: no cover
        raise AssertionError(how)
    path.write_bytes(bytes(data))


TAMPERING = [
    "truncate-one-byte",
    "truncate-at-chunk-boundary",
    "truncate-to-header",
    "extend-one-byte",
    "extend-with-a-copied-chunk",
    "flip-header-byte",
    "flip-ciphertext-byte",
    "flip-last-tag-byte",
    "swap-chunks",
    "empty-file",
]


@pytest.mark.parametrize("how", TAMPERING)
def test_tampered_blob_is_refused(vault: Vault, how: str) -> None:
    blob = store(vault, payload(3 * CHUNK_SIZE))
    tamper(vault.blobs.path_for(blob.blob_id), how)
    with pytest.raises(IntegrityError):
        read_all(vault, blob.blob_id)


@pytest.mark.parametrize("size", [0, 1, CHUNK_SIZE])
def test_tampered_small_blob_is_refused(vault: Vault, size: int) -> None:
    blob = store(vault, payload(size))
    tamper(vault.blobs.path_for(blob.blob_id), "truncate-one-byte")
    with pytest.raises(IntegrityError):
        read_all(vault, blob.blob_id)


def test_swapping_two_blobs_files_is_refused(vault: Vault) -> None:
    """The blob id is associated data: a file moved under another id does not decrypt."""
    a, b = store(vault, payload(5000)), store(vault, payload(7000))
    path_a, path_b = vault.blobs.path_for(a.blob_id), vault.blobs.path_for(b.blob_id)
    content_a = path_a.read_bytes()
    shutil.copyfile(path_b, path_a)
    path_b.write_bytes(content_a)
    with pytest.raises(IntegrityError):
        read_all(vault, a.blob_id)
    with pytest.raises(IntegrityError):
        read_all(vault, b.blob_id)


def test_blob_from_another_vault_is_refused(make_vault: VaultFactory, tmp_path: Path) -> None:
    one, other = make_vault(tmp_path / "one"), make_vault(tmp_path / "two")
    mine = store(one, payload(100))
    theirs = store(other, payload(100))
    shutil.copyfile(other.blobs.path_for(theirs.blob_id), one.blobs.path_for(mine.blob_id))
    with pytest.raises(IntegrityError):
        read_all(one, mine.blob_id)


def test_missing_blob_is_an_integrity_error(vault: Vault) -> None:
    blob = store(vault, payload(10))
    vault.blobs.path_for(blob.blob_id).unlink()
    with pytest.raises(IntegrityError, match="missing"):
        read_all(vault, blob.blob_id)
