"""Partner exchange in the GUI: contacts (own keys shown, partners added, validated, removed),
export of a case to a partner with a preview, and import with an explicit, fingerprint-checked
acceptance of an unknown sender; refusals are shown with their reason and import nothing."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from tests.support.ui_export import TIMEOUT, Session
from ui.dialogs.bundle_export_dialog import BundleExportDialog
from ui.dialogs.bundle_import_dialog import BundleImportDialog
from ui.dialogs.contacts_dialog import ContactsDialog
from ui.worker import Job
from vault import cases, items, keys, testimony
from vault.bundle import export_bundle, import_bundle
from vault.errors import UnknownSender
from vault.store import Vault


def run(qtbot, s: Session, fn):  # type: ignore[no-untyped-def]
    """Run fn(vault) on the GUI's worker and return its result."""
    box: list[object] = []
    job: Job = s.main.worker.submit(lambda j: fn(j.vault))
    job.finished.connect(box.append)
    with qtbot.waitSignal(job.finished, timeout=TIMEOUT):
        pass
    return box[0]


def add_partner(qtbot, dlg: ContactsDialog, name: str, partner: Vault) -> None:
    me = keys.public_identity(partner)
    dlg.name.setText(name)
    dlg.new_recipient.setText(me.recipient)
    dlg.new_signing_key.setText(me.signing_key)
    with qtbot.waitSignal(dlg.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(dlg.add_button, Qt.MouseButton.LeftButton)


def test_contacts_show_own_keys_add_validate_remove(qtbot, session: Session, make_vault, monkeypatch) -> None:
    partner = make_vault()
    session.main.exchange.contacts_action.trigger()  # Exchange → Contacts and keys…
    dlg = next(d for d in session.main.findChildren(ContactsDialog) if d.isVisible())
    qtbot.waitUntil(lambda: dlg.identity is not None, timeout=TIMEOUT)
    me = run(qtbot, session, keys.public_identity)
    assert dlg.recipient.text() == me.recipient.strip() and dlg.recipient.text().startswith("age1")
    assert dlg.fingerprint.text() == me.fingerprint and dlg.signing_key.text() == me.signing_key
    qtbot.mouseClick(dlg.copy_buttons["fingerprint"], Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == me.fingerprint
    assert dlg.list.topLevelItemCount() == 0

    dlg.name.setText("Партнёр «Құқық»")
    dlg.new_recipient.setText("not-a-key")
    dlg.new_signing_key.setText("AAAA")
    qtbot.mouseClick(dlg.add_button, Qt.MouseButton.LeftButton)
    assert "age1" in dlg.message.text()
    dlg.new_recipient.setText(keys.public_identity(partner).recipient)
    qtbot.mouseClick(dlg.add_button, Qt.MouseButton.LeftButton)  # the worker refuses the key
    qtbot.waitUntil(lambda: "32-byte Ed25519" in dlg.message.text(), timeout=TIMEOUT)
    assert dlg.list.topLevelItemCount() == 0 and dlg.add_button.isEnabled()

    add_partner(qtbot, dlg, "Партнёр «Құқық»", partner)
    row = dlg.list.topLevelItem(0)
    assert row.text(0) == "Партнёр «Құқық»" and row.text(1) == keys.public_identity(partner).fingerprint
    assert dlg.name.text() == "" and "fingerprint" in dlg.message.text()

    dlg.list.setCurrentItem(row)
    assert dlg.remove_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dlg.loaded, timeout=TIMEOUT):
        qtbot.mouseClick(dlg.remove_button, Qt.MouseButton.LeftButton)
    assert dlg.list.topLevelItemCount() == 0
    assert run(qtbot, session, keys.list_contacts) == []
    dlg.close()


def test_export_to_partner_with_preview(qtbot, session: Session, make_vault, tmp_path: Path) -> None:
    partner = make_vault()
    p = keys.public_identity(partner)
    contact_id = run(qtbot, session, lambda v: keys.add_contact(v, "Partner NGO", p.recipient, p.signing_key))
    case = session.case("Задержание")
    session.main.navigator.filter_chosen.emit(cases_filter(case.id), "")
    dlg = session.main.exchange.send_bundle()
    qtbot.waitUntil(lambda: dlg.recipients.count() == 1 and dlg.export_button.isEnabled(), timeout=TIMEOUT)
    assert dlg.case_id() == case.id and dlg.profile_name() == "partner"
    review = dlg.review
    titles = [r.cells[0] for m in (review.withheld, review.derived) for r in m.rows()]
    assert len(titles) <= case.items and titles
    assert not any("Нурланов" in t for t in titles)
    assert ("Protected people shown by pseudonym", "1") in [r.cells for r in review.replaced.rows()]
    assert any(r.cells[1].startswith("photo re-encoded from pixels") for r in review.derived.rows())
    assert Path(dlg.path.text()).name == f"Bundle, partner, {date.today().isoformat()} ({case.id[:6]}).age"

    qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
    assert "at least one partner" in dlg.message.text() and not dlg.is_running()
    dlg.set_contact_checked(contact_id)
    out = tmp_path / "to-partner.age"
    dlg.path.setText(str(out))
    with qtbot.waitSignal(dlg.exported, timeout=60_000) as done:
        qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)
        assert dlg.is_running() and dlg.cancel_button.isEnabled()
    result = done.args[0]
    assert out.exists() and result.sha256 in dlg.outcome.text() and result.recipients == [contact_id]
    qtbot.mouseClick(dlg.export_button, Qt.MouseButton.LeftButton)  # same name again: refused calmly
    assert "already exists" in dlg.message.text()
    dlg.close()

    received = import_bundle(partner, out, accept_sender=True, sender_name="Sender")
    assert received.imported == len(result.items) > 0
    texts = [
        testimony.current_text(partner, i) for i in received.items if items.get_item(partner, i).kind == "testimony"
    ]
    assert texts and not any("Нурланова" in t or "Нурлановой" in t for t in texts)


