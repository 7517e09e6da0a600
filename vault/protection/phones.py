"""Phone numbers in text shown below `internal`.

A number written into a chat message or a testimony ("звони Гуле: +7 701 555 12 34") names its
owner to anyone who dials it or looks it up in a messenger, as surely as a name does. Under
partner/public every string an export shows loses such numbers (`Redactor.text`).

What counts as a number: an international one (a "+", then 10 to 15 digits), or a Kazakh or
Russian one written the domestic way (8 or 7, then ten digits: 8 701 555 12 34, 87015551234,
8(7272)55-12-34). Separators may be spaces, hyphens, dots, brackets. Dates, times, case numbers
and sums do not look like that; a short city number without its code (55-12-34) is not
recognised (docs/protection-matcher.md).
"""

from __future__ import annotations

import re

_SEP = r"[\s\u00a0\u2011\u202f().\-]{0,3}"
_PHONE_RE = re.compile(
    rf"(?<![\w+])(?:\+{_SEP}\d(?:{_SEP}\d){{9,14}}|[78]{_SEP}\(?\d(?:{_SEP}\d){{9}})(?![\w])",
)
PLACEHOLDER = {"ru": "[телефон]", "kk": "[телефон]", "en": "[phone]"}


def replace_phones(text: str, language: str = "en") -> tuple[str, int]:
    """`text` with every phone number replaced by a placeholder, and how many there were."""
    if not any(ch.isdigit() for ch in text):
        return text, 0
    return _PHONE_RE.subn(PLACEHOLDER.get(language, PLACEHOLDER["en"]), text)
