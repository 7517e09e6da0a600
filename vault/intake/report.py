"""What an import returns: the typed results the CLI and the GUI show, one line per file."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..errors import Cancelled


@dataclass(frozen=True)
class ImportedFile:
    id: str
    path: str
    sha256: str
    kind: str
    warning: str | None = None


@dataclass(frozen=True)
class Duplicate:
    path: str
    id: str  # the item that already holds these exact bytes
    # What the import still did to that item: linked it to the import's case, added its tags,
    # linked its people (an import into a case gathers files already in the vault too).
    linked_case: str = ""
    tags_added: tuple[str, ...] = ()
    people_linked: int = 0


@dataclass(frozen=True)
class Rejected:
    path: str
    error: str


@dataclass(frozen=True)
class ImportProgress:
    files_done: int
    files_total: int
    bytes_done: int
    bytes_total: int
    current: str


@dataclass
class ImportReport:
    imported: list[ImportedFile] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)


class ImportCancelled(Cancelled):
    """Raised when `should_cancel` said stop. Files committed before stay; `report` lists them.
    The file in progress was not half-imported: its partial blob is gone, no row was written."""

    def __init__(self, report: ImportReport) -> None:
        super().__init__("import cancelled")
        self.report = report
