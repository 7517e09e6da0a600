"""What an export will remove, before exporting: categories and counts for the export dialog."""

from __future__ import annotations

from collections import Counter

from ..store import Vault
from .redactor import file_name_for, redactor_for
from .sanitize import sanitize_metadata


def preview_removals(vault: Vault, case_id: str, profile: str, language: str = "en") -> list[str]:
    """What an export of the case under `profile` will remove, without exporting: categories and
    counts only. For the export dialog; reads nothing but the database (no blob is decrypted)."""
    from ..items import list_items
    from ..testimony import current_text

    red = redactor_for(vault, case_id, profile, language)
    if profile == "internal":
        return []
    from ..cases import case_events, get_case

    case = get_case(vault, case_id)
    red.text(case.title)
    red.text(case.summary)
    for ev in case_events(vault, case_id):
        red.text(ev.text)
    for item in list_items(vault, case_id=case_id):
        red.text(item.title)
        red.text(item.notes)
        file_name_for(red, item.original_name)
        if item.kind == "testimony":
            red.text(current_text(vault, item.id))
        elif item.metadata:
            counts: Counter[str] = Counter()
            sanitize_metadata(item.metadata, profile, counts)
            for cat in ("gps-removed", "serials-removed", "locations-coarsened"):
                red.note(cat, 1 if counts[cat] else 0)  # counted per item, not per field
    return red.removals()
