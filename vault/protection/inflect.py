"""Pseudonyms that agree with the sentence: declined in Russian, suffixed in Kazakh.

A hidden name replaced by the nominative pseudonym reads wrong ("угрожал Свидетельница К") and in
Kazakh loses meaning ("Свидетельница К апасы" for "Гүлнараның апасы"). The replacement is built
ONLY from the pseudonym and a grammatical case (or a suffix from a closed list): never from the
original word, so it cannot carry a letter of the name.

Russian: the case of the mention comes from its form against the person's recorded name
(vault.names.cases), narrowed by a preposition just before it when the form is ambiguous
(Сейтказиевой: "со слов" → genitive, "к" → dative). When the candidate cases still give
different pseudonym forms, the nominative stays (the fallback never guesses). The pseudonym's
leading words in the nominative are inflected by pymorphy3 (docs/adr/027-pseudonym-inflection.md);
a pseudonym whose first word it does not know (English "Witness A", Kazakh "Куә А") stays as is.

Kazakh: a suffix written on the name ("Гүлнараның") is kept on the pseudonym after a hyphen, as
Kazakh writes suffixes on abbreviations and foreign words ("Свидетельница К-ның").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

from ..names.cases import kazakh_suffix, mention_cases

# The preposition (or phrase) ending just before a mention -> the cases it governs.
_PREPOSITIONS: dict[str, frozenset[str]] = {}
for _words, _cases in (
    ("у без для от из до около после кроме возле против вместо среди слов", ("gent",)),
    ("к ко по", ("datv",)),
    ("с со перед передо над надо под подо между", ("ablt",)),
    ("о об обо при", ("loct",)),
):
    for _w in _words.split():
        _PREPOSITIONS[_w] = frozenset(_cases)
# "со слов" ends in "слов" (genitive); "с"/"со" alone is instrumental here ("с Гульнарой").
_KAZAKH_LETTERS = frozenset("әғқңөұүһі")
_RUSSIAN_ENDINGS = frozenset(["ы", "и", "а", "я", "у", "ю", "е", "ой", "ей", "ом", "ем", "ою", "ею"])
_LAST_WORD = re.compile(r"([^\W\d_]+)[ \t\u00a0]*$")
_FIRST_WORDS = re.compile(r"^[ \t\u00a0]*([^\W\d_]+)(?:[ \t\u00a0]+([^\W\d_]+))?")
# A mention starts a clause when nothing, a clause's punctuation, or one of these words comes
# before it. Only then does a listed verb right AFTER it narrow the case ("Сейтказиевой сказали",
# "Потом Сейтказиевой не дали воды"): after a noun, -ой is as likely the genitive of the noun
# ("Телефон Сейтказиевой вернули": her phone was returned), and the nominative stays.
_CLAUSE_END = re.compile(r"(?:^|[.!?;:,—–(«\"„“])[ \t\u00a0\n]*$")
_CLAUSE_OPENERS = frozenset(
    [
        "и",
        "а",
        "но",
        "что",
        "когда",
        "потом",
        "затем",
        "тогда",
        "однако",
        "зато",
        "ведь",
        "поэтому",
        "вот",
        "вчера",
        "сегодня",
        "позже",
        "сразу",
        "снова",
        "опять",
        "также",
        "тоже",
        "даже",
        "ещё",
        "еще",
    ]
)
# Words that may stand between the mention and its verb without changing what the verb governs.
_BEFORE_VERB = frozenset(["не", "уже", "снова", "опять", "тоже", "также", "сразу", "даже", "ещё", "еще"])


def _morph() -> Any:
    return _analyzer()


@functools.cache
def _analyzer() -> Any:
    # Loaded once per process, from the dictionary inside the installed wheel: no network. The
    # path is given, not found through entry points (a frozen build keeps no package metadata).
    import pymorphy3
    import pymorphy3_dicts_ru

    return pymorphy3.MorphAnalyzer(path=pymorphy3_dicts_ru.get_path(), lang="ru")


# Verbs whose object right after them is in the dative ("угрожал Сейтказиевой", "позвонили
# Гульнаре"): a closed list of stems, past forms and the commonest present ones, with the usual
# prefixes; reflexive forms are not matched. Like a preposition, a verb only narrows a form that
# can be dative already, never overrides what the form says; a verb not listed tells nothing.
_DATIVE_VERB = re.compile(
    r"(?:по|при|пере|рас|на|за|от|со|у)?"
    r"(?:угрожа|грози|пригрози|помога|звони|сказа|говори|обеща|ответи|отвеча|писа|переда|сообщи|"
    r"сообща|меша|запрети|запреща|поручи|предложи|предлага|объясни|объясня|приказа|веле|"
    r"позволи|позволя|разреши|разреша|верну|отда|прода|показа|поясни|вери|довери|доверя|напомни|"
    r"напомина|советова|дава|да)"
    r"(?:л|ла|ли|ло|ет|ют|ит|ят)"
    r"|помог(?:ла|ли|ло)?"
)


def preposition_cases(before: str) -> frozenset[str]:
    """The cases governed by the word right before a mention: a preposition's, or the dative
    after a verb of the list above."""
    m = _LAST_WORD.search(before[-40:])
    if not m:
        return frozenset()
    word = m.group(1).casefold()
    if word in _PREPOSITIONS:
        return _PREPOSITIONS[word]
    return frozenset({"datv"}) if _DATIVE_VERB.fullmatch(word) else frozenset()


def verb_after_cases(before: str, after: str) -> frozenset[str]:
    """The dative, when the mention starts a clause and a verb of the list follows it (past
    "не", "уже"...); nothing otherwise."""
    if not _starts_clause(before[-40:]):
        return frozenset()
    m = _FIRST_WORDS.match(after[:40])
    if not m:
        return frozenset()
    verb = m.group(2) if m.group(1).casefold() in _BEFORE_VERB else m.group(1)
    return frozenset({"datv"}) if verb and _DATIVE_VERB.fullmatch(verb.casefold()) else frozenset()


def _starts_clause(tail: str) -> bool:
    if _CLAUSE_END.search(tail):
        return True
    # "Потом Сейтказиевой", ", что Сейтказиевой"; not "пришла и Сейтказиевой" (words joined)
    opener = _LAST_WORD.search(tail)
    return bool(opener and opener.group(1).casefold() in _CLAUSE_OPENERS and _CLAUSE_END.search(tail[: opener.start()]))


def choose_case(cases: frozenset[str], before: str, after: str = "") -> frozenset[str]:
    """The form's cases, narrowed by the preceding preposition or verb when that leaves one,
    else by a listed verb after a mention that starts its clause."""
    narrowed = cases & preposition_cases(before)
    if not narrowed and after:
        narrowed = cases & verb_after_cases(before, after)
    return narrowed or cases


@functools.lru_cache(maxsize=4096)
def declined(pseudonym: str, case: str) -> str | None:
    """`pseudonym` in `case`: its leading words in the nominative inflected, the rest (a letter,
    a genitive complement: "Мать потерпевшего") as written. None when it cannot be declined."""
    if case == "nomn":
        return pseudonym
    parts = re.split(r"(\s+)", pseudonym)
    out: list[str] = []
    inflected = 0
    for n, word in enumerate(parts):
        if n % 2 or inflected < n // 2:  # spaces, and every word after the first not inflected
            out.append(word)
            continue
        form = _inflect_word(word, case)
        if form is None:
            out.append(word)
            continue
        out.append(form)
        inflected += 1
    return "".join(out) if inflected else None


def _inflect_word(word: str, case: str) -> str | None:
    """`word` in `case` when it is a known Russian noun, adjective or participle in the
    nominative singular (the head of a pseudonym); None otherwise."""
    if len(word) < 2 or not word.isalpha() or word.isupper() or not re.fullmatch(r"[а-яё]+", word.casefold()):
        return None
    morph = _morph()
    if not morph.word_is_known(word.casefold()):
        return None
    for p in morph.parse(word):
        tag = p.tag
        if tag.POS not in ("NOUN", "ADJF", "PRTF") or tag.case != "nomn" or tag.number != "sing":
            continue
        wanted = {case}
        if case == "accs" and tag.POS != "NOUN" and tag.gender == "masc":
            wanted.add("anim")  # "Потерпевшего Б": the accusative of a person is the genitive
        form = p.inflect(wanted)
        if form is None:
            continue
        return _cased_like(word, form.word)
    return None


_PERSON_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})


def is_common_word(word: str) -> bool:
    """A Russian word the dictionary knows and never as a first name, surname or patronymic
    ("Телефон", "Следователь"; not "Вера", "Иванова", nor an unknown or Kazakh word)."""
    folded = word.casefold()
    if len(folded) < 2 or not re.fullmatch(r"[а-яё]+", folded):
        return False
    morph = _morph()
    if not morph.word_is_known(folded):
        return False
    return not any(_PERSON_GRAMMEMES & set(p.tag.grammemes) for p in morph.parse(folded))


def _cased_like(original: str, form: str) -> str:
    if original[:1].isupper():
        return form[:1].upper() + form[1:]
    return form


def replacement(pseudonym: str, mention: str, forms: Sequence[str], before: str, after: str = "") -> str:
    """The text that replaces `mention` (a mention of a person whose name is recorded as `forms`,
    between `before` and `after`): the pseudonym declined, suffixed, or as it is."""
    suffix = kazakh_suffix(mention, forms)
    if suffix is not None and _KAZAKH_LETTERS.intersection(suffix.casefold()):
        return f"{pseudonym}-{suffix}"  # Нұрланға: read loosely, ға could pass for Russian -а
    cases = mention_cases(mention, forms)
    if cases:
        options = {declined(pseudonym, c) for c in choose_case(cases, before, after)}
        if len(options) == 1 and (only := options.pop()) is not None:
            return only
        return pseudonym  # ambiguous, or not declinable: the nominative, as before
    if suffix is not None:
        # A Russian case ending on a name recorded in its Kazakh form ("у Гульнары" of Гүлнар),
        # after a Russian preposition that governs one case: the pseudonym in that case.
        governed = preposition_cases(before) if suffix.casefold() in _RUSSIAN_ENDINGS else frozenset()
        if len(governed) == 1 and (form := declined(pseudonym, next(iter(governed)))) is not None:
            return form
        return f"{pseudonym}-{suffix}"
    return pseudonym


def variants(pseudonym: str) -> tuple[str, ...]:
    """Every declined form of `pseudonym` other than the nominative (for the suspects rules)."""
    forms = (declined(pseudonym, c) for c in ("gent", "datv", "accs", "ablt", "loct"))
    return tuple(dict.fromkeys(f for f in forms if f is not None and f != pseudonym))
