"""Passphrase rules and a strength estimate, for the create and recover pages (and the CLI).

The estimate is deliberately simple and conservative, without a dependency: it counts the
letters' alphabets (Latin, Cyrillic with the Kazakh letters, digits, symbols), discounts
repeats, keyboard and alphabet runs (also on the Russian and Kazakh layouts) and the most
common passwords, and credits several words. Nothing about a passphrase is stored or logged;
this module only looks at the string it is given.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass

MIN_LENGTH = 10
GOOD_WORDS = 4

# Guesses an offline attacker can afford are bounded by Argon2id; the thresholds below are in
# bits of estimated entropy and follow the usual "weak / fair / strong" cut-offs.
SCORE_BITS = (28.0, 36.0, 48.0, 60.0)  # score 1, 2, 3, 4 from these many bits
WORD_BITS = 14.0  # a word of a language, guessed from a list of ~16,000: at most this much

# Runs people type without thinking: alphabets, digits and keyboard rows (QWERTY, ЙЦУКЕН).
_RUNS = (
    "abcdefghijklmnopqrstuvwxyz",
    "0123456789",
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
    "йцукенгшщзхъ",
    "фывапролджэ",
    "ячсмитьбю",
)
_COMMON = frozenset(
    {
        "password",
        "passw0rd",
        "qwerty",
        "qwertyuiop",
        "123456",
        "12345678",
        "123456789",
        "1234567890",
        "111111",
        "iloveyou",
        "admin",
        "welcome",
        "letmein",
        "monkey",
        "dragon",
        "пароль",
        "йцукен",
        "qazwsx",
        "1q2w3e4r",
        "zaq12wsx",
        "parol",
        "kazakhstan",
        "almaty",
        "astana",
        "казахстан",
        "алматы",
        "астана",
        "qwerty123",
        "password1",
        "abc123",
    }
)
_KAZAKH = "әғқңөұүһі"


@dataclass(frozen=True)
class Rule:
    key: str  # stable: "length", "not-common" (hard enough to guess), "words", "variety"
    met: bool
    required: bool


@dataclass(frozen=True)
class Strength:
    bits: float
    score: int  # 0 (very weak) … 4 (very strong)
    rules: tuple[Rule, ...]

    @property
    def acceptable(self) -> bool:
        """Every required rule holds (the create and recover pages refuse otherwise)."""
        return all(r.met for r in self.rules if r.required)


def _pool(text: str) -> int:
    pool = 0
    if re.search(r"[a-z]", text):
        pool += 26
    if re.search(r"[A-Z]", text):
        pool += 26
    if re.search(r"[а-яё]", text) or any(c in _KAZAKH for c in text):
        pool += 33 + 9
    if re.search(r"[А-ЯЁ]", text) or any(c in _KAZAKH.upper() for c in text):
        pool += 33 + 9
    if re.search(r"[0-9]", text):
        pool += 10
    if re.search(r"[^\w]|_", text):
        pool += 33
    if any(c.isalpha() and not re.match(r"[a-zA-Zа-яА-ЯёЁ]", c) and c.lower() not in _KAZAKH for c in text):
        pool += 50  # other alphabets
    return max(pool, 1)


def _effective_length(text: str) -> float:
    """Length after discounting repeats ("aaaa") and runs ("1234", "qwerty", "йцукен")."""
    low = text.lower()
    total = 0.0
    i = 0
    while i < len(low):
        j = i + 1
        while j < len(low) and low[j] == low[i]:
            j += 1
        if j - i >= 3:
            total += 1.5  # a repeat costs little more than one letter
            i = j
            continue
        run = _run_length(low, i)
        if run >= 3:
            total += 1.5
            i += run
            continue
        total += 1
        i += 1
    return total


def _run_length(low: str, start: int) -> int:
    best = 1
    for seq in _RUNS:
        for sequence in (seq, seq[::-1]):
            pos = sequence.find(low[start])
            if pos < 0:
                continue
            n = 1
            while start + n < len(low) and pos + n < len(sequence) and low[start + n] == sequence[pos + n]:
                n += 1
            best = max(best, n)
    return best


def words(text: str) -> list[str]:
    return [w for w in re.split(r"[\s\-_.,;:!?/]+", text) if w]


def estimate(passphrase: str) -> Strength:
    """Strength of `passphrase`: estimated bits, a 0–4 score and the rules with their state."""
    text = passphrase
    bare = re.sub(r"[\W_\d]+$", "", text.lower())  # "Password1!" is still "password"
    common = text.lower() in _COMMON or bare in _COMMON or (len(set(text)) <= 2 and len(text) > 0)
    parts = words(text)
    per_char = math.log2(_pool(text))
    # An attacker tries words, not letters: a run of letters counts as words (one per five
    # letters, WORD_BITS each) when that is less than its letters would; digits and signs
    # count per character.
    bits = 0.0
    for part in parts:
        by_chars = _effective_length(part) * per_char
        bits += min(by_chars, WORD_BITS * max(1.0, len(part) / 5)) if part.isalpha() else by_chars
    if common:
        bits = 0.0
    score = sum(1 for threshold in SCORE_BITS if bits >= threshold)
    if len(text) < MIN_LENGTH:
        score = min(score, 1)
    classes = sum(bool(re.search(p, text)) for p in (r"[a-zа-яёәғқңөұүһі]", r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]", r"\d", r"[^\w\s]"))
    rules = (
        Rule("length", len(text) >= MIN_LENGTH, True),
        Rule("not-common", bool(text) and bits >= SCORE_BITS[1], True),
        Rule("words", len(parts) >= GOOD_WORDS or len(text) >= 20, False),
        Rule("variety", classes >= 2, False),
    )
    return Strength(round(bits, 1), score, rules)
