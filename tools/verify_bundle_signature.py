#!/usr/bin/env python3
"""Check an Evidence Vault partner bundle without Evidence Vault (docs/verify-a-bundle.md).

Needs only Python 3.9+ and the `cryptography` package. Run it on the folder into which the
decrypted tar was extracted:

    python3 verify_bundle_signature.py BUNDLE_DIR --signing-key KEY

It checks:
  1. manifest.sig: the Ed25519 signature over "evidence-vault bundle manifest v1\\n" followed by
     the exact bytes of manifest.json, by KEY (the sender's signing key as you received it from
     the sender by another channel: base64 or hex). Without --signing-key the key named inside
     the manifest is used, which proves the bundle is intact but NOT who sent it;
  2. SHA256SUMS lists exactly manifest.json and the manifest's files with the manifest's hashes
     (each item's file, then, for a testimony, its later revisions' files: format version 2),
     so `sha256sum -c SHA256SUMS` checks what the signature covers;
  3. the sender's custody events in the manifest: each event's hash recomputed from its content
     (withheld events carry only their hash), each signature, the links between consecutive
     events, and the signed chain head.
Exit status 0 when everything holds, 1 otherwise. Each problem is printed on its own line.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import hashlib
import json
import sys
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

MANIFEST_CONTEXT = b"evidence-vault bundle manifest v1\n"
CUSTODY_CONTEXT = b"evidence-vault custody v1\n"


def say(text: str) -> None:
    sys.stdout.write(text + "\n")


def fingerprint(raw: bytes) -> str:
    digest = hashlib.sha256(b"evidence-vault key:" + raw).hexdigest().upper()[:20]
    return " ".join(digest[i : i + 4] for i in range(0, 20, 4))


def parse_key(text: str) -> bytes:
    text = text.strip()
    try:
        raw = bytes.fromhex(text) if len(text) == 64 else base64.b64decode(text, validate=True)
    except (ValueError, binascii.Error):
        raise SystemExit("the signing key must be 32 bytes in base64 or hex") from None
    if len(raw) != 32:
        raise SystemExit("the signing key must be 32 bytes in base64 or hex")
    return raw


def signed(key: Ed25519PublicKey, message: bytes, signature_b64: str) -> bool:
    try:
        key.verify(base64.b64decode(signature_b64, validate=True), message)
    except (InvalidSignature, ValueError, binascii.Error):
        return False
    return True


def event_hash(ev: dict[str, Any]) -> str:
    doc = {k: ev[k] for k in ("seq", "time", "actor", "device", "action", "subject", "details", "prev_hash")}
    doc["v"] = 1
    canonical = json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    return hashlib.sha256(canonical).hexdigest()


def check_custody(manifest: dict[str, Any], key: Ed25519PublicKey) -> list[str]:
    problems = []
    head = manifest.get("chain_head", {})
    if not signed(key, CUSTODY_CONTEXT + str(head.get("hash", "")).encode("ascii"), str(head.get("signature", ""))):
        problems.append("chain head: signature does not verify")
    previous: dict[str, Any] | None = None
    for ev in manifest.get("custody", []):
        seq = ev.get("seq")
        try:
            if not ev.get("withheld") and event_hash(ev) != ev["hash"]:
                problems.append(f"custody event {seq}: content does not match its hash")
        except (KeyError, TypeError):
            problems.append(f"custody event {seq}: malformed")
            continue
        if not signed(key, CUSTODY_CONTEXT + str(ev["hash"]).encode("ascii"), str(ev.get("signature", ""))):
            problems.append(f"custody event {seq}: signature does not verify")
        if previous is not None and seq == previous["seq"] + 1 and ev.get("prev_hash") != previous["hash"]:
            problems.append(f"custody event {seq}: does not chain to event {seq - 1}")
        if seq == head.get("seq") and ev["hash"] != head.get("hash"):
            problems.append(f"custody event {seq}: is not the signed chain head")
        previous = ev
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Verify an extracted Evidence Vault bundle's signature and lists.")
    ap.add_argument("folder", type=Path, help="where the decrypted tar was extracted")
    ap.add_argument("--signing-key", help="the sender's Ed25519 public key (base64 or hex), obtained from the sender")
    args = ap.parse_args(argv)
    manifest_bytes = (args.folder / "manifest.json").read_bytes()
    sig = (args.folder / "manifest.sig").read_bytes().strip().decode("ascii", "replace")
    manifest = json.loads(manifest_bytes.decode("utf-8"))
    named = parse_key(manifest["sender"]["signing_key"])
    raw = parse_key(args.signing_key) if args.signing_key else named
    if not args.signing_key:
        say("WARNING: no --signing-key given; using the key named in the manifest (proves integrity, not origin)")
    key = Ed25519PublicKey.from_public_bytes(raw)
    problems = []
    if not signed(key, MANIFEST_CONTEXT + manifest_bytes, sig):
        problems.append("manifest.sig: the signature does not verify with this key")
    if named != raw:
        problems.append("the manifest names another sender key than the one given")
    lines = [f"{hashlib.sha256(manifest_bytes).hexdigest()}  manifest.json"]
    for item in manifest.get("items", []):
        if item.get("file"):
            lines.append(f"{item['sha256']}  {item['file']}")
            # Version 2: revision 1 is the item's own file; later revisions have their own.
            lines += [f"{r['sha256']}  {r['file']}" for r in item.get("revisions", [])[1:]]
    sums = (args.folder / "SHA256SUMS").read_text(encoding="utf-8")
    if sums != "".join(line + "\n" for line in lines):
        problems.append("SHA256SUMS does not list exactly the manifest's files and hashes")
    problems += check_custody(manifest, key)
    for p in problems:
        say(f"FAIL: {p}")
    if problems:
        return 1
    files = len(lines) - 1
    say(
        f"OK: manifest signed by {fingerprint(raw)}; {files} files listed in SHA256SUMS; "
        f"{len(manifest.get('custody', []))} custody events verified"
    )
    say("Now run: sha256sum -c SHA256SUMS  (in the same folder)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
