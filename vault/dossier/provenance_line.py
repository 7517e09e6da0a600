"""One line per exhibit saying what the proof it arrived with showed (C2PA, ProofMode, a messenger
export), in the dossier's language and under its profile: internal shows everything; partner
and public never show device ids or network data, partner coarsens a location to about 10 km and
public drops it, and every name or text passes through the export's Redactor."""

from __future__ import annotations

from typing import Any

from ..protection.sanitize import is_phone_number
from ..provenance.records import provenance_of
from ..provenance.verdict import Verdict
from ..redaction import Redactor
from ..textnorm import cut

_WORDS: dict[str, dict[str, str]] = {
    "en": {
        "head": "Provenance",
        "valid": "verified",
        "invalid": "BROKEN (changed after signing)",
        "unverifiable": "present, not verifiable",
        "signed": "signed by",
        "key": "key",
        "made": "made with",
        "time": "time",
        "place": "place",
        "device": "device",
        "chat": "chat",
        "sent": "sent by",
        "fwd": "forwarded from",
        "unsigned": "not signed",
        "ots": "OpenTimestamps proof present, not checked",
    },
    "ru": {
        "head": "Происхождение",
        "valid": "подтверждено",
        "invalid": "НАРУШЕНО (изменено после подписания)",
        "unverifiable": "есть, проверить нельзя",
        "signed": "подписал",
        "key": "ключ",
        "made": "создано в",
        "time": "время",
        "place": "место",
        "device": "устройство",
        "chat": "чат",
        "sent": "отправил",
        "fwd": "переслано от",
        "unsigned": "без подписи",
        "ots": "есть доказательство OpenTimestamps, не проверено",
    },
    "kk": {
        "head": "Шығу тегі",
        "valid": "расталды",
        "invalid": "БҰЗЫЛҒАН (қол қойылғаннан кейін өзгерген)",
        "unverifiable": "бар, тексеру мүмкін емес",
        "signed": "қол қойған",
        "key": "кілт",
        "made": "жасалған құрал",
        "time": "уақыты",
        "place": "орны",
        "device": "құрылғы",
        "chat": "чат",
        "sent": "жіберген",
        "fwd": "қайта жіберілген",
        "unsigned": "қолтаңбасыз",
        "ots": "OpenTimestamps дәлелі бар, тексерілмеген",
    },
}
_TOOLS = {"c2pa": "C2PA", "proofmode": "ProofMode", "telegram": "Telegram", "whatsapp": "WhatsApp"}
_CAP = 200


def provenance_line(metadata: dict[str, Any], red: Redactor) -> str:
    """The line for an exhibit's metadata, or "" when it carried no proof."""
    words = _WORDS.get(red.language, _WORDS["en"])
    parts = [_one(v, red, words) for v in provenance_of(metadata)]
    return f"{words['head']}: " + " | ".join(parts) if parts else ""


def _one(v: Verdict, red: Redactor, w: dict[str, str]) -> str:
    tool = _TOOLS.get(v.kind, v.kind)
    claims = v.claims
    if v.kind in ("telegram", "whatsapp"):
        # public names no one it cannot check (a chat's members are rarely recorded people)
        hide = red.profile == "public" or (red.profile != "internal" and is_phone_number(v.signer))
        sender = "—" if hide else _t(red, v.signer)
        bits = [f"{tool} {w['chat']} «{_t(red, claims.get('chat'))}»", f"{w['sent']} {sender}"]
        bits += [str(claims.get("date", ""))[:16].replace("T", " ")] if claims.get("date") else []
        if claims.get("forwarded_from") and red.profile != "public":
            bits.append(f"{w['fwd']} {_t(red, claims.get('forwarded_from'))}")
        return ", ".join(bits) + f" ({w['unsigned']})"
    bits = [f"{tool} {w[v.status]}"]
    if v.kind == "c2pa":
        bits += [f"{w['signed']} {_t(red, v.signer)}"] if v.signer else []
        bits += [f"{w['made']} {_t(red, claims.get('claim_generator'))}"] if claims.get("claim_generator") else []
        bits += [f"{w['time']} {claims['capture_time']}"] if claims.get("capture_time") else []
    else:
        # the key is made on the phone: its fingerprint is a device id, shown only internally
        bits += [f"{w['key']} …{v.signer[-16:]}"] if v.signer and red.profile == "internal" else []
        bits += [f"{w['time']} {claims['time']}"] if claims.get("time") else []
        place = _place(claims.get("location"), red.profile)
        bits += [f"{w['place']} {place}"] if place else []
        if red.profile == "internal" and isinstance(claims.get("device"), dict):
            bits.append(f"{w['device']} " + ", ".join(str(x) for x in claims["device"].values())[:_CAP])
        bits += [w["ots"]] if claims.get("opentimestamps") else []
    return "; ".join(bits)


def _t(red: Redactor, value: Any) -> str:
    return cut(red.text(str(value or "")), _CAP)  # redact whole, then shorten


def _place(location: Any, profile: str) -> str:
    """Internal: as claimed; partner: one decimal (about 10 km); public: nothing."""
    if not isinstance(location, dict) or profile == "public":
        return ""
    try:
        lat = float(location.get("Location.Latitude", ""))
        lon = float(location.get("Location.Longitude", ""))
    except (TypeError, ValueError):
        return ""
    digits = 6 if profile == "internal" else 1
    return f"{lat:.{digits}f}, {lon:.{digits}f}"
