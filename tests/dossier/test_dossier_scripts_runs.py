"""Script runs, visual order, glyph coverage and lazy loading of the dossier's script fonts."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics

from vault.dossier.fonts import SANS, SANS_BOLD, SCRIPT_FILES, register_fonts, script_font
from vault.dossier.paragraphs import RtlParagraph, markup, paragraph, pieces
from vault.dossier.scripts import base_is_rtl, runs, script_of, scripts_in, visual

ROOT = Path(__file__).resolve().parents[2]
FONTS = ROOT / "resources" / "fonts"
SAMPLES = {
    "cjk": "法院判决书团队國際審判證詞警察署拘束ひらがなカタカナ",
    "hangul": "저는경찰서에서사흘동안구금되었습니다",
    "thai": "ข้าพเจ้าถูกควบคุมตัวที่สถานีตำรวจ",
    "arabic": "احتجزت في مركز الشرطة لمدة ثلاثة أيام",
    "hebrew": "הוחזקתי בתחנת המשטרה שלושה ימים",
    "devanagari": "मुझे पुलिस स्टेशन में हिरासत क्षत्रिय किसान",
    "armenian": "Վկայություն ոստիկանություն",
    "georgian": "ჩვენება პოლიცია",
}
UYGHUR = "ئا ە ب پ ت ج چ خ د ر ز ژ س ش غ ف ق ك گ ڭ ل م ن ھ و ۇ ۆ ۈ ۋ ې ى ي"  # every Uyghur letter
KAZAKH_ARABIC = "ٴ ا ٵ ب پ ت ج چ ح د ر ز ژ س ش ع ف ۆ ق ك گ ڭ ل م ن و ۇ ٷ ۋ ە ى ي ٸ ھ"  # Kazakh in China (tote jazu)


@pytest.fixture(autouse=True)
def _fonts() -> None:
    register_fonts()


def test_script_of_and_fast_path_for_latin_greek_cyrillic() -> None:
    assert scripts_in("Қайрат Серікұлы, Ελληνικά, English — «№ 5»") == set()
    assert runs("Жаңаөзен") == runs("Жаңаөзен", True)  # one run in the base face, no scanning
    assert (script_of("中"), script_of("한"), script_of("ก"), script_of("ش"), script_of("ש")) == (
        "cjk",
        "hangul",
        "thai",
        "arabic",
        "hebrew",
    )
    assert scripts_in("Свидетель: شهادة 证人") == {"arabic", "cjk"}


def test_paragraph_direction_is_its_first_letter() -> None:
    assert base_is_rtl("2019: احتجزت في مركز")  # digits are not letters
    assert not base_is_rtl("Exhibit 5. شهادة")
    assert isinstance(paragraph("שלום עולם", ParagraphStyle("s", fontName=SANS)), RtlParagraph)


def test_arabic_phrase_keeps_its_words_together_and_numbers_read_left_to_right() -> None:
    line = visual("احتجزت في عام 2019.", base_rtl=True)
    texts = [(r.text, r.script, r.rtl) for r in line]
    # Drawn left to right: the full stop (end of the sentence) at the far left, then the number,
    # then the Arabic phrase (its glyphs reversed by the shaper), one run for all three words.
    assert texts == [(".", None, True), ("2019", None, False), (" ", None, True), ("احتجزت في عام", "arabic", True)]
    ltr = visual("Exhibit 5. شهادة الشاهد — 证人", base_rtl=False)
    assert [r.script for r in ltr] == [None, "arabic", None, "cjk"]
    assert ltr[1].text == "شهادة الشاهد"


def test_punctuation_a_script_font_lacks_falls_back_to_dejavu() -> None:
    drawn = pieces("คำให้การ: ข้าพเจ้า", SANS)
    colon = [f for f, s in drawn if ":" in s]
    assert colon == [SANS]


@pytest.mark.parametrize("script", sorted(SAMPLES))
def test_no_character_is_drawn_as_a_missing_glyph(script: str) -> None:
    for base in (SANS, SANS_BOLD):
        for font, text in pieces(SAMPLES[script], base, base_is_rtl(SAMPLES[script])):
            cmap = pdfmetrics.getFont(font).face.charToGlyph
            missing = [c for c in text if cmap.get(ord(c), 0) == 0]
            assert missing == [], (script, font, missing)


def test_every_uyghur_and_arabic_script_kazakh_letter_is_in_the_arabic_font() -> None:
    cmap = pdfmetrics.getFont(script_font("arabic")).face.charToGlyph
    assert [c for c in UYGHUR + KAZAKH_ARABIC if c != " " and ord(c) not in cmap] == []


def test_markup_escapes_text_and_names_each_font() -> None:
    m = markup("<b>Показания</b> & 证人证词", SANS)
    assert "&lt;b&gt;Показания&lt;/b&gt; &amp; " in m
    assert f'<font name="{script_font("cjk")}">证人证词</font>' in m


def test_right_to_left_paragraph_splits_across_pages_without_losing_lines() -> None:
    style = ParagraphStyle("b", fontName=SANS, fontSize=10, leading=14)
    para = RtlParagraph(" ".join([SAMPLES["arabic"]] * 30), style)
    _, height = para.wrap(300, 10_000)
    lines = para._lines or []
    assert height == len(lines) * 14 and len(lines) > 5
    first, rest = para.split(300, 3 * 14 + 1)
    assert isinstance(first, RtlParagraph) and isinstance(rest, RtlParagraph)
    assert (first._lines or []) + (rest._lines or []) == lines
    assert " ".join(lines).split() == para.text.split()


def test_licences_ship_beside_every_script_font() -> None:
    files = {f for pair in SCRIPT_FILES.values() for f in pair}
    assert all((FONTS / f).is_file() for f in files)
    assert "SIL Open Font License" in (FONTS / "LICENSE-Noto-OFL.txt").read_text(encoding="utf-8")
    assert "SIL Open Font License" in (FONTS / "LICENSE-Nanum-OFL.txt").read_text(encoding="utf-8")
    assert "Apache License" in (FONTS / "LICENSE-DroidSansFallback-Apache-2.0.txt").read_text(encoding="utf-8")
    readme = (FONTS / "README.md").read_text(encoding="utf-8")
    assert all(f in readme for f in files)


def test_cyrillic_text_loads_no_script_font() -> None:
    code = (
        "from reportlab.lib.styles import ParagraphStyle\n"
        "from vault.dossier import fonts\n"
        "from vault.dossier.paragraphs import paragraph\n"
        "fonts.register_fonts()\n"
        "p = paragraph('Мені 2 сәуірде ұстады — «Қайрат»', ParagraphStyle('s', fontName=fonts.SANS))\n"
        "p.wrap(300, 300)\n"
        "assert fonts._script_fonts == {}, fonts._script_fonts\n"
        "paragraph('شهادة', ParagraphStyle('s', fontName=fonts.SANS)).wrap(300, 300)\n"
        "assert list(fonts._script_fonts.values()) == ['EVNotoSansArabic-Regular']\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT, env={"PYTHONPATH": str(ROOT)})


def test_brackets_in_right_to_left_text_are_mirrored_and_reordered() -> None:
    drawn = pieces("آخر (رقم 3) دون", SANS, True)
    base = "".join(s for f, s in drawn if f == SANS)
    # Left to right on the page: "دون (3 رقم) آخر", i.e. read from the right "آخر (رقم 3) دون".
    assert base == " (3 )"
    assert [f for f, _ in drawn][0] != SANS and drawn[1] == (SANS, " (")
