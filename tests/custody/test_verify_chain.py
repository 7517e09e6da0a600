"""verify: the custody chain under every kind of rewrite an attacker holding the key can make,
the signing key, an earlier head, the clock, and the database's own integrity checks."""

from __future__ import annotations

import itertools
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from tests.support.verify import (
    TESTIMONY_TEXT,
    add_file_item,
    drop_triggers,
    replace_signing_key,
    resign_chain,
    sha256,
)
from vault import custody, items, kdf, tags, testimony
from vault.env import Environment
from vault.store import Vault, VaultSettings
from vault.verify import Problem, verify_vault

SETTINGS = VaultSettings(kdf_params=kdf.FLOOR, device_id="test-device")


def _kinds(problems: list[Problem]) -> list[tuple[str, str]]:
    return [(p.kind, p.subject) for p in problems]


@pytest.fixture
def busy(vault: Vault) -> dict[str, str]:
    """A vault with a dozen events."""
    photo = add_file_item(vault, b"\xff\xd8 photo bytes " * 100)
    text = testimony.add_testimony(vault, title="Показания", text=TESTIMONY_TEXT)
    items.tag_item(vault, photo, ["violation/torture"])
    items.untag_item(vault, photo, ["violation/torture"])
    testimony.revise_testimony(vault, text, TESTIMONY_TEXT + " Ещё.")
    items.set_notes(vault, photo, "note")
    items.read_original(vault, photo)
    return {"photo": photo, "testimony": text}


def _head(vault: Vault) -> tuple[int, str]:
    head = vault.custody.head()
    assert head is not None
    return head.seq, head.hash


def test_history_holds_an_earlier_head(vault: Vault, busy: dict[str, str]) -> None:
    earlier = _head(vault)
    items.tag_item(vault, busy["photo"], ["evidence/original"])
    report = verify_vault(vault, expected_head=earlier)
    assert report.ok, report.problems
    assert report.head is not None and report.head[0] == earlier[0] + 1


def test_changed_event_field_is_named(vault: Vault, busy: dict[str, str]) -> None:
    drop_triggers(vault)
    seq = vault.conn.execute("SELECT seq FROM custody WHERE action = 'tag'").fetchone()[0]
    vault.conn.execute("UPDATE custody SET details = ? WHERE seq = ?", (json.dumps({"tags": ["other"]}), seq))
    assert _kinds(verify_vault(vault).problems) == [("event-hash", f"event {seq}")]


@pytest.mark.parametrize("column", ["time", "actor", "device", "action", "subject"])
def test_every_signed_field_is_covered(vault: Vault, busy: dict[str, str], column: str) -> None:
    drop_triggers(vault)
    value = {"time": "2020-01-01T00:00:00.000000Z", "action": "view"}.get(column, "someone else")
    vault.conn.execute(f"UPDATE custody SET {column} = ? WHERE seq = 3", (value,))
    assert ("event-hash", "event 3") in _kinds(verify_vault(vault).problems)


def test_rehashed_but_unsigned_change_is_named(vault: Vault, busy: dict[str, str]) -> None:
    """Recomputing the hash after the change (and relinking the next event) is not enough: the
    signature no longer verifies, and the next event's signed hash no longer links."""
    drop_triggers(vault)
    ev = vault.custody.events()[3]
    details = {**ev.details, "tags": ["forged"]}
    new_hash = custody.event_hash(
        custody.canonical_bytes(ev.seq, ev.time, ev.actor, ev.device, ev.action, ev.subject, details, ev.prev_hash)
    )
    vault.conn.execute(
        "UPDATE custody SET details = ?, hash = ? WHERE seq = ?", (json.dumps(details), new_hash, ev.seq)
    )
    assert _kinds(verify_vault(vault).problems) == [
        ("event-signature", f"event {ev.seq}"),
        ("chain-broken", f"event {ev.seq + 1}"),
    ]


