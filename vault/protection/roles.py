"""The fixed vocabulary of a person's role, and the mapping of old free-text roles onto it.

Before schema v4 a role was free text ("Witness", "свидетель", "victim's mother"), and the public
profile hid only the exact spellings `victim` and `witness`. Now a role is one word of ROLES;
`legacy_role` turns whatever was typed before into one of them. It errs towards `other` (which,
like every role, is hidden under `public` unless the person is marked public).
"""

from __future__ import annotations

import re
import unicodedata

from ..errors import UsageError

ROLES = (
    "victim",
    "witness",
    "relative",
    "defender",
    "lawyer",
    "journalist",
    "official",
    "perpetrator",
    "expert",
    "other",
)


def check_role(role: str) -> str:
    """`role` itself when it is in the vocabulary ('' means `other`); otherwise a UsageError that
    lists the choices."""
    r = role.strip()
    if not r:
        return "other"
    if r not in ROLES:
        raise UsageError(f"role must be one of: {' '.join(ROLES)}")
    return r


# Kinship words come first: "victim's mother", "мать потерпевшего", "жәбірленушінің анасы" are
# relatives, not victims. Words are compared after case folding, ё→е and dropping punctuation; a
# word matches when it starts with a listed stem (so declensions and Kazakh endings match too).
_KIN = (
    "mother",
    "father",
    "wife",
    "husband",
    "son",
    "daughter",
    "brother",
    "sister",
    "parent",
    "relative",
    "spouse",
    "uncle",
    "aunt",
    "grandmother",
    "grandfather",
    "cousin",
    "niece",
    "nephew",
    "family",
    "мать",
    "матер",
    "отец",
    "отца",
    "отцу",
    "жена",
    "жены",
    "жене",
    "женой",
    "муж",
    "мужа",
    "мужу",
    "мужем",
    "сын",
    "сына",
    "сыну",
    "сыном",
    "дочь",
    "дочер",
    "дочк",
    "брат",
    "сестр",
    "родств",
    "родител",
    "супруг",
    "бабушк",
    "дедушк",
    "дядя",
    "дяди",
    "тетя",
    "тети",
    "тетк",
    "племян",
    "семья",
    "семьи",
    "ана",
    "анасы",
    "әке",
    "әкесі",
    "әйел",
    "күйеу",
    "ұл",
    "ұлы",
    "қыз",
    "қызы",
    "аға",
    "ағасы",
    "іні",
    "інісі",
    "әпке",
    "қарындас",
    "сіңлі",
    "туыс",
    "жұбай",
    "апа",
    "апасы",
    "ата",
    "атасы",
    "отбасы",
)
_STEMS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("defender", ("defender", "hrd", "activist", "правозащит", "активист", "құқыққорғаушы")),
    ("lawyer", ("lawyer", "attorney", "advocate", "counsel", "адвокат", "защитник", "юрист", "заңгер", "қорғаушы")),
    (
        "journalist",
        ("journalist", "reporter", "blogger", "журналист", "корреспондент", "репортер", "блогер", "блоггер", "тілші"),
    ),
    (
        "official",
        (
            "official",
            "officer",
            "police",
            "investigator",
            "judge",
            "prosecutor",
            "guard",
            "чиновник",
            "следовател",
            "судья",
            "судьи",
            "прокурор",
            "полиц",
            "сотрудник",
            "начальник",
            "должностн",
            "охранник",
            "тергеуші",
            "сот",
            "полиция",
            "лауазым",
            "әкім",
            "аким",
        ),
    ),
    ("perpetrator", ("perpetrator", "abuser", "torturer", "виновн", "нарушител", "палач", "кінәлі")),
    ("expert", ("expert", "specialist", "эксперт", "специалист", "сарапшы", "маман")),
    ("witness", ("witness", "eyewitness", "свидетел", "очевид", "куә", "куәгер")),
    ("victim", ("victim", "survivor", "complainant", "потерпевш", "пострадавш", "жертв", "жәбірленуш", "зардап")),
)


def _words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKC", text).casefold().replace("ё", "е")
    # "human rights defender" / "құқық қорғаушы" are one idea; join them before splitting.
    folded = re.sub(r"human\s+rights?\s+defender", "defender", folded)
    folded = re.sub(r"құқық\s+қорғаушы", "құқыққорғаушы", folded)
    return [w for w in re.split(r"[^\w]+", folded) if w]


def legacy_role(text: str) -> str:
    """The vocabulary role for an old free-text role, `other` when nothing fits."""
    words = _words(text)
    if not words:
        return "other"
    if len(words) == 1 and words[0] in ROLES:
        return words[0]
    if any(w.startswith(k) if len(k) > 3 else w == k for w in words for k in _KIN):
        return "relative"
    for role, stems in _STEMS:
        if any(w.startswith(s) if len(s) > 3 else w == s for w in words for s in stems):
            return role
    return "other"
