"""Red team, a ProofMode bundle from the witness's phone. Found in a partner/public bundle's item
metadata: `proof_files` (this vault's own blob ids, the same in every recipient's copy, so two
recipients could join their copies; file names made of the original photo's SHA-256; hashes of
proof files that stay home, one holding GPS and the device id), the original photo's SHA-256 in
the ProofMode claims (which the bundle otherwise replaces by a salted commitment), and the
phone's own ProofMode key fingerprint, a device id like any other, also printed in the partner
dossier. None of it leaves below `internal` now; `internal` keeps it all."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyrage
import pytest

from tests.support.intake import photo_bytes
from tests.support.leaks import NAME, PSEUDONYM, befriend, pdf_text
from tests.support.provenance import pgp_key, proofmode_zip
from tests.support.vaults import VaultFactory
from vault import keys
from vault.bundle import export_bundle
from vault.cases import add_case
from vault.dossier import build_dossier
from vault.intake import import_paths
from vault.items import get_item
from vault.people import add_person, link_person_to_case
from vault.store import Vault


def _sender(make_vault: VaultFactory, tmp_path: Path) -> tuple[Vault, str, str]:
    v = make_vault(tmp_path / "sender", owner="Sender NGO")
    witness = add_person(v, NAME, pseudonym=PSEUDONYM, protected=True, role="witness")
    case = add_case(v, "Дело 9")
    link_person_to_case(v, case, witness, "witness")
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "proof.zip").write_bytes(proofmode_zip(pgp_key(), photo_bytes((80, 60))))
    photo = next(i.id for i in import_paths(v, [tmp_path / "in"], case_id=case).imported if i.kind == "photo")
    return v, case, photo


def _secrets(v: Vault, photo: str) -> list[str]:
    """What must stay home: blob ids, the original's SHA-256, proof files' hashes, the key."""
    item = get_item(v, photo)
    out = [r[0] for r in v.conn.execute("SELECT id FROM blobs")] + [item.sha256 or ""]
    out += [
        r[0] for r in v.conn.execute("SELECT sha256 FROM blobs WHERE item_id = ? AND purpose != 'original'", (photo,))
    ]
    fingerprint = item.metadata["provenance"][0]["signer"]
    return [s for s in out if s] + [fingerprint, fingerprint[-16:]]


@pytest.mark.parametrize("profile", ["partner", "public"])
def test_proof_bookkeeping_and_the_phone_key_stay_home(make_vault: VaultFactory, tmp_path: Path, profile: str) -> None:
    v, case, photo = _sender(make_vault, tmp_path)
    secrets = _secrets(v, photo)
    assert len(secrets) >= 9
    for who in ("A", "B"):
        r = make_vault(tmp_path / f"r{who}", owner=f"Receiver {who}")
        out = Path(export_bundle(v, case, [befriend(v, r)], tmp_path / f"{who}.age", profile=profile).path)
        plain = pyrage.decrypt(out.read_bytes(), [keys.identity(r)]).decode("utf-8", "ignore").lower()
        assert [s for s in secrets if s.lower() in plain] == []
        assert "proof_files" not in plain and '"proofmode"' in plain  # the verdict itself still travels
    pdf = tmp_path / f"{profile}.pdf"
    build_dossier(v, case, pdf, profile=profile, language="en")
    text = " ".join(pdf_text(pdf).split())
    assert "ProofMode verified" in text and secrets[-1] not in text  # no "key …<fingerprint tail>"


def test_internal_keeps_the_proof(make_vault: VaultFactory, tmp_path: Path) -> None:
    v, case, photo = _sender(make_vault, tmp_path)
    r = make_vault(tmp_path / "r", owner="Receiver")
    out = Path(export_bundle(v, case, [befriend(v, r)], tmp_path / "i.age", profile="internal").path)
    plain = pyrage.decrypt(out.read_bytes(), [keys.identity(r)]).decode("utf-8", "ignore")
    meta = get_item(v, photo).metadata
    assert "proof_files" in plain and meta["provenance"][0]["signer"] in plain
    assert re.search(meta["provenance"][0]["claims"]["sha256"], plain)
    assert json.dumps(meta["proof_files"][0]["blob"]).strip('"') in plain
