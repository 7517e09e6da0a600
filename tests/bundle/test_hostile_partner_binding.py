"""A sender's signing key is bound to its vault id at first acceptance, both ways: no other key
can speak for that vault id, and the key cannot speak for another one. A vault upgraded from
before the binding existed holds earlier senders to what its own signed 'receive' events say."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.support.hostile_partner import World, blob_files, build_world, counts, members, not_senders, repack, split
from vault import keys
from vault.bundle import export_bundle, import_bundle
from vault.cases import add_case
from vault.errors import BundleRejected
from vault.testimony import add_testimony


@pytest.fixture
def world(make_vault: Any, tmp_path: Path) -> World:
    return build_world(make_vault, tmp_path)


def test_first_acceptance_binds_the_key_to_the_vault_id(world: World) -> None:
    w = world
    bound = keys.binding_for_key(w.r, keys.public_identity(w.s).signing_key)
    assert bound is not None and bound.vault_id == w.s.vault_id
    assert keys.binding_for_vault(w.r, w.c.vault_id).signing_key == keys.public_identity(w.c).signing_key  # type: ignore[union-attr]
    assert keys.binding_for_vault(w.r, w.r.vault_id) is None  # this vault is never a "sender"


def test_a_new_sender_claiming_a_known_contacts_vault_id_is_refused(world: World, make_vault: Any) -> None:
    """A stranger (accepted on the spot) whose manifest names C's vault id: refused, and it does not
    even become a contact."""
    w = world
    n = make_vault(owner="Newcomer")
    pub_r = keys.public_identity(w.r)
    to_r = keys.add_contact(n, "Receiver NGO", pub_r.recipient, pub_r.signing_key)
    case = add_case(n, "Дело новичка")
    add_testimony(n, title="Рассказ", text="Жаңа куәгер айтты.", case_id=case)
    doc, files = split(members(w.r, Path(export_bundle(n, case, [to_r], w.tmp / "n.age").path)))
    doc["sender"]["vault_id"] = w.c.vault_id
    doc["custody"] = [e for e in doc["custody"] if e["seq"] != 1]
    bundle = repack(n, w.r, doc, files, w.tmp / "n-as-c.age")
    before, rows, files_before = counts(w.r), not_senders(w.r, "nobody"), blob_files(w.r)
    with pytest.raises(BundleRejected, match="belongs to another sender"):
        import_bundle(w.r, bundle, accept_sender=True, sender_name="Newcomer")
    assert counts(w.r) == before and not_senders(w.r, "nobody") == rows and blob_files(w.r) == files_before


def test_an_upgraded_vault_checks_earlier_receipts(make_vault: Any, tmp_path: Path) -> None:
    """Without a binding row (a vault from before bindings), the vault's own signed 'receive'
    events still tell which key sent which vault id."""
    w = build_world(make_vault, tmp_path)
    with w.r.transaction() as conn:  # as an upgraded vault looks: receipts logged, no bindings yet
        conn.execute("DROP TRIGGER received_senders_no_delete")
        conn.execute("DELETE FROM received_senders")
    doc, files = split(members(w.r, w.s_bundle))
    doc["sender"]["vault_id"] = w.c.vault_id
    bundle = repack(w.s, w.r, doc, files, tmp_path / "s-as-c.age")
    before = counts(w.r)
    with pytest.raises(BundleRejected, match="an earlier bundle from vault"):
        import_bundle(w.r, bundle)
    assert counts(w.r) == before
    import_bundle(w.r, w.s_bundle)  # the genuine one binds again, as at first acceptance
    assert keys.binding_for_vault(w.r, w.s.vault_id) is not None
