"""Red team, whole jobs: provenance claims travel with a photo (the bundle's metadata, the
dossier's provenance line) through the name matcher. A C2PA ingredient's title, the signer's
certificate name and the claim generator were cut at 500 characters, ProofMode values at 300,
and a kept chat's title at 200, in the middle of a word: a cut inside her surname left a stem
("Сейтқази") that the matcher, which never matches a bare prefix, let through. Now every such
value is cut between words, as messenger texts already were."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.support.intake import photo_bytes
from tests.support.leaks import NAME, PSEUDONYM, befriend, bundle_has
from tests.support.vaults import VaultFactory
from vault.bundle import export_bundle
from vault.cases import add_case
from vault.items import get_item
from vault.models import Person
from vault.people import add_person
from vault.protection.policy import HiddenPerson
from vault.provenance.c2pa import verdict_of
from vault.provenance.messenger import import_messenger_export
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


def test_a_kept_chat_title_is_cut_between_words(make_vault: VaultFactory, tmp_path: Path) -> None:
    """A Telegram chat named at length after her: the kept chat's title ("Telegram: …") is cut at
    200 characters between words, and the partner bundle carries no stem of her surname."""
    folder = tmp_path / "tg"
    (folder / "photos").mkdir(parents=True)
    (folder / "photos" / "p.jpg").write_bytes(photo_bytes((40, 30)))
    chat = _straddling(200 - len("Telegram: "))
    msg = {
        "id": 1,
        "type": "message",
        "date": "2026-03-01T10:00:00",
        "from": "Айгерим",
        "photo": "photos/p.jpg",
        "text": "ок",
    }
    doc = {"name": chat, "type": "private_group", "id": 9, "messages": [msg]}
    (folder / "result.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    v = make_vault(tmp_path / "sender", owner="Sender NGO")
    add_person(v, NAME, pseudonym=PSEUDONYM, protected=True, role="witness")
    case = add_case(v, "Дело 15")
    report = import_messenger_export(v, folder, case_id=case, keep_chat=True)
    assert report.chat_item is not None
    title = get_item(v, report.chat_item).title
    assert title.endswith("кадр") and len(title) <= 200
    r = make_vault(tmp_path / "receiver")
    out = Path(export_bundle(v, case, [befriend(v, r)], tmp_path / "b.age", profile="partner").path)
    assert bundle_has(r, out, ("сеитка",)) == []
