"""What intake noted about an imported file (vault.intake's warnings: English, the CLI's words too)
in the interface language. A note joins several warnings with "; ". Known warnings are matched
whole, or by their fixed start when the core adds a number or a library's message (kept as it
is); a warning not listed here is shown as it is rather than hidden."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # lupdate finds translate("Context", "literal") calls only


def _known() -> dict[str, str]:
    return {
        "audio/video metadata could not be read": translate("IntakeWarnings", "audio/video metadata could not be read"),
        "audio/video metadata could not be fully read (damaged or truncated file)": translate(
            "IntakeWarnings", "audio/video metadata could not be fully read (damaged or truncated file)"
        ),
        "audio/video metadata not read: its tags are larger than 6 MiB": translate(
            "IntakeWarnings", "audio/video metadata not read: its tags are larger than 6 MiB"
        ),
        "text could not be extracted": translate("IntakeWarnings", "text could not be extracted"),
        "text could not be extracted: unknown document type": translate(
            "IntakeWarnings", "text could not be extracted: unknown document type"
        ),
        "text could not be extracted: no document body in the DOCX": translate(
            "IntakeWarnings", "text could not be extracted: no document body in the DOCX"
        ),
        "text could not be extracted: no content in the ODT": translate(
            "IntakeWarnings", "text could not be extracted: no content in the ODT"
        ),
        "text could not be extracted: not an RTF document": translate(
            "IntakeWarnings", "text could not be extracted: not an RTF document"
        ),
        "text could not be extracted: the content is not text": translate(
            "IntakeWarnings", "text could not be extracted: the content is not text"
        ),
        "text could not be extracted: the PDF is password-protected": translate(
            "IntakeWarnings", "text could not be extracted: the PDF is password-protected"
        ),
        "text could not be extracted: the document took too long / needed too much memory to read": translate(
            "IntakeWarnings",
            "text could not be extracted: the document took too long or needed too much memory to read",
        ),
        "text could not be extracted: no process could be started to read the document": translate(
            "IntakeWarnings", "text could not be extracted: no process could be started to read the document"
        ),
        "text could not be extracted: the document is too large to read safely": translate(
            "IntakeWarnings", "text could not be extracted: the document is too large to read safely"
        ),
    }


def _starts() -> list[tuple[str, str]]:
    """Warnings the core completes with a library's message in parentheses."""
    return [
        (
            "text could not be extracted: the document is unsafe to unpack",
            translate("IntakeWarnings", "text could not be extracted: the document is unsafe to unpack"),
        ),
        (
            "text could not be extracted: the document's XML was refused",
            translate("IntakeWarnings", "text could not be extracted: the document's XML was refused"),
        ),
    ]


_LARGE = re.compile(r"image not decoded: the file is larger than (\d+) MiB")
_CHANGED = re.compile(r"the file changed while it was being imported \((\d+) bytes at the start, (\d+) read\)")


def _one(text: str) -> str:
    known = _known().get(text)
    if known is not None:
        return known
    for start, shown in _starts():
        if text.startswith(start):
            return shown + text[len(start) :]
    if m := _LARGE.fullmatch(text):
        return translate("IntakeWarnings", "image not decoded: the file is larger than %1 MiB").replace(
            "%1", m.group(1)
        )
    if m := _CHANGED.fullmatch(text):
        return (
            translate("IntakeWarnings", "the file changed while it was being imported (%1 bytes at the start, %2 read)")
            .replace("%1", m.group(1))
            .replace("%2", m.group(2))
        )
    return text


def intake_warning(text: str) -> str:
    """`text` (one warning, or several joined with "; ") in the interface language."""
    return "; ".join(_one(part) for part in text.split("; ")) if text else ""
