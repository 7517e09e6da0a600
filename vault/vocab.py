"""Words the whole program shares, defined once: export profiles and the languages it speaks
(the interface, dossier labels, pseudonyms, the emergency kit and share sheets)."""

from __future__ import annotations

PROFILES = ("internal", "partner", "public")
LANGUAGES = ("en", "ru", "kk")
