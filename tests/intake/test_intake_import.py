"""Importing a folder of good evidence: kinds, EXIF kept in the encrypted DB, thumbnails, text
for search, links, custody events, extract round trip."""

from __future__ import annotations

import hashlib
import io
import json
from pathlib import Path

import pytest
from PIL import Image

from tests.support import intake as fx
from tests.support.media import mpeg_frames
from vault import cases, items, people, search
from vault.errors import NotFound, UsageError
from vault.intake import ImportedFile, ImportProgress, import_paths
from vault.store import Vault


@pytest.fixture
def evidence(tmp_path: Path) -> Path:
    root = tmp_path / "evidence"
    fx.write(root / "photos" / "arrest.jpg", fx.photo_bytes((640, 480), orientation=6))
    fx.write(root / "photos" / "cell.png", fx.photo_bytes((800, 500), fmt="PNG", exif=False))
    fx.write(root / "court" / "decision.pdf", fx.text_pdf(fx.PDF_TEXT))
    fx.write(root / "testimony-kk.txt", fx.KAZAKH_TEXT.encode("utf-8"))
    fx.write(root / "complaint-ru.txt", fx.CP1251_TEXT.encode("cp1251"))
    fx.write(root / "recording.mp3", mpeg_frames(40))  # real MPEG audio frames: no "damaged" warning
    return root


def _by_name(report_items: list[ImportedFile]) -> dict[str, ImportedFile]:
    return {Path(i.path).name: i for i in report_items}


def test_folder_import_gives_right_kinds_in_sorted_order(vault: Vault, evidence: Path) -> None:
    report = import_paths(vault, [evidence])
    assert report.rejected == [] and report.duplicates == []
    rel = [str(Path(i.path).relative_to(evidence)) for i in report.imported]
    assert rel == [
        "complaint-ru.txt",
        "court/decision.pdf",
        "photos/arrest.jpg",
        "photos/cell.png",
        "recording.mp3",
        "testimony-kk.txt",
    ]
    assert all(i.path.startswith(str(evidence)) for i in report.imported)
    kinds = {Path(i.path).name: i.kind for i in report.imported}
    assert kinds == {
        "complaint-ru.txt": "document",
        "decision.pdf": "document",
        "arrest.jpg": "photo",
        "cell.png": "photo",
        "recording.mp3": "audio",
        "testimony-kk.txt": "document",
    }
    assert all(i.warning is None for i in report.imported)
    for imported in report.imported:
        item = items.get_item(vault, imported.id)
        data = Path(imported.path).read_bytes()
        assert item.sha256 == imported.sha256 == hashlib.sha256(data).hexdigest()
        assert item.size == len(data) and item.source == "intake" and item.deleted is None
        assert item.original_name == Path(imported.path).name
        assert item.title == Path(imported.path).stem
        assert item.original_mtime is not None and item.original_mtime.endswith("Z")


def test_photo_exif_is_kept_in_item_metadata(vault: Vault, evidence: Path) -> None:
    report = import_paths(vault, [evidence / "photos" / "arrest.jpg"])
    (photo,) = report.imported
    item = items.get_item(vault, photo.id)
    assert item.mime == "image/jpeg"
    meta = item.metadata
    assert meta["gps"]["lat"] == pytest.approx(fx.GPS_LAT_DECIMAL, abs=1e-5)
    assert meta["gps"]["lon"] == pytest.approx(fx.GPS_LON_DECIMAL, abs=1e-5)
    assert meta["gps"]["alt"] == pytest.approx(fx.GPS_ALT)
    assert meta["taken"] == "2023-05-01T10:20:30"
    assert meta["camera"] == {"make": "Canon", "model": "Canon EOS 80D", "serial": "BODY-SN-0042"}
    assert (meta["orientation"], meta["width"], meta["height"]) == (6, 640, 480)


def test_thumbnail_is_an_encrypted_exif_free_upright_jpeg(vault: Vault, evidence: Path) -> None:
    report = import_paths(vault, [evidence / "photos"])
    named = _by_name(report.imported)
    thumb = items.thumbnail(vault, named["arrest.jpg"].id)
    assert thumb is not None
    assert b"Exif" not in thumb and b"Canon" not in thumb and b"BODY-SN" not in thumb
    with Image.open(io.BytesIO(thumb)) as im:
        assert im.format == "JPEG"
        assert im.size == (240, 320)  # 640x480 with orientation 6 is shown upright, fit in 320
        assert len(im.getexif()) == 0 and "exif" not in im.info and "icc_profile" not in im.info
    png_thumb = items.thumbnail(vault, named["cell.png"].id)
    assert png_thumb is not None and Image.open(io.BytesIO(png_thumb)).size == (320, 200)
    rows = vault.conn.execute("SELECT purpose, count(*) FROM blobs GROUP BY purpose ORDER BY purpose").fetchall()
    assert [tuple(r) for r in rows] == [("original", 2), ("thumbnail", 2)]


