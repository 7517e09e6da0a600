"""verify: blobs on disk and the rows that describe them. Every tampering is named, nothing is
repaired, a crash leftover is an orphan (swept on the next open), not tampering."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.support.verify import TESTIMONY_TEXT, add_file_item, blob_path, sha256
from vault import items, stream, testimony
from vault.blobs import PARTIAL_SUFFIX
from vault.store import Vault
from vault.verify import Problem, verify_vault

PHOTO = bytes(range(256)) * 4000  # ~1 MB: one full chunk
VIDEO = os.urandom(stream.CHUNK_SIZE * 2 + 12345)  # three chunks, the last short


def _kinds(problems: list[Problem]) -> list[tuple[str, str]]:
    return [(p.kind, p.subject) for p in problems]


@pytest.fixture
def filled(vault: Vault) -> dict[str, str]:
    """A vault with a photo, a video, a testimony with a revision, and a deleted+destroyed item."""
    ids = {
        "photo": add_file_item(vault, PHOTO),
        "video": add_file_item(vault, VIDEO, kind="video", name="clip.mp4"),
        "testimony": testimony.add_testimony(vault, title="Показания", text=TESTIMONY_TEXT, language="ru"),
        "gone": add_file_item(vault, b"to be destroyed", kind="document", name="x.pdf"),
    }
    testimony.revise_testimony(vault, ids["testimony"], TESTIMONY_TEXT + "\nДополнение.")
    items.delete_item(vault, ids["gone"], "duplicate scan")
    items.destroy_item(vault, ids["gone"], "court order 12/2024")
    return ids


def test_clean_vault_is_ok_with_stats_and_head(vault: Vault, filled: dict[str, str]) -> None:
    stages: list[str] = []
    report = verify_vault(vault, on_progress=lambda d, t, s: stages.append(s))
    assert report.ok, report.problems
    assert report.problems == [] and report.notes == []
    assert report.blobs_checked == 2
    assert report.bytes_checked == len(PHOTO) + len(VIDEO)
    assert report.items_checked == 3  # photo, video, testimony; the destroyed item has nothing to read
    head = vault.custody.head()
    assert head is not None and report.head == (head.seq, head.hash)
    assert report.events_checked == head.seq
    assert {"database", "custody", "records", "blobs"} <= set(stages)
    doc = report.to_json()
    assert doc["ok"] is True and doc["problems"] == [] and doc["notes"] == []
    assert doc["stats"]["bytes_checked"] == len(PHOTO) + len(VIDEO)
    assert doc["head"] == {"seq": head.seq, "hash": head.hash}


def test_empty_new_vault_is_ok(vault: Vault) -> None:
    report = verify_vault(vault)
    assert report.ok and report.events_checked == 1 and report.blobs_checked == 0


def test_flipped_byte_in_a_blob_is_named(vault: Vault, filled: dict[str, str]) -> None:
    path = blob_path(vault, filled["video"])
    raw = bytearray(path.read_bytes())
    raw[stream.HEADER_SIZE + stream.CHUNK_SIZE + 100] ^= 0x01  # inside the second chunk
    path.write_bytes(bytes(raw))
    report = verify_vault(vault)
    assert not report.ok
    assert _kinds(report.problems) == [("blob-corrupt", filled["video"])]
    assert str(items.blob_of(vault, filled["video"])) in report.problems[0].detail
    assert path.read_bytes() == bytes(raw)  # never repaired


@pytest.mark.parametrize("cut", [100, stream.CHUNK_SIZE // 2, 12345 + stream.TAG_SIZE])
def test_truncated_blob_is_named(vault: Vault, filled: dict[str, str], cut: int) -> None:
    # The last cut removes exactly the final chunk: what is left looks whole but is not.
    path = blob_path(vault, filled["video"])
    size = path.stat().st_size
    os.truncate(path, size - cut)
    report = verify_vault(vault)
    assert _kinds(report.problems) == [("blob-corrupt", filled["video"])]


def test_appended_bytes_are_named(vault: Vault, filled: dict[str, str]) -> None:
    path = blob_path(vault, filled["photo"])
    with open(path, "ab") as fh:
        fh.write(b"\0" * 40)
    assert _kinds(verify_vault(vault).problems) == [("blob-corrupt", filled["photo"])]


def test_deleted_blob_file_is_missing(vault: Vault, filled: dict[str, str]) -> None:
    path = blob_path(vault, filled["photo"])
    path.unlink()
    report = verify_vault(vault)
    assert _kinds(report.problems) == [("blob-missing", filled["photo"])]
    assert path.name in report.problems[0].detail


def test_blob_swapped_for_another_is_caught(vault: Vault, filled: dict[str, str]) -> None:
    """Copying one valid blob over another fails authentication: the blob id is bound in."""
    photo, video = blob_path(vault, filled["photo"]), blob_path(vault, filled["video"])
    photo.write_bytes(video.read_bytes())
    assert _kinds(verify_vault(vault).problems) == [("blob-corrupt", filled["photo"])]


def test_forged_content_with_consistent_rows_is_caught_by_the_signed_intake_hash(
    vault: Vault, filled: dict[str, str]
) -> None:
    """An attacker with the key stores a new blob and points the rows (blob, item hash, size) at
    it: the blob authenticates and matches its rows, but the signed 'import' event disagrees."""
    forged = b"forged photograph"
    stored = vault.blobs.store_bytes(forged)
    old = items.blob_of(vault, filled["photo"])
    conn = vault.conn
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute(
        "UPDATE blobs SET id = ?, sha256 = ?, size = ? WHERE id = ?", (stored.blob_id, stored.sha256, len(forged), old)
    )
    conn.execute("UPDATE items SET sha256 = ?, size = ? WHERE id = ?", (sha256(forged), len(forged), filled["photo"]))
    assert old is not None
    vault.blobs.delete(old)
    report = verify_vault(vault)
    assert _kinds(report.problems) == [("hash-mismatch", filled["photo"])]
    assert sha256(PHOTO) in report.problems[0].detail and "event" in report.problems[0].detail


def test_row_hash_differs_from_content(vault: Vault, filled: dict[str, str]) -> None:
    vault.conn.execute("UPDATE blobs SET sha256 = ? WHERE item_id = ?", ("0" * 64, filled["video"]))
    vault.conn.execute("UPDATE blobs SET size = size + 1 WHERE item_id = ?", (filled["photo"],))
    assert sorted(_kinds(verify_vault(vault).problems)) == [
        ("hash-mismatch", filled["video"]),
        ("size-mismatch", filled["photo"]),
    ]


def test_stray_files_directories_and_links_are_named(vault: Vault, filled: dict[str, str]) -> None:
    root = vault.blobs.root
    target = blob_path(vault, filled["photo"])
    (root / "notes.txt").write_text("a plaintext note")
    (root / "zz").mkdir()
    (target.parent / "IMG_0001.jpg").write_bytes(b"\xff\xd8")
    (target.parent / "inner").mkdir()
    (target.parent / ("ab" * 16)).symlink_to(target)  # blob-shaped name, but a link
    report = verify_vault(vault)
    strays = sorted(p.subject for p in report.problems if p.kind == "blob-stray")
    sub = target.parent.name
    assert strays == sorted(
        ["blobs/notes.txt", "blobs/zz", f"blobs/{sub}/IMG_0001.jpg", f"blobs/{sub}/inner", f"blobs/{sub}/{'ab' * 16}"]
    )
    assert {p.kind for p in report.problems} == {"blob-stray"}
    assert any("symbolic link" in p.detail for p in report.problems)


def test_blob_file_replaced_by_a_link_is_missing_not_followed(vault: Vault, filled: dict[str, str]) -> None:
    path = blob_path(vault, filled["photo"])
    elsewhere = vault.path.parent / "outside"
    path.rename(elsewhere)
    path.symlink_to(elsewhere)
    kinds = sorted(_kinds(verify_vault(vault).problems))
    rel = f"blobs/{path.parent.name}/{path.name}"
    assert kinds == [("blob-missing", filled["photo"]), ("blob-stray", rel)]


def test_orphan_and_partial_are_notes_then_swept_on_next_open(
    vault: Vault, vault_dir: Path, filled: dict[str, str]
) -> None:
    orphan = vault.blobs.store_bytes(b"crash between rename and commit")  # a blob no row names
    orphan_path = vault.blobs.path_for(orphan.blob_id)
    partial_id = vault.blobs.new_id()
    partial_path = vault.blobs.root / partial_id[:2] / (partial_id + PARTIAL_SUFFIX)
    partial_path.parent.mkdir(exist_ok=True)
    partial_path.write_bytes(b"EVBLOB\x01\x14" + b"\0" * 60)
    report = verify_vault(vault)
    assert report.ok  # an interrupted write is a note: nothing committed was lost
    assert sorted(_kinds(report.notes)) == [
        ("blob-orphan", f"blobs/{orphan.blob_id[:2]}/{orphan.blob_id}"),
        ("blob-partial", f"blobs/{partial_id[:2]}/{partial_id}{PARTIAL_SUFFIX}"),
    ]
    assert all("nothing committed was lost" in n.detail for n in report.notes)
    assert orphan_path.exists() and partial_path.exists()  # verify never sweeps
    env, settings = vault.env, vault.settings
    vault.close()
    with Vault.open(vault_dir, "correct horse", env=env, settings=settings, sweep=True) as reopened:
        assert not orphan_path.exists() and not partial_path.exists()
        assert verify_vault(reopened).ok


def test_interrupted_destroy_leaves_an_orphan_not_a_problem_of_evidence(vault: Vault, filled: dict[str, str]) -> None:
    """destroy commits the row first and unlinks after: a crash in between leaves an orphan."""
    item = add_file_item(vault, b"to destroy", kind="other", name="y.bin")
    path = blob_path(vault, item)
    kept = path.read_bytes()
    items.delete_item(vault, item)
    items.destroy_item(vault, item, "court order")
    path.write_bytes(kept)  # as if the unlink had not happened
    report = verify_vault(vault)
    assert _kinds(report.problems) == [("blob-orphan", f"blobs/{path.parent.name}/{path.name}")]
    assert "destroyed" in report.problems[0].detail


def test_destroyed_blobs_are_not_missing_but_unlogged_destruction_is(vault: Vault, filled: dict[str, str]) -> None:
    assert verify_vault(vault).ok  # 'gone' was destroyed through destroy_item: fine
    path = blob_path(vault, filled["photo"])
    vault.conn.execute(
        "UPDATE blobs SET destroyed = '2024-03-01T10:00:00.000000Z' WHERE item_id = ?", (filled["photo"],)
    )
    vault.conn.execute("UPDATE items SET deleted = '2024-03-01T10:00:00.000000Z' WHERE id = ?", (filled["photo"],))
    path.unlink()
    assert sorted(_kinds(verify_vault(vault).problems)) == [
        ("delete-unlogged", filled["photo"]),
        ("destroy-unlogged", filled["photo"]),
    ]


def test_dangling_rows_and_items_without_original(vault: Vault, filled: dict[str, str]) -> None:
    conn = vault.conn
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("INSERT INTO item_tags VALUES ('feedfacefeedfacefeed', 'violation')")
    conn.execute("INSERT INTO item_cases VALUES (?, 'nocase0000000000000')", (filled["photo"],))
    conn.execute("DELETE FROM blobs WHERE item_id = ?", (filled["video"],))
    conn.execute("PRAGMA foreign_keys = ON")
    report = verify_vault(vault)
    kinds = sorted(_kinds(report.problems))
    assert ("row-dangling", "feedfacefeedfacefeed") in kinds
    assert ("row-dangling", "nocase0000000000000") in kinds
    assert ("original-missing", filled["video"]) in kinds
    assert [k for k, _ in _kinds(report.notes)].count("blob-orphan") == 1  # the video's file now has no row


def test_testimony_revisions_are_hashed(vault: Vault, filled: dict[str, str]) -> None:
    item = filled["testimony"]
    vault.conn.execute("UPDATE revisions SET text = text || '!' WHERE item_id = ? AND rev = 2", (item,))
    report = verify_vault(vault)
    assert _kinds(report.problems) == [("hash-mismatch", item)]
    assert "revision 2" in report.problems[0].detail


def test_rewritten_first_revision_with_its_hashes_is_caught(vault: Vault, filled: dict[str, str]) -> None:
    """Rewriting the sealed first text and every hash the tables hold still disagrees with the
    signed 'testimony' event."""
    item, forged = filled["testimony"], "Я ничего не видел."
    vault.conn.execute(
        "UPDATE revisions SET text = ?, sha256 = ? WHERE item_id = ? AND rev = 1",
        (forged, sha256(forged.encode()), item),
    )
    vault.conn.execute("UPDATE items SET sha256 = ? WHERE id = ?", (sha256(forged.encode()), item))
    report = verify_vault(vault)
    assert _kinds(report.problems) == [("hash-mismatch", item)]
    assert "intake" in report.problems[0].detail


def test_item_with_no_custody_event_is_named(vault: Vault) -> None:
    stored = vault.blobs.store_bytes(b"smuggled in")
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO items (id, kind, title, created, sha256, size) "
            "VALUES ('smuggled0000000000000', 'other', 't', 'x', ?, ?)",
            (stored.sha256, stored.size),
        )
        conn.execute(
            "INSERT INTO blobs VALUES (?, 'smuggled0000000000000', 'original', ?, ?, 'x', NULL)",
            (stored.blob_id, stored.size, stored.sha256),
        )
    assert _kinds(verify_vault(vault).problems) == [("item-unlogged", "smuggled0000000000000")]


def test_verify_writes_nothing(vault: Vault, filled: dict[str, str]) -> None:
    head = vault.custody.head()
    (blob_path(vault, filled["photo"])).unlink()
    verify_vault(vault)
    assert vault.custody.head() == head
    assert vault.conn.execute("SELECT count(*) FROM blobs WHERE item_id = ?", (filled["photo"],)).fetchone()[0] == 1


def test_imported_photo_and_its_thumbnail_are_both_verified(vault: Vault, tmp_path: Path) -> None:
    intake = pytest.importorskip("vault.intake")
    from PIL import Image

    src = tmp_path / "arrest.jpg"
    img = Image.new("RGB", (640, 480), (120, 30, 200))
    exif = Image.Exif()
    exif[0x8825] = {1: "N", 2: (43.0, 15.0, 0.0), 3: "E", 4: (76.0, 57.0, 0.0)}  # GPS: Almaty
    img.save(src, "JPEG", exif=exif)
    (imported,) = intake.import_paths(vault, [src]).imported
    report = verify_vault(vault)
    assert report.ok, report.problems
    thumb = items.blob_of(vault, imported.id, "thumbnail")
    assert report.blobs_checked == (2 if thumb else 1)
    if thumb is None:
        pytest.skip("intake made no thumbnail")
    path = vault.blobs.path_for(thumb)
    raw = bytearray(path.read_bytes())
    raw[-5] ^= 0x80
    path.write_bytes(bytes(raw))
    problems = verify_vault(vault).problems
    assert _kinds(problems) == [("blob-corrupt", imported.id)]
    assert problems[0].detail.startswith(f"thumbnail blob {thumb}")
