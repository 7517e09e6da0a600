"""The golden vault (tests/vectors/golden-v1/), made by release 0.1.0, opens, verifies and
reads back exactly with today's code. Every later version must keep this test green: a change
that cannot open an old vault is a lost archive for someone in the field."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import pytest

from vault import cases, header, items, people, schema, testimony
from vault.env import Environment
from vault.store import Vault, VaultSettings
from vault.verify import verify_vault

GOLDEN = Path(__file__).resolve().parent.parent / "vectors" / "golden-v1"
EXPECTED = json.loads((GOLDEN / "expected.json").read_text(encoding="utf-8"))
SETTINGS = VaultSettings(device_id="golden-test")


@pytest.fixture
def golden(tmp_path: Path) -> Path:
    """A private copy: opening migrates the schema and appends events, never in the repository."""
    copy = tmp_path / "golden"
    shutil.copytree(GOLDEN / "vault", copy)
    return copy


def _open(path: Path, env: Environment) -> Vault:
    return Vault.open(path, EXPECTED["passphrase"], env=env, settings=SETTINGS)


def test_header_is_format_1_at_the_argon2id_floor() -> None:
    hdr = header.read_header(GOLDEN / "vault" / "vault.header")
    assert hdr.vault_id == EXPECTED["vault_id"]
    kinds = {s.kind: s for s in hdr.slots}
    assert set(kinds) == {header.PASSPHRASE, header.RECOVERY}
    params = kinds[header.PASSPHRASE].argon2
    assert params is not None and (params.memory_kib, params.iterations, params.lanes) == (65536, 3, 4)
    assert json.loads((GOLDEN / "vault" / "vault.header").read_bytes())["version"] == 1


def test_opens_verifies_and_migrates(golden: Path, env: Environment) -> None:
    header_before = (golden / "vault.header").read_bytes()
    with _open(golden, env) as vault:
        version = vault.conn.execute("PRAGMA user_version").fetchone()[0]
        report = verify_vault(vault)
        assert report.ok, report.problems
        assert report.blobs_checked == 3
        assert report.events_checked >= EXPECTED["head"]["seq"]
        # The history written by 0.1.0 is intact under today's code.
        events = vault.custody.events()
        by_seq = {e.seq: e for e in events}
        assert by_seq[EXPECTED["head"]["seq"]].hash == EXPECTED["head"]["hash"]
        actions = [e.action for e in events[:15]]
        assert actions[:2] == ["create", "case"] and actions[-2:] == ["view", "extract"]
    assert version == schema.SCHEMA_VERSION  # opening brought the schema to today's version
    assert (golden / "vault.header").read_bytes() == header_before  # opening never rewrites keys


def test_content_reads_back(golden: Path, env: Environment, tmp_path: Path) -> None:
    with _open(golden, env) as vault:
        [case] = cases.list_cases(vault)
        assert case.id == EXPECTED["case"] and case.title == "Задержание правозащитника"
        [event] = cases.case_events(vault, case.id)
        assert (event.date, event.kind) == ("2025-01-09", "arrest")
        [person] = people.list_people(vault)
        assert person.id == EXPECTED["witness"] and person.protected and person.pseudonym == "Свидетель А"
        assert set(person.aliases) == {"Айгуль Нурлановой", "Aigul Nurlanova"}
        revs = testimony.revisions(vault, EXPECTED["testimony_ru"])
        assert [r.sha256 for r in revs] == EXPECTED["testimony_ru_sha256"]
        assert [hashlib.sha256(r.text.encode()).hexdigest() for r in revs] == EXPECTED["testimony_ru_sha256"]
        assert "Ёлка" in revs[0].text and revs[1].text.startswith(revs[0].text)
        kk = testimony.current_text(vault, EXPECTED["testimony_kk"])
        assert hashlib.sha256(kk.encode()).hexdigest() == EXPECTED["testimony_kk_sha256"] and "ұстады" in kk
        photo = items.get_item(vault, EXPECTED["photo"])
        assert photo.kind == "photo" and photo.sha256 == EXPECTED["photo_sha256"]
        assert photo.metadata["gps"] == {"lat": 43.2389, "lon": 76.8897}
        assert photo.tags == ("evidence/medical",) and photo.case_ids == (case.id,)
        assert [(link.person.id, link.role) for link in people.item_people(vault, photo.id)] == [
            (person.id, "depicted")
        ]
        doc = items.get_item(vault, EXPECTED["document"])
        assert doc.tags == ("evidence/court-decision",) and doc.metadata["pages"] == 1
        assert items.thumbnail(vault, photo.id) is not None
        out = tmp_path / "out"
        out.mkdir()
        assert items.extract(vault, photo.id, out / "photo.jpg") == EXPECTED["photo_sha256"]
        assert items.extract(vault, doc.id, out / "doc.pdf") == EXPECTED["pdf_sha256"]
        assert (out / "doc.pdf").read_bytes().startswith(b"%PDF-")
        listed = {i.id for i in items.list_items(vault)}
        assert listed == {EXPECTED[k] for k in ("testimony_ru", "testimony_kk", "photo", "document")}


def test_recovery_key_opens_it(golden: Path, env: Environment) -> None:
    with Vault.open_with_recovery_key(golden, EXPECTED["recovery_key"], env=env, settings=SETTINGS) as vault:
        assert vault.vault_id == EXPECTED["vault_id"]
        assert verify_vault(vault).ok
