"""Export protection, under its historical name: re-exports vault.protection.

Profiles: `internal` everything; `partner` hides every protected person of the vault; `public`
hides everyone not marked public. See vault/protection/ for who is hidden (policy), how names
are rewritten (redactor, through the name matcher), pseudonyms, roles and image/metadata
sanitising; docs/dossier.md for what each profile guarantees and what it cannot.
"""

from __future__ import annotations

from .protection.policy import (
    LINK_ROLES_WITHHELD_PUBLIC,
    PROFILES,
    HiddenPerson,
    check_profile,
    hidden_people,
    is_hidden,
    item_withheld_by_links,
)
from .protection.redactor import CATEGORY_TEXT, Redactor, file_name_for, redactor_for
from .protection.sanitize import (
    JPEG_QUALITY,
    MAX_IMAGE_PIXELS,
    metadata_has_gps,
    metadata_has_serial,
    sanitize_image,
    sanitize_metadata,
)

__all__ = [
    "CATEGORY_TEXT",
    "JPEG_QUALITY",
    "LINK_ROLES_WITHHELD_PUBLIC",
    "MAX_IMAGE_PIXELS",
    "PROFILES",
    "HiddenPerson",
    "Redactor",
    "check_profile",
    "file_name_for",
    "hidden_people",
    "is_hidden",
    "item_withheld_by_links",
    "metadata_has_gps",
    "metadata_has_serial",
    "redactor_for",
    "sanitize_image",
    "sanitize_metadata",
]
