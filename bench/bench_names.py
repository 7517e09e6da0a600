"""Name matcher speed: build a matcher for 50 hidden people, then find and replace their names
in 1 MB of Russian/Kazakh text (and list suspects in 100 KB of it).

Prints figures; no assertions (docs/benchmarks.md and docs/protection-matcher.md keep them).
Run: .venv/bin/python bench/bench_names.py [--people 50] [--megabytes 1] [--similar]
(--similar: as exports run it, near misses by one letter replaced too)
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from vault.names import HiddenName, NameMatcher  # noqa: E402


def _w(s: str) -> list[str]:
    return s.split()


SURNAMES = _w(
    "Сейтқазиев Жақсылықов Омаров Беков Нұрланов Тулегенов Әбенов Қасымов Абдрахманов Сабыров "
    "Иванов Серикбаев Ахмедов Нурпеисов Мухамеджанов Касенов Ермеков Оспанов Байжанов Кенжебаев "
    "Смагулов Искаков Жумабаев Сулейменов Утегенов"
)
GIVEN_F = _w("Гульнара Айгуль Сәуле Жұлдыз Алма Асель Айгерим Динара Мадина Камила Наталья Елена")
GIVEN_M = _w("Нурлан Арман Мұрат Берік Сергей Ерлан Бауыржан Асхат Талгат Дәулет Алексей Даурен")
FILLER = Path(__file__).resolve().parent.parent / "tests" / "protection" / "data"  # ordinary prose
# Real inflected forms: a woman's surname in -ова, a man's in -ов (Russian, then Kazakh endings).
ENDINGS_F = ["", "ой", "у", "ға", "ның", "дан"]
ENDINGS_M = ["", "а", "у", "ым", "қа", "тың", "тан"]


def people(n: int, rng: random.Random) -> list[HiddenName]:
    out = []
    for i in range(n):
        surname = SURNAMES[i % len(SURNAMES)]
        if i % 2:
            first, surname = rng.choice(GIVEN_F), surname + "а"
        else:
            first = rng.choice(GIVEN_M)
        out.append(HiddenName(f"p{i}", (f"{surname} {first}", f"{first[0]}. {surname}"), f"Лицо {i}"))
    return out


def text_of(size: int, hidden: list[HiddenName], rng: random.Random) -> str:
    prose = " ".join(p.read_text(encoding="utf-8") for p in sorted(FILLER.glob("*.txt"))).split()
    words: list[str] = []
    total = 0
    while total < size:
        if rng.random() < 0.01:  # one word in a hundred is a hidden name, inflected or not
            surname = rng.choice(hidden).forms[0].split()[0]
            if surname.endswith("а"):
                word = surname[:-1] + rng.choice(["а" + e for e in ENDINGS_F[3:]] + ["ой", "у", "а"])
            else:
                word = surname + rng.choice(ENDINGS_M)
        else:
            word = rng.choice(prose)
        words.append(word)
        total += len(word.encode("utf-8")) + 1
    return " ".join(words)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--people", type=int, default=50)
    ap.add_argument("--megabytes", type=float, default=1.0)
    ap.add_argument("--similar", action="store_true")
    args = ap.parse_args()
    rng = random.Random(12)
    hidden = people(args.people, rng)
    t0 = time.perf_counter()
    matcher = NameMatcher(hidden, similar=args.similar)
    build = time.perf_counter() - t0
    text = text_of(int(args.megabytes * 1_000_000), hidden, rng)
    t0 = time.perf_counter()
    out, found = matcher.replace(text)
    first = time.perf_counter() - t0
    t0 = time.perf_counter()
    matcher.replace(text)
    warm = time.perf_counter() - t0
    # Many small strings, as an export has (titles, file names, captions): a fresh matcher.
    small = [text[i : i + 200] for i in range(0, min(len(text), 2_000_000), 200)]
    fresh = NameMatcher(hidden, similar=args.similar)
    t0 = time.perf_counter()
    for s in small:
        fresh.replace(s)
    strings = time.perf_counter() - t0
    sample = text[:100_000]
    t0 = time.perf_counter()
    suspects = matcher.suspects(out[:100_000])
    sus = time.perf_counter() - t0
    print(f"people: {args.people}; build matcher: {build * 1000:.0f} ms")
    print(f"text: {len(text.encode('utf-8')) / 1e6:.2f} MB, {len(text.split())} words, {len(found)} mentions")
    print(f"replace, cold cache: {first:.2f} s; warm cache: {warm:.2f} s")
    print(f"replace {len(small)} strings of 200 characters: {strings:.2f} s")
    print(f"suspects in {len(sample)} characters of replaced text: {sus:.2f} s ({len(suspects)} suspects)")


if __name__ == "__main__":
    main()
