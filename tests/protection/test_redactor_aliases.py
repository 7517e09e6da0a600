"""Leak route 6 of issue 12 (names part): an alias of an unprotected person carried the
protected name; a pseudonym such as "Г. Сейтқазиева" was accepted. Now both are refused at
`person add`/edit (exit 2, naming nobody), and records made before (an old vault) are
rewritten at export anyway: the weak pseudonym is replaced by a generated one, the alias
never travels as written."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.leaks import NAME, PSEUDONYM, befriend, bundle_leaks, leaks, pdf_leaks, pdf_text
from tests.support.vaults import PASSPHRASE, VaultFactory
from vault import cases, people, testimony
from vault.bundle import export_bundle
from vault.cli.main import main
from vault.dossier import build_dossier
from vault.errors import UsageError
from vault.redaction import redactor_for
from vault.store import Vault

WEAK_PSEUDONYMS = ("Г. Сейтқазиева", "Seitqazieva K.", "Свидетельница Сейтказиева", "Гульнара С.")


@pytest.mark.parametrize("weak", WEAK_PSEUDONYMS)
def test_weak_pseudonym_is_refused_at_add_and_edit(vault: Vault, weak: str) -> None:
    with pytest.raises(UsageError, match="pseudonym") as err:
        people.add_person(vault, NAME, pseudonym=weak, protected=True, role="witness")
    assert not leaks(str(err.value))
    pid = people.add_person(vault, NAME, pseudonym=PSEUDONYM, protected=True, role="witness")
    with pytest.raises(UsageError, match="pseudonym"):
        people.update_person(vault, pid, pseudonym=weak)
    assert people.get_person(vault, pid).pseudonym == PSEUDONYM


def test_alias_carrying_a_protected_name_is_refused(vault: Vault) -> None:
    people.add_person(vault, NAME, pseudonym=PSEUDONYM, protected=True, role="witness")
    for alias in ("Сейтқазиева", "Seitkazieva G.", "Гульнараның"):
        with pytest.raises(UsageError, match="alias") as err:
            people.add_person(vault, "Марат Ахметов", role="relative", aliases=[alias])
        assert not leaks(str(err.value))
    husband = people.add_person(vault, "Марат Ахметов", role="relative", aliases=["Марата Ахметова"])
    with pytest.raises(UsageError, match="alias"):
        people.update_person(vault, husband, aliases=["Марата Ахметова", "муж Сейтқазиевой"])
    # Another protected person may share forms: both are hidden wherever either is...
    sister = people.add_person(vault, "Айнур Сейтқазиева", role="relative", protected=True, aliases=["Сейтқазиева А."])
    # ...but stops being allowed to the moment she would be shown by name.
    with pytest.raises(UsageError, match="alias"):
        people.update_person(vault, sister, protected=False)
    assert people.get_person(vault, sister).protected


def test_cli_refuses_both_with_exit_2(
    vault: Vault, vault_dir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    vault.close()
    monkeypatch.setenv("EVIDENCE_VAULT_PASSPHRASE", PASSPHRASE)
    base = ["--vault", str(vault_dir), "person", "add"]
    assert main([*base, NAME, "--protected", "--role", "witness", "--pseudonym", "Г. Сейтқазиева"]) == 2
    assert main([*base, NAME, "--protected", "--role", "witness", "--pseudonym", PSEUDONYM, "--json"]) == 0
    assert main([*base, "Марат Ахметов", "--role", "relative", "--alias", "Сейтқазиева Г."]) == 2
    err = capsys.readouterr().err
    assert "pseudonym" in err and "alias" in err and not leaks(err)


def _legacy(vault: Vault, pseudonym: str, open_alias: str) -> tuple[str, str]:
    """Records as an older release accepted them (written around today's checks)."""
    witness = people.add_person(vault, NAME, protected=True, role="witness")
    husband = people.add_person(vault, "Марат Ахметов", role="relative")
    with vault.transaction() as conn:
        conn.execute("UPDATE people SET pseudonym = ? WHERE id = ?", (pseudonym, witness))
        conn.execute("INSERT INTO person_aliases VALUES (?, ?)", (husband, open_alias))
    return witness, husband


def test_old_weak_records_are_rewritten_at_export(vault: Vault, make_vault: VaultFactory, tmp_path: Path) -> None:
    witness, husband = _legacy(vault, "Г. Сейтқазиева", "Сейтқазиева Г.Н.")
    case_id = cases.add_case(vault, "Дело о давлении на свидетелей")
    people.link_person_to_case(vault, case_id, witness, "witness")
    people.link_person_to_case(vault, case_id, husband, "relative")
    testimony.add_testimony(
        vault,
        title="Показания мужа",
        case_id=case_id,
        language="ru",
        text="Марат Ахметов: жену, Г. Сейтқазиева, вызвали трижды.",
    )
    red = redactor_for(vault, case_id, "partner", "ru")
    label = red.person_label(people.get_person(vault, witness))
    assert label == "Свидетель А" and red.removal_counts()["pseudonyms-refused"] == 1
    assert red.person_label(people.get_person(vault, husband)) == "Марат Ахметов"

    build_dossier(vault, case_id, tmp_path / "d.pdf", profile="partner", language="ru")
    assert pdf_leaks(tmp_path / "d.pdf") == []
    assert "Свидетель А" in pdf_text(tmp_path / "d.pdf")
    assert red.person_aliases(people.get_person(vault, husband)) == ()


def test_old_alias_carrying_her_name_does_not_travel_in_a_bundle(
    vault: Vault, make_vault: VaultFactory, tmp_path: Path
) -> None:
    witness, husband = _legacy(vault, PSEUDONYM, "Сейтқазиева Г.Н.")
    case_id = cases.add_case(vault, "Дело о давлении на свидетелей")
    people.link_person_to_case(vault, case_id, witness, "witness")
    people.link_person_to_case(vault, case_id, husband, "relative")
    receiver = make_vault(tmp_path / "receiver")
    to_r = befriend(vault, receiver)
    export_bundle(vault, case_id, [to_r], tmp_path / "b.age", profile="partner")
    assert bundle_leaks(receiver, tmp_path / "b.age") == []


def test_link_roles_naming_her_are_refused_or_rewritten(vault: Vault, tmp_path: Path) -> None:
    """A link's role is free text ("муж Сейтқазиевой") and the people section prints it."""
    witness = people.add_person(vault, NAME, pseudonym=PSEUDONYM, protected=True, role="witness")
    husband = people.add_person(vault, "Марат Ахметов", role="relative")
    case_id = cases.add_case(vault, "Дело о давлении на свидетелей")
    people.link_person_to_case(vault, case_id, witness, "witness")
    with pytest.raises(UsageError, match="role") as err:
        people.link_person_to_case(vault, case_id, husband, "муж Сейтқазиевой")
    assert not leaks(str(err.value))
    # Written around the check (testimony links, an older vault): rewritten at export.
    testimony.add_testimony(
        vault,
        title="Показания мужа",
        case_id=case_id,
        language="ru",
        text="Меня вызвали.",
        people=[(husband, "муж Сейтқазиевой")],
    )
    red = redactor_for(vault, case_id, "partner", "ru")
    assert {lk.role for lk in red.people} == {"witness", f"муж {PSEUDONYM}"}
    assert red.role("depicted") == "depicted"
    build_dossier(vault, case_id, tmp_path / "d.pdf", profile="partner", language="ru")
    assert pdf_leaks(tmp_path / "d.pdf") == []


def test_link_role_naming_her_does_not_travel_in_a_bundle(
    vault: Vault, make_vault: VaultFactory, tmp_path: Path
) -> None:
    witness = people.add_person(vault, NAME, pseudonym=PSEUDONYM, protected=True, role="witness")
    husband = people.add_person(vault, "Марат Ахметов", role="relative")
    case_id = cases.add_case(vault, "Дело о давлении на свидетелей")
    people.link_person_to_case(vault, case_id, witness, "witness")
    testimony.add_testimony(
        vault,
        title="Показания мужа",
        case_id=case_id,
        language="ru",
        text="Меня вызвали.",
        people=[(husband, "муж Сейтқазиевой")],
    )
    receiver = make_vault(tmp_path / "receiver")
    export_bundle(vault, case_id, [befriend(vault, receiver)], tmp_path / "b.age", profile="partner")
    assert bundle_leaks(receiver, tmp_path / "b.age") == []
