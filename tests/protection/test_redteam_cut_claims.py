"""Red team, whole jobs: provenance claims travel with a photo (the bundle's metadata, the
dossier's provenance line) through the name matcher. A C2PA ingredient's title, the signer's
certificate name and the claim generator were cut at 500 characters, and ProofMode values at
300, in the middle of a word: a cut inside her surname left a stem ("Сейтқази") that the matcher,
which never matches a bare prefix, let through. Now every such value is cut between words, as
messenger texts already were."""

from __future__ import annotations

from typing import Any

import pytest

from tests.support.leaks import NAME, PSEUDONYM
from vault.models import Person
from vault.protection.policy import HiddenPerson
from vault.provenance.c2pa import verdict_of
from vault.redaction import Redactor

STEM = "Сейтқази"
SURNAME = NAME.split()[1]


def _straddling(limit: int) -> str:
    """A value whose character `limit` falls inside her surname, just after STEM."""
    lead = "Снимок у ИВС, " + "кадр " * (limit // 5)
    lead = lead[: limit - len(STEM)]
    value = lead + SURNAME + " и другие"
    assert value[:limit].endswith(STEM)
    return value


def _red() -> Redactor:
    her = Person("p1", NAME, PSEUDONYM, "witness", True, ())
    return Redactor("partner", "ru", hidden=[HiddenPerson(her, PSEUDONYM)])


@pytest.mark.parametrize("where", ["ingredient", "signer", "generator"])
def test_c2pa_values_are_cut_between_words(where: str) -> None:
    value = _straddling(500)
    active: dict[str, Any] = {"signature_info": {"common_name": "Редакция"}, "claim_generator": "Camera 1.0"}
    if where == "ingredient":
        active["ingredients"] = [{"title": value, "relationship": "parentOf"}]
    elif where == "signer":
        active["signature_info"] = {"common_name": value}
    else:
        active["claim_generator"] = value
    v = verdict_of({"active_manifest": "m", "manifests": {"m": active}, "validation_state": "Valid"})
    shown = (
        v.claims["ingredients"][0]["title"]
        if where == "ingredient"
        else v.signer
        if where == "signer"
        else v.claims["claim_generator"]
    )
    assert shown.endswith("кадр") and len(shown) <= 500
    assert STEM.casefold() not in _red().text(shown).casefold()


def test_proofmode_values_are_cut_between_words() -> None:
    from vault.provenance.proofmode import _claims

    claims = _claims({"Proof Generated": "2026-03-01", "Location.Provider": _straddling(300)})
    shown = claims["location"]["Location.Provider"]
    assert shown.endswith("кадр") and STEM.casefold() not in _red().text(shown).casefold()
