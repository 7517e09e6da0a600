"""The case the review-step tests export (a support module, not a test module): a protected
witness named in declined Russian and Kazakh forms in the case summary, its chronology and a
testimony (with one misspelling the matcher leaves as a suspect), a PDF naming her in its
metadata, an MP3 naming her in its ID3 tag, and a photo. Plus a worker holding the open vault,
and a crude check for her name's stems in text."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pikepdf
import pytest
from PIL import Image

from tests.support.vaults import VaultFactory
from ui.worker import VaultWorker
from vault.cases import add_case, add_case_event
from vault.intake import import_paths
from vault.people import add_person, link_person_to_case
from vault.store import Vault
from vault.testimony import add_testimony

NAME = "Гульнара Сейтқазиева"
PSEUDONYM = "Свидетельница К"
SUSPECT = "Сейдгазиева"  # two letters off: the export leaves it and flags it (one off is replaced)
OTHER = "Сейткасымова"  # another woman's name, sharing her stem: flagged, and dismissed as "not a name"
TIMEOUT = 30_000
_STEMS = ("сеитказиев", "сеидгазиев", "гульнар", "гулнар", "seitqaziev", "seitkaziev", "gulnar")
_KAZ = str.maketrans("қғүұөәіңһйё", "кгууоаинхие")


def name_stems(text: str) -> list[str]:
    """Her name's stems (and the suspect's) found in `text`, after folding Kazakh letters."""
    sk = unicodedata.normalize("NFKC", text).casefold().translate(_KAZ)
    sk = re.sub(r"-\s*\n\s*", "", sk)
    return [s for s in _STEMS if s in sk]


@dataclass
class ReviewCase:
    vault: Vault
    case_id: str
    witness: str
    ids: dict[str, str]  # file name (or "testimony") -> item id
    worker: VaultWorker


def _mp3(artist: str) -> bytes:
    text = b"\x01" + artist.encode("utf-16")
    frame = b"TPE1" + len(text).to_bytes(4, "big") + b"\x00\x00" + text
    size = len(frame)
    syncsafe = bytes(((size >> 21) & 0x7F, (size >> 14) & 0x7F, (size >> 7) & 0x7F, size & 0x7F))
    return b"ID3\x03\x00\x00" + syncsafe + frame + b"\xff\xfb\x90\x00" + bytes(400)


def build_case(vault: Vault, folder: Path) -> tuple[str, str, dict[str, str]]:
    witness = add_person(vault, NAME, pseudonym=PSEUDONYM, protected=True, role="witness")
    case = add_case(vault, "Задержание у акимата", "Показания Сейтқазиевой Гульнары о задержании.")
    link_person_to_case(vault, case, witness, "witness")
    add_case_event(vault, case, "2026-01-02", "Гульнараның телефоны алынды, Сейтқазиеваға қоңырау шалды", "other")
    testimony = add_testimony(
        vault,
        title="Показания соседки",
        case_id=case,
        language="ru",
        people=[(witness, "witness")],
        text=f"Я, {NAME}, видела задержание. Следователь угрожал Сейтқазиевой. Потом пришла {SUSPECT} и всё "
        f"записала. Со слов Гульнары, её били. Соседка {OTHER} тоже видела.",
    )
    folder.mkdir()
    pdf = pikepdf.new()
    pdf.add_blank_page()
    pdf.docinfo["/Author"] = NAME
    pdf.save(folder / "reshenie.pdf")
    (folder / "zapis.mp3").write_bytes(_mp3(NAME))
    Image.new("RGB", (64, 48), (9, 99, 9)).save(folder / "dvor.jpg", "JPEG")
    report = import_paths(vault, [folder], case_id=case)
    ids = {Path(i.path).name: i.id for i in report.imported}
    ids["testimony"] = testimony
    return case, witness, ids


@pytest.fixture
def review_case(make_vault: VaultFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[ReviewCase]:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    vault = make_vault(tmp_path / "vault", owner="NGO")
    case, witness, ids = build_case(vault, tmp_path / "files")
    worker = VaultWorker()
    worker._vault = vault  # the worker is idle: handing it the open vault is safe
    yield ReviewCase(vault, case, witness, ids, worker)
    worker.wait_idle()
    worker._vault = None
