"""What a sender may do: update what it sent before (a new revision of its own testimony, a new
chronology entry and a new item in its own case), each update logged here with its fingerprint;
its revisions keep its actor and time as claims, received at this vault's time."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.support.hostile_partner import build_world, own_item_rows, owned_by
from vault import keys
from vault.bundle import export_bundle, import_bundle
from vault.cases import add_case_event
from vault.testimony import add_testimony, revise_testimony, revisions
from vault.verify import verify_vault


def test_a_sender_updates_only_its_own_records_each_update_naming_it(make_vault: Any, tmp_path: Path) -> None:
    w = build_world(make_vault, tmp_path)
    fp = keys.public_identity(w.s).fingerprint
    s_items_at_r = owned_by(w.r, w.s.vault_id)
    local = next(
        i
        for i in s_items_at_r
        if w.r.conn.execute("SELECT kind FROM items WHERE id = ?", (i,)).fetchone() == ("testimony",)
    )
    own = {i: own_item_rows(w.r, i) for i in (w.r_testimony, w.r_photo)}
    last = w.r.custody.head().seq  # type: ignore[union-attr]
    revise_testimony(w.s, w.s_testimony, revisions(w.s, w.s_testimony)[-1].text + " Қосымша: түнде.")
    claimed = revisions(w.s, w.s_testimony)[-1]
    add_case_event(w.s, w.s_case, "2024-02-20", "Апелляция подана", kind="complaint")
    add_testimony(w.s, title="Второй рассказ", text="Новый рассказ без имён.", case_id=w.s_case)
    got = import_bundle(w.r, Path(export_bundle(w.s, w.s_case, [w.s_to_r], tmp_path / "2.age").path))
    assert (got.imported, got.revisions, got.not_yours) == (1, 1, [])
    here = revisions(w.r, local)[-1]
    assert (here.rev, here.actor, here.created) == (3, "Sender NGO", claimed.created)  # the sender's claims
    new = [e for e in w.r.custody.events() if e.seq > last]
    assert new and all(e.details.get("sender_fingerprint") == fp for e in new)
    assert all(e.action != "revise" and e.actor == "Receiver NGO" for e in new)  # our own log, our own actor
    rev_event = next(e for e in new if e.details.get("op") == "revision")
    assert (rev_event.subject, rev_event.details["rev"], rev_event.details["claimed_actor"]) == (local, 3, "Sender NGO")
    assert rev_event.details["claimed_time"] == claimed.created and rev_event.time != claimed.created
    case_at_r = next(e.subject for e in new if e.action == "case-event")
    assert case_at_r in owned_by(w.r, w.s.vault_id)  # the chronology entry went into S's own case
    assert w.r.conn.execute(
        "SELECT count(*) FROM case_events WHERE case_id = ? AND text = 'Апелляция подана'", (case_at_r,)
    ).fetchone() == (1,)
    assert {i: own_item_rows(w.r, i) for i in (w.r_testimony, w.r_photo)} == own
    report = verify_vault(w.r)
    assert report.ok, report.to_json()
