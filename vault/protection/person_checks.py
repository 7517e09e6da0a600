"""Checks run when a person is added or edited, so that a weak record is refused at the door
rather than discovered in an export (the export rewrites anyway; see redactor.py).

- A pseudonym must not share a stem with the person's own name or aliases ("Г. Сейтқазиева"
  for Гульнара Сейтқазиева), nor mention anyone protected.
- An alias of someone shown by name under a profile must not carry the name of a person that
  profile hides: under `partner` the protected; under `public` (for people marked public)
  everyone not marked public. Otherwise their alias list would teach a reader the hidden name.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..errors import UsageError
from ..models import Person
from .names_api import HiddenName, NameMatcher
from .pseudonyms import WeakPseudonym, check_pseudonym, is_pseudonym_only


class AliasNamesHidden(UsageError):
    """An alias of someone shown by name carries a hidden person's name (message names nobody)."""


def _matcher(people: Sequence[Person]) -> NameMatcher:
    return NameMatcher([HiddenName(p.id, tuple(f for f in (p.name, *p.aliases) if f.strip()), "…") for p in people])


def check_person(
    everyone: Sequence[Person],
    person_id: str | None,
    name: str,
    pseudonym: str,
    aliases: Sequence[str],
    protected: bool,
    public: bool,
    *,
    pseudonym_changed: bool = True,
    aliases_changed: bool = True,
) -> None:
    """UsageError (naming nobody) when the record would weaken protection. `everyone` is the
    vault's people; `person_id` the one being edited (None when new). The checks against other
    people (a matcher over all of them: about a second for a thousand people) run only for what
    changed."""
    current = next((p for p in everyone if p.id == person_id), None)
    # A person known only by a pseudonym (received from a partner) may be edited as received.
    unchanged = current is not None and (current.name, current.pseudonym) == (name, pseudonym) and not aliases
    if not (unchanged and current is not None and is_pseudonym_only(current)):
        check_pseudonym(pseudonym, name, aliases)
    others = [p for p in everyone if p.id != person_id]
    # Against the protected only: under `public` nearly everyone is hidden, and a matcher over all
    # of them at every edit would be slow; the export refuses such a pseudonym anyway.
    protected_others = [p for p in others if p.protected]
    if pseudonym_changed and pseudonym.strip() and protected_others and _matcher(protected_others).contains(pseudonym):
        raise WeakPseudonym("the pseudonym contains the name of another person who is protected")
    if protected or not aliases or not aliases_changed:
        return
    # Shown by name under partner: must not carry a protected name. Shown under public too (when
    # marked public): must not carry the name of anyone public hides.
    watched = [p for p in others if p.protected or (public and not p.public)]
    if not watched:
        return
    matcher = _matcher(watched)
    if any(matcher.contains(a) for a in aliases if a.strip()):
        raise AliasNamesHidden(
            "an alias carries the name of a person hidden in exports; aliases of people shown by name must not"
        )


def check_link_role(everyone: Sequence[Person], role: str) -> None:
    """A link's role is free text shown in exports; it must not carry a protected name."""
    protected = [p for p in everyone if p.protected]
    if role.strip() and protected and _matcher(protected).contains(role):
        raise AliasNamesHidden("the role carries the name of a protected person; describe the role without it")
