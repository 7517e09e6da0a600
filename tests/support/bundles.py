"""Fixtures for the bundle tests: a sender vault with a case, a protected person, a testimony
naming her, a photo with EXIF GPS and a camera serial, a document that names her and one that
does not; generated in code."""

from __future__ import annotations

import io
import json
import re
import tarfile
from dataclasses import dataclass
from pathlib import Path

import pyrage
from PIL import Image

from vault import keys
from vault.cases import add_case
from vault.intake import import_paths
from vault.people import add_person, link_person_to_case
from vault.store import Vault
from vault.testimony import add_testimony

PROTECTED_NAME = "Айгерим Нурланова"
PROTECTED_ALIAS = "Нурлановой"
PSEUDONYM = "Свидетель А"
OPEN_NAME = "Ivan Petrov"
SERIAL = "SN-77341-QZ"
GPS_LAT = (43, 15, 30)

ROOT = Path(__file__).resolve().parents[2]
DOC = ROOT / "docs" / "verify-a-bundle.md"
TOOL = ROOT / "tools" / "verify_bundle_signature.py"


def doc_steps() -> str:
    text = DOC.read_text(encoding="utf-8")
    steps = text.split("## Steps", 1)[1]
    match = re.search(r"```sh\n(.*?)```", steps, re.S)
    assert match, "docs/verify-a-bundle.md lost its shell steps"
    return match.group(1)


def jpeg_with_gps(color: tuple[int, int, int] = (200, 30, 30)) -> bytes:
    im = Image.new("RGB", (64, 48), color)
    exif = Image.Exif()
    exif[0x010F] = "PhoneMaker"
    exif[0x0110] = "Phone X"
    exif_ifd = exif.get_ifd(0x8769)
    exif_ifd[0xA431] = SERIAL  # BodySerialNumber
    exif_ifd[0x9003] = "2024:02:01 10:00:00"
    gps = exif.get_ifd(0x8825)
    gps[1] = "N"
    gps[2] = (43.0, 15.0, 30.0)
    gps[3] = "E"
    gps[4] = (76.0, 57.0, 0.0)
    out = io.BytesIO()
    im.save(out, "JPEG", exif=exif)
    return out.getvalue()


@dataclass
class Sender:
    vault: Vault
    case_id: str
    protected_id: str
    open_id: str
    testimony_id: str
    photo_id: str
    doc_id: str
    secret_doc_id: str


def build_sender(vault: Vault, tmp: Path) -> Sender:
    case_id = add_case(
        vault, "Дело Нурлановой / Case 17", summary=f"Detention of {OPEN_NAME}; witness {PROTECTED_NAME}."
    )
    protected = add_person(
        vault, PROTECTED_NAME, pseudonym=PSEUDONYM, aliases=[PROTECTED_ALIAS], protected=True, role="witness"
    )
    open_person = add_person(vault, OPEN_NAME, role="defender")
    link_person_to_case(vault, case_id, protected, "witness")
    link_person_to_case(vault, case_id, open_person, "defender")
    testimony = add_testimony(
        vault,
        title="Показания свидетеля",
        case_id=case_id,
        language="ru",
        text=f"Я, {PROTECTED_NAME}, видела, как {OPEN_NAME} задержали. "
        f"Сестра {PROTECTED_ALIAS} тоже была там. Қазақша мәтін.",
        people=[(protected, "witness")],
        tags=["violation/arbitrary-detention"],
    )
    src = tmp / "sender-files"
    src.mkdir()
    (src / "arrest-photo.jpg").write_bytes(jpeg_with_gps())
    # Web pages (a messenger's HTML export): documents this program cannot check as text (markup,
    # character references), so below internal they stay home unless a person clears them.
    (src / "court-decision.html").write_text(
        f"<html><body><p>Court decision concerning {OPEN_NAME}.</p><p>Приговор.</p></body></html>\n", encoding="utf-8"
    )
    (src / f"справка {PROTECTED_ALIAS}.html").write_text(
        f"<html><body><p>Medical report of {PROTECTED_NAME}.</p></body></html>\n", encoding="utf-8"
    )
    report = import_paths(vault, [src], case_id=case_id, tags=["evidence/medical"])
    assert not report.rejected, report.rejected
    by_name = {Path(i.path).name: i.id for i in report.imported}
    return Sender(
        vault,
        case_id,
        protected,
        open_person,
        testimony,
        by_name["arrest-photo.jpg"],
        by_name["court-decision.html"],
        by_name[f"справка {PROTECTED_ALIAS}.html"],
    )


def befriend(a: Vault, b: Vault, name: str = "Partner NGO") -> str:
    """Make `b` a contact of `a`; returns the contact id in `a`."""
    pub = keys.public_identity(b)
    return keys.add_contact(a, name, pub.recipient, pub.signing_key)


def decrypt_tar(vault: Vault, bundle: Path) -> bytes:
    return pyrage.decrypt(bundle.read_bytes(), [keys.identity(vault)])


def tar_members(plain: bytes) -> dict[str, bytes]:
    with tarfile.open(fileobj=io.BytesIO(plain), mode="r:") as tar:
        return {m.name: tar.extractfile(m).read() for m in tar.getmembers() if m.isfile()}  # type: ignore[union-attr]


def manifest_of(plain: bytes) -> dict[str, object]:
    return json.loads(tar_members(plain)["manifest.json"])


def state(vault: Vault) -> dict[str, int]:
    """Row counts and blob files: what 'nothing imported' compares."""
    tables = (
        "items",
        "blobs",
        "revisions",
        "cases",
        "people",
        "contacts",
        "received_events",
        "received_refs",
        "custody",
    )
    out = {t: vault.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    out["blob_files"] = sum(1 for p in (vault.path / "blobs").rglob("*") if p.is_file())
    return out
