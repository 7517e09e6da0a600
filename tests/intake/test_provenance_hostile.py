"""Hostile C2PA (issue 18 point 5): the native parser runs in a limited child process; a hang,
a crash or a memory hog costs that file an `unverifiable` verdict, and the import goes on."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support import provenance_hooks as hooks
from tests.support.intake import photo_bytes, write
from tests.support.provenance import c2pa_photo
from vault import items
from vault.intake import import_paths
from vault.provenance import isolate
from vault.provenance.records import show_entries
from vault.store import Vault


def test_a_hanging_crashing_or_greedy_check_is_contained(
    vault: Vault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(isolate, "TARGET", "tests.support.provenance_hooks:hostile_check")
    monkeypatch.setattr(isolate, "TIMEOUT_S", 5.0)
    src = tmp_path / "in"
    marker = b"c2pa\x00"  # what makes a file worth handing to the parser
    for name, extra in (("a-hang.jpg", hooks.HANG), ("b-crash.jpg", hooks.CRASH), ("c-hog.jpg", hooks.HOG)):
        write(src / name, photo_bytes((40, 40), color=(len(name) * 20, 10, 10)) + marker + extra)
    write(src / "d-signed.jpg", c2pa_photo())
    report = import_paths(vault, [src])
    by_name = {Path(i.path).name: i.id for i in report.imported}
    assert len(by_name) == 4
    for name in ("a-hang.jpg", "b-crash.jpg", "c-hog.jpg"):
        [entry] = show_entries(items.get_item(vault, by_name[name]).metadata)
        assert entry["status"] == "unverifiable" and entry["reason"] == isolate.FAILED, name
    [signed] = show_entries(items.get_item(vault, by_name["d-signed.jpg"]).metadata)
    assert signed["status"] == "valid"  # a fresh worker after the failures
