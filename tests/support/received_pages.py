"""A sender vault holding a clean three-page PDF (Russian and Kazakh, different text on each page)
and a bundle of it imported elsewhere: the setting of the received-page-image tests."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from tests.support import doc_pages as dp
from tests.support.bundles import befriend, decrypt_tar, tar_members
from tests.support.vaults import VaultFactory
from vault.bundle import export_bundle, import_bundle
from vault.cases import add_case
from vault.intake import import_paths
from vault.items import get_item
from vault.models import Item
from vault.people import add_person, link_person_to_case
from vault.store import Vault


def sender_with_pdf(make_vault: VaultFactory, tmp_path: Path, pdf: bytes | None = None) -> tuple[Vault, str]:
    vault = make_vault(tmp_path / "sender", owner="Sender NGO")
    case = add_case(vault, "Дело 7")
    witness = add_person(vault, dp.WITNESS, pseudonym=dp.PSEUDONYM, protected=True, role="witness")
    link_person_to_case(vault, case, witness, "witness")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "protokol.pdf").write_bytes(pdf or dp.clean_pdf())
    assert not import_paths(vault, [folder], case_id=case).rejected
    return vault, case


def send(sender: Vault, case: str, to: Vault, out: Path, profile: str = "partner") -> dict[str, Any]:
    """Export to `to` and import there; the manifest's document entry as sent, with "bytes" and
    "shas" of its pages 1..N added."""
    export_bundle(sender, case, [befriend(sender, to)], out, profile=profile)
    members = tar_members(decrypt_tar(to, out))
    doc = next(i for i in json.loads(members["manifest.json"])["items"] if i["kind"] == "document")
    doc["bytes"] = [members[doc["file"]]] + [members[p["file"]] for p in doc.get("pages", [])]
    doc["shas"] = [doc["sha256"]] + [p["sha256"] for p in doc.get("pages", [])]
    import_bundle(to, out, accept_sender=True)
    return dict(doc)


def received_document(vault: Vault) -> Item:
    row = vault.conn.execute("SELECT id FROM items WHERE kind = 'document' AND source = 'bundle'").fetchone()
    return get_item(vault, row[0])
