"""Helpers for the leak tests: a vault whose protected witness, Гульнара Сейтқазиева, is
written every way the issue lists, and detectors that look for her in a dossier (pdftotext and
every decompressed PDF object), a decrypted bundle (every byte) and a receiving vault (the
CLI's show, list, log --full and search). The detector is independent of vault.names: it
normalises the output its own simple way and looks for stems."""

from __future__ import annotations

import io
import json
import re
import subprocess
import tarfile
import unicodedata
from pathlib import Path

import pikepdf
import pyrage
from PIL import Image

from vault import cases, keys, people, testimony
from vault.intake import import_paths
from vault.store import Vault

NAME = "Гульнара Сейтқазиева"
PSEUDONYM = "Свидетельница К"
# Every form of "What went wrong", route 2, as a sentence of a testimony or chronology.
FORMS = (
    "Сейтқазиева Г.Н. дала показания.",
    "Допрошена Сейтқазиева Гульнара.",
    "Следователь угрожал Сейтқазиевой.",
    "Со слов Гульнары, её били.",
    "Соседи звали её Гули.",
    "Сейтқазиеваға қоңырау шалды.",
    "Гульнараның телефоны алынды.",
    "В протоколе: Сейтказиева.",
    "Reuters spelled it Seitqazieva.",
    "Passport: SEITKAZIEVA GULNARA.",
    "Мягкий перенос: Сейт\u00adқазиева.",
    "Невидимый знак: Гуль\u200dнара.",
    "Латинская буква: Cейтқазиева.",
    "Перенос строки: Сейтқа-\nзиева пришла.",
    "Гуля Сейтқазиева подписала.",
)
# Stems looked for after a crude normalisation (see skeleton()).
CYR_STEMS = ("сеитказиев", "гульнар", "гулнар")
CYR_WORDS = ("гуля", "гули", "гуле", "гулю", "гулеи")  # the diminutive, as whole words
LAT_STEMS = ("seitqaziev", "seitkaziev", "gulnar", "gulia", "gulya")
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u200e\u200f\u2060\ufeff"), None)
_KAZ = str.maketrans("қғүұөәіңһйё", "кгууоаинхие")
_LOOKALIKE = str.maketrans("aceopxyk", "асеорхук")


def skeleton(text: str) -> str:
    t = unicodedata.normalize("NFKC", text).translate(_INVISIBLE).casefold()
    t = re.sub(r"-\s*\n\s*", "", t)
    return t.translate(_KAZ)


def leaks(text: str) -> list[str]:
    """The stems of her name found in `text` (empty when none)."""
    sk = skeleton(text)
    cyr = re.sub(r"(?<=[а-я])[aceopxyk]|[aceopxyk](?=[а-я])", lambda m: m.group(0).translate(_LOOKALIKE), sk)
    found = [s for s in CYR_STEMS if s in cyr]
    found += [w for w in CYR_WORDS if re.search(rf"(?<!\w){w}(?!\w)", cyr)]
    found += [s for s in LAT_STEMS if s in sk]
    return found


def byte_leaks(data: bytes) -> list[str]:
    out: list[str] = []
    for enc in ("utf-8", "utf-16-be", "utf-16-le"):
        for shift in (0, 1):
            out += leaks(data[shift:].decode(enc, "ignore"))
    return sorted(set(out))


def pdf_leaks(path: Path) -> list[str]:
    """pdftotext, then every object of the file decompressed, its outline and its Info."""
    found = leaks(pdf_text(path))
    with pikepdf.open(path) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream):
                try:
                    found += byte_leaks(obj.read_bytes())
                except pikepdf.PdfError:
                    found += byte_leaks(obj.read_raw_bytes())
            elif isinstance(obj, pikepdf.Dictionary | pikepdf.Array | pikepdf.String):
                found += leaks(repr(obj))
                found += byte_leaks(bytes(obj)) if isinstance(obj, pikepdf.String) else []
        found += leaks(repr(pdf.trailer)) + leaks(" ".join(str(v) for v in pdf.docinfo.values()))
        with pdf.open_outline() as outline:
            stack = list(outline.root)
            while stack:
                node = stack.pop()
                found += leaks(str(node.title))
                stack.extend(node.children)
    return sorted(set(found))


