"""PAdES baseline B-B signature of a finished dossier, with pyHanko.

Why not the vault's Ed25519 key directly: PAdES with EdDSA (RFC 8419) is not what Adobe Reader or
poppler's pdfsig (NSS) verify reliably, and an official must be able to check the dossier with the
tools on their desk. So the PDF is signed with an ECDSA P-256 key derived deterministically (HKDF)
from the vault's Ed25519 seed: nothing new is stored, the same vault always has the same signing
key, and it cannot be derived without the vault's secret. The binding to the vault that partners
know by its fingerprint is twofold: the self-issued certificate's subject names the fingerprint,
and the certificate's SHA-256 goes into the dossier's `export` custody event, which the vault's
Ed25519 chain signs.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import BinaryIO

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.x509.oid import NameOID

from ..errors import IntegrityError
from ..store import Vault

_P256_ORDER = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551
FIELD_NAME = "EvidenceVault"


@dataclass(frozen=True)
class SigningIdentity:
    key: ec.EllipticCurvePrivateKey
    cert: x509.Certificate
    fingerprint: str

    @property
    def cert_der(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.DER)

    @property
    def cert_sha256(self) -> str:
        return hashlib.sha256(self.cert_der).hexdigest()


def derive_key(ed25519_seed: bytes) -> ec.EllipticCurvePrivateKey:
    """The vault's PAdES key: HKDF-SHA256 of the Ed25519 seed, reduced into [1, n-1]."""
    okm = HKDF(hashes.SHA256(), 48, None, b"evidence-vault pades-p256 v1").derive(ed25519_seed)
    scalar = int.from_bytes(okm, "big") % (_P256_ORDER - 1) + 1  # 48 bytes: negligible bias
    return ec.derive_private_key(scalar, ec.SECP256R1())


def signing_identity(vault: Vault) -> SigningIdentity:
    """The derived key and a self-issued certificate naming the vault fingerprint. The certificate
    is deterministic too (fixed validity, serial from the key, RFC 6979 ECDSA), so
    two dossiers of one vault carry the same certificate and the same certificate hash."""
    from ..keys import public_identity

    fp = public_identity(vault).fingerprint
    key = derive_key(vault.secret("signing_key"))
    # Only the fingerprint: the owner's name may be a person's, and a partner or public edition
    # must not carry it in a place the Redactor never sees.
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, f"Evidence Vault {fp}"),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, f"vault fingerprint {fp}"),
        ]
    )
    pub_der = key.public_key().public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    serial = int.from_bytes(hashlib.sha256(pub_der).digest()[:16], "big") >> 1
    start = datetime(2020, 1, 1, tzinfo=UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(serial)
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=365 * 80))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .sign(key, hashes.SHA256(), ecdsa_deterministic=True)  # RFC 6979: the same bytes every time
    )
    return SigningIdentity(key, cert, fp)


def sign_file(
    src: BinaryIO, dst: BinaryIO, ident: SigningIdentity, *, password: str | None = None, reason: str = ""
) -> None:
    """Append a PAdES B-B signature to the PDF `src` (an incremental update), writing it to `dst`
    (readable and seekable: pyHanko renders straight into it; given a write-only one it would
    build the whole signed file in a BytesIO first, 300 MB of originals in memory). The source is
    read in chunks by pyHanko, so a large dossier is not held in memory.
    An encrypted source needs its password (the signature update is encrypted with it too)."""
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.sign.signers.pdf_cms import SimpleSigner
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    key_der = ident.key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    cert = asn1_x509.Certificate.load(ident.cert_der)
    signer = SimpleSigner(
        signing_cert=cert,
        signing_key=asn1_keys.PrivateKeyInfo.load(key_der),
        cert_registry=SimpleCertificateStore.from_certs([cert]),
    )
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        subfilter=fields.SigSeedSubFilter.PADES,
        md_algorithm="sha256",
        reason=reason or None,
        name=f"Evidence Vault {ident.fingerprint}",
    )
    w = IncrementalPdfFileWriter(src, strict=False)
    # pyHanko would stamp "pyHanko" into Info/XMP and rewrite the XMP (ModifyDate, Producer):
    # that breaks the XMP allow-list and PDF/A's Info/XMP agreement. The signature needs neither.
    w._update_meta = lambda: None  # type: ignore[method-assign]
    if w.security_handler is not None:
        if password is None:
            raise IntegrityError("the dossier is encrypted; signing needs its password")
        w.encrypt(password)
    fields.append_signature_field(w, fields.SigFieldSpec(FIELD_NAME, box=None))
    pdf_signer = signers.PdfSigner(meta, signer=signer)
    pdf_signer.sign_pdf(w, output=dst)
