"""Precision: ordinary Russian and Kazakh prose (tests/protection/data/*.txt, 4,600 words of
news, court and family text) with twenty realistic hidden people, several of whose given names
are ordinary words (Вера, Надежда, Любовь, Арман, Бақыт, Жұлдыз, Алма, Әділет, Мұрат...).

Measured when written: 10 words in 6 mentions replaced of 4,604 (0.22 %): two mentions are
another person who shares a hidden surname ("Иванова Е.С.", the secretary, of a hidden Иванов,
by design: a surname alone is hidden), four are capitalised word-names at the start of a
sentence (Надежда, Любовь, Бақыт, Арманымыз). The threshold leaves room for a little drift, not
for a new class of mistakes. As exports run it (misspellings replaced too, `similar=True`): 12
words (0.26 %), the two more being Ахметов, one letter from a hidden Ахмедов(а).
"""

from __future__ import annotations

import pytest

from tests.support.prose import PEOPLE, PROSE
from vault.names import HiddenName, NameMatcher
from vault.names.index import WORD_RE

THRESHOLD = 0.005  # of words


def _matcher(similar: bool = False) -> NameMatcher:
    people = [HiddenName(f"p{i}", forms, f"Лицо {i}") for i, forms in enumerate(PEOPLE)]
    return NameMatcher(people, similar=similar)


def _corpus() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(PROSE.glob("*.txt"))]
    assert len(texts) >= 6
    return texts


def test_corpus_is_a_few_thousand_words_in_both_languages() -> None:
    words = sum(len(WORD_RE.findall(t)) for t in _corpus())
    assert words > 4000
    kazakh = sum(len(WORD_RE.findall(p.read_text(encoding="utf-8"))) for p in PROSE.glob("kk_*.txt"))
    assert kazakh > 1500


@pytest.mark.parametrize("similar", [False, True])
def test_false_positive_rate_stays_low(similar: bool) -> None:
    matcher = _matcher(similar)
    words = 0
    replaced = 0
    for text in _corpus():
        words += len(WORD_RE.findall(text))
        replaced += sum(len(WORD_RE.findall(m.text)) for m in matcher.mentions(text))
    assert replaced / words < THRESHOLD, (replaced, words)


def test_ordinary_words_are_not_names() -> None:
    matcher = _matcher()
    for text in (
        "Мы приехали в Алматы, алманың бағы, вера и надежда, любовь к семье.",
        "Түнде жұлдыздар жанады, арманымыз орындалды, бақыт пен әділет, мұрат пен сабыр.",
        "Күн сәуле түсті; самал соқты; ол беріп жіберді; жақсы адам.",
        "Его роман был издан; вера в закон; ими, кима, ли.",
    ):
        assert matcher.mentions(text) == [], text


def test_word_names_count_when_capitalised_or_beside_the_surname() -> None:
    matcher = _matcher()
    assert [m.text for m in matcher.mentions("Показания дала Вера Ким.")] == ["Вера Ким"]
    assert [m.text for m in matcher.mentions("свидетель бақыт бекова")] == ["бақыт бекова"]
    assert [m.text for m in matcher.mentions("Бақыт келді.")] == ["Бақыт"]


def test_plain_corpus_has_few_suspects() -> None:
    matcher = _matcher()
    suspects = [s for text in _corpus() for s in matcher.suspects(text)]
    # Measured: Ахметов (twice, near a hidden Ахмедова) and Петров (the stem of a hidden
    # Петровна): both worth a look by a person.
    assert len(suspects) <= 10, suspects


def test_misspellings_replaced_in_the_corpus_are_only_ahmetov() -> None:
    similar = [m.text for text in _corpus() for m in _matcher(True).mentions(text) if m.kind == "similar"]
    assert similar == ["Ахметов", "Ахметов"]
