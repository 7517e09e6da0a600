"""`dossier --sign`: a PAdES B-B signature that poppler's pdfsig and pyHanko accept, that both
reject after a one-byte change, with a certificate that names the vault fingerprint; recorded in
the custody log (SHA-256, profile, signature status, certificate hash)."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from tests.support.dossier import build_case
from tests.support.signed import PASSWORD, dossier, flip_byte_inside_signed_range, pdfsig, pyhanko_status
from tests.support.vaults import VaultFactory
from vault.cli.main import main
from vault.dossier.sign import derive_key, signing_identity
from vault.keys import public_identity
from vault.store import Vault


def test_signed_dossier_validates_in_pdfsig_and_pyhanko(make_vault: VaultFactory, tmp_path: Path) -> None:
    v = make_vault(owner="Қазақстан құқық қорғау бюросы")
    fx = build_case(v)
    out = tmp_path / "signed.pdf"
    res = dossier(v, fx.case_id, out, sign=True)
    assert res.signed and res.pdfa
    fp = public_identity(v).fingerprint
    text = pdfsig(out)
    assert "Signature is Valid" in text, text
    assert "Total document signed" in text, text
    assert f"Common Name: Evidence Vault {fp}" in text  # the signer is named by the vault fingerprint
    assert "Қазақстан" not in text  # the owner's name is not in the certificate
    assert "Certificate issuer is unknown" in text or "Certificate Validation: Certificate" in text
    intact, valid, coverage = pyhanko_status(out)
    assert intact and valid
    assert "ENTIRE_FILE" in coverage
    # the custody log records the file's hash, profile and signature, bound to the certificate
    ev = [e for e in v.custody.events(fx.case_id) if e.action == "export"][-1]
    assert ev.details["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest() == res.sha256
    assert ev.details["profile"] == "internal" and ev.details["signed"] is True
    ident = signing_identity(v)
    assert ev.details["signature"]["cert_sha256"] == ident.cert_sha256
    # the same certificate is embedded in the CMS (hex in /Contents)
    assert ident.cert_der.hex().encode() in out.read_bytes().lower()


def test_one_changed_byte_breaks_the_signature(make_vault: VaultFactory, tmp_path: Path) -> None:
    v = make_vault()
    fx = build_case(v)
    out = tmp_path / "signed.pdf"
    dossier(v, fx.case_id, out, sign=True, profile="partner")
    changed = flip_byte_inside_signed_range(out)
    text = pdfsig(changed)
    assert "Signature is Valid" not in text
    assert "Digest Mismatch" in text or "Invalid" in text, text
    intact, valid, _ = pyhanko_status(changed)
    assert not intact and not valid


def test_password_and_signature_together(make_vault: VaultFactory, tmp_path: Path) -> None:
    v = make_vault()
    fx = build_case(v)
    out = tmp_path / "locked.pdf"
    res = dossier(v, fx.case_id, out, sign=True, password=PASSWORD)
    assert res.signed and not res.pdfa  # PDF/A forbids encryption
    text = pdfsig(out, PASSWORD)
    assert "Signature is Valid" in text, text
    intact, valid, _ = pyhanko_status(out, PASSWORD)
    assert intact and valid
    import pikepdf

    with pikepdf.open(out, password=PASSWORD) as pdf:
        assert pdf.is_encrypted and pdf.encryption.R == 6
        assert "/Metadata" not in pdf.Root
    changed = flip_byte_inside_signed_range(out)
    assert "Signature is Valid" not in pdfsig(changed, PASSWORD)


def test_signing_key_is_derived_and_stable(make_vault: VaultFactory) -> None:
    a, b = make_vault(), make_vault()
    ia, ia2, ib = signing_identity(a), signing_identity(a), signing_identity(b)
    assert ia.cert_sha256 == ia2.cert_sha256  # deterministic: same vault, same certificate
    assert ia.cert_sha256 != ib.cert_sha256
    assert derive_key(a.secret("signing_key")).private_numbers() == ia.key.private_numbers()
    fp = public_identity(a).fingerprint
    subject = ia.cert.subject.rfc4514_string()
    assert subject == f"OU=vault fingerprint {fp},CN=Evidence Vault {fp}"  # nothing but the fingerprint


def test_cli_sign_flag(vault: Vault, vault_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    fx = build_case(vault)
    vault.close()
    (tmp_path / "pass").write_text("correct horse\n", encoding="utf-8")
    out = tmp_path / "cli.pdf"
    code = main(
        [
            "--vault",
            str(vault_dir),
            "--passphrase-file",
            str(tmp_path / "pass"),
            "dossier",
            fx.case_id,
            "--out",
            str(out),
            "--profile",
            "partner",
            "--sign",
            "--json",
        ]
    )
    assert code == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["signed"] is True and doc["pdfa"] is True
    assert doc["attachments"] == ["hash-list.csv", "custody.json"]
    assert doc["sha256"] == hashlib.sha256(out.read_bytes()).hexdigest()
    assert "Signature is Valid" in pdfsig(out)


def test_a_failed_signature_leaves_no_dossier_and_no_unsigned_copy(
    make_vault: VaultFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from vault.dossier import sign as sign_module

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("the signer failed half-way")

    v = make_vault()
    fx = build_case(v)
    monkeypatch.setattr(sign_module, "sign_file", broken)
    out_dir = tmp_path / "exports"
    out_dir.mkdir()
    with pytest.raises(RuntimeError):
        dossier(v, fx.case_id, out_dir / "signed.pdf", sign=True)
    assert list(out_dir.iterdir()) == []  # no dossier, no partial, no unsigned scratch
    assert not [e for e in v.custody.events(fx.case_id) if e.action == "export"]