def test_deleted_event_is_a_gap_and_a_broken_link(vault: Vault, busy: dict[str, str]) -> None:
    drop_triggers(vault)
    vault.conn.execute("DELETE FROM custody_subjects WHERE seq = 4")
    vault.conn.execute("DELETE FROM custody WHERE seq = 4")
    problems = verify_vault(vault).problems
    assert _kinds(problems) == [("chain-gap", "event 5"), ("chain-broken", "event 5")]
    assert "event 4 missing" in problems[0].detail


def test_swapped_events_are_named(vault: Vault, busy: dict[str, str]) -> None:
    drop_triggers(vault)
    conn = vault.conn
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("UPDATE custody SET seq = -1 WHERE seq = 4")
    conn.execute("UPDATE custody SET seq = 4 WHERE seq = 5")
    conn.execute("UPDATE custody SET seq = 5 WHERE seq = -1")
    kinds = set(_kinds(verify_vault(vault).problems))
    assert {
        ("event-hash", "event 4"),
        ("event-hash", "event 5"),
        ("chain-broken", "event 4"),
        ("chain-broken", "event 5"),
        ("chain-broken", "event 6"),
    } <= kinds


def test_truncated_tail_is_caught_only_against_an_earlier_head(vault: Vault, busy: dict[str, str]) -> None:
    earlier = _head(vault)
    drop_triggers(vault)
    vault.conn.execute("DELETE FROM custody_subjects WHERE seq > ?", (earlier[0] - 3,))
    vault.conn.execute("DELETE FROM custody WHERE seq > ?", (earlier[0] - 3,))
    # On its own the shortened chain is consistent: a cut tail cannot be seen without an anchor.
    assert verify_vault(vault).ok
    report = verify_vault(vault, expected_head=earlier)
    assert _kinds(report.problems) == [("head-missing", f"event {earlier[0]}")]
    assert "truncated" in report.problems[0].detail


def test_deleted_subject_index_does_not_hide_anything_from_the_chain(vault: Vault, busy: dict[str, str]) -> None:
    vault.conn.execute("DELETE FROM custody_subjects")  # an index, not evidence: the chain is intact
    assert verify_vault(vault).ok


def test_replaced_signing_key_is_named(vault: Vault, vault_dir: Path, busy: dict[str, str]) -> None:
    replace_signing_key(vault)
    report = verify_vault(vault)
    assert _kinds(report.problems) == [("signing-key", "vault")]
    assert "replaced" in report.problems[0].detail
    # Events written after the swap are signed with the new key: each one is named.
    env, settings = vault.env, vault.settings
    vault.close()
    with Vault.open(vault_dir, "correct horse", env=env, settings=settings) as reopened:
        items.tag_item(reopened, busy["photo"], ["evidence/original"])
        seq = _head(reopened)[0]
        kinds = _kinds(verify_vault(reopened).problems)
    assert kinds == [("signing-key", "vault"), ("event-signature", f"event {seq}"), ("event-key", f"event {seq}")]


def test_chain_resigned_with_a_new_key_but_old_creation_record(vault: Vault, busy: dict[str, str]) -> None:
    new = replace_signing_key(vault)
    resign_chain(vault, new, fix_create=False)
    problems = verify_vault(vault).problems
    n = _head(vault)[0]
    assert ("signing-key", "vault") in _kinds(problems)
    assert [p.subject for p in problems if p.kind == "event-signature"] == [f"event {i}" for i in range(1, n + 1)]
    assert all("replaced key" in p.detail for p in problems if p.kind == "event-signature")


def test_full_rewrite_with_a_new_key_needs_an_earlier_head(vault: Vault, busy: dict[str, str]) -> None:
    """Key replaced, creation record rewritten to name it, every event re-signed and an event's
    content changed: internally consistent. Only an anchor from outside (an export's head, or
    the public key a partner holds) shows it; docs/custody.md says so."""
    before = vault.custody.head()
    assert before is not None
    new = replace_signing_key(vault)

    def forge(ev: dict[str, object]) -> None:
        if ev["action"] == "untag":
            ev["action"] = "tag"

    resign_chain(vault, new, fix_create=True, edit=forge)
    assert verify_vault(vault).ok  # undetectable from inside
    report = verify_vault(vault, expected_head=(before.seq, before.hash))
    assert _kinds(report.problems) == [("head-missing", f"event {before.seq}")]
    assert "rewritten" in report.problems[0].detail
    # The public key an export carried no longer matches the vault's.
    stored = custody.public_key_bytes(new.public_key())
    assert custody.fingerprint(stored) != before.fingerprint


