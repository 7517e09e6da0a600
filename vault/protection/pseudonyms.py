"""Pseudonyms of hidden people: the recorded one when it is safe, else one generated per export.

A recorded pseudonym is refused when it shares a stem (or a transliteration of one) with the
person's name or any alias ("Г. Сейтқазиева", "Seitqazieva K." for Гульнара Сейтқазиева): at
`person add/edit` that is an error; at export the person gets a generated one instead.

Generated pseudonyms are a role word and a letter in the export's language ("Witness A",
"Свидетель А", "Куә А"), given to the exported case's people in case order, so that two exports
of the same case agree. Hidden people of other cases (found mentioned in this case's texts) get
two letters drawn from a hash of the person and the case ("Witness QX"): a running letter would
reveal how many hidden people the vault holds. Generated pseudonyms are not written back: the
same person may be "Witness A" in one case and "Witness C" or "Witness KД" in another, which keeps
exports of different cases from being joined by a shared label.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence

from ..errors import UsageError
from ..models import Person
from ..vocab import LANGUAGES
from .names_api import shares_stem
from .roles import ROLES, legacy_role

ROLE_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "victim": "Victim",
        "witness": "Witness",
        "relative": "Relative",
        "defender": "Defender",
        "lawyer": "Lawyer",
        "journalist": "Journalist",
        "official": "Official",
        "perpetrator": "Perpetrator",
        "expert": "Expert",
        "other": "Person",
    },
    "ru": {
        "victim": "Потерпевший",
        "witness": "Свидетель",
        "relative": "Родственник",
        "defender": "Правозащитник",
        "lawyer": "Адвокат",
        "journalist": "Журналист",
        "official": "Должностное лицо",
        "perpetrator": "Нарушитель",
        "expert": "Эксперт",
        "other": "Лицо",
    },
    "kk": {
        "victim": "Жәбірленуші",
        "witness": "Куә",
        "relative": "Туысы",
        "defender": "Құқық қорғаушы",
        "lawyer": "Адвокат",
        "journalist": "Журналист",
        "official": "Лауазымды тұлға",
        "perpetrator": "Құқық бұзушы",
        "expert": "Сарапшы",
        "other": "Тұлға",
    },
}
_LETTERS = {"en": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "ru": "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯ"}
_LETTERS["kk"] = _LETTERS["ru"]
assert all(set(words) == set(ROLES) for words in ROLE_WORDS.values())


def language_of(language: str) -> str:
    return language if language in LANGUAGES else "en"


def generated(role: str, language: str, index: int) -> str:
    """'Witness A', … 'Witness Z', 'Witness A2', … in `language`."""
    lang = language_of(language)
    letters = _LETTERS[lang]
    letter = letters[index % len(letters)] + (str(index // len(letters) + 1) if index >= len(letters) else "")
    return f"{ROLE_WORDS[lang][legacy_role(role)]} {letter}"


def refused(pseudonym: str, forms: Sequence[str]) -> bool:
    """True when `pseudonym` would point at the person: it shares a stem with a form of the name,
    or contains a whole form."""
    p = pseudonym.strip()
    if not p:
        return False
    folded = p.casefold().replace("ё", "е")
    if any(f.strip() and f.strip().casefold().replace("ё", "е") in folded for f in forms):
        return True
    return shares_stem(p, [f for f in forms if f.strip()])


def is_pseudonym_only(person: Person) -> bool:
    """A person known here only by a pseudonym: a partner's bundle brings a hidden person under
    the pseudonym as both name and pseudonym, with no alias (vault.bundle.merge). Person checks
    refuse such a record when typed in (check_pseudonym), so only a received one is like this."""
    own = person.pseudonym.strip()
    return bool(own) and own == person.name.strip() and not any(a.strip() for a in person.aliases)


class WeakPseudonym(UsageError):
    """A pseudonym that would point at a real person (the message names nobody)."""


def check_pseudonym(pseudonym: str, name: str, aliases: Iterable[str]) -> None:
    """For `person add/edit`: WeakPseudonym when the pseudonym is too close to the name."""
    if refused(pseudonym, [name, *aliases]):
        raise WeakPseudonym("the pseudonym shares a stem with the person's name or an alias; choose one that does not")


def coded(role: str, language: str, person_id: str, salt: str, attempt: int = 0) -> str:
    """'Witness QX': two letters drawn from a hash of the person and `salt` (the exported case),
    for hidden people outside the case. Sequential letters would tell the reader how many hidden
    people the vault holds, and the same letter in two cases' exports would link them."""
    lang = language_of(language)
    letters = _LETTERS[lang]
    digest = hashlib.sha256(f"{salt}\x00{person_id}\x00{attempt}".encode()).digest()
    code = letters[digest[0] % len(letters)] + letters[digest[1] % len(letters)]
    return f"{ROLE_WORDS[lang][legacy_role(role)]} {code}"


def assign(
    people: Sequence[Person], language: str, refuse: Iterable[str] = (), listed: int | None = None, salt: str = ""
) -> dict[str, str]:
    """A pseudonym for each of `people` (already in assignment order), unique (case-insensitive).
    A recorded pseudonym is kept unless refused, taken by an earlier person, or its person id
    is in `refuse` (the caller found it names someone else). The first `listed` people (the
    case's; all when None) get sequential letters, the rest `coded` ones."""
    refuse = set(refuse)
    listed = len(people) if listed is None else listed
    out: dict[str, str] = {}
    used: set[str] = set()
    for p in people:
        own = p.pseudonym.strip()
        if (
            own
            and p.id not in refuse
            and own.casefold() not in used
            and (is_pseudonym_only(p) or not refused(own, [p.name, *p.aliases]))
        ):
            out[p.id] = own
            used.add(own.casefold())
    counters: Counter[str] = Counter()
    for n, p in enumerate(people):
        if p.id in out:
            continue
        role = legacy_role(p.role)
        if n < listed:
            while (candidate := generated(role, language, counters[role])).casefold() in used:
                counters[role] += 1
            counters[role] += 1
        else:
            attempt = 0
            while (candidate := coded(role, language, p.id, salt, attempt)).casefold() in used:
                attempt += 1
        out[p.id] = candidate
        used.add(candidate.casefold())
    return out
