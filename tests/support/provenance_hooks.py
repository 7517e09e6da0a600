"""Test-only stand-ins for vault.provenance.c2pa.check_c2pa, run inside the C2PA sandbox's worker
(tests/intake/test_provenance_hostile.py points `isolate.TARGET` here). A marker in the bytes
picks the misbehaviour; anything else goes to the real check."""

from __future__ import annotations

import os
import threading

from vault.provenance.c2pa import check_c2pa
from vault.provenance.verdict import Verdict

HANG = b"C2PA-SANDBOX-HANG"  # blocks forever (the parent's deadline must kill it)
CRASH = b"C2PA-SANDBOX-CRASH"  # the worker dies at once, as a native crash would
HOG = b"C2PA-SANDBOX-HOG"  # asks for 4 GiB (RLIMIT_AS must refuse it)


def hostile_check(data: bytes, mime: str) -> Verdict | None:
    if HANG in data:
        threading.Event().wait()
    if CRASH in data:
        os._exit(11)
    if HOG in data:
        hog = bytearray(4 << 30)
        del hog
    return check_c2pa(data, mime)
