"""Kazakh personal identity numbers (ИИН / ЖСН) in text shown below `internal`.

A written statement in Kazakhstan opens with the writer's name, ИИН, address and phone ("Я,
Сейтқазиева Г.Н., ИИН 850312400128, проживающая…"). The name is replaced by the pseudonym and
the phone number by a placeholder (vault.protection.phones), but the ИИН stayed (red team, whole
jobs): it names one person for life, and anyone can look it up (a bank transfer shows the
owner's name). Under partner/public every string an export shows loses such numbers
(`Redactor.text`), whoever they belong to, as phone numbers do.

An ИИН is twelve digits written together: YYMMDD, a century-and-sex digit (1–6), four serial
digits and a check digit (the state's two-pass weighted sum modulo 11). Only a number with a
real month and day, that digit and a valid check digit is replaced, so case numbers, sums and
other twelve-digit numbers almost never are (about one random number in fifty passes).
"""

from __future__ import annotations

import re

_IIN_RE = re.compile(r"(?<![\d+\-/])\d{12}(?![\d\-/]|[.,]\d)")
_W1 = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)
_W2 = (3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2)
PLACEHOLDER = {"ru": "[ИИН]", "kk": "[ЖСН]", "en": "[IIN]"}


def is_iin(digits: str) -> bool:
    if len(digits) != 12 or not digits.isascii() or not digits.isdigit():
        return False
    d = [int(c) for c in digits]
    month, day = d[2] * 10 + d[3], d[4] * 10 + d[5]
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1 <= d[6] <= 6):
        return False
    check = sum(a * w for a, w in zip(d, _W1, strict=False)) % 11
    if check == 10:
        check = sum(a * w for a, w in zip(d, _W2, strict=False)) % 11
    return check != 10 and check == d[11]


def replace_iins(text: str, language: str = "en") -> tuple[str, int]:
    """`text` with every ИИН replaced by a placeholder, and how many there were."""
    if sum(ch.isdigit() for ch in text) < 12:
        return text, 0
    count = 0
    mark = PLACEHOLDER.get(language, PLACEHOLDER["en"])

    def one(m: re.Match[str]) -> str:
        nonlocal count
        if not is_iin(m.group(0)):
            return m.group(0)
        count += 1
        return mark

    return _IIN_RE.sub(one, text), count
