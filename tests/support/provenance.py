"""Proof made in the test: C2PA manifests signed with a throw-away ES256 chain, ProofMode-format
bundles signed with a throw-away OpenPGP key, Telegram Desktop export folders."""

from __future__ import annotations

import datetime as dt
import io
from typing import Any

import c2pa
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from tests.support.intake import photo_bytes


def _name(cn: str) -> x509.Name:
    return x509.Name([
        x509.NameAttribute(NameOID.COMMON_NAME, cn), x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Test Monitors"),
    ])  # fmt: skip


def cert_chain(signer_cn: str = "Полевая камера") -> tuple[bytes, bytes]:
    """(leaf + root certificates in PEM, leaf private key in PEM): what C2PA signing accepts
    (end-entity with digitalSignature and emailProtection, issued by a CA)."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    key = ec.generate_private_key(ec.SECP256R1())
    ku_ca = x509.KeyUsage(False, False, False, False, False, True, True, False, False)
    ku_leaf = x509.KeyUsage(True, False, False, False, False, False, False, False, False)
    ca = (
        x509.CertificateBuilder().subject_name(_name("Test Root")).issuer_name(_name("Test Root"))
        .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(ku_ca, critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )  # fmt: skip
    leaf = (
        x509.CertificateBuilder().subject_name(_name(signer_cn)).issuer_name(ca.subject)
        .public_key(key.public_key()).serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(ku_leaf, critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )  # fmt: skip
    pem = serialization.Encoding.PEM
    chain = leaf.public_bytes(pem) + ca.public_bytes(pem)
    return chain, key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())


def c2pa_photo(
    *, signer_cn: str = "Полевая камера", remote_url: str | None = None, color: tuple[int, int, int] = (30, 90, 200)
) -> bytes:
    """A JPEG with a C2PA manifest: created at a fixed time, edited once, one ingredient-free claim."""
    chain, key = cert_chain(signer_cn)
    signer = c2pa.Signer.from_info(c2pa.C2paSignerInfo(c2pa.C2paSigningAlg.ES256, chain, key, None))
    manifest: dict[str, Any] = {
        "claim_generator_info": [{"name": "ПолеКам", "version": "2.1"}],
        "title": "Митинг у акимата.jpg",
        "assertions": [{"label": "c2pa.actions", "data": {"actions": [
            {"action": "c2pa.created", "when": "2026-03-01T10:00:00Z",
             "digitalSourceType": "http://cv.iptc.org/newscodes/digitalsourcetype/digitalCapture"},
            {"action": "c2pa.color_adjustments", "when": "2026-03-01T10:05:00Z"},
        ]}}],
    }  # fmt: skip
    builder = c2pa.Builder(manifest)
    if remote_url is not None:
        builder.set_no_embed()
        builder.set_remote_url(remote_url)
    out = io.BytesIO()
    builder.sign(signer, "image/jpeg", io.BytesIO(photo_bytes((160, 120), color=color)), out)
    return out.getvalue()


def flip_after(data: bytes, marker: bytes, offset: int = 40) -> bytes:
    """`data` with one byte changed `offset` bytes after the last `marker`."""
    at = data.rindex(marker) + offset
    return data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1 :]
