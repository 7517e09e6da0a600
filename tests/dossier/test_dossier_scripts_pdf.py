"""A dossier with testimonies in Chinese, Japanese, Korean, Thai, Arabic, Uyghur, Hebrew and Hindi:
every font embedded, every script's words extractable by pdftotext (Arabic, Uyghur and Hebrew in
logical order, lam-alef and Devanagari vowel signs included), no character falls to a missing
glyph, right-to-left testimonies are laid out from the right margin while the English labels
stay on the left, and a Cyrillic-only dossier embeds DejaVu and nothing else."""

from __future__ import annotations

import os
import re
import subprocess
import unicodedata
from pathlib import Path

import pytest

from tests.support.dossier import build_case, pdftotext
from tests.support.vaults import PASSPHRASE, TEST_SETTINGS, fixed_clock
from vault import cases, testimony
from vault.dossier import build_dossier
from vault.env import Environment
from vault.store import Vault

# (language, title, text, words that must come back from the text layer)
SCRIPTS = [
    ("zh", "法院判决书", "法院判决书：被告人在团队中描述了审判过程。國際審判的證詞。", ["判决书", "团队", "國際審判"]),
    ("ja", "証言（日本語）", "私は警察署で三日間拘束されました。ひらがなとカタカナ。", ["警察署", "拘束", "カタカナ"]),
    ("ko", "한국어 증언", "저는 경찰서에서 사흘 동안 구금되었습니다.", ["경찰서에서", "구금되었습니다"]),
    ("th", "คำให้การ", "ข้าพเจ้าถูกควบคุมตัวที่สถานีตำรวจเป็นเวลาสามวัน", ["สถานีตำรวจ", "ควบคุมตัว"]),
    ("ar", "شهادة الشاهد", "احتجزت في مركز الشرطة لمدة ثلاثة أيام في عام 2019.", ["الشرطة", "ثلاثة", "احتجزت", "2019"]),
    ("ug", "گۇۋاھلىق", "مەن ساقچىخانىدا ئۈچ كۈن تۇتۇپ تۇرۇلدۇم.", ["ساقچىخانىدا", "تۇرۇلدۇم", "ئۈچ"]),
    ("he", "עדות", "הוחזקתי בתחנת המשטרה שלושה ימים.", ["המשטרה", "הוחזקתי", "שלושה"]),
    ("hi", "गवाही", "मुझे पुलिस स्टेशन में तीन दिन तक हिरासत में रखा गया। क्षत्रिय किसान", ["पुलिस", "हिरासत", "क्षत्रिय", "किसान"]),
]
FONTS = ["DroidSansFallback", "NanumGothic", "NotoSansThai", "NotoSansArabic", "NotoSansHebrew", "NotoSansDevanagari"]


def _clean(text: str) -> str:
    """pdftotext's text without the invisible direction marks it adds around right-to-left lines."""
    return "".join(ch for ch in text if unicodedata.category(ch) != "Cf")


def pdffonts(path: Path) -> list[tuple[str, str]]:
    """(font name, emb) for every font of the file."""
    out = subprocess.run(["pdffonts", str(path)], check=True, capture_output=True, text=True).stdout
    rows = []
    for line in out.splitlines()[2:]:
        parts = line.split()
        flags = [p for p in parts if p in ("yes", "no")]
        rows.append((parts[0], flags[0]))
    return rows


@pytest.fixture(scope="module")
def scripts_pdf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("scripts")
    env = Environment(clock=fixed_clock(), random_bytes=os.urandom)
    vault, _ = Vault.create(folder / "vault", PASSPHRASE, env=env, settings=TEST_SETTINGS)
    case_id = cases.add_case(vault, "Дело: документы на многих языках", "Уйгурские и китайские документы.")
    for lang, title, text, _ in SCRIPTS:
        testimony.add_testimony(vault, title=title, text=text + "\n\n" + text, case_id=case_id, language=lang)
    out = folder / "scripts.pdf"
    build_dossier(vault, case_id, out, profile="internal", language="en")
    vault.close()
    return out


def test_every_script_font_is_embedded(scripts_pdf: Path) -> None:
    fonts = pdffonts(scripts_pdf)
    assert fonts and all(emb == "yes" for _, emb in fonts), fonts
    names = " ".join(name for name, _ in fonts)
    for family in FONTS:
        assert family in names, (family, fonts)


@pytest.mark.parametrize(("lang", "words"), [(s[0], s[3]) for s in SCRIPTS])
def test_words_of_each_script_are_extractable(scripts_pdf: Path, lang: str, words: list[str]) -> None:
    text = _clean(pdftotext(scripts_pdf))
    flat = re.sub(r"\s+", " ", text)
    for word in words:
        assert word in flat, (lang, word)


def test_right_to_left_testimony_starts_at_the_right_margin_labels_stay_left(scripts_pdf: Path) -> None:
    html = subprocess.run(
        ["pdftotext", "-bbox", str(scripts_pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    boxes = {}
    for m in re.finditer(r'<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', html):
        boxes.setdefault(_clean(m.group(3)), (float(m.group(1)), float(m.group(2))))
    right, left = 595.28 - 20 * 72 / 25.4 - 6, 20 * 72 / 25.4 + 6  # the frame's edges (6 pt padding)
    # -bbox lists a right-to-left word's letters in drawing order, i.e. reversed.
    for word in ("احتجزت", "مەن", "הוחזקתי"):  # the first word of each right-to-left testimony
        x_min, x_max = boxes[word[::-1]]
        assert right - 2 < x_max < right + 1, (word, x_min, x_max)
    assert abs(boxes["Language:"][0] - left) < 1  # the label line is not flipped


def test_cyrillic_only_dossier_embeds_dejavu_and_nothing_else(vault: Vault, tmp_path: Path) -> None:
    fx = build_case(vault)
    out = tmp_path / "ru.pdf"
    build_dossier(vault, fx.case_id, out, profile="partner", language="ru")
    names = [name for name, _ in pdffonts(out)]
    assert names and all(n.split("+")[-1].startswith("DejaVu") for n in names), names
