"""Privacy mode: protected people appear on screen by their pseudonym, everywhere a name is
shown (navigator, details, overviews, custody sentences), for working where a screen can be
seen by others. It changes only what is drawn; the vault keeps the real names.

One process-wide switch, set from the settings at start and by View ▸ Privacy mode; the main
window redraws what it shows when it changes.
"""

from __future__ import annotations

from vault.models import Person

_state = {"on": False}


def set_privacy(on: bool) -> None:
    _state["on"] = bool(on)


def privacy_on() -> bool:
    return _state["on"]


def shown_name(person: Person) -> str:
    """The name to draw: the pseudonym for a protected person in privacy mode."""
    if privacy_on() and person.protected:
        return person.pseudonym or f"Person {person.id[:6].upper()}"
    return person.name
