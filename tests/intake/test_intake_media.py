"""Audio and video metadata at intake: duration, creation time, GPS, device and tags read from
generated MP3 (ID3, Cyrillic and Kazakh), MP4 (Android `©xyz`, iPhone keys), M4A, FLAC and WAV;
searchable where textual, GPS stripped like a photo's, damaged files stored with a warning."""

from __future__ import annotations

import io
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.support import media as fx
from vault import items, search
from vault.intake import import_paths
from vault.intake.media import DAMAGED, MAX_READ, TOO_LARGE, media_metadata
from vault.intake.mp4box import parse_iso6709
from vault.redaction import metadata_has_gps, sanitize_metadata
from vault.store import Vault

TAKEN = datetime(2026, 3, 1, 10, 20, 30, tzinfo=UTC)


@pytest.fixture
def media(tmp_path: Path) -> Path:
    root = tmp_path / "media"
    root.mkdir()
    fx.mp3_with_id3(
        root / "interview.mp3",
        title="Показания свидетеля",
        artist="Айгүл Сәрсенова",
        album="Іс №17",
        comment="записано у здания суда",
    )
    (root / "arrest.mp4").write_bytes(
        fx.phone_mp4(created=TAKEN, seconds=12.5, location="+43.2389+076.8897/", make="samsung", model="SM-A525F")
    )
    (root / "street.mov").write_bytes(
        fx.phone_mp4(
            created=TAKEN,
            seconds=3,
            location="+43.2567+076.9286+0850.500/",
            make="Apple",
            model="iPhone 12",
            apple=True,
            brand=b"qt  ",
        )
    )
    (root / "call.m4a").write_bytes(fx.m4a(30.0, {b"\xa9nam": "Телефонный звонок", b"\xa9ART": "Ерлан"}))
    fx.flac_with_comments(root / "court.flac", 5, {"title": "Сот отырысы", "artist": "Дәулет"})
    (root / "memo.wav").write_bytes(fx.wav(2.0))
    return root


def _imported(vault: Vault, root: Path) -> dict[str, items.Item]:
    report = import_paths(vault, [root])
    assert report.rejected == []
    return {Path(i.path).name: items.get_item(vault, i.id) for i in report.imported}


def test_phone_video_gives_time_place_device_and_duration(vault: Vault, media: Path) -> None:
    got = _imported(vault, media)
    android = got["arrest.mp4"]
    assert android.kind == "video" and android.warning in (None, "")
    assert android.metadata["duration_s"] == 12.5
    assert android.metadata["taken"] == "2026-03-01T10:20:30Z"
    assert android.metadata["gps"] == {"lat": 43.2389, "lon": 76.8897}
    assert android.metadata["camera"] == {"make": "samsung", "model": "SM-A525F"}
    iphone = got["street.mov"].metadata
    assert iphone["gps"] == {"lat": 43.2567, "lon": 76.9286, "alt": 850.5}
    assert iphone["camera"] == {"make": "Apple", "model": "iPhone 12"} and iphone["duration_s"] == 3.0


def test_audio_tags_and_durations(vault: Vault, media: Path) -> None:
    got = _imported(vault, media)
    mp3 = got["interview.mp3"].metadata
    assert mp3["title"] == "Показания свидетеля" and mp3["artist"] == "Айгүл Сәрсенова"
    assert mp3["album"] == "Іс №17" and mp3["comment"] == "записано у здания суда"
    assert mp3["duration_s"] == pytest.approx(400 * 1152 / 44100, abs=0.05)
    m4a = got["call.m4a"].metadata
    assert m4a["title"] == "Телефонный звонок" and m4a["artist"] == "Ерлан" and m4a["duration_s"] == 30.0
    flac = got["court.flac"].metadata
    assert flac["title"] == "Сот отырысы" and flac["artist"] == "Дәулет" and flac["duration_s"] == 5.0
    assert got["memo.wav"].metadata["duration_s"] == 2.0
    assert all(not item.warning for item in got.values())


def test_textual_media_metadata_is_searchable(vault: Vault, media: Path) -> None:
    got = _imported(vault, media)

    def found(query: str) -> set[str]:
        return {hit.id for hit in search.search(vault.conn, query)}

    assert got["interview.mp3"].id in found("Сәрсенова")
    assert got["interview.mp3"].id in found("здания")
    assert got["court.flac"].id in found("отырысы")
    assert got["arrest.mp4"].id in found("SM-A525F")
    assert got["street.mov"].id in found("iPhone")


def test_video_gps_and_owner_tags_are_stripped_like_a_photos(vault: Vault, media: Path) -> None:
    got = _imported(vault, media)
    video = got["arrest.mp4"].metadata
    assert metadata_has_gps(video)
    counts: Counter[str] = Counter()
    shared = sanitize_metadata(video, "partner", counts)
    assert not metadata_has_gps(shared) and counts["gps-removed"] == 1
    assert shared["camera"] == {"make": "samsung", "model": "SM-A525F"} and shared["taken"] == video["taken"]
    audio = sanitize_metadata(got["interview.mp3"].metadata, "partner")
    assert "artist" not in audio and "comment" not in audio and audio["title"] == "Показания свидетеля"


def test_damaged_media_is_stored_with_a_warning(vault: Vault, tmp_path: Path) -> None:
    root = tmp_path / "bad"
    root.mkdir()
    good = fx.phone_mp4(created=TAKEN, seconds=4, location="+43.2389+076.8897/", make="samsung", model="X")
    (root / "cut.mp4").write_bytes(good[:300])  # moov runs past the end
    lying = bytearray(good)
    moov = good.index(b"moov") - 4
    lying[moov : moov + 4] = (2**31).to_bytes(4, "big")  # moov claims 2 GB
    (root / "lying.mp4").write_bytes(bytes(lying))
    mp3 = tmp_path / "whole.mp3"
    fx.mp3_with_id3(mp3, title="Т", artist="А", album="Б", comment="В")
    (root / "cut.mp3").write_bytes(mp3.read_bytes()[:60])
    (root / "note.txt").write_text("после повреждённых файлов импорт продолжается", encoding="utf-8")
    report = import_paths(vault, [root])
    assert report.rejected == [] and len(report.imported) == 4
    by_name = {Path(i.path).name: i for i in report.imported}
    for name in ("cut.mp4", "lying.mp4", "cut.mp3"):
        assert DAMAGED in (by_name[name].warning or "")
        assert items.extract(vault, by_name[name].id, tmp_path / f"out-{name}") == by_name[name].sha256
    assert items.get_item(vault, by_name["cut.mp4"].id).metadata["duration_s"] == 4.0  # read before the cut


def test_a_tag_claiming_gigabytes_is_not_read(tmp_path: Path) -> None:
    # An ID3 header whose size says 256 MB: the parser's reads are capped, nothing hangs.
    data = b"ID3\x04\x00\x00\x7f\x7f\x7f\x7f" + b"\x00" * (MAX_READ + 4096)
    meta, warnings = media_metadata(io.BytesIO(data), "x.mp3", "audio/mpeg", len(data))
    assert "title" not in meta and warnings == [TOO_LARGE]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("+43.2389+076.8897/", {"lat": 43.2389, "lon": 76.8897}),
        ("-33.8688+151.2093+0058.000/", {"lat": -33.8688, "lon": 151.2093, "alt": 58.0}),
        ("+91.0000+010.0000/", None),
        ("garbage", None),
        ("", None),
    ],
)
def test_iso6709_locations(text: str, expected: dict[str, float] | None) -> None:
    assert parse_iso6709(text) == expected
