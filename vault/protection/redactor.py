"""The per-export Redactor: every string an export shows passes through `text`, which replaces
every mention of every hidden person of the vault (any form the name matcher finds) by that
person's pseudonym, and counts what it removed (categories and counts, never names)."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from ..models import Person, PersonLink
from ..store import Vault
from . import inflect, pseudonyms
from .names_api import HiddenName, Mention, NameMatcher, Suspect
from .national_ids import replace_iins
from .phones import replace_phones
from .policy import LINK_ROLES_WITHHELD_PUBLIC, HiddenPerson, check_profile, hidden_from, hidden_people, is_hidden
from .roles import ROLES
from .split_names import split_spans, stems_by_person

ROLE_SET = frozenset(ROLES) | LINK_ROLES_WITHHELD_PUBLIC


@dataclass(frozen=True)
class Placed:
    """A replaced mention, and where its replacement stands in the rewritten text."""

    mention: Mention
    start: int
    end: int


# Removal categories: stable keys (the GUI translates them) and English phrases (custody log).
CATEGORY_TEXT = {
    "protected-pseudonymised": "protected people shown by pseudonym",
    "not-public-pseudonymised": "people not marked public shown by pseudonym",
    "victims-witnesses-pseudonymised": "victims and witnesses shown by pseudonym",  # before schema v4
    "name-mentions-replaced": "name mentions replaced by pseudonyms",
    "similar-names-replaced": "words close to a hidden name (misspellings) replaced by pseudonyms",
    "phone-numbers-replaced": "phone numbers in text replaced",
    "national-ids-replaced": "personal identity numbers (ИИН) in text replaced",
    "pseudonyms-refused": "recorded pseudonyms refused (too close to a name) and replaced",
    "gps-removed": "GPS positions removed",
    "serials-removed": "device serial numbers and owner fields removed",
    "locations-coarsened": "locations coarsened",
    "file-names-withheld": "original file names withheld",
    "aliases-withheld": "aliases carrying a hidden name withheld",
    "image-metadata-stripped": "images re-encoded without metadata",
}


class Redactor:
    """Built once per export. `people` are the exported case's people with their roles (the
    people section); `hidden` is everyone the profile hides, vault-wide (`redactor_for` passes
    it; without it, the hidden among `people`, for callers that have no vault)."""

    def __init__(
        self,
        profile: str,
        language: str = "en",
        people: Sequence[PersonLink] = (),
        hidden: Sequence[HiddenPerson] | None = None,
        salt: str = "",
    ) -> None:
        self.profile = check_profile(profile)
        self.language = pseudonyms.language_of(language)
        self._counts: Counter[str] = Counter()
        if hidden is None:
            hidden = hidden_from([lk.person for lk in people], profile, self.language, people, salt=salt)
        hidden_ids = {h.id for h in hidden}
        # The case's people shown by name: their names are not misspellings of a hidden one.
        self._shown_names = tuple(
            n
            for lk in people
            if lk.person.id not in hidden_ids and not is_hidden(lk.person, self.profile)
            for n in (lk.person.name, *lk.person.aliases)
        )
        self._set_hidden(list(hidden))
        # A recorded pseudonym that is itself a mention of someone hidden is refused as well.
        naming = {h.id for h in self._hidden.values() if self._matcher.contains(h.pseudonym)}
        if naming:
            in_case = {lk.person.id for lk in people}
            listed = sum(1 for h in self._hidden.values() if h.id in in_case)  # they come first
            names = pseudonyms.assign([h.person for h in self._hidden.values()], self.language, naming, listed, salt)
            self._set_hidden([HiddenPerson(h.person, names[h.id]) for h in self._hidden.values()])
        refused = sum(1 for h in self._hidden.values() if h.person.pseudonym.strip() not in ("", h.pseudonym))
        self.note("pseudonyms-refused", refused)
        # Roles of links are free text ("муж Сейтқазиевой"): the people section shows them.
        self.people = [PersonLink(lk.person, self.role(lk.role)) for lk in people]
        shown = [lk.person for lk in self.people if self.hides(lk.person)]
        shown = list({p.id: p for p in shown}.values())
        self.note("protected-pseudonymised", sum(1 for p in shown if p.protected))
        self.note("not-public-pseudonymised", sum(1 for p in shown if not p.protected))
        self._extra: dict[str, str] = {}

    def _set_hidden(self, hidden: list[HiddenPerson]) -> None:
        self._hidden = {h.id: h for h in hidden}
        # Below internal a misspelt name (Сейтказива) is replaced like the name: similar=True.
        # The declined forms are replacements too: a name-like word beside one is a suspect.
        # Someone known only by a pseudonym (received from a partner) shows as that pseudonym:
        # there is no name to find, and matching the pseudonym's words would rewrite it.
        people = [
            HiddenName(h.id, h.forms, h.pseudonym, inflect.variants(h.pseudonym))
            for h in hidden
            if not (pseudonyms.is_pseudonym_only(h.person) and h.pseudonym == h.person.pseudonym.strip())
        ]
        self._matcher = NameMatcher(people, similar=True, known=self._shown_names)
        self._split = stems_by_person(hidden)

    # ----- people ----------------------------------------------------------------------------

    @property
    def matcher(self) -> NameMatcher:
        return self._matcher

    @property
    def hidden(self) -> list[HiddenPerson]:
        return list(self._hidden.values())

    def hides(self, person: Person) -> bool:
        return is_hidden(person, self.profile)

    def person_label(self, person: Person) -> str:
        """The pseudonym of a hidden person; anyone else's name, itself rewritten (an unprotected
        relative's name may carry the protected person's surname)."""
        if self.profile == "internal":
            return person.name
        if not self.hides(person):
            return self.text(person.name)
        known = self._hidden.get(person.id)
        if known is not None:
            return known.pseudonym
        if person.id not in self._extra:  # not in the vault's list (a record built elsewhere)
            taken = {h.pseudonym.casefold() for h in self._hidden.values()}
            taken |= {v.casefold() for v in self._extra.values()}
            n = 0
            while (candidate := pseudonyms.generated(person.role, self.language, n)).casefold() in taken:
                n += 1
            self._extra[person.id] = candidate
        return self._extra[person.id]

    def role(self, role: str) -> str:
        """A role as an export may show it: a link's role is free text and may name someone."""
        return role if role.strip().casefold() in ROLE_SET else self.text(role)

    def person_aliases(self, person: Person) -> tuple[str, ...]:
        """The aliases an export may show: none for a hidden person; for anyone else those that
        mention nobody hidden (an alias carrying a hidden name is dropped, not rewritten)."""
        if self.profile == "internal":
            return person.aliases
        if self.hides(person):
            return ()
        dropped = [a for a in person.aliases if self.mentions_hidden(a)]
        self.note("aliases-withheld", len(dropped))
        return tuple(a for a in person.aliases if a not in dropped)

    # ----- text ------------------------------------------------------------------------------

    def text(self, s: str) -> str:
        """`s` with every mention of a hidden person replaced by their pseudonym (and, below
        internal, every phone number and ИИН by a placeholder); every other character exactly as
        written."""
        return self.replace(s)[0]

    def replace(self, s: str) -> tuple[str, list[Placed]]:
        """Like text(), with each replaced mention and where its pseudonym stands in the result
        (the review shows a replaced near miss in context)."""
        if not s or self.profile == "internal":
            return s, []
        return self._rewrite(s, self._mentions(s))

    def _mentions(self, s: str) -> list[Mention]:
        """The matcher's mentions, and a name broken into pieces ("Сейт қа зиева", "С ейт қаз иев а":
        pasted from a PDF's text layer) that the matcher does not join (vault/protection/split_names)."""
        found = self._matcher.mentions(s)
        pieces = [
            Mention(a, b, person, s[a:b], "split")
            for a, b, person in split_spans(s, self._split)
            if not any(m.start < b and a < m.end for m in found)
        ]
        return sorted([*found, *pieces], key=lambda m: m.start) if pieces else found

    def _rewrite(self, s: str, found: Sequence[Mention]) -> tuple[str, list[Placed]]:
        by_key = {p.key: p for p in self._matcher.people}
        parts: list[str] = []
        placed: list[Placed] = []
        pos = length = phones = iins = 0
        for m in [*found, None]:
            seg, n = replace_phones(s[pos : m.start if m else len(s)], self.language)
            seg, k = replace_iins(seg, self.language)
            parts.append(seg)
            phones += n
            iins += k
            length += len(seg)
            if m is None:
                break
            person = by_key[m.key]
            # Declined or suffixed to agree with the sentence; built from the pseudonym only.
            around = s[max(0, m.start - 40) : m.start], s[m.end : m.end + 40]
            rep = inflect.replacement(person.replacement, m.text, person.forms, *around)
            placed.append(Placed(m, length, length + len(rep)))
            parts.append(rep)
            length += len(rep)
            pos = m.end
        similar = sum(1 for m in found if m.kind == "similar")
        self.note("name-mentions-replaced", len(found) - similar)
        self.note("similar-names-replaced", similar)
        self.note("phone-numbers-replaced", phones)
        self.note("national-ids-replaced", iins)
        return "".join(parts), placed

    def mentions_hidden(self, s: str) -> bool:
        if not s or self.profile == "internal":
            return False
        return self._matcher.contains(s) or bool(split_spans(s, self._split))

    def tag_hidden(self, tag: str) -> bool:
        """Whether a tag names a hidden person. Tags are stored in lower case whatever the user
        typed, so a diminutive or a word-name (which count only when capitalised) is also tried
        capitalised: "показания-гули" is "Показания Гули"."""
        words = re.sub(r"[-/_.:#]+", " ", tag)
        return self.mentions_hidden(words) or self.mentions_hidden(words.title())

    def label(self, s: str) -> str:
        """A title or file name as an export shows it: like text(), and a word in lower case that
        is a name only when capitalised (a diminutive, a word-name: files are often named in
        lower case, "гуля_у_ивс") is replaced too. Over-redaction in labels is accepted."""
        if not s or self.profile == "internal":
            return s
        titled = re.sub(r"[_.]", " ", s).title()
        found = self._mentions(titled) if len(titled) == len(s) else []
        if not found:
            return self.text(s)
        return self._rewrite(s, found)[0]

    def suspects(self, s: str) -> list[Suspect]:
        """Words of `s` (normally already replaced) that resemble a hidden name: for review."""
        if not s or self.profile == "internal":
            return []
        # A capitalised word beside a pseudonym is a suspect (the rest of a half-replaced name),
        # unless the dictionary knows it, never as a name: "Телефон Свидетельницы К вернули".
        return [
            x
            for x in self._matcher.suspects(s)
            if not (x.reason == "name-like-beside-replacement" and inflect.is_common_word(x.text))
        ]

    def file_name_for(self, name: str) -> str | None:
        return file_name_for(self, name)

    # ----- accounting ------------------------------------------------------------------------

    def note(self, category: str, n: int = 1) -> None:
        if n:
            self._counts[category] += n

    def removal_counts(self) -> dict[str, int]:
        """Category key -> count; keys are stable (CATEGORY_TEXT), never names."""
        return dict(sorted((k, v) for k, v in self._counts.items() if v))

    def removals(self) -> list[str]:
        """What was removed, as English phrases with counts (the custody log): never names."""
        return [f"{CATEGORY_TEXT.get(k, k)}: {v}" for k, v in self.removal_counts().items()]


def redactor_for(vault: Vault, case_id: str, profile: str, language: str = "en") -> Redactor:
    """The Redactor of an export of `case_id`: hides, vault-wide, everyone `profile` hides."""
    from ..cases import get_case
    from ..people import case_people

    check_profile(profile)
    get_case(vault, case_id)
    links = case_people(vault, case_id)
    return Redactor(profile, language, links, hidden_people(vault, profile, language, case_id), salt=case_id)


def file_name_for(redactor: Redactor, name: str) -> str | None:
    """An original file name as an export may show it: unchanged under internal; withheld (None)
    when it mentions a hidden person in any form."""
    if redactor.profile == "internal" or not name:
        return name
    # A phone number in a file name (a messenger's "+77015551234.jpg") names its owner too, and
    # so does an ИИН (a scanned ID saved as "850312400128_удостоверение.jpg").
    numbered = replace_phones(name)[1] or replace_iins(name)[1]
    if redactor.mentions_hidden(name) or redactor.tag_hidden(name) or numbered:
        redactor.note("file-names-withheld")
        return None
    return name