def cases_filter(case_id: str):  # type: ignore[no-untyped-def]
    from vault.search import Filters

    return Filters(case_id=case_id)


def partner_bundle(qtbot, s: Session, partner: Vault, out: Path, *, to_gui: bool = True) -> None:
    case_id = cases.add_case(partner, "Іс: бейбіт жиналыс")
    testimony.add_testimony(
        partner,
        title="Куәгердің айғағы",
        text="Бейбіт жиналыс кезінде ұсталды. " * 8000,
        case_id=case_id,
        language="kk",
    )
    contact_ids = []
    if to_gui:
        me = run(qtbot, s, keys.public_identity)
        contact_ids = [keys.add_contact(partner, "GUI vault", me.recipient, me.signing_key)]
    export_bundle(partner, case_id, contact_ids, out, include_self=not to_gui)


def item_count(qtbot, s: Session) -> int:
    return int(run(qtbot, s, lambda v: v.conn.execute("SELECT count(*) FROM items").fetchone()[0]))


def test_import_unknown_sender_then_again_then_tampered(qtbot, session: Session, make_vault, tmp_path: Path) -> None:
    partner = make_vault()
    bundle = tmp_path / "from-partner.age"
    partner_bundle(qtbot, session, partner, bundle)
    before = item_count(qtbot, session)
    dlg = session.main.exchange.import_bundle()
    dlg.path.setText(str(bundle))
    with qtbot.waitSignal(dlg.inspected, timeout=TIMEOUT):
        qtbot.mouseClick(dlg.inspect_button, Qt.MouseButton.LeftButton)
    fp = keys.public_identity(partner).fingerprint
    assert dlg.fields["fingerprint"].text() == fp and dlg.fields["case"].text() == "Іс: бейбіт жиналыс"
    assert dlg.unknown.isVisibleTo(dlg) and fp in dlg.unknown_text.text() and "phone" in dlg.unknown_text.text()
    assert not dlg.import_button.isEnabled()  # not before the fingerprint was compared
    dlg.sender_name.setText("Қазақстан бюросы")
    dlg.compared.setChecked(True)
    assert dlg.import_button.isEnabled()
    with qtbot.waitSignal(dlg.imported, timeout=60_000) as done:
        qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    assert done.args[0].imported == 1 and dlg.outcome.text().startswith("1 imported, 0 already present")
    assert item_count(qtbot, session) == before + 1
    contacts = run(qtbot, session, keys.list_contacts)
    assert [(c.name, c.fingerprint) for c in contacts] == [("Қазақстан бюросы", fp)]

    with qtbot.waitSignal(dlg.inspected, timeout=TIMEOUT):
        dlg.inspect()
    assert dlg.fields["sender"].text() == "Қазақстан бюросы" and not dlg.unknown.isVisibleTo(dlg)
    with qtbot.waitSignal(dlg.imported, timeout=60_000) as again:
        dlg.start()
    assert again.args[0].imported == 0 and again.args[0].already_present == 1
    assert item_count(qtbot, session) == before + 1

    tampered = tmp_path / "tampered.age"
    data = bytearray(bundle.read_bytes())
    data[-40] ^= 0x01
    tampered.write_bytes(bytes(data))
    dlg.path.setText(str(tampered))
    outcome: list[str] = []
    dlg.inspected.connect(lambda _s: outcome.append("inspected"))
    dlg.refused.connect(outcome.append)
    dlg.inspect()  # the text spans several age chunks: the manifest's first chunk is intact
    qtbot.waitUntil(lambda: bool(outcome), timeout=TIMEOUT)
    assert outcome == ["inspected"] and dlg.import_button.isEnabled()
    dlg.start()
    qtbot.waitUntil(lambda: len(outcome) == 2, timeout=60_000)
    reason = outcome[-1]
    assert reason.startswith("The bundle was refused and nothing was imported. Reason: ")
    assert len(reason) > len("The bundle was refused and nothing was imported. Reason: ") + 5
    assert dlg.message.text() == reason and not dlg.is_running() and not dlg.import_button.isEnabled()
    assert item_count(qtbot, session) == before + 1
    dlg.close()


