"""Attachments: under internal the originals (AFRelationship /Source), a hash list CSV and the
custody JSON, listed by pdfdetach, with extracted bytes equal to the intake hashes; streamed
without holding an original in memory; under partner/public only the hash list and custody
lines the profile allows, and no original."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import tracemalloc
from pathlib import Path

import pikepdf
import pytest

from tests.support.dossier import WITNESS_FORMS, add_item, build_case
from tests.support.signed import dossier, pdfsig, run
from tests.support.vaults import VaultFactory
from vault import items
from vault.errors import Cancelled


def _detach_all(pdf: Path, into: Path) -> dict[str, bytes]:
    into.mkdir()
    p = run("pdfdetach", "-saveall", "-o", str(into), str(pdf))
    assert p.returncode == 0, p.stderr
    return {f.name: f.read_bytes() for f in into.iterdir()}


def test_internal_dossier_carries_originals_hash_list_and_custody(make_vault: VaultFactory, tmp_path: Path) -> None:
    v = make_vault(owner="Бюро")
    fx = build_case(v)
    out = tmp_path / "internal.pdf"
    res = dossier(v, fx.case_id, out, sign=True)
    assert "Signature is Valid" in pdfsig(out)  # signing after the streamed update keeps it valid
    listing = run("pdfdetach", "-list", str(out)).stdout
    assert "hash-list.csv" in listing and "custody.json" in listing
    files = _detach_all(out, tmp_path / "x")
    assert set(res.attachments) == set(files)
    all_rows = list(csv.DictReader(io.StringIO(files["hash-list.csv"].decode("utf-8"))))
    rows = [r for r in all_rows if r["sha1"]]  # testimonies: the first revision's SHA-256 only, no file
    assert {r["file"][:11] for r in all_rows if not r["sha1"]} == {f"exhibit-00{n}" for n in (1, 2, 3)}
    with_blob = [it for it in items.list_items(v, case_id=fx.case_id) if items.blob_of(v, it.id)]
    assert len(rows) == len(with_blob) and with_blob
    for row in rows:
        data = files[row["file"]]  # every listed original is attached under that name
        assert hashlib.sha256(data).hexdigest() == row["sha256"]
        assert hashlib.sha1(data, usedforsecurity=False).hexdigest() == row["sha1"]
        assert hashlib.md5(data, usedforsecurity=False).hexdigest() == row["md5"]
        assert int(row["size"]) == len(data) and row["custody_seq"] and row["intake_time"]
    intake = {it.sha256 for it in with_blob}
    assert {r["sha256"] for r in rows} == intake  # extracted bytes equal the intake hashes
    doc = json.loads(files["custody.json"])
    assert {e["action"] for e in doc["events"]} >= {"import"}
    assert all("signature" in e and "prev_hash" in e for e in doc["events"])
    with pikepdf.open(out) as pdf:
        rels = {str(s.get("/AFRelationship")) for s in pdf.Root.AF}
        assert rels == {"/Source", "/Data"}
        for spec in pdf.Root.AF:
            assert "/Subtype" in spec.EF.F and "/Params" in spec.EF.F


def test_partner_and_public_carry_no_originals(make_vault: VaultFactory, tmp_path: Path) -> None:
    v = make_vault()
    fx = build_case(v)
    originals = {it.sha256 for it in items.list_items(v, case_id=fx.case_id) if it.sha256}
    for profile in ("partner", "public"):
        out = tmp_path / f"{profile}.pdf"
        res = dossier(v, fx.case_id, out, profile=profile)
        assert res.attachments == ["hash-list.csv", "custody.json"]
        files = _detach_all(out, tmp_path / profile)
        assert set(files) == {"hash-list.csv", "custody.json"}
        text = b"".join(files.values()).decode("utf-8")
        assert not any(h in text for h in originals)  # commitments, never the original's hash
        assert not any(form in text for form in WITNESS_FORMS)
        rows = list(csv.DictReader(io.StringIO(files["hash-list.csv"].decode("utf-8"))))
        assert rows and all(r["commitment"] and not r["sha1"] and not r["md5"] for r in rows)
        doc = json.loads(files["custody.json"])
        assert doc["case"] == "" and not {"export", "view", "receive"} & {e["action"] for e in doc["events"]}


def test_originals_stream_without_being_held_in_memory(make_vault: VaultFactory, tmp_path: Path) -> None:
    v = make_vault()
    fx = build_case(v)
    big = os.urandom(1 << 20) * 24  # 24 MiB, incompressible per MiB
    item = add_item(v, fx.case_id, "video", big, title="Видео задержания", original_name="видео.mp4", mime="video/mp4")
    out = tmp_path / "big.pdf"
    tracemalloc.start()
    try:
        dossier(v, fx.case_id, out)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 12 * (1 << 20), peak  # layout itself takes ~8 MiB; the 24 MiB original is never held
    files = _detach_all(out, tmp_path / "x")
    name = next(n for n in files if n.endswith("видео.mp4"))
    assert hashlib.sha256(files[name]).hexdigest() == items.get_item(v, item).sha256


def test_cancel_while_attaching_leaves_nothing(make_vault: VaultFactory, tmp_path: Path) -> None:
    v = make_vault()
    fx = build_case(v)
    head = v.custody.head()
    seen: list[str] = []

    def progress(_done: int, _total: int, stage: str) -> None:
        seen.append(stage)

    out = tmp_path / "c.pdf"
    with pytest.raises(Cancelled):
        dossier(v, fx.case_id, out, on_progress=progress, should_cancel=lambda: "attach" in seen or "write" in seen)
    assert "write" in seen
    assert list(tmp_path.glob("c.pdf*")) == [] and v.custody.head() == head  # no file, no partial, no event
