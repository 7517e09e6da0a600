"""The fixed role vocabulary: validated at `person add/edit` (core and CLI, exit 2 listing the
choices); old free text mapped onto it; generated pseudonyms named after the role."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.vaults import PASSPHRASE
from vault import people
from vault.cli.main import main
from vault.errors import UsageError
from vault.models import PERSON_ROLES
from vault.protection.pseudonyms import ROLE_WORDS, generated
from vault.protection.roles import ROLES, check_role, legacy_role
from vault.store import Vault

CHOICES = "victim witness relative defender lawyer journalist official perpetrator expert other"


def test_vocabulary_is_the_documented_one() -> None:
    assert " ".join(ROLES) == CHOICES and PERSON_ROLES == ROLES
    assert check_role("") == "other" and check_role("journalist") == "journalist"
    for bad in ("Witness", "свидетель", "victim's mother", "depicted"):
        with pytest.raises(UsageError, match=CHOICES):
            check_role(bad)


@pytest.mark.parametrize(
    ("typed", "role"),
    [
        ("Свидетельница", "witness"),
        ("очевидец", "witness"),
        ("куәгер", "witness"),
        ("Eyewitness", "witness"),
        ("victim's mother", "relative"),
        ("мать потерпевшего", "relative"),
        ("сестра свидетеля", "relative"),
        ("жәбірленушінің анасы", "relative"),
        ("Жәбірленуші", "victim"),
        ("пострадавшая", "victim"),
        ("Human Rights Defender", "defender"),
        ("құқық қорғаушы", "defender"),
        ("адвокат", "lawyer"),
        ("защитник", "lawyer"),
        ("тілші", "journalist"),
        ("следователь", "official"),
        ("судья", "official"),
        ("эксперт", "expert"),
        ("PERPETRATOR", "perpetrator"),
        ("подозреваемый", "other"),
        ("  ", "other"),
    ],
)
def test_legacy_text_maps_to_a_role(typed: str, role: str) -> None:
    assert legacy_role(typed) == role


def test_core_refuses_roles_outside_the_vocabulary(vault: Vault) -> None:
    with pytest.raises(UsageError):
        people.add_person(vault, "Айгүл", role="Witness")
    pid = people.add_person(vault, "Айгүл", role="journalist")
    with pytest.raises(UsageError):
        people.update_person(vault, pid, role="свидетель")
    assert people.get_person(vault, pid).role == "journalist"
    assert people.get_person(vault, people.add_person(vault, "Без роли")).role == "other"


def test_generated_pseudonyms_name_the_role_in_each_language() -> None:
    assert generated("journalist", "en", 0) == "Journalist A"
    assert generated("relative", "ru", 1) == "Родственник Б"
    assert generated("witness", "kk", 0) == "Куә А"
    assert generated("nonsense", "xx", 27) == "Person B2"
    assert all(set(words) == set(ROLES) for words in ROLE_WORDS.values())


def test_cli_person_add_and_edit(
    vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    vault.close()
    monkeypatch.setenv("EVIDENCE_VAULT_PASSPHRASE", PASSPHRASE)
    base = ["--vault", str(vault_dir)]
    with pytest.raises(SystemExit) as exited:
        main([*base, "person", "add", "Ержан Бекович", "--role", "начальник"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert CHOICES in err and err.count("\n") == 1
    assert main([*base, "person", "add", "Ержан Бекович", "--role", "official", "--public", "--json"]) == 0
    pid = json.loads(capsys.readouterr().out)["id"]
    assert (
        main([*base, "person", "edit", pid, "--no-public", "--role", "expert", "--alias", "Бекович Е.", "--json"]) == 0
    )
    capsys.readouterr()
    assert main([*base, "person", "list", "--json"]) == 0
    (row,) = json.loads(capsys.readouterr().out)
    assert (row["role"], row["public"], row["protected"], row["aliases"]) == ("expert", False, False, ["Бекович Е."])
    assert main([*base, "person", "edit", pid, "--protected", "--pseudonym", "Бекович"]) == 2
    assert "pseudonym" in capsys.readouterr().err
