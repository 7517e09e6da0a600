"""Take screenshots of every main screen of the desktop app, offscreen, at 1366x768, with the
demo vault (fictional data). Writes PNGs to docs/screenshots/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [OUT_DIR] [--language ru|kk] [--only A,B]

With --language ru|kk, the interface is in that language and only the screens that show most of
its strings are taken (LANGUAGE_SHOTS), as <lang>-NN-name.png.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["EVIDENCE_VAULT_KDF_TARGET"] = "0"  # demo only: Argon2 at the floor

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QDialog, QWidget  # noqa: E402

from vault.search import Filters  # noqa: E402

SIZE = (1366, 768)
LANGUAGE_SHOTS = {
    "01-unlock",
    "03-main-window",
    "05-custody-history",
    "10-import-results",
    "14-settings",
    "17-dossier-export",
    "18-bundle-export",
    "22-case-overview",
    "24-person-overview",
    "25-unlock-caps-layout",
    "26-create-strength",
    "27-recovery-confirm",
    "28-verify-result",
    "29-export-review-suspects",
}
LANGUAGE = ""
ONLY: set[str] = set()  # --only 17-dossier-export,29-export-review-suspects: write just these


def wait_for(app: QApplication, cond: Callable[[], bool], timeout: float = 30.0) -> None:
    end = time.monotonic() + timeout
    while not cond():
        if time.monotonic() > end:
            raise TimeoutError("screen did not get ready")
        app.processEvents()
        time.sleep(0.01)


def settle(app: QApplication, seconds: float = 0.3) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def shot(app: QApplication, widget: QWidget, out: Path, name: str) -> None:
    if ONLY and name not in ONLY:
        return
    if LANGUAGE:
        if name not in LANGUAGE_SHOTS:
            return
        name = f"{LANGUAGE}-{name}"
    settle(app)
    widget.grab().save(str(out / f"{name}.png"))
    print(f"wrote {out / name}.png")


def exchange_shots(app: QApplication, main: QWidget, out: Path) -> None:
    """Dossier export and its review step (replaced counts; suspects highlighted in context),
    bundle export (what is withheld and why), contacts, About."""
    import base64

    import pyrage
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    from ui.main_window import MainWindow
    from vault import keys, testimony

    assert isinstance(main, MainWindow)
    recipient = str(pyrage.x25519.Identity.generate().to_public())  # a fictional partner's keys
    raw = Ed25519PrivateKey.generate().public_key().public_bytes(Encoding.Raw, PublicFormat.Raw)
    added: list[object] = []
    main.worker.submit(
        lambda j: keys.add_contact(j.vault, "Partner NGO (demo)", recipient, base64.b64encode(raw).decode()),
        done=added.append,
    )
    wait_for(app, lambda: bool(added))
    case_id = next((c.id for c in main.cases if c.title.startswith("Задержание")), main.cases[0].id)
    note = (
        "Соседка Нурлонава (так записано в протоколе) видела, как Армана Сейткали выводили из здания. "
        "Айгуль Нурланова подтвердила это на следующий день."
    )  # fictional; one mention misspelt two letters off (one letter off is replaced like the name)
    main.worker.submit(
        lambda j: testimony.add_testimony(
            j.vault, title="Заметки наблюдателя", case_id=case_id, language="ru", text=note
        ),
        done=added.append,
    )
    wait_for(app, lambda: len(added) == 2)
    main.navigator.filter_chosen.emit(Filters(case_id=case_id), "")
    dossier = main.exchange.export_dossier()
    previewed: list[object] = []
    dossier.preview_ready.connect(previewed.append)
    dossier.prepared_by.setText("Demo monitoring group")
    wait_for(app, lambda: bool(previewed))
    shot(app, dossier, out, "17-dossier-export")
    dossier.resize(*SIZE)
    dossier.review.tabs.setCurrentIndex(3)
    suspects = dossier.review.views["suspects"]
    wait_for(app, lambda: suspects.model().rowCount() > 0)
    suspects.selectRow(
        next(r for r in range(suspects.model().rowCount()) if suspects.model().index(r, 0).data() == "Нурлонава")
    )
    shot(app, dossier, out, "29-export-review-suspects")
    dossier.close()
    bundle = main.exchange.send_bundle()
    wait_for(app, lambda: bundle.recipients.count() > 0 and bundle.export_button.isEnabled())
    bundle.recipients.item(0).setCheckState(Qt.CheckState.Checked)
    bundle.review.tabs.setCurrentIndex(1)
    shot(app, bundle, out, "18-bundle-export")
    bundle.close()
    contacts = main.exchange.contacts()
    wait_for(app, lambda: contacts.list.topLevelItemCount() > 0)
    shot(app, contacts, out, "19-contacts")
    contacts.close()
    about = main.exchange.about()
    shot(app, about, out, "20-about")
    about.close()


def main() -> int:
    global LANGUAGE
    args = sys.argv[1:]
    if "--language" in args:
        at = args.index("--language")
        LANGUAGE = args[at + 1]
        del args[at : at + 2]
    if "--only" in args:
        at = args.index("--only")
        ONLY.update(args[at + 1].split(","))
        del args[at : at + 2]
    out = Path(args[0]) if args else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="ev-shots-"))
    # The demo vault and the files generated for the import screen are fictional, but leave nothing.
    atexit.register(shutil.rmtree, tmp, ignore_errors=True)
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    from ui.app import AppController, load_fonts
    from ui.settings import GuiSettings
    from vault.config import vault_settings
    from vault.demo import create_demo_vault

    vault_dir = tmp / "demo-vault"
    create_demo_vault(vault_dir, "demo passphrase", settings=vault_settings())
    app = QApplication(sys.argv[:1])
    load_fonts()
    from ui.i18n import install_translators

    install_translators(app, LANGUAGE or "en")  # as the app does: dates in the language's format
    controller = AppController(vault_dir, GuiSettings(language=LANGUAGE or "system"), save_settings=False)
    start = controller.start_window
    controller.show()
    shot(app, start, out, "01-unlock")
    import screenshots_start as ss  # scripts/ is on the path: this file runs as a script

    ss.unlock_hints(app, start, out, shot)
    start.unlock_page.passphrase.setText("wrong")
    start.unlock_page.unlock_button.click()
    from ui.format import error_text
    from vault.errors import WrongPassphrase

    wait_for(app, lambda: start.unlock_page.message.text().startswith(error_text(WrongPassphrase())))
    shot(app, start, out, "02-unlock-wrong-passphrase")
    start.unlock_page.passphrase.setText("demo passphrase")
    start.unlock_page.unlock_button.click()
    wait_for(app, lambda: controller.main_window is not None)
    main = controller.main_window
    assert main is not None
    main.resize(*SIZE)
    model = main.items_model
    wait_for(app, lambda: model.rowCount() > 0 and not model.is_loading())
    photo = next(r for r in range(model.rowCount()) if model.row_data(r).kind == "photo")
    main.item_list.view.selectRow(photo)
    wait_for(app, lambda: main.details.item_id != "")
    settle(app, 1.0)  # thumbnails
    shot(app, main, out, "03-main-window")
    main.details.tabs.setCurrentIndex(1)
    shot(app, main, out, "04-tags-and-links")
    ss.custody_shot(app, main, out, shot, wait_for)
    main.item_list.view.selectRow(photo)
    wait_for(app, lambda: main.details.item_id == model.row_data(photo).id)
    main.details.tabs.setCurrentIndex(0)
    main.item_list.search.setText("ивс")  # any case: finds "ИВС" in titles and texts
    wait_for(app, lambda: bool(model.query) and not model.is_loading())
    shot(app, main, out, "06-search-cyrillic")
    main.item_list.search.setText("")
    wait_for(app, lambda: not model.query and not model.is_loading())
    viewers: list[QWidget] = []
    main.viewer_opened.connect(viewers.append)
    for kind, name in (("photo", "07-photo-viewer"), ("document", "08-pdf-viewer"), ("testimony", "09-text-viewer")):
        row = next((r for r in range(model.rowCount()) if model.row_data(r).kind == kind), None)
        if row is None:
            continue
        main.open_item(model.row_data(row).id)
        count = len(viewers)
        wait_for(app, lambda c=count: len(viewers) > c)
        viewers[-1].resize(*SIZE)
        if kind == "photo":
            viewers[-1].viewer.fit()  # type: ignore[attr-defined]
        shot(app, viewers[-1], out, name)
        viewers[-1].close()
    folder = tmp / "to-import"
    folder.mkdir()
    from datetime import UTC, datetime

    from vault.demo_media import photo_jpeg

    for i in range(3):
        taken = datetime(2024, 5, 1, tzinfo=UTC)
        jpeg = photo_jpeg(f"Фото {i}", taken=taken, lat=43.2, lon=76.9, colour=(60, 80 + i * 40, 120))
        (folder / f"IMG_20{i}.jpg").write_bytes(jpeg)
    (folder / "пустой_файл.pdf").write_bytes(b"")
    dlg = main.import_files([folder])
    dlg.start()
    wait_for(app, lambda: not dlg.is_running() and dlg.results.rowCount() > 0)
    shot(app, dlg, out, "10-import-results")
    dlg.close()
    rows = [model.row_data(r) for r in range(model.rowCount())]
    testimony_id = next((r.id for r in rows if r.kind == "testimony"), None)
    openers: list[tuple[str, Callable[[], object]]] = [
        ("11-case-editor", lambda: main.edit_case(main.cases[0].id)),
        ("12-person-editor", lambda: main.edit_person(None)),
    ]
    if testimony_id is not None:  # the list may show only the items just imported
        openers.append(("13-testimony-editor", lambda: main.edit_testimony(testimony_id)))
    for name, opener in openers:
        opener()
        dialogs = [w for w in app.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()]
        settle(app, 0.8)
        shot(app, dialogs[-1], out, name)
        dialogs[-1].close()
    from ui.dialogs.settings_dialog import SettingsDialog

    sd = SettingsDialog(controller.settings, main)
    sd.show()
    shot(app, sd, out, "14-settings")
    sd.close()
    exchange_shots(app, main, out)
    ss.main_window_shots(app, main, out, shot, wait_for)
    from screenshots_cases import case_shots  # scripts/ is on the path: this file runs as a script

    case_shots(app, main, out, shot, wait_for, f"{LANGUAGE}-" if LANGUAGE else "")
    controller.lock()
    wait_for(app, lambda: controller.worker._vault is None and not controller.worker.busy())
    shot(app, start, out, "15-locked")
    ss.create_shots(app, controller, tmp / "new-vault", out, shot, wait_for)
    controller.lock()
    wait_for(app, lambda: controller.worker._vault is None and not controller.worker.busy())
    start.unlock_page.forgot_button.click()
    start.recover_page.key.setText("ABCD-EFGH-JKMN-PQRS-TVWX-YZ23-4567-89AB")
    start.recover_page.show_key.setChecked(True)
    shot(app, start, out, "21-forgot-passphrase")
    ss.welcome_recent(app, start, out, shot, ("/media/usb/Мониторинг-2024", str(Path.home() / "Evidence Vault")))
    controller.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
