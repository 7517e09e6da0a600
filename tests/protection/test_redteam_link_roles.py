"""Red team, whole jobs, `public`: photos she took or that show her, linked to her the way people
type it, imported first and organised later. `public` withheld only links spelled exactly
`depicted` or `author`: a photo linked as "автор", "на фото", "изображена" or "суретте", and one
she sent from her phone (a messenger export mapped to her: role `sender`), went out re-encoded.
Now `sender` counts as `author`, and a role saying she made or is shown in the item in Russian,
Kazakh or other English words withholds too; a witness, an interviewer or a mention does not."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.bundles import befriend, decrypt_tar, tar_members
from tests.support.intake import photo_bytes
from tests.support.leaks import NAME, PSEUDONYM
from tests.support.vaults import VaultFactory
from vault.bundle import export_bundle
from vault.cases import add_case
from vault.exports import reasons as rs
from vault.exports.review import review_export
from vault.intake import import_paths
from vault.links import link_items_to_case, link_items_to_person
from vault.people import add_person
from vault.protection.policy import withholds_public

WITHHELD = ("автор", "на фото", "Изображена", "суретте", "sender", "Photographer", "depicted")
TRAVEL = ("свидетель", "interviewer", "упомянута", "witness")


def test_her_photos_stay_home_under_public(make_vault: VaultFactory, tmp_path: Path) -> None:
    v = make_vault(tmp_path / "sender", owner="Sender NGO")
    her = add_person(v, NAME, pseudonym=PSEUDONYM, protected=True, role="witness")
    folder = tmp_path / "in"
    folder.mkdir()
    roles = (*WITHHELD, *TRAVEL)
    for n, _ in enumerate(roles):
        (folder / f"IMG_{n:04d}.jpg").write_bytes(photo_bytes((40, 30), color=(n * 9, 90, 20)))
    ids = {Path(i.path).name: i.id for i in import_paths(v, [folder]).imported}  # import first
    case = add_case(v, "Дело 16")  # organise later
    link_items_to_case(v, list(ids.values()), case)
    by_role = {role: ids[f"IMG_{n:04d}.jpg"] for n, role in enumerate(roles)}
    for role, item in by_role.items():
        link_items_to_person(v, [item], her, role)

    withheld = {w["item"]: w["reason_key"] for w in review_export(v, case, "public").to_json()["withheld"]}
    assert {withheld.get(by_role[r]) for r in WITHHELD} == {rs.LINKED_TO_HIDDEN}
    assert not any(by_role[r] in withheld for r in TRAVEL)
    assert not review_export(v, case, "partner").to_json()["withheld"]  # partner: re-encoded photos

    r = make_vault(tmp_path / "receiver")
    out = Path(export_bundle(v, case, [befriend(v, r)], tmp_path / "b.age", profile="public").path)
    members = tar_members(decrypt_tar(r, out))
    items = json.loads(members["manifest.json"])["items"]
    assert sum(i["content"] == "withheld" for i in items) == len(WITHHELD)
    assert sum(name.endswith(".jpg") for name in members) == len(TRAVEL)


@pytest.mark.parametrize("role", ["автор снимка", "  Автор ", "снимала", "на видео", "бейнеленген", "отправитель"])
def test_roles_that_say_she_made_or_is_shown(role: str) -> None:
    assert withholds_public(role)


@pytest.mark.parametrize("role", ["", "other", "lawyer", "свидетель", "куә", "сумма", "mentioned", "подписант"])
def test_roles_that_do_not(role: str) -> None:
    assert not withholds_public(role)
