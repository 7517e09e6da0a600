"""ProofMode proof bundles: the zip the app shares (media, `<sha256>.asc`, `<sha256>.proof.json`
and `.proof.csv` with their `.asc`, `pubkey.asc`, optional `.ots` and `.gst`), checked in memory.

What is checked: the media's SHA-256 against the proof's, the detached signatures of the media
and of the proof data against the key shipped in the bundle. The key is not checked against any
outside authority (the fingerprint is recorded so a monitor can compare it with the device's
known key); OpenTimestamps and SafetyNet files are recorded as present and unverified offline.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
from dataclasses import dataclass, field
from typing import Any

from ..textnorm import cut
from .pgp import Key, PgpError, load_key, verify
from .safezip import Member, ZipContents, small_member
from .verdict import INVALID, PROOFMODE, UNVERIFIABLE, VALID, Verdict

_HEX64 = re.compile(r"^([0-9a-f]{64})\.")
_CAP = 300  # characters per claim value, cut between words (a cut name is not recognised)
_GROUPS = {  # proof.json key prefixes → claim group
    "location": ("Location.",),
    "device": ("DeviceID", "Hardware", "Manufacturer", "Model", "ScreenSize", "Wifi MAC"),
    "network": ("Network", "NetworkType", "IPv4", "IPv6", "CellInfo", "DataType"),
}
_TIME_KEYS = ("Proof Generated", "File Created", "File Modified")


@dataclass
class ProofMedia:
    name: str
    data: bytes
    verdict: Verdict
    proof_files: list[Member] = field(default_factory=list)


def looks_like_proofmode(contents: ZipContents) -> bool:
    names = {m.name.lower() for m in contents.members}
    return "pubkey.asc" in names or any(n.endswith((".proof.json", ".proof.csv")) for n in names)


def examine(contents: ZipContents) -> tuple[list[ProofMedia], list[Member]]:
    """Each media file of the bundle with its verdict and the proof files that belong to it, and
    the files that belong to none (kept all the same)."""
    media = [m for m in contents.members if not small_member(m.name)]
    small = [m for m in contents.members if small_member(m.name) and m.name.lower() != "pubkey.asc"]
    prefixes = {match.group(1) for m in small if (match := _HEX64.match(m.name.lower()))}
    key_member = next((m for m in contents.members if m.name.lower() == "pubkey.asc"), None)
    used: set[str] = set()
    out: list[ProofMedia] = []
    for item in media:
        sha = hashlib.sha256(item.data).hexdigest()
        prefix = sha
        if sha not in prefixes and len(media) == 1 and len(prefixes) == 1:
            prefix = next(iter(prefixes))  # the proof was made for other bytes: checked, and fails
        mine = [m for m in small if m.name.lower().startswith((prefix + ".", item.name.lower() + "."))]
        used.update(m.name for m in mine)
        files = ([key_member] if key_member else []) + mine
        out.append(ProofMedia(item.name, item.data, _verdict(item, sha, prefix, mine, key_member), files))
    extras = [m for m in small if m.name not in used]
    if key_member is not None and not out:
        extras.append(key_member)
    return out, extras


def _find(files: list[Member], suffix: str) -> Member | None:
    return next((m for m in files if m.name.lower().endswith(suffix)), None)


def _verdict(media: Member, sha: str, prefix: str, files: list[Member], key_member: Member | None) -> Verdict:
    claims: dict[str, Any] = {"sha256": sha}
    proof_json, proof_csv = _find(files, ".proof.json"), _find(files, ".proof.csv")
    parsed = _parse_json(proof_json.data) if proof_json else _parse_csv(proof_csv.data) if proof_csv else None
    if parsed is not None:
        claims.update(_claims(parsed))
    if _find(files, ".ots"):
        claims["opentimestamps"] = "present, not verified offline"
    if _find(files, ".gst"):
        claims["safetynet"] = "present, not verified offline"
    if key_member is None:
        return Verdict(PROOFMODE, UNVERIFIABLE, "", claims, "the bundle carries no public key")
    try:
        key: Key = load_key(key_member.data)
    except PgpError as exc:
        return Verdict(PROOFMODE, UNVERIFIABLE, "", claims, str(exc))
    signer = key.fingerprint
    claims["fingerprint"] = signer
    problems: list[str] = []
    if prefix != sha:
        problems.append("the media's SHA-256 is not the one the proof was made for")
    said = parsed.get("File Hash SHA256") if parsed else None
    if isinstance(said, str) and said.strip().lower() not in ("", sha):
        problems.append("the proof data names another SHA-256")
    media_sig = next((m for m in files if m.name.lower() in (f"{prefix}.asc", f"{media.name.lower()}.asc")), None)
    unsure: list[str] = []
    checks = [(media.data, media_sig, "the media")]
    for doc, label in ((proof_json, "the proof data (JSON)"), (proof_csv, "the proof data (CSV)")):
        if doc is not None:
            checks.append((doc.data, _find(files, doc.name.lower() + ".asc"), label))
    for data, sig, label in checks:
        if sig is None:
            unsure.append(f"{label} is not signed")
            continue
        try:
            if not verify(key, data, sig.data):
                problems.append(f"the signature of {label} does not match")
        except PgpError as exc:
            unsure.append(f"{label}: {exc}")
    if parsed is None and proof_json is None and proof_csv is None:
        unsure.append("no proof data (JSON or CSV)")
    elif parsed is None:
        unsure.append("the proof data could not be read")
    if problems:
        return Verdict(PROOFMODE, INVALID, signer, claims, "; ".join(problems + unsure))
    if unsure:
        return Verdict(PROOFMODE, UNVERIFIABLE, signer, claims, "; ".join(unsure))
    return Verdict(PROOFMODE, VALID, signer, claims)


def _parse_json(data: bytes) -> dict[str, Any] | None:
    try:
        value = json.loads(data.decode("utf-8", "replace"))
    except (ValueError, RecursionError):
        return None
    if isinstance(value, list) and value and isinstance(value[0], dict):
        value = value[0]
    return value if isinstance(value, dict) else None


def _parse_csv(data: bytes) -> dict[str, Any] | None:
    try:
        rows = list(csv.DictReader(io.StringIO(data.decode("utf-8", "replace"))))
    except csv.Error:
        return None
    return dict(rows[0]) if rows else None


def _claims(proof: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    time = next((proof[k] for k in _TIME_KEYS if isinstance(proof.get(k), str) and proof[k]), None)
    if time:
        out["time"] = cut(str(time), _CAP)
    for group, prefixes in _GROUPS.items():
        found = {
            str(k)[:80]: cut(str(v), _CAP)
            for k, v in proof.items()
            if str(k).startswith(prefixes) and v not in (None, "") and not isinstance(v, dict | list)
        }
        if found:
            out[group] = dict(list(found.items())[:20])
    return out
