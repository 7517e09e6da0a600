"""Recall under random spellings: inflect a hidden name (Russian or Kazakh), write it in one of
four Latin systems or Cyrillic, change its case, slip invisible characters or look-alike letters
into it, and put it in a sentence. Seeded, so a failure names the exact variant."""

from __future__ import annotations

import random

from vault.names import HiddenName, NameMatcher

CYRILLIC = "абвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"


def _table(latin: str) -> dict[str, str]:
    return dict(zip(CYRILLIC, latin.split(), strict=True))


KZ_2021 = _table("a b v g ğ d e e j z i i k q l m n ñ o ö p r s t u ū ü f h h ts ç ş şş _ y ı _ e ıu ia")
ICAO = _table("a b v g g d e e zh z i i k k l m n n o o p r s t u u u f kh h ts ch sh shch ie y i _ e iu ia")
BGN = dict(ICAO, й="y", ы="y", ю="yu", я="ya", ь="'", щ="shch", қ="q", ғ="gh", ң="ng", ө="ö", ү="ü", ә="ä")
PASSPORT_KZ = dict(ICAO, қ="q", ә="a", ө="o", ү="u", ұ="u", і="i", ң="n", ғ="g", й="y", ы="y")
SYSTEMS = [KZ_2021, ICAO, BGN, PASSPORT_KZ]

PEOPLE = [
    HiddenName("gul", ("Сейтқазиева Гульнара Нурлановна",), "Лицо А"),
    HiddenName("nur", ("Жақсылықов Нұрлан Асқарұлы",), "Лицо Б"),
    HiddenName("ais", ("Мұхамеджанова Әйгерім",), "Лицо В"),
    HiddenName("bol", ("Төлеген Болатбек",), "Лицо Г"),
]
WORDS = {
    "gul": [
        "Сейтқазиева",
        "Сейтқазиевой",
        "Сейтқазиеву",
        "Сейтқазиеваға",
        "Сейтқазиеваның",
        "Гульнара",
        "Гульнары",
        "Гульнарой",
        "Гульнараға",
        "Гүлнараның",
        "Нурлановна",
        "Нурлановной",
        "Сейтказиева",
    ],
    "nur": [
        "Жақсылықов",
        "Жақсылықова",
        "Жақсылықовым",
        "Жақсылықовқа",
        "Жақсылықовтың",
        "Нұрлан",
        "Нұрланға",
        "Нұрланның",
        "Нурлана",
        "Асқарұлы",
        "Жаксылыков",
    ],
    "ais": ["Мұхамеджанова", "Мұхамеджановаға", "Мухамеджановой", "Әйгерім", "Әйгерімнің", "Айгерим"],
    "bol": ["Төлеген", "Төлегенге", "Төлегеннің", "Болатбек", "Болатбекке", "Болатбектің", "Болатбека"],
}
INVISIBLE = ["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e"]
LOOK_ALIKE = {"а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "х": "x", "у": "y", "к": "k", "і": "i"}


def _latin(word: str, system: dict[str, str]) -> str:
    out = []
    for ch in word:
        low = ch.lower()
        lat = system.get(low, low).replace("_", "")
        out.append(lat.capitalize() if ch.isupper() else lat)
    return "".join(out)


def _variant(rng: random.Random, word: str) -> str:
    if rng.random() < 0.5:
        word = _latin(word, rng.choice(SYSTEMS))
    elif rng.random() < 0.5:
        # One look-alike Latin letter inside the Cyrillic word.
        spots = [i for i, c in enumerate(word) if c in LOOK_ALIKE]
        if spots:
            i = rng.choice(spots)
            word = word[:i] + LOOK_ALIKE[word[i]] + word[i + 1 :]
    word = rng.choice([word, word.upper(), word[:1] + word[1:].lower()])
    if rng.random() < 0.4:
        i = rng.randrange(1, len(word))
        word = word[:i] + rng.choice(INVISIBLE) + word[i:]
    return word


def test_random_spellings_are_all_found() -> None:
    rng = random.Random(20261201)
    matcher = NameMatcher(PEOPLE)
    missed = []
    for _ in range(600):
        key = rng.choice(list(WORDS))
        form = _variant(rng, rng.choice(WORDS[key]))
        text = rng.choice(["Вчера {} пришёл.", "Кеше {} келді.", "Witness {} said", "файл_{}.pdf"]).format(form)
        found = matcher.mentions(text)
        if [(m.text, m.key) for m in found] != [(form, key)]:
            missed.append((form, [(m.text, m.key) for m in found]))
    assert missed == [], missed
