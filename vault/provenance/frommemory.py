"""Import bytes that exist only in memory (a file inside a sealed zip) through the ordinary intake
steps, without a plaintext copy on disk: the bytes go into an anonymous memory file (memfd)."""

from __future__ import annotations

import os

from ..intake.ingest import commit, prepare
from ..intake.record import Links
from ..intake.report import Duplicate, ImportedFile, Rejected
from ..intake.walk import Candidate
from ..store import Vault


def import_bytes(vault: Vault, display: str, data: bytes, links: Links) -> ImportedFile | Duplicate | Rejected:
    """`display` names the file in the report and its title (its last component)."""
    fd = os.memfd_create("intake", os.MFD_CLOEXEC)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view) :]
        cand = Candidate(display=display, open_path=f"/proc/self/fd/{fd}", nofollow=False, size=len(data))
        prepared = prepare(vault.blobs, cand, None, None)
    finally:
        os.close(fd)
    if isinstance(prepared, Rejected):
        return prepared
    return commit(vault, prepared, links)
