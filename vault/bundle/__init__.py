"""Partner bundles: a case exported as one signed, age-encrypted tar, and imported (verified,
all or nothing) into another vault. Format: vault/bundle/format.py and docs/verify-a-bundle.md;
what travels under each profile: vault/bundle/plan.py and docs/adr."""

from __future__ import annotations

from .export import ExportResult, Progress, export_bundle
from .merge import ImportResult
from .receive import BundleSummary, ImportLimits, import_bundle, inspect_bundle

__all__ = [
    "BundleSummary",
    "inspect_bundle",
    "ExportResult",
    "ImportLimits",
    "ImportResult",
    "Progress",
    "export_bundle",
    "import_bundle",
]
