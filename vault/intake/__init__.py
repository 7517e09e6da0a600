"""Intake: files and folders into the vault (hash, seal, sniff, metadata, thumbnail, text)."""

from .importer import import_paths
from .report import Duplicate, ImportCancelled, ImportedFile, ImportProgress, ImportReport, Rejected

__all__ = [
    "Duplicate",
    "ImportCancelled",
    "ImportProgress",
    "ImportReport",
    "ImportedFile",
    "Rejected",
    "import_paths",
]
