"""C2PA content credentials, read and validated offline with the reference library (c2pa-python).

Offline means: no remote manifest fetch, no OCSP, no trust-list download. The signer's chain is
therefore not judged against any trust list; `valid` means the signature is intact and the
content is what was signed, and the claims say who the certificate names (see docs/provenance.md).
"""

from __future__ import annotations

import io
import json
import logging
import threading
from typing import Any

from ..textnorm import cut
from .verdict import C2PA, INVALID, UNVERIFIABLE, VALID, Verdict

log = logging.getLogger(__name__)

# Every setting that could make the native library open a socket is off.
OFFLINE_SETTINGS: dict[str, Any] = {
    "verify": {
        "remote_manifest_fetch": False,
        "ocsp_fetch": False,
        "verify_trust": False,
        "verify_timestamp_trust": False,
    }
}
MAX_BYTES = 512 * 1024 * 1024  # the size read_original holds in memory
_LIST_CAP = 50  # actions/ingredients kept per manifest (a hostile manifest may carry thousands)
_TEXT_CAP = 500  # cut between words: a stem of a cut name ("Сейтқази") is not recognised
# Failures that are about trust or revocation, which an offline check cannot decide: they do not
# make the signature or the content wrong.
_TRUST_CODES = ("signingCredential.untrusted", "signingCredential.ocsp", "timeStamp.untrusted")
_lock = threading.Lock()  # one native reader at a time; the context is shared
_context: Any = None


def _offline_context() -> Any:
    global _context
    import c2pa  # imported late: the native library loads only when a file needs it

    if _context is None:
        _context = c2pa.Context(c2pa.Settings.from_dict(OFFLINE_SETTINGS))
    return _context


def check_c2pa(data: bytes, mime: str) -> Verdict | None:
    """The verdict on `data`'s C2PA manifest, or None when it carries none."""
    import c2pa

    if len(data) > MAX_BYTES:
        return Verdict(C2PA, UNVERIFIABLE, reason="too large to check")
    try:
        with _lock:
            reader = c2pa.Reader.try_create(mime, io.BytesIO(data), None, _offline_context())
            if reader is None:
                return None
            with reader:
                store = json.loads(reader.json())
    except c2pa.C2paError.NotSupported:
        return None
    except c2pa.C2paError.RemoteManifest:
        return Verdict(C2PA, UNVERIFIABLE, reason="the manifest is stored remotely and is not fetched offline")
    except (c2pa.C2paError, ValueError, RecursionError) as exc:
        log.info("c2pa manifest unreadable: %s", type(exc).__name__)
        if "remote" in str(exc).lower():
            return Verdict(C2PA, UNVERIFIABLE, reason="the manifest is stored remotely and is not fetched offline")
        return Verdict(C2PA, UNVERIFIABLE, reason="the manifest could not be read")
    return verdict_of(store)


def verdict_of(store: dict[str, Any]) -> Verdict:
    """The verdict from the library's JSON report on a manifest store."""
    manifests = store.get("manifests") or {}
    active = manifests.get(store.get("active_manifest") or "") or {}
    failures = [f for f in _failures(store) if not str(f.get("code", "")).startswith(_TRUST_CODES)]
    state = str(store.get("validation_state") or "")
    claims = _claims(active, manifests)
    signer = _signer(active)
    if failures or state == "Invalid":
        codes = sorted({str(f.get("code", "")) for f in failures}) or ["validation failed"]
        return Verdict(C2PA, INVALID, signer, claims, reason=_reason(codes))
    if not active:
        return Verdict(C2PA, UNVERIFIABLE, signer, claims, reason="no active manifest")
    if state in ("Valid", "Trusted"):
        return Verdict(C2PA, VALID, signer, claims)
    return Verdict(C2PA, UNVERIFIABLE, signer, claims, reason=f"validation state {state or 'missing'}")


def _failures(store: dict[str, Any]) -> list[dict[str, Any]]:
    results = store.get("validation_results") or {}
    active = (results.get("activeManifest") or {}).get("failure") or []
    if results:
        return [f for f in active if isinstance(f, dict)]
    # older reports: a flat validation_status list of failures
    return [f for f in store.get("validation_status") or [] if isinstance(f, dict)]


def _reason(codes: list[str]) -> str:
    plain = {
        "assertion.dataHash.mismatch": "the content changed after signing",
        "assertion.bmffHash.mismatch": "the content changed after signing",
        "claimSignature.mismatch": "the signature is broken",
    }
    said = [plain.get(c, c) for c in codes]
    return cut("; ".join(dict.fromkeys(said)), _TEXT_CAP)


def _signer(active: dict[str, Any]) -> str:
    info = active.get("signature_info") or {}
    parts = [str(info.get(k) or "") for k in ("common_name", "issuer")]
    return cut(" / ".join(p for p in dict.fromkeys(parts) if p), _TEXT_CAP)


def _generator(active: dict[str, Any]) -> str:
    infos = active.get("claim_generator_info") or []
    if infos and isinstance(infos[0], dict):
        first = infos[0]
        return cut(" ".join(str(first.get(k) or "") for k in ("name", "version")).strip(), _TEXT_CAP)
    return cut(str(active.get("claim_generator") or ""), _TEXT_CAP)


def _claims(active: dict[str, Any], manifests: dict[str, Any]) -> dict[str, Any]:
    actions: list[dict[str, str]] = []
    for assertion in active.get("assertions") or []:
        if isinstance(assertion, dict) and str(assertion.get("label", "")).startswith("c2pa.actions"):
            for act in (assertion.get("data") or {}).get("actions") or []:
                if isinstance(act, dict) and len(actions) < _LIST_CAP:
                    actions.append({"action": str(act.get("action", ""))[:100], "when": str(act.get("when", ""))[:40]})
    ingredients = [_ingredient(i) for i in (active.get("ingredients") or [])[:_LIST_CAP] if isinstance(i, dict)]
    created = next((a["when"] for a in actions if a["action"] == "c2pa.created" and a["when"]), "")
    signed = str((active.get("signature_info") or {}).get("time") or "")
    claims: dict[str, Any] = {
        "claim_generator": _generator(active),
        "capture_time": created or signed,
        "actions": actions,
        "ingredients": ingredients,
        "manifests": len(manifests),
    }
    return {k: v for k, v in claims.items() if v not in ("", [], None)}


def _ingredient(ingredient: dict[str, Any]) -> dict[str, Any]:
    """An ingredient's title and relationship, and the problems found when it was taken in (a
    valid manifest may record an ingredient whose own signature was broken: that is shown)."""
    out: dict[str, Any] = {
        "title": cut(str(ingredient.get("title", "")), _TEXT_CAP),
        "relationship": str(ingredient.get("relationship", ""))[:40],
    }
    status = ingredient.get("validation_status") or []
    problems = sorted({str(s.get("code", "")) for s in status if isinstance(s, dict)} - {""})
    if problems:
        out["problems"] = problems[:10]
    return out
