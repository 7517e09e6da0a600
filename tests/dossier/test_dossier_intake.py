"""End to end through the real intake pipeline and the demo vault: intake-shaped metadata
(taken, camera.serial, gps) is handled per profile."""

from __future__ import annotations

from pathlib import Path

import pikepdf

from tests.support.dossier import WITNESS_STEMS, assert_absent, jpeg_markers, pdftotext, photo_bytes
from vault import cases, people
from vault.dossier import build_dossier
from vault.intake import import_paths
from vault.redaction import sanitize_metadata
from vault.store import Vault


def test_intake_metadata_is_sanitised_per_profile() -> None:
    meta = {
        "taken": "2026:03:17 10:05:00",
        "camera": {"make": "M", "model": "Phone 1", "serial": "SN-1", "lens": "L"},
        "gps": {"lat": 43.2, "lon": 76.9, "alt": 800.0},
        "orientation": 6,
    }
    partner = sanitize_metadata(meta, "partner")
    assert partner == {
        "taken": "2026:03:17 10:05:00",
        "camera": {"make": "M", "model": "Phone 1", "lens": "L"},
        "orientation": 6,
    }


def test_imported_photo_in_a_partner_dossier(vault: Vault, tmp_path: Path) -> None:
    case_id = cases.add_case(vault, "Case of Aigul Nurlanova")
    witness = people.add_person(vault, "Aigul Nurlanova", protected=True, role="witness", aliases=["Айгуль Нурланова"])
    people.link_person_to_case(vault, case_id, witness, "witness")
    src = tmp_path / "src"
    src.mkdir()
    (src / "aigul-nurlanova.jpg").write_bytes(photo_bytes(comment=b"Aigul Nurlanova"))
    report = import_paths(vault, [src / "aigul-nurlanova.jpg"], case_id=case_id)
    assert len(report.imported) == 1
    out = tmp_path / "d.pdf"
    build_dossier(vault, case_id, out, profile="partner", language="en")
    assert_absent(out, WITNESS_STEMS)
    text = pdftotext(out)
    assert "Camera: Phone 1" in text and "Taken: 2026-03-17 10:05:00" in text
    with pikepdf.open(out) as pdf:
        images = [
            o.read_raw_bytes() for o in pdf.objects if isinstance(o, pikepdf.Stream) and o.get("/Subtype") == "/Image"
        ]
    assert len(images) == 1 and not set(jpeg_markers(images[0])) & {0xE1, 0xE2, 0xFE}
    assert b"SN-4471" not in images[0]


def test_demo_vault_dossiers(tmp_path: Path) -> None:
    from tests.support.vaults import TEST_SETTINGS
    from vault.demo import create_demo_vault

    create_demo_vault(tmp_path / "demo", "pw", settings=TEST_SETTINGS)
    with Vault.open(tmp_path / "demo", "pw", settings=TEST_SETTINGS) as v:
        first = cases.list_cases(v)[0]
        build_dossier(v, first.id, tmp_path / "public.pdf", profile="public", language="ru")
        build_dossier(v, first.id, tmp_path / "internal.pdf", profile="internal", language="ru")
    assert_absent(tmp_path / "public.pdf", ("нурланов", "nurlanov", "айгуль", "aigul"))
    assert "Свидетель А" in pdftotext(tmp_path / "public.pdf")
    assert "Айгуль Нурланова" in pdftotext(tmp_path / "internal.pdf")