def test_first_event_must_be_this_vaults_creation(vault: Vault, busy: dict[str, str]) -> None:
    drop_triggers(vault)
    vault.conn.execute("UPDATE custody SET subject = 'another-vault' WHERE seq = 1")
    kinds = _kinds(verify_vault(vault).problems)
    assert ("chain-broken", "event 1") in kinds and ("event-hash", "event 1") in kinds


def test_unreadable_event_details_are_named(vault: Vault, busy: dict[str, str]) -> None:
    drop_triggers(vault)
    vault.conn.execute("UPDATE custody SET details = '{not json' WHERE seq = 2")
    assert _kinds(verify_vault(vault).problems) == [("event-format", "event 2")]


def test_revision_rewritten_with_its_hash_disagrees_with_its_signed_event(vault: Vault, busy: dict[str, str]) -> None:
    item, forged = busy["testimony"], "Другой текст."
    vault.conn.execute(
        "UPDATE revisions SET text = ?, sha256 = ? WHERE item_id = ? AND rev = 2",
        (forged, sha256(forged.encode()), item),
    )
    problems = verify_vault(vault).problems
    assert _kinds(problems) == [("hash-mismatch", item)]
    assert "revision 2" in problems[0].detail and "event" in problems[0].detail


def _backwards_clock() -> Callable[[], datetime]:
    """Ticks forward a minute per call, except one jump back of two hours (a reset CMOS clock)."""
    start = datetime(2024, 5, 1, 12, 0, tzinfo=UTC)
    calls = itertools.count()

    def now() -> datetime:
        n = next(calls)
        return start + timedelta(minutes=n) - (timedelta(hours=2) if n >= 4 else timedelta(0))

    return now


def test_clock_going_backwards_is_a_note_not_a_failure(tmp_path: Path) -> None:
    env = Environment(clock=_backwards_clock())
    vault, _ = Vault.create(tmp_path / "v", "correct horse", env=env, settings=SETTINGS)
    with vault:
        photo = add_file_item(vault, b"photo")
        for tag in ("a", "b", "c"):
            items.tag_item(vault, photo, [tag])
        times = [e.time for e in vault.custody.events()]
        back = next(i for i in range(1, len(times)) if times[i] < times[i - 1])
        report = verify_vault(vault)
    assert report.ok and report.problems == []
    assert _kinds(report.notes) == [("clock-backwards", f"event {back + 1}")]
    assert times[back] in report.notes[0].detail and times[back - 1] in report.notes[0].detail
    assert report.to_json()["notes"][0]["kind"] == "clock-backwards"


def test_damaged_database_page_is_named(make_vault: object, vault_dir: Path, vault: Vault) -> None:
    """Flip a byte in the last page of vault.db: SQLCipher's page HMAC names it."""
    for n in range(300):  # enough rows that the last page is not one the open reads
        tags.ensure_tag(vault.conn, f"topic/t{n:04d}")
    env, settings = vault.env, vault.settings
    vault.close()
    db_file = vault_dir / "vault.db"
    raw = bytearray(db_file.read_bytes())
    assert len(raw) > 8 * 4096
    raw[-4096 + 200] ^= 0xFF
    db_file.write_bytes(bytes(raw))
    with Vault.open(vault_dir, "correct horse", env=env, settings=settings, sweep=False) as reopened:
        report = verify_vault(reopened)
    assert "cipher-integrity" in report.kinds()
    assert all(p.subject == "vault.db" for p in report.problems if p.kind in ("cipher-integrity", "db-integrity"))
