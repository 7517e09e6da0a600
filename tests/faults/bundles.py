"""Bundles for the crash harness: a sender vault with one case, and a bundle of that case made
for each target vault the campaign creates (the target knows the sender as a contact)."""

from __future__ import annotations

import io
from pathlib import Path

from vault import keys
from vault.bundle import export_bundle, import_bundle
from vault.cases import add_case
from vault.intake import import_paths
from vault.store import Vault
from vault.testimony import add_testimony

from .driver import MARKER_PREFIX, SETTINGS

SENDER_PASSPHRASE = "sender passphrase"


def make_sender(path: Path, work: Path) -> tuple[str, list[str]]:
    """A vault with a case of three items (a testimony, a text file, a JPEG). Returns the case id
    and the items' SHA-256s."""
    from PIL import Image

    work.mkdir(parents=True, exist_ok=True)
    (work / "report.txt").write_text(f"Report {MARKER_PREFIX}bundle-text\n", encoding="utf-8")
    out = io.BytesIO()
    Image.new("RGB", (80, 60), (10, 120, 60)).save(out, "JPEG", comment=f"{MARKER_PREFIX}bundle-jpeg".encode())
    (work / "photo.jpg").write_bytes(out.getvalue())
    vault, _ = Vault.create(path, SENDER_PASSPHRASE, settings=SETTINGS)
    with vault:
        case = add_case(vault, f"Case {MARKER_PREFIX}bundle-case")
        add_testimony(vault, title="Witness", text=f"Testimony {MARKER_PREFIX}bundle-testimony\n", case_id=case)
        import_paths(vault, [work], case_id=case)
        shas = [
            r[0]
            for r in vault.conn.execute(
                "SELECT sha256 FROM items WHERE id IN (SELECT item_id FROM item_cases WHERE case_id = ?)", (case,)
            )
        ]
    return case, sorted(shas)


def bundle_for(target: Path, target_passphrase: str, sender: Path, case: str, out: Path) -> None:
    with Vault.open(target, target_passphrase, settings=SETTINGS) as t:
        mine = keys.public_identity(t)
    with Vault.open(sender, SENDER_PASSPHRASE, settings=SETTINGS) as s:
        theirs = keys.public_identity(s)
        contact = keys.add_contact(s, f"target {out.stem}", mine.recipient, mine.signing_key)
        export_bundle(s, case, [contact], out, profile="internal")
    with Vault.open(target, target_passphrase, settings=SETTINGS) as t:
        keys.add_contact(t, "sender", theirs.recipient, theirs.signing_key)


def import_bundle_file(vault: Vault, path: Path) -> dict[str, int]:
    result = import_bundle(vault, path)
    return {"imported": result.imported, "already_present": result.already_present}
