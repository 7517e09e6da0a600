"""Test-only stand-ins for vault.intake.pdf.pdf_text, run inside the PDF sandbox's worker
(tests/intake/test_intake_sandbox.py points `sandbox.TARGET` here). A marker comment in the PDF's bytes
picks the misbehaviour; any other PDF goes to the real pdf_text."""

from __future__ import annotations

import os
import sys
import threading
from typing import BinaryIO

from vault.intake.pdf import pdf_text
from vault.intake.text import TextResult

HANG = b"%SANDBOX-HANG\n"  # blocks forever (the parent's deadline must kill it)
SPIN = b"%SANDBOX-SPIN\n"  # burns CPU forever (RLIMIT_CPU must kill it)
HOG = b"%SANDBOX-HOG\n"  # asks for 2 GiB (RLIMIT_AS must refuse it)
CRASH = b"%SANDBOX-CRASH\n"  # the worker dies at once
MODULES = b"%SANDBOX-MODULES\n"  # answers with the heavy modules the worker has loaded
FACTS = b"%SANDBOX-FACTS\n"  # answers with metadata the app does not expect
WATCHED = ("PySide6", "shiboken6", "sqlite3")


def hostile_pdf_text(src: BinaryIO, *, raw_javascript: bool = False) -> TextResult:
    data = src.read()
    if HANG in data:
        threading.Event().wait()
    if SPIN in data:
        while True:
            pass
    if HOG in data:
        hog = bytearray(2 << 30)
        return TextResult(text=str(len(hog)))
    if CRASH in data:
        os._exit(1)
    if MODULES in data:
        loaded = sorted(m for m in sys.modules if m.split(".")[0] in WATCHED)
        return TextResult(text="loaded: " + " ".join(loaded))
    if FACTS in data:
        return TextResult(text="x", metadata={"pages": 2, "has_javascript": False, "injected": "yes"})
    src.seek(0)
    return pdf_text(src, raw_javascript=raw_javascript)


def hostile_office_text(src: BinaryIO, *, mime: str) -> TextResult:
    """The same misbehaviours for DOCX/ODT/RTF; anything else goes to the real office_text."""
    from vault.intake.office import office_text

    data = src.read()
    if CRASH in data:
        os._exit(1)
    if HANG in data:
        threading.Event().wait()
    src.seek(0)
    return office_text(src, mime=mime)
