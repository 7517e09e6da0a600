"""The chain of custody: every action is an event, events are well-formed and chained, delete and
destroy leave a trail, and no event carries a person's name or a testimony's words."""

from __future__ import annotations

import json
import os
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from tests.support.verify import ALIAS_RU, NAME_RU, TESTIMONY_TEXT, add_file_item, blob_path
from vault import cases, custody, items, people, testimony
from vault.errors import NotFound, UsageError
from vault.store import Vault
from vault.verify import verify_vault

OWNER = "Правозащитный центр «Кадыр-Қасиет», юрист"


@pytest.fixture
def owned(make_vault: Any, vault_dir: Path) -> Vault:
    made: Vault = make_vault(vault_dir, owner=OWNER)
    return made


def _actions(vault: Vault) -> list[str]:
    return [e.action for e in vault.custody.events()]


def test_every_action_is_an_event(owned: Vault, tmp_path: Path, make_vault: Any, vault_dir: Path) -> None:
    v = owned
    case = cases.add_case(v, "Дело правозащитника", "summary")
    cases.add_case_event(v, case, "2024-03-12", "Задержание у здания суда", "arrest")
    person = people.add_person(v, NAME_RU, aliases=[ALIAS_RU], protected=True, role="witness")
    people.link_person_to_case(v, case, person, "witness")
    text = testimony.add_testimony(
        v, title="Показания", text=TESTIMONY_TEXT, case_id=case, people=[(person, "witness")]
    )
    testimony.revise_testimony(v, text, TESTIMONY_TEXT + " Дополнение.")
    photo = add_file_item(v, b"\xff\xd8photo")
    items.tag_item(v, photo, ["violation/torture"])
    items.untag_item(v, photo, ["violation/torture"])
    items.link_item_to_case(v, photo, case)
    people.link_person_to_item(v, photo, person, "victim")
    people.unlink_person_from_item(v, photo, person)
    items.set_title(v, photo, "Фото")
    items.read_original(v, photo)
    items.extract(v, photo, tmp_path / "out.jpg")
    items.delete_item(v, photo, "wrong case")
    items.destroy_item(v, photo, "court order")
    v.change_passphrase("new passphrase")
    assert _actions(v) == [
        "create",
        "case",
        "case-event",
        "person",
        "link",
        "testimony",
        "revise",
        "import",
        "tag",
        "untag",
        "link",
        "link",
        "unlink",
        "edit",
        "view",
        "extract",
        "delete",
        "destroy",
        "passphrase",
    ]
    v.close()
    recovered = make_vault.open_with_recovery_key(vault_dir)
    recovered.change_passphrase("third passphrase", via="recover")
    assert _actions(recovered)[-1] == "recover"
    assert verify_vault(recovered).ok


def test_events_are_well_formed_chained_and_signed(owned: Vault) -> None:
    photo = add_file_item(owned, b"photo")
    items.tag_item(owned, photo, ["evidence"])
    events = owned.custody.events()
    create = events[0]
    assert (create.seq, create.action, create.subject) == (1, "create", owned.vault_id)
    public_raw = bytes.fromhex(create.details["signing_key"])
    assert public_raw == owned.custody.public_raw
    public = Ed25519PublicKey.from_public_bytes(public_raw)
    prev = custody.genesis_hash(owned.vault_id)
    for n, e in enumerate(events, start=1):
        assert e.seq == n
        assert e.time.endswith("Z") and datetime.fromisoformat(e.time).utcoffset().total_seconds() == 0  # type: ignore[union-attr]
        assert e.actor == OWNER and e.device == "test-device"
        assert e.prev_hash == prev
        assert e.hash == custody.event_hash(e.canonical())
        assert custody.signature_valid(public, e.hash, e.signature)
        assert e.key_id == custody.key_id(public_raw)
        prev = e.hash
    head = owned.custody.head()
    assert head is not None and (head.seq, head.hash, head.signature) == (events[-1].seq, prev, events[-1].signature)
    assert head.fingerprint == custody.fingerprint(public_raw)


