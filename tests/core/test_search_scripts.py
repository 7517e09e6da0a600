"""Search in every script: word forms of Russian and Kazakh, words inside unspaced CJK and Thai
runs, Greek without accents, Arabic presentation forms and vowel marks, Devanagari words kept
whole, textual metadata, readable snippets, and an old index rebuilt by the migration."""

from __future__ import annotations

import io
import os
from pathlib import Path

import pytest
from PIL import Image

from vault import db, schema, search
from vault.intake import import_paths
from vault.searchtext import display_snippet, fold
from vault.stemming import kazakh_stem, stems
from vault.store import Vault
from vault.testimony import add_testimony

TEXTS = {
    "ru": "Его отца задержали ночью; в изоляторе применяли пытки. Свидетель видел синяки.",
    "ru2": "Защита перечислила восемь пыток и два эпизода избиения в ИВС.",
    "kk": "Тергеушіге шағым берілді. Соттың шешімі әділетсіз деп танылды.",
    "zh": "律师描述团队的工作以及拘留中心的条件。",
    "ja": "東京都の警察署で取り調べが行われた。",
    "ko": "변호사는 팀을 만났다",
    "el": "Η σύλληψη έγινε στην Αθήνα τη νύχτα.",
    "ar": "ﺍﻟﺴﻼﻡ عليكم، المُحَامِي حَضَرَ الجلسة",
    "ug": "ئۇيغۇر تىلىدىكى سوت ھۆججىتى",
    "hi": "वकील ने अदालत में नमस्ते कहा",
    "th": "ผู้ต้องขังถูกทรมานในเรือนจำ",
    "stress": "Сло́во защи́тника прозвучало в суде́.",
}


@pytest.fixture
def items(vault: Vault) -> dict[str, str]:
    return {key: add_testimony(vault, title=f"T {key}", text=text) for key, text in TEXTS.items()}


def found(vault: Vault, query: str) -> set[str]:
    return {hit.id for hit in search.search(vault.conn, query)}


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("пыток", "ru"),
        ("пытки", "ru2"),
        ("отец", "ru"),
        ("избиение", "ru2"),
        ("свидетеля", "ru"),
        ("тергеуші", "kk"),
        ("сот", "kk"),
        ("шағымдар", "kk"),
        ("团队", "zh"),
        ("拘留", "zh"),
        ("警察", "ja"),
        ("取り調べ", "ja"),
        ("팀", "ko"),
        ("αθηνα", "el"),
        ("συλληψη", "el"),
        ("Αθήνα", "el"),
        ("السلام", "ar"),
        ("المحامي", "ar"),
        ("حضر", "ar"),
        ("سوت", "ug"),
        ("नमस्ते", "hi"),
        ("अदालत", "hi"),
        ("ทรมาน", "th"),
        ("เรือนจำ", "th"),
        ("слово", "stress"),
        ("защитника", "stress"),
    ],
)
def test_each_script_and_word_form_is_found(vault: Vault, items: dict[str, str], query: str, key: str) -> None:
    assert items[key] in found(vault, query)


def test_stems_do_not_blur_unrelated_words(vault: Vault, items: dict[str, str]) -> None:
    assert found(vault, "пытливый") == set()
    assert found(vault, "团体") == set()  # one shared character is not the word
    assert found(vault, "сотрудник") == set()
    assert found(vault, "защита пыток") == {items["ru2"]}  # every word must match


def test_snippets_read_as_written_with_the_hit_marked(vault: Vault, items: dict[str, str]) -> None:
    by_id = {hit.id: hit.snippet for hit in search.search(vault.conn, "团队")}
    assert "描述[团][队]的" in by_id[items["zh"]] or "描述[团队]的" in by_id[items["zh"]]
    snippet = {hit.id: hit.snippet for hit in search.search(vault.conn, "пыток")}[items["ru2"]]
    assert "[пыток]" in snippet and "Защита перечислила восемь" in snippet
    forms = {hit.id: hit.snippet for hit in search.search(vault.conn, "пытки")}
    assert "[пыток]" in forms[items["ru2"]]  # found through its stem, marked all the same


def test_camera_and_description_are_searchable(vault: Vault, tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[0x010F] = "Xiaomi"
    exif[0x0110] = "Redmi Note 12"
    exif[0x010E] = "Изолятор временного содержания, камера 4".encode()  # a phone writes UTF-8 here
    exif[0x9C9C] = "Синяки на руках".encode("utf-16-le")  # Windows' XPComment
    buf = io.BytesIO()
    Image.new("RGB", (32, 24), (90, 10, 10)).save(buf, "JPEG", exif=exif)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "p.jpg").write_bytes(buf.getvalue())
    photo = import_paths(vault, [tmp_path / "in"]).imported[0].id
    assert found(vault, "redmi") == {photo}
    assert found(vault, "xiaomi note") == {photo}
    assert found(vault, "изолятора") == {photo}
    assert found(vault, "синяков") == {photo}


def test_folding_rules() -> None:
    assert fold("ﺍﻟﺴﻼﻡ") == "السلام"
    assert fold("Ἀθῆναι ёлка") == "Αθηναι елка"
    assert fold("сло́во") == "слово" and fold("мой") == "мой"  # й stays a letter
    assert fold("नमस्ते") == "नमस्ते"  # Devanagari marks are part of the word
    assert fold("描述团队的 and 東京") == "描 述 团 队 的 and 東 京"
    assert display_snippet("描 述 [团] [队] 的 and 東 京") == "描述[团队]的 and 東京"
    assert kazakh_stem("балаларына") == "бала" and "сот" in stems("соттың")
    assert "пытк" in stems("пыток") and "пытк" in stems("пытки")


def test_migration_rebuilds_an_old_index(tmp_path: Path) -> None:
    conn = db.connect(tmp_path / "v.db", os.urandom(32), create=True)
    try:
        with db.Transaction(conn):
            for step in schema.MIGRATIONS[:3]:
                schema._apply(conn, step)
            conn.execute("PRAGMA user_version = 3")
            conn.execute(
                "INSERT INTO items (id, kind, title, created, extracted_text) VALUES "
                "('i1', 'document', 'Решение', '2024-01-01T00:00:00Z', '描述团队的 пыток')"
            )
            conn.execute(
                "INSERT INTO search_index (rowid, item_id, title, body, people, tags) "
                "SELECT rowid, id, title, extracted_text, '', '' FROM items"
            )
        assert [h.id for h in search.search(conn, "团队")] == []  # the old index cannot
        assert schema.migrate(conn) == 3 and schema.schema_version(conn) == schema.SCHEMA_VERSION
        assert [h.id for h in search.search(conn, "团队")] == ["i1"]
        assert [h.id for h in search.search(conn, "пытки")] == ["i1"]
    finally:
        conn.close()