def test_bundle_for_someone_else_is_refused_with_reason(qtbot, session: Session, make_vault, tmp_path: Path) -> None:
    partner = make_vault()
    bundle = tmp_path / "not-for-us.age"
    partner_bundle(qtbot, session, partner, bundle, to_gui=False)
    dlg = BundleImportDialog(session.main.worker, session.main)
    qtbot.addWidget(dlg)
    dlg.path.setText(str(bundle))
    with qtbot.waitSignal(dlg.refused, timeout=TIMEOUT) as refused:
        dlg.inspect()
    assert "nothing was imported" in refused.args[0] and not dlg.import_button.isEnabled()
    dlg._refused(UnknownSender("unknown", "ABCD-1234"))
    assert dlg.unknown.isVisibleTo(dlg) and "ABCD-1234" in dlg.unknown_text.text()


def test_no_contacts_and_no_cases_are_explained(qtbot, session: Session) -> None:
    dlg = BundleExportDialog(session.main.worker, [], None, session.controller.settings, session.main)
    qtbot.addWidget(dlg)
    assert not dlg.export_button.isEnabled() and "no case" in dlg.message.text()
    with qtbot.waitSignal(dlg.contacts_loaded, timeout=TIMEOUT):
        pass
    assert "No partner contacts" in dlg.message.text()


def test_an_unnamed_sender_is_recorded_in_the_interface_language(  # type: ignore[no-untyped-def]
    qtbot, session: Session, make_vault, tmp_path: Path, qapp
) -> None:
    from ui import i18n

    partner = make_vault()
    bundle = tmp_path / "from-partner.age"
    partner_bundle(qtbot, session, partner, bundle)
    dlg = session.main.exchange.import_bundle()
    dlg.path.setText(str(bundle))
    with qtbot.waitSignal(dlg.inspected, timeout=TIMEOUT):
        qtbot.mouseClick(dlg.inspect_button, Qt.MouseButton.LeftButton)
    locale = QLocale()
    assert i18n.install_translators(qapp, "kk") == "kk"
    try:
        dlg.compared.setChecked(True)  # no name typed
        with qtbot.waitSignal(dlg.imported, timeout=60_000):
            qtbot.mouseClick(dlg.import_button, Qt.MouseButton.LeftButton)
    finally:
        i18n.install_translators(qapp, "en")
        QLocale.setDefault(locale)
    fp = keys.public_identity(partner).fingerprint
    assert [c.name for c in run(qtbot, session, keys.list_contacts)] == [f"Жіберуші {fp}"]
    dlg.close()
