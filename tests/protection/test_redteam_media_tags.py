"""Red team, whole jobs: recordings naming the witness only in tags the intake did not keep: an
MP3's album artist (TPE2), composer, USLT transcript, a picture's description (APIC) and a WXXX
link; an M4A's album artist (aART) and description. Audio never leaves below `internal`
uncleared, but the export review said only "could not be checked: audio recording" (a reason a
person may clear), and search could not find the recordings by her name. Now every tag's text is
kept as `tags_text` (vault/intake/media_tags.py): the review says "contains a hidden name",
search finds them, and a recording with ordinary tags still reads "could not be checked"."""

from __future__ import annotations

from pathlib import Path

from mutagen.id3 import APIC, ID3, TCOM, TIT2, TPE2, USLT, WXXX

from tests.support.media import m4a, mpeg_frames
from tests.support.vaults import VaultFactory
from vault.cases import add_case
from vault.exports import reasons as rs
from vault.exports.review import review_export
from vault.intake import import_paths
from vault.people import add_person
from vault.search import search

SHE = "Сейтказиева Гульнара"


def _mp3(path: Path, *frames: object) -> None:
    path.write_bytes(mpeg_frames(400))
    tags = ID3()
    tags.add(TIT2(encoding=3, text="Запись у ИВС"))
    for frame in frames:
        tags.add(frame)
    tags.save(path)


def test_names_in_other_tags_are_found(make_vault: VaultFactory, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    _mp3(folder / "album_artist.mp3", TPE2(encoding=3, text=SHE))
    _mp3(folder / "composer.mp3", TCOM(encoding=3, text=SHE))
    _mp3(folder / "transcript.mp3", USLT(encoding=3, lang="rus", desc="", text=f"Говорит {SHE}: меня задержали"))
    _mp3(folder / "cover.mp3", APIC(encoding=3, mime="image/png", type=3, desc=f"фото {SHE}", data=b"\x89PNG"))
    _mp3(folder / "link.mp3", WXXX(encoding=3, desc="", url="https://t.me/gseitqazieva"))
    _mp3(folder / "plain.mp3", TPE2(encoding=3, text="Мониторинг"))
    (folder / "memo.m4a").write_bytes(m4a(2.0, {b"\xa9nam": "Запись", b"aART": SHE}))
    (folder / "described.m4a").write_bytes(m4a(2.0, {b"\xa9nam": "Запись", b"desc": f"Рассказ: {SHE}"}))
    v = make_vault(tmp_path / "v")
    add_person(v, "Гульнара Сейтқазиева", pseudonym="Свидетельница К", protected=True, role="witness")
    case = add_case(v, "Дело 18")
    report = import_paths(v, [folder], case_id=case)
    assert not report.rejected
    ids = {Path(i.path).name: i.id for i in report.imported}

    withheld = {w["item"]: w["reason_key"] for w in review_export(v, case, "partner").to_json()["withheld"]}
    for name, item in ids.items():
        expected = rs.COULD_NOT_CHECK if name == "plain.mp3" else rs.CONTAINS_HIDDEN_NAME
        assert withheld[item] == expected, name
    found = {hit.id for hit in search(v.conn, "Сейтказиева")}
    assert {ids[n] for n in ids if n not in ("plain.mp3", "link.mp3")} <= found
