"""Versions of the crypto components, so a partner's IT person can audit a build."""

from __future__ import annotations

from importlib import metadata


def component_versions() -> dict[str, str]:
    out: dict[str, str] = {}
    try:
        from sqlcipher3 import dbapi2

        conn = dbapi2.connect(":memory:")
        out["SQLCipher"] = str(conn.execute("PRAGMA cipher_version").fetchone()[0])
        out["SQLite"] = str(conn.execute("SELECT sqlite_version()").fetchone()[0])
        # The crypto library SQLCipher itself was built against (statically, in the wheel).
        conn.execute("PRAGMA key = 'probe'")
        provider = conn.execute("PRAGMA cipher_provider").fetchone()
        provider_version = conn.execute("PRAGMA cipher_provider_version").fetchone()
        if provider and provider_version:
            out["SQLCipher crypto"] = f"{provider[0]} {provider_version[0]}"
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