def bundle_leaks(receiver: Vault, bundle: Path) -> list[str]:
    """Every byte of the decrypted bundle, every member's name and content, the manifest."""
    plain = pyrage.decrypt(bundle.read_bytes(), [keys.identity(receiver)])
    found = byte_leaks(plain)
    with tarfile.open(fileobj=io.BytesIO(plain), mode="r:") as tar:
        for m in tar.getmembers():
            found += leaks(m.name)
            if m.isfile():
                data = tar.extractfile(m).read()  # type: ignore[union-attr]
                found += byte_leaks(data)
                if m.name == "manifest.json":
                    found += leaks(json.dumps(json.loads(data), ensure_ascii=False))
    return sorted(set(found))


def befriend(a: Vault, b: Vault, name: str = "Partner NGO") -> str:
    pub = keys.public_identity(b)
    return keys.add_contact(a, name, pub.recipient, pub.signing_key)


def add_witness(vault: Vault) -> str:
    return people.add_person(vault, NAME, pseudonym=PSEUDONYM, protected=True, role="witness", aliases=["Гуля"])


def other_case_naming_her(vault: Vault, witness_id: str, files: Path | None = None) -> str:
    """Case A links her; case B (returned) never does, yet names her everywhere."""
    case_a = cases.add_case(vault, "Дело о пытках в ИВС")
    people.link_person_to_case(vault, case_a, witness_id, "witness")
    case_b = cases.add_case(vault, "Задержание; показания Сейтқазиевой Г.Н.", "Сводка: Сейтқазиева видела задержание.")
    defender = people.add_person(vault, "Иван Петров", role="lawyer")
    people.link_person_to_case(vault, case_b, defender, "lawyer")
    cases.add_case_event(vault, case_b, "2026-03-14", "Задержание видела Сейтқазиева Гульнара", "arrest")
    cases.add_case_event(vault, case_b, "2026-03-15", "Допрос Гульнары Сейтказиевой", "hearing")
    testimony.add_testimony(
        vault,
        title="Показания Сейтқазиевой",
        text="\n".join(FORMS),
        case_id=case_b,
        language="ru",
        people=[(defender, "interviewer")],
        tags=["witness/seitqazieva"],
    )
    if files is not None:  # a photo whose file name (and so its title) names her
        files.mkdir(exist_ok=True)
        photo = files / "photo_Сейтқазиева-Г.Н..jpg"
        Image.new("RGB", (40, 30), (90, 20, 20)).save(photo, "JPEG")
        report = import_paths(vault, [photo], case_id=case_b)
        assert not report.rejected
    return case_b


def pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True, capture_output=True)
    return done.stdout.decode("utf-8")


def pdf_has(path: Path, stems: tuple[str, ...]) -> list[str]:
    """Which of `stems` (lower case) occur in the PDF's text or any decompressed object."""
    hay = [skeleton(pdf_text(path))]
    with pikepdf.open(path) as pdf:
        for obj in pdf.objects:
            if isinstance(obj, pikepdf.Stream):
                try:
                    data = obj.read_bytes()
                except pikepdf.PdfError:
                    data = obj.read_raw_bytes()
                hay += [skeleton(data.decode(enc, "ignore")) for enc in ("utf-8", "utf-16-be")]
            elif isinstance(obj, pikepdf.Dictionary | pikepdf.Array):
                hay.append(skeleton(repr(obj)))
        hay.append(skeleton(" ".join(str(v) for v in pdf.docinfo.values())))
    return [s for s in stems if any(s in h for h in hay)]


def bundle_has(receiver: Vault, bundle: Path, stems: tuple[str, ...]) -> list[str]:
    """Which of `stems` occur in any byte, member name or manifest string of the bundle."""
    plain = pyrage.decrypt(bundle.read_bytes(), [keys.identity(receiver)])
    hay = [skeleton(plain[s:].decode(enc, "ignore")) for enc in ("utf-8", "utf-16-be") for s in (0, 1)]
    with tarfile.open(fileobj=io.BytesIO(plain), mode="r:") as tar:
        for m in tar.getmembers():
            hay.append(skeleton(m.name))
            if m.name == "manifest.json" and m.isfile():
                hay.append(skeleton(json.dumps(json.loads(tar.extractfile(m).read()), ensure_ascii=False)))  # type: ignore[union-attr]
    return [s for s in stems if any(s in h for h in hay)]