def test_extracted_text_is_searchable_in_cyrillic_and_kazakh(vault: Vault, evidence: Path) -> None:
    report = import_paths(vault, [evidence])
    named = _by_name(report.imported)

    def found(query: str) -> set[str]:
        return {hit.id for hit in search.search(vault.conn, query)}

    assert named["testimony-kk.txt"].id in found("ҚАЗАҚСТАН")
    assert named["testimony-kk.txt"].id in found("айғақтары")
    assert named["complaint-ru.txt"].id in found("изоляторе")
    assert named["decision.pdf"].id in found("апелляционной")
    assert named["decision.pdf"].id in found("ПРИГОВОР")
    pdf = items.get_item(vault, named["decision.pdf"].id)
    assert pdf.metadata == {"has_javascript": False, "pages": 1}
    assert items.get_item(vault, named["complaint-ru.txt"].id).metadata["encoding"] == "cp1251"
    text = vault.conn.execute("SELECT extracted_text FROM items WHERE id = ?", (named["complaint-ru.txt"].id,))
    assert text.fetchone()[0] == fx.CP1251_TEXT


def test_each_import_has_one_custody_event_with_its_hash(vault: Vault, evidence: Path) -> None:
    case_id = cases.add_case(vault, "Дело Н.")
    witness = people.add_person(vault, "Айгүл Сәрсенова", role="witness")
    report = import_paths(
        vault,
        [evidence / "testimony-kk.txt", evidence / "photos" / "arrest.jpg"],
        case_id=case_id,
        tags=["Violation/Torture", "место/изолятор"],
        people=[(witness, "witness")],
    )
    assert len(report.imported) == 2
    for imported in report.imported:
        events = vault.custody.events(imported.id)
        assert [e.action for e in events] == ["import"]
        details = events[0].details
        assert details["sha256"] == imported.sha256 and details["kind"] == imported.kind
        assert details["name"] == Path(imported.path).name
        assert details["case"] == case_id and details["tags"] == ["violation/torture", "место/изолятор"]
        assert details["people"] == [{"person": witness, "role": "witness"}]
        assert details["size"] == Path(imported.path).stat().st_size and details["mtime"].endswith("Z")
        item = items.get_item(vault, imported.id)
        assert item.case_ids == (case_id,) and item.tags == ("violation/torture", "место/изолятор")
        assert [link.person.id for link in people.item_people(vault, imported.id)] == [witness]
    case_events = [e for e in vault.custody.events(case_id) if e.action == "import"]
    assert sorted(e.subject for e in case_events) == sorted(i.id for i in report.imported)
    assert {e.subject for e in vault.custody.events(witness) if e.action == "import"} == {i.id for i in report.imported}
    assert vault.conn.execute("SELECT 1 FROM tags WHERE path = 'место'").fetchone() is not None
    assert {h.id for h in search.search(vault.conn, "изолятор", search.Filters(case_id=case_id))} >= {
        report.imported[0].id
    }


def test_unknown_case_person_or_bad_tag_fails_before_any_work(vault: Vault, evidence: Path) -> None:
    before = json.dumps(vault.conn.execute("SELECT count(*) FROM custody").fetchall())
    with pytest.raises(NotFound):
        import_paths(vault, [evidence], case_id="nope")
    with pytest.raises(NotFound):
        import_paths(vault, [evidence], people=[("nobody", "witness")])
    with pytest.raises(UsageError):
        import_paths(vault, [evidence], tags=["bad//tag"])
    assert vault.conn.execute("SELECT count(*) FROM items").fetchone()[0] == 0
    assert json.dumps(vault.conn.execute("SELECT count(*) FROM custody").fetchall()) == before
    assert list(vault.blobs.scan()) == []


def test_extract_gives_back_the_exact_bytes(vault: Vault, evidence: Path, tmp_path: Path) -> None:
    report = import_paths(vault, [evidence])
    for n, imported in enumerate(report.imported):
        out = tmp_path / f"out-{n}"
        assert items.extract(vault, imported.id, out) == imported.sha256
        assert out.read_bytes() == Path(imported.path).read_bytes()


def test_progress_is_reported_per_chunk_and_per_file(vault: Vault, tmp_path: Path) -> None:
    folder = tmp_path / "big"
    fx.write(folder / "a.bin", b"\x01" * (3 * 1024 * 1024 + 5))
    fx.write(folder / "b.txt", "короткий текст".encode())
    seen: list[ImportProgress] = []
    report = import_paths(vault, [folder], on_progress=seen.append)
    assert len(report.imported) == 2
    total = 3 * 1024 * 1024 + 5 + len("короткий текст".encode())
    assert all(p.files_total == 2 and p.bytes_total == total for p in seen)
    done = [p.bytes_done for p in seen]
    assert done == sorted(done) and done[-1] == total
    assert seen[-1].files_done == 2
    before_first_file = [p for p in seen if p.files_done == 0]
    assert len(before_first_file) >= 5  # a start per file + one per 1 MiB chunk of a.bin (4)
    assert {Path(p.current).name for p in seen} == {"a.bin", "b.txt"}
    files = [p.files_done for p in seen]
    assert files == sorted(files) and 1 in files