def test_import_event_holds_name_size_hash_and_mtime(vault: Vault, tmp_path: Path) -> None:
    intake = pytest.importorskip("vault.intake")
    if not hasattr(intake, "import_paths"):
        pytest.skip("vault.intake.import_paths has not landed yet")
    src = tmp_path / "Допрос 2024-03-12.txt"
    src.write_text("Протокол допроса.\n", encoding="utf-8")
    os.utime(src, (1_700_000_000, 1_700_000_000))
    report = intake.import_paths(vault, [src])
    (imported,) = report.imported
    events = [e for e in vault.custody.events(imported.id) if e.action == "import"]
    assert len(events) == 1
    flat = json.dumps(events[0].details, ensure_ascii=False)
    assert src.name in flat and imported.sha256 in flat and str(src.stat().st_size) in flat
    assert "2023-11-14" in flat  # the file's own mtime, 1_700_000_000 s
    assert verify_vault(vault).ok


def test_delete_then_destroy_round_trip(vault: Vault, tmp_path: Path) -> None:
    data = b"scan of a court decision" * 100
    item = add_file_item(vault, data, kind="document", name="decision.pdf")
    path = blob_path(vault, item)
    with pytest.raises(UsageError):
        items.destroy_item(vault, item, "reason")  # not deleted yet
    items.delete_item(vault, item, "entered twice")
    with pytest.raises(NotFound):
        items.get_item(vault, item)
    assert items.get_item(vault, item, include_deleted=True).deleted is not None
    assert path.exists()  # deleting is an event; the sealed original stays
    assert items.extract(vault, item, tmp_path / "copy.pdf") == items.get_item(vault, item, include_deleted=True).sha256
    assert (tmp_path / "copy.pdf").read_bytes() == data
    assert verify_vault(vault).ok
    with pytest.raises(UsageError):
        items.destroy_item(vault, item, "   ")  # a reason is required
    blob_id = path.name
    items.destroy_item(vault, item, "court order 12/2024")
    assert not path.exists()
    assert vault.conn.execute("SELECT destroyed FROM blobs WHERE id = ?", (blob_id,)).fetchone()[0] is not None
    log = vault.custody.events(item)
    assert [e.action for e in log] == ["import", "delete", "extract", "destroy"]
    assert log[1].details == {"reason": "entered twice"}
    assert log[3].details["reason"] == "court order 12/2024"
    assert log[3].details["blobs"] == [blob_id]
    assert log[3].details["sha256"] == log[0].details["sha256"]
    with pytest.raises(NotFound):
        items.extract(vault, item, tmp_path / "again.pdf")
    report = verify_vault(vault)
    assert report.ok, report.problems  # a destroyed blob is not a missing blob


def test_no_event_carries_names_or_testimony_text(owned: Vault) -> None:
    v = owned
    case = cases.add_case(v, f"Дело {NAME_RU}", f"Задержана {ALIAS_RU}")
    cases.add_case_event(v, case, "2024-03-12", f"Арест: {NAME_RU}", "arrest")
    person = people.add_person(v, NAME_RU, pseudonym="Свидетель А", aliases=[ALIAS_RU], protected=True, notes=ALIAS_RU)
    people.update_person(v, person, name=NAME_RU + " (уточнено)", aliases=[ALIAS_RU, "Seitzhanova"])
    text = testimony.add_testimony(
        v, title=f"Показания {ALIAS_RU}", text=TESTIMONY_TEXT, case_id=case, people=[(person, "witness")]
    )
    testimony.revise_testimony(v, text, TESTIMONY_TEXT + f" Подписала: {NAME_RU}.")
    items.set_title(v, text, f"Показания {NAME_RU}")
    items.set_notes(v, text, f"Связаться с {ALIAS_RU}")
    cases.update_case(v, case, title=f"Дело {ALIAS_RU}")
    everything = "\n".join(json.dumps(e.to_json(), ensure_ascii=False) for e in v.custody.events())
    secrets = [NAME_RU, ALIAS_RU, "Seitzhanova", "Свидетель А", *TESTIMONY_TEXT.split(". ")]
    secrets += list(NAME_RU.split())  # not even one word of the name
    for secret in secrets:
        assert secret.casefold() not in everything.casefold(), secret
    assert person in everything and text in everything  # ids, not names
