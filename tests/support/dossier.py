"""Fixtures for the dossier and redaction tests: a case with a protected witness (Latin and
Cyrillic names, several case forms), testimonies in Russian, Kazakh and English, photos with
EXIF GPS and serials, and a document. Items are inserted through the core (items row + sealed
blob + custody event), so these tests do not depend on the intake pipeline.

Every name here is fictional.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import subprocess
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from fractions import Fraction
from pathlib import Path
from typing import Any

import pikepdf
from PIL import Image

from vault import cases, people, testimony
from vault.store import Vault

WITNESS_FORMS = ("Айгуль Нурланова", "Айгуль Нурлановой", "Айгуль Нурланову", "Nurlanova Aigul", "Aigul Nurlanova")
VICTIM_NAME = "Болат Жаксылыков"
RU_TEXT = (
    "Я, Айгуль Нурланова, видела 15 марта, как задержанного выводили из здания ИВС. Он хромал.\n\n"
    "Позже Айгуль Нурлановой угрожали сотрудники, требуя молчать. Свидетельница Nurlanova Aigul "
    "просит сохранить её имя в тайне. Пытки и жестокое обращение продолжались трое суток."
)
KK_TEXT = (
    "Мені 2 сәуірде Жаңаөзендегі бейбіт жиналыстан кейін ұстады. Құқық қорғаушы Қайрат Серікұлы "
    "келгенде, оны да ұстап, телефонын тартып алды. Тергеуші азаптау қаупін төндірді. "
    "Айгуль Нурланову да шақырды. Ғ ә і ң ү ұ қ ө һ — барлық әріптер."
)
EN_TEXT = "I saw the officers take Aigul Nurlanova's phone. AIGUL NURLANOVA was crying."


def photo_bytes(
    colour: tuple[int, int, int] = (120, 60, 60),
    *,
    size: tuple[int, int] = (800, 600),
    orientation: int = 1,
    serial: str = "SN-4471-TEST",
    comment: bytes = b"",
) -> bytes:
    img = Image.new("RGB", size, colour)
    for x in range(0, size[0], 40):  # a pattern, so orientation is observable
        for y in range(size[1] // 4):
            img.putpixel((x, y), (255, 255, 255))
    exif = Image.Exif()
    exif[0x010F] = "TestMake"
    exif[0x0110] = "Phone 1"
    exif[0x0112] = orientation
    exif[0x013B] = "Aigul Nurlanova"  # Artist
    exif.get_ifd(0x8769)[36867] = "2026:03:17 10:05:00"
    exif.get_ifd(0x8769)[42033] = serial
    gps = exif.get_ifd(0x8825)
    gps[1], gps[2] = "N", (Fraction(43), Fraction(14), Fraction(20))
    gps[3], gps[4] = "E", (Fraction(76), Fraction(53), Fraction(23))
    out = io.BytesIO()
    kwargs: dict[str, Any] = {"exif": exif, "quality": 85}
    if comment:
        kwargs["comment"] = comment
    img.save(out, "JPEG", **kwargs)
    return out.getvalue()


def add_item(
    vault: Vault,
    case_id: str,
    kind: str,
    data: bytes,
    *,
    title: str,
    original_name: str,
    mime: str,
    metadata: dict[str, Any] | None = None,
    extracted_text: str = "",
    notes: str = "",
) -> str:
    """Insert an item as intake would: blob sealed first, then the row and a custody event."""
    blob = vault.blobs.store_bytes(data)
    item_id = vault.env.new_id()
    now = vault.env.now_iso()
    with vault.transaction() as conn:
        conn.execute(
            "INSERT INTO items (id, kind, title, created, sha256, size, mime, original_name, metadata, "
            "extracted_text, notes) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (
                item_id,
                kind,
                title,
                now,
                blob.sha256,
                blob.size,
                mime,
                original_name,
                json.dumps(metadata or {}, ensure_ascii=False),
                extracted_text,
                notes,
            ),
        )
        conn.execute(
            "INSERT INTO blobs VALUES (?,?,?,?,?,?,NULL)",
            (blob.blob_id, item_id, "original", blob.size, blob.sha256, now),
        )
        conn.execute("INSERT INTO item_cases VALUES (?, ?)", (item_id, case_id))
        vault.record("import", item_id, {"sha256": blob.sha256, "size": blob.size, "case": case_id}, also=(case_id,))
    return item_id


PHOTO_META = {
    "exif": {
        "Make": "TestMake",
        "Model": "Phone 1",
        "DateTimeOriginal": "2026:03:17 10:05:00",
        "BodySerialNumber": "SN-4471-TEST",
        "Artist": "Aigul Nurlanova",
    },
    "gps": {"lat": 43.2389, "lon": 76.8897},
    "taken": "2026-03-17T10:05:00Z",
}


@dataclass
class CaseFixture:
    case_id: str
    witness_id: str
    victim_id: str
    photo_ids: list[str]
    doc_id: str
    testimony_ids: list[str]


def build_case(vault: Vault) -> CaseFixture:
    case_id = cases.add_case(
        vault,
        "Задержание свидетеля Айгуль Нурлановой в Алматы",
        "Правозащитник задержан; свидетель Айгуль Нурланова сообщает о пытках и жестоком обращении.",
    )
    witness = people.add_person(
        vault,
        "Айгуль Нурланова",
        pseudonym="Свидетель А",
        protected=True,
        role="witness",
        aliases=list(WITNESS_FORMS[1:]),
    )
    victim = people.add_person(vault, VICTIM_NAME, role="victim", aliases=["Болата Жаксылыкова"])
    defender = people.add_person(vault, "Қайрат Серікұлы", role="defender")
    people.link_person_to_case(vault, case_id, witness, "witness")
    people.link_person_to_case(vault, case_id, victim, "victim")
    people.link_person_to_case(vault, case_id, defender, "defender")
    cases.add_case_event(vault, case_id, "2026-03-14", "Задержан у дома; Айгуль Нурланова видела задержание", "arrest")
    cases.add_case_event(vault, case_id, "2026-03-16", "Санкционирован арест на два месяца", "hearing")
    t_ru = testimony.add_testimony(
        vault,
        title="Показания Айгуль Нурлановой",
        text=RU_TEXT,
        case_id=case_id,
        language="ru",
        people=[(witness, "witness")],
    )
    testimony.revise_testimony(vault, t_ru, RU_TEXT + "\n\nДополнение: Болата Жаксылыкова били по ногам.")
    t_kk = testimony.add_testimony(
        vault, title="Жиналысқа қатысушының айғақтары", text=KK_TEXT, case_id=case_id, language="kk"
    )
    t_en = testimony.add_testimony(
        vault, title="Statement on the phone seizure", text=EN_TEXT, case_id=case_id, language="en"
    )
    photos = [
        add_item(
            vault,
            case_id,
            "photo",
            photo_bytes((120, 60, 60), comment=b"Aigul Nurlanova"),
            title="Синяки на спине, фото Айгуль Нурлановой",
            original_name="aigul-nurlanova-back.jpg",
            mime="image/jpeg",
            metadata=PHOTO_META,
            notes="Снято Nurlanova Aigul",
        ),
        add_item(
            vault,
            case_id,
            "photo",
            photo_bytes((60, 70, 90), size=(600, 800), orientation=6),
            title="ИВС, вид с улицы",
            original_name="ivs-building.jpg",
            mime="image/jpeg",
            metadata=PHOTO_META,
        ),
    ]
    doc_id = add_item(
        vault,
        case_id,
        "document",
        b"%PDF-1.4\n% test document\n",
        title="Постановление суда",
        original_name="postanovlenie.pdf",
        mime="application/pdf",
        extracted_text="Суд рассмотрел ходатайство. Свидетель Айгуль Нурланову допросить повторно.",
    )
    return CaseFixture(case_id, witness, victim, photos, doc_id, [t_ru, t_kk, t_en])


# ----- inspecting a PDF ----------------------------------------------------------------------


def pdftotext(path: Path, password: str | None = None) -> str:
    cmd = ["pdftotext", "-enc", "UTF-8"]
    if password:
        cmd += ["-upw", password]
    return subprocess.run([*cmd, str(path), "-"], check=True, capture_output=True).stdout.decode("utf-8")


def raw_streams(path: Path, password: str = "") -> list[bytes]:
    """Every stream of the file, decompressed where pikepdf can, plus every string object."""
    chunks: list[bytes] = []
    with pikepdf.open(path, password=password) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream):
                try:
                    chunks.append(obj.read_bytes())
                except pikepdf.PdfError:
                    chunks.append(obj.read_raw_bytes())
            elif isinstance(obj, pikepdf.Dictionary | pikepdf.Array):
                chunks.append(repr(obj).encode("utf-8", "replace"))
        chunks.append(repr(pdf.trailer).encode("utf-8", "replace"))
    return chunks


def outline_titles(path: Path, password: str = "") -> list[str]:
    titles: list[str] = []
    with pikepdf.open(path, password=password) as pdf, pdf.open_outline() as outline:
        stack = list(outline.root)
        while stack:
            node = stack.pop()
            titles.append(str(node.title))
            stack.extend(node.children)
    return titles


def encodings_of(name: str) -> list[bytes]:
    forms = [name.encode("utf-8"), name.encode("utf-16-be"), b"\xfe\xff" + name.encode("utf-16-be")]
    return forms


def jpeg_markers(data: bytes) -> list[int]:
    """The marker bytes of a JPEG's header segments (APPn = 0xE0..0xEF, COM = 0xFE)."""
    markers = []
    i = 2
    while i + 4 <= len(data) and data[i] == 0xFF:
        marker = data[i + 1]
        if marker == 0xDA:  # start of scan: header segments end here
            break
        length = int.from_bytes(data[i + 2 : i + 4], "big")
        markers.append(marker)
        i += 2 + length
    return markers


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


