"""Versions of the crypto components, so a partner's IT person can audit a build."""

from __future__ import annotations

from importlib import metadata


def component_versions() -> dict[str, str]:
    out: dict[str, str] = {}
    try:
        from sqlcipher3 import dbapi2

        from .db import scalar

        conn = dbapi2.connect(":memory:")
        out["SQLCipher"] = str(scalar(conn, "PRAGMA cipher_version"))
        out["SQLite"] = str(scalar(conn, "SELECT sqlite_version()"))
        # The crypto library SQLCipher itself was built against (statically, in the wheel).
        conn.execute("PRAGMA key = 'probe'")
        provider = scalar(conn, "PRAGMA cipher_provider")
        provider_version = scalar(conn, "PRAGMA cipher_provider_version")
        if provider is not None and provider_version is not None:
            out["SQLCipher crypto"] = f"{provider} {provider_version}"
        conn.close()
    except Exception:  # noqa: BLE001 - a version report must never crash the program
        out["SQLCipher"] = "unavailable"
    try:
        from cryptography.hazmat.backends.openssl.backend import backend

        out["OpenSSL"] = backend.openssl_version_text().removeprefix("OpenSSL ")
    except Exception:  # noqa: BLE001
        out["OpenSSL"] = "unavailable"
    for dist in ("cryptography", "pyrage"):
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[dist] = "unavailable"
    return out
