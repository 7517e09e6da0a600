"""The bundle format, version 2 (docs/verify-a-bundle.md describes it for partners).

    bundle.age = age( tar( manifest.json, manifest.sig, SHA256SUMS, files/<item-id>/<name>...,
                           files/<item-id>/revisions/<NNN>.txt... ) )

- Version 2 adds a testimony's later revisions (manifest.py `MRevision`): revision 1 is the
  item's own file, as in version 1; revision N > 1 is `files/<item-id>/revisions/NNN.txt`.
  Version 1 manifests (no revisions) are still read and imported as before.

- `manifest.json`: UTF-8 JSON (see manifest.py); the signed document.
- `manifest.sig`: base64 of the Ed25519 signature over SIG_CONTEXT + the exact bytes of
  manifest.json, by the sender's signing key (`sender.signing_key` in the manifest, which the
  receiver must match against a key it got from the sender by another channel).
- `SHA256SUMS`: `sha256sum -c` input for manifest.json and every file; it is derived from the
  manifest and must equal its rendering exactly (so it can be trusted once the signature is).
"""

from __future__ import annotations

import base64
import re
import unicodedata

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

FORMAT = "evidence-vault-bundle"
VERSION = 2
READABLE_VERSIONS = (1, 2)
# The signature scheme's version, not the manifest's: unchanged by format version 2 (the
# manifest's own `version` field is inside what is signed).
SIG_CONTEXT = b"evidence-vault bundle manifest v1\n"

MANIFEST = "manifest.json"
SIGNATURE = "manifest.sig"
SUMS = "SHA256SUMS"
FILES_DIR = "files"
REVISIONS_DIR = "revisions"

MAX_NAME_BYTES = 120
_UNSAFE = re.compile(r"[^\w.\- ()+,=@]", re.UNICODE)
ID_RE = re.compile(r"^[0-9a-f]{8,64}$")
SHA_RE = re.compile(r"^[0-9a-f]{64}$")
_EXT = {"testimony": ".txt"}


def sign_manifest(key: Ed25519PrivateKey, manifest: bytes) -> bytes:
    """The contents of manifest.sig."""
    return base64.b64encode(key.sign(SIG_CONTEXT + manifest)) + b"\n"


def signature_ok(public_raw: bytes, manifest: bytes, sig_file: bytes) -> bool:
    try:
        sig = base64.b64decode(sig_file.strip(), validate=True)
        Ed25519PublicKey.from_public_bytes(public_raw).verify(sig, SIG_CONTEXT + manifest)
    except (InvalidSignature, ValueError):
        return False
    return True


def is_safe_name(name: str) -> bool:
    """One path component that every file system and `tar` take as a plain name."""
    return (
        bool(name)
        and name == unicodedata.normalize("NFC", name)
        and not name.startswith((".", "-", " "))
        and not name.endswith((" ", "."))
        and not _UNSAFE.search(name)
        and len(name.encode("utf-8")) <= MAX_NAME_BYTES
    )


def safe_name(
    original: str | None, kind: str, *, jpeg: bool = False, text: bool = False, fallback: str = "file"
) -> str:
    """A file name for the bundle from the (already redacted) original name: base name only,
    characters outside a conservative set replaced, shortened, never empty or hidden. `jpeg` and
    `text` name a derivative (a re-encoded photo, a document's redacted text) by what it is."""
    ext = ".jpg" if jpeg else ".txt" if text else _EXT.get(kind, "") if kind == "testimony" else ""
    if kind == "testimony":
        return "testimony.txt"
    name = unicodedata.normalize("NFC", (original or "").replace("\\", "/").rsplit("/", 1)[-1])
    name = _UNSAFE.sub("_", name).strip(" .-")
    if (jpeg or text) and name:
        name = name.rsplit(".", 1)[0] + ext  # a derivative is a JPEG / text whatever the original was
    if not name:
        name = fallback + ext
    while len(name.encode("utf-8")) > MAX_NAME_BYTES:
        stem, dot, suffix = name.rpartition(".")
        name = (stem[:-1] + dot + suffix) if dot and len(suffix) < 10 and stem else name[:-1]
    name = name.strip(" .-") or fallback + ext
    return name if is_safe_name(name) else fallback + ext


def file_path(item_id: str, name: str) -> str:
    return f"{FILES_DIR}/{item_id}/{name}"


MAX_PAGE_FILES = 1000  # page images of one document a manifest may list


def page_path(item_id: str, page: int) -> str:
    """Where page `page` (1-based) of a document travelling as page images goes."""
    return file_path(item_id, f"page-{page:03d}.png")


def revision_path(item_id: str, rev: int) -> str:
    """Where revision `rev` (> 1) of a testimony travels; revision 1 is the item's own file."""
    return f"{FILES_DIR}/{item_id}/{REVISIONS_DIR}/{rev:03d}.txt"


def path_is_tricky(name: str) -> bool:
    """Absolute, parent-relative, or otherwise not a plain relative path."""
    parts = name.split("/")
    return (
        name.startswith(("/", "\\"))
        or "\\" in name
        or any(p in ("", ".", "..") for p in parts)
        or any(ord(c) < 32 or ord(c) == 127 for c in name)
        or re.match(r"^[A-Za-z]:", name) is not None
    )


def render_sums(entries: list[tuple[str, str]]) -> bytes:
    """`sha256sum` format: '<hex>  <path>' per line."""
    return "".join(f"{sha}  {path}\n" for path, sha in entries).encode("utf-8")