_HEX64 = re.compile(r"\b[0-9a-f]{64}\b")


def hashes_in(text: str) -> set[str]:
    return set(_HEX64.findall(text.replace("\n", " ")))


__all__ = ["zlib", "datetime", "UTC"]


WITNESS_STEMS = ("нурланов", "nurlanov", "айгуль", "aigul")
VICTIM_STEMS = ("жаксылыков", "болат")


def _decoded_forms(chunk: bytes) -> list[str]:
    return [chunk.decode(enc, "ignore").casefold() for enc in ("utf-8", "utf-16-be", "latin-1")] + [
        chunk[1:].decode("utf-16-be", "ignore").casefold()  # odd-aligned UTF-16
    ]


def assert_absent(pdf: Path, stems: tuple[str, ...], password: str = "") -> None:
    text = pdftotext(pdf, password or None).casefold()
    for stem in stems:
        assert stem not in text, f"{stem!r} found in extracted text"
    for chunk in raw_streams(pdf, password):
        for form in _decoded_forms(chunk):
            for stem in stems:
                assert stem not in form, f"{stem!r} found in a raw PDF object"
    for title in outline_titles(pdf, password):
        assert not any(stem in title.casefold() for stem in stems)
    with pikepdf.open(pdf, password=password) as doc:
        for value in doc.docinfo.values():
            assert not any(stem in str(value).casefold() for stem in stems)
    for name in WITNESS_FORMS:  # also the exact bytes, in both encodings, in the file as written
        data = pdf.read_bytes()
        assert name.encode("utf-8") not in data and name.encode("utf-16-be") not in data
