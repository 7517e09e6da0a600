"""The acquisition record of an exhibit (Berkeley Protocol): when and by whom it entered the
vault, on which device, from what kind of source, and how what the dossier shows relates to the
sealed original. Built from the item row and its first custody event (`import`, `receive` or
`testimony`), per profile:

- internal: the actor, the raw device id, the sending partner's name and fingerprint;
- partner/public: the actor through the Redactor, the device as a pseudonym derived per export
  (vault.exports.derive_ids, so two editions cannot be joined on it), the source kind only.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..custody import Event
from ..exports.derive_ids import IdMap
from ..models import Item
from ..redaction import Redactor
from ..store import Vault

_FIRST = ("import", "receive", "testimony")


@dataclass(frozen=True)
class Acquisition:
    time: str
    actor: str
    device: str
    source: str  # label key suffix: file, bundle, messenger, testimony, unknown
    sender: str = ""  # internal only: "name (fingerprint)" of the partner a bundle came from
    relation: str = ""  # label key suffix: photo, document, testimony, listed


def _source_kind(item: Item, first: Event | None) -> str:
    if first is None:
        return "unknown"
    if first.action == "receive":
        return "bundle"
    if first.action == "testimony" or item.kind == "testimony":
        return "testimony"
    via = str(first.details.get("via") or first.details.get("source") or item.metadata.get("source") or "")
    return "messenger" if "messenger" in via.lower() or "chat" in via.lower() else "file"


def _sender(vault: Vault, first: Event) -> str:
    from ..errors import NotFound
    from ..keys import get_contact

    cid = str(first.details.get("sender") or "")
    fp = str(first.details.get("sender_fingerprint") or "")
    name = ""
    if cid:
        try:
            name = get_contact(vault, cid, include_removed=True).name
        except NotFound:
            name = ""
    return f"{name} ({fp})" if name and fp else name or fp


def relation_of(item: Item) -> str:
    if item.kind in ("photo", "document", "testimony"):
        return item.kind
    return "listed"


def acquisition_for(vault: Vault, red: Redactor, item: Item, events: list[Event], ids: IdMap) -> Acquisition:
    first = next((e for e in events if e.action in _FIRST), events[0] if events else None)
    kind = _source_kind(item, first)
    if first is None:
        return Acquisition(item.created, "", "", kind, "", relation_of(item))
    internal = red.profile == "internal"
    device = first.device if internal else ("device-" + ids("device", first.device)[:10] if first.device else "")
    sender = _sender(vault, first) if internal and kind == "bundle" else ""
    return Acquisition(first.time, red.text(first.actor), device, kind, sender, relation_of(item))
