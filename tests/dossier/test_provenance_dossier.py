"""The dossier's provenance line per exhibit (issue 18 point 4): everything under internal; under
partner and public no device ids, a coarsened (partner) or no (public) location, and no name of a
hidden person, through the export's Redactor."""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.support.dossier import add_item, build_case, pdftotext, photo_bytes
from vault.dossier import build_dossier
from vault.dossier.provenance_line import provenance_line
from vault.redaction import redactor_for
from vault.store import Vault

PROOFMODE: dict[str, Any] = {
    "kind": "proofmode",
    "status": "valid",
    "signer": "E1FA1B322B6136D0F9527CAD03D60489430FF0D8",
    "claims": {
        "time": "2026-03-14T10:00:07Z",
        "opentimestamps": "present, not verified offline",
        "location": {"Location.Latitude": "43.238949", "Location.Longitude": "76.889709"},
        "device": {"DeviceID": "a1b2c3d4e5f60718", "Manufacturer": "Samsung"},
        "network": {"IPv4": "10.0.0.7"},
    },
}
TELEGRAM: dict[str, Any] = {
    "kind": "telegram",
    "status": "unverifiable",
    "signer": "Айгуль Нурланова",
    "claims": {
        "chat": "Семья Айгуль Нурлановой",
        "sender": "Айгуль Нурланова",
        "date": "2026-03-14T11:00:00",
        "forwarded_from": "Қайрат Серікұлы",
    },
}
C2PA: dict[str, Any] = {
    "kind": "c2pa",
    "status": "invalid",
    "signer": "Полевая камера / Test Monitors",
    "claims": {"claim_generator": "ПолеКам 2.1", "capture_time": "2026-03-14T09:00:00Z"},
}


def _line(vault: Vault, profile: str, language: str = "en", *verdicts: dict[str, Any]) -> str:
    case = build_case(vault)
    return provenance_line({"provenance": list(verdicts)}, redactor_for(vault, case.case_id, profile, language))


def test_internal_shows_everything(vault: Vault) -> None:
    line = _line(vault, "internal", "en", PROOFMODE, TELEGRAM, C2PA)
    assert line.startswith("Provenance: ProofMode verified; key …03D60489430FF0D8")
    assert "43.238949, 76.889709" in line and "a1b2c3d4e5f60718" in line and "OpenTimestamps" in line
    assert "sent by Айгуль Нурланова" in line and "forwarded from Қайрат Серікұлы" in line
    assert "C2PA BROKEN" in line and "signed by Полевая камера" in line


@pytest.mark.parametrize(("profile", "place"), [("partner", "place 43.2, 76.9"), ("public", None)])
def test_partner_and_public_hide_devices_precise_places_and_protected_names(
    vault: Vault, profile: str, place: str | None
) -> None:
    line = _line(vault, profile, "ru", PROOFMODE, TELEGRAM)
    assert line.startswith("Происхождение: ProofMode подтверждено")
    assert "a1b2c3d4e5f60718" not in line and "Samsung" not in line and "10.0.0.7" not in line
    assert "43.238949" not in line and "76.889709" not in line
    if place:
        assert "место 43.2, 76.9" in line
    else:
        assert "место" not in line
    assert "Нурланов" not in line and "Свидетель А" in line  # the protected witness by pseudonym only


def test_no_proof_no_line(vault: Vault) -> None:
    assert _line(vault, "internal", "en") == ""


def test_the_pdf_shows_the_line_under_the_exhibit(vault: Vault, tmp_path: Path) -> None:
    case = build_case(vault)
    add_item(
        vault,
        case.case_id,
        "photo",
        photo_bytes((10, 90, 160)),
        title="Задержание, ProofMode",
        original_name="IMG_1.jpg",
        mime="image/jpeg",
        metadata={"provenance": [PROOFMODE, TELEGRAM]},
    )
    out = tmp_path / "partner.pdf"
    build_dossier(vault, case.case_id, out, profile="partner", language="en")
    text = " ".join(pdftotext(out).split())
    assert "Provenance: ProofMode verified" in text and "place 43.2, 76.9" in text
    assert "a1b2c3d4e5f60718" not in text and "43.238949" not in text and "Нурланов" not in text
    if os.environ.get("EV_SCREENSHOTS"):  # keep the PDF for a person to look at
        shutil.copy(out, Path(os.environ["EV_SCREENSHOTS"]) / "provenance-dossier-partner.pdf")


def test_exported_metadata_loses_device_network_and_precise_place_claims() -> None:
    from vault.redaction import sanitize_metadata

    meta = sanitize_metadata({"provenance": [PROOFMODE]}, "partner")
    claims = meta["provenance"][0]["claims"]
    assert "Location.Latitude" not in claims["location"] and "DeviceID" not in claims["device"]
    assert claims["network"] == {} and claims["device"] == {"Manufacturer": "Samsung"}
