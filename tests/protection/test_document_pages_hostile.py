"""A hostile or broken PDF costs its own item, never the export: when PDFium's child gives up
(limit, timeout, crash) while reading the facts or rendering a page, or renders fewer pages than
it read, the document is withheld ("could not be read completely") and the bundle still goes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from tests.support import doc_pages as dp
from tests.support.bundles import befriend, decrypt_tar, tar_members
from tests.support.vaults import VaultFactory
from vault.bundle import export_bundle
from vault.cases import add_case
from vault.documents import render as render_mod
from vault.exports import reasons as rs
from vault.intake import import_paths
from vault.intake.sandbox import TOO_HARD, PdfSandbox
from vault.store import Vault


def _case(make_vault: VaultFactory, tmp_path: Path) -> tuple[Vault, str, str]:
    vault = make_vault(tmp_path / "v")
    case = add_case(vault, "Дело 9")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "record.pdf").write_bytes(dp.clean_pdf())
    (folder / "note.txt").write_text("Заметка", encoding="utf-8")
    report = import_paths(vault, [folder], case_id=case)
    return vault, case, next(i.id for i in report.imported if i.path.endswith(".pdf"))


def _export(vault: Vault, case: str, make_vault: VaultFactory, tmp_path: Path) -> dict[str, Any]:
    receiver = make_vault(tmp_path / "r")
    out = tmp_path / "b.age"
    export_bundle(vault, case, [befriend(vault, receiver)], out, profile="partner")
    members = tar_members(decrypt_tar(receiver, out))
    assert not any(name.endswith(".png") for name in members)
    doc: dict[str, Any] = next(
        i
        for i in json.loads(members["manifest.json"])["items"]
        if i["kind"] == "document" and i["mime"] != "text/plain"
    )
    return doc


@pytest.mark.parametrize("op", ["facts", "render"])
def test_a_child_that_gives_up_withholds_the_item(
    make_vault: VaultFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, op: str
) -> None:
    vault, case, _ = _case(make_vault, tmp_path)
    real = PdfSandbox.call

    def call(self: PdfSandbox, name: str, *args: Any, **kw: Any) -> Any:
        return TOO_HARD if name == op else real(self, name, *args, **kw)

    monkeypatch.setattr(PdfSandbox, "call", call)
    doc = _export(vault, case, make_vault, tmp_path)
    assert doc["content"] == "withheld" and doc["file"] is None
    assert doc["derivation"] == rs.REASON_TEXT[rs.NOT_READ_COMPLETELY]


def test_a_page_missing_from_the_rendering_withholds_the_item(
    make_vault: VaultFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Never some of the pages: one page that does not decode keeps the whole document home."""
    vault, case, _ = _case(make_vault, tmp_path)
    real = render_mod._reencode
    seen: list[int] = []

    def flaky(item: Any, max_side: int, fmt: str) -> bytes | None:
        seen.append(1)
        return None if len(seen) == 2 else real(item, max_side, fmt)

    monkeypatch.setattr(render_mod, "_reencode", flaky)
    doc = _export(vault, case, make_vault, tmp_path)
    assert doc["content"] == "withheld" and doc["derivation"] == rs.REASON_TEXT[rs.NOT_READ_COMPLETELY]


def test_a_received_manifest_with_odd_page_files_is_refused(make_vault: VaultFactory, tmp_path: Path) -> None:
    """Pages 2..N must sit at their fixed paths, once each, on a derived item whose file is page 1."""
    from vault.bundle import manifest as mf
    from vault.errors import BundleRejected

    vault, case, _ = _case(make_vault, tmp_path)
    receiver = make_vault(tmp_path / "r")
    out = tmp_path / "b.age"
    export_bundle(vault, case, [befriend(vault, receiver)], out, profile="partner")
    raw = tar_members(decrypt_tar(receiver, out))["manifest.json"]
    assert len([f for f in mf.parse(raw).entries() if f.page]) == 2

    def edited(change: Any) -> bytes:
        doc = json.loads(raw)
        item = next(i for i in doc["items"] if i.get("pages"))
        change(item)
        return json.dumps(doc, ensure_ascii=False).encode()

    edits = [
        lambda i: i["pages"][0].update(file=i["pages"][0]["file"].replace("page-002", "../page-002")),
        lambda i: i["pages"][1].update(file=i["pages"][0]["file"]),
        lambda i: i.update(file=i["file"].replace("page-001.png", "record.png")),
        lambda i: i.update(content="original"),
    ]
    for change in edits:
        with pytest.raises(BundleRejected):
            mf.parse(edited(change))
