"""Who is hidden in an export, vault-wide, and which items a profile withholds for their links.

  internal  nobody is hidden;
  partner   every person marked protected, whether or not linked to the exported case;
  public    everyone not marked public (an allow-list), and anyone protected even if public.

The policy is built per export from ALL people of the vault: a protected witness of one case
named in a testimony of another is still found and replaced.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from ..errors import UsageError
from ..models import Person, PersonLink
from ..store import Vault
from ..vocab import PROFILES
from . import pseudonyms
from .roles import legacy_role

# Under `public`, an item that shows or was made by a hidden person is withheld unless cleared.
# "sender": a file she sent from her phone (a messenger export mapped to her) was most likely made
# by her, and says where she was.
LINK_ROLES_WITHHELD_PUBLIC = frozenset({"depicted", "author", "sender"})
# A link role is free text: the same meaning typed in Russian or Kazakh, or another English word
# ("автор", "на фото", "изображена", "суретте", "photographer") withholds too (red team: a photo
# linked to her as "автор" went out under `public`). Matched at the start of the role.
_MADE_OR_SHOWN = re.compile(
    r"(?:depict|author|sender|photograph|filmed|shown|pictured|"
    r"автор|фотограф|изображ|на фото|на снимк|на видео|сним|снял|отправ|"
    r"сурет|бейнел|түсір|жібер)",
    re.IGNORECASE,
)


def check_profile(profile: str) -> str:
    if profile not in PROFILES:
        raise UsageError(f"profile must be one of {', '.join(PROFILES)}")
    return profile


def is_hidden(person: Person, profile: str) -> bool:
    if profile == "internal":
        return False
    if person.protected:
        return True
    return profile == "public" and not person.public


@dataclass(frozen=True)
class HiddenPerson:
    person: Person
    pseudonym: str  # what the export shows instead of every form of the name

    @property
    def id(self) -> str:
        return self.person.id

    @property
    def forms(self) -> tuple[str, ...]:
        """The recorded name and every alias, as written."""
        return tuple(f for f in (self.person.name, *self.person.aliases) if f.strip())


def _with_link_role(person: Person, link_role: str) -> Person:
    """A person whose own role says nothing gets the role of their link to the case (for the
    word of a generated pseudonym only)."""
    if legacy_role(person.role) == "other" and legacy_role(link_role) != "other":
        return replace(person, role=legacy_role(link_role))
    return person


def hidden_from(
    everyone: Sequence[Person],
    profile: str,
    language: str = "en",
    case_links: Sequence[PersonLink] = (),
    refuse: Iterable[str] = (),
    salt: str = "",
) -> list[HiddenPerson]:
    """The hidden people among `everyone` (plus any case-linked person not in it), the case's
    people first, each with the pseudonym this export shows (`salt`: the case id, for the coded
    pseudonyms of people outside the case). Pure: no database."""
    check_profile(profile)
    ordered: dict[str, Person] = {}
    for link in case_links:
        if is_hidden(link.person, profile) and link.person.id not in ordered:
            ordered[link.person.id] = _with_link_role(link.person, link.role)
    listed = len(ordered)
    for p in everyone:
        if is_hidden(p, profile) and p.id not in ordered:
            ordered[p.id] = p
    names = pseudonyms.assign(list(ordered.values()), language, refuse, listed, salt)
    return [HiddenPerson(p, names[p.id]) for p in ordered.values()]


def hidden_people(vault: Vault, profile: str, language: str = "en", case_id: str | None = None) -> list[HiddenPerson]:
    """Everyone of the vault whom `profile` hides, with their pseudonyms (the case's people first
    when `case_id` is given, so that pseudonyms are stable between exports of one case)."""
    from ..people import case_people, list_people

    check_profile(profile)
    if profile == "internal":
        return []
    links = case_people(vault, case_id) if case_id else []
    return hidden_from(list_people(vault), profile, language, links, salt=case_id or "")


def item_withheld_by_links(profile: str, links: Iterable[PersonLink]) -> bool:
    """Under `public`: the item is linked to a hidden person as `depicted`, `author` or `sender`,
    or in other words that say so (the caller still lets it out when a person cleared it for
    `public`)."""
    if profile != "public":
        return False
    return any(withholds_public(lk.role) and is_hidden(lk.person, profile) for lk in links)


def withholds_public(link_role: str) -> bool:
    """Whether a link with this (free-text) role says the person made or is shown in the item."""
    role = " ".join(link_role.replace("ё", "е").replace("Ё", "Е").split()).casefold()
    return role in LINK_ROLES_WITHHELD_PUBLIC or _MADE_OR_SHOWN.match(role) is not None
