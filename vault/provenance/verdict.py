"""The outcome of one provenance check, as stored on the item and shown by `show`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

VALID = "valid"  # signature intact and the content is what was signed
INVALID = "invalid"  # signature broken, or the content changed after signing
UNVERIFIABLE = "unverifiable"  # proof present but it cannot be checked here (offline, malformed...)
STATUSES = (VALID, INVALID, UNVERIFIABLE)

C2PA = "c2pa"
PROOFMODE = "proofmode"
TELEGRAM = "telegram"
WHATSAPP = "whatsapp"


@dataclass(frozen=True)
class Verdict:
    kind: str
    status: str
    signer: str = ""
    claims: dict[str, Any] = field(default_factory=dict)
    reason: str = ""

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"kind": self.kind, "status": self.status, "signer": self.signer, "claims": self.claims}
        if self.reason:
            out["reason"] = self.reason
        return out

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Verdict:
        status = str(data.get("status", UNVERIFIABLE))
        return cls(
            kind=str(data.get("kind", "")),
            status=status if status in STATUSES else UNVERIFIABLE,
            signer=str(data.get("signer") or ""),
            claims=dict(data.get("claims") or {}),
            reason=str(data.get("reason") or ""),
        )
