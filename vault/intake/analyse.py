"""After the original is sealed: what a file is and what can be read from it (metadata, text,
a thumbnail). Everything here is best effort; failures become warnings on the item."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, BinaryIO, cast

from .capture import CapturingReader
from .media import media_metadata
from .office import MIMES as OFFICE_MIMES
from .office import office_text
from .pdf import pdf_text
from .photo import examine_photo, too_large_warning
from .sniff import AUDIO, DOCUMENT, PHOTO, VIDEO, Sniffed
from .text import TextResult, text_file

# How a PDF's or office document's text is read: vault.intake.pdf.pdf_text and
# vault.intake.office.office_text in-process, or a PdfSandbox's methods of the same names.
PdfTextFn = Callable[..., TextResult]


@dataclass
class Analysis:
    kind: str
    mime: str
    metadata: dict[str, Any] = field(default_factory=dict)
    text: str = ""
    thumbnail: bytes | None = None
    warnings: list[str] = field(default_factory=list)

    @property
    def warning(self) -> str | None:
        return "; ".join(self.warnings) or None


def analyse(
    reader: CapturingReader, raw: io.FileIO, *, pdf: PdfTextFn = pdf_text, office: PdfTextFn | None = None
) -> Analysis:
    """`reader` has been read to the end by the blob store; `raw` is the still-open file, used
    (from offset 0) only for a document too large to have been kept in memory. `pdf` and
    `office` read a document's text (the importer passes its sandbox's); `office` defaults to the
    sandbox that `pdf` belongs to, if any."""
    sniffed = reader.sniffed or Sniffed("other", "application/octet-stream")
    result = Analysis(sniffed.kind, sniffed.mime)
    if sniffed.warning:
        result.warnings.append(sniffed.warning)
    data = reader.captured()
    if sniffed.kind == PHOTO:
        _photo(result, data)
    elif sniffed.mime == "application/pdf":
        _document(result, data, raw, lambda src: pdf(src, raw_javascript=reader.javascript))
    elif sniffed.mime in OFFICE_MIMES:
        office = office or getattr(getattr(pdf, "__self__", None), "office_text", None) or office_text
        _document(result, data, raw, lambda src: office(src, mime=sniffed.mime))
    elif sniffed.kind == DOCUMENT and sniffed.is_text and data is not None:
        found = text_file(data)
        result.text = found.text
        result.metadata.update(found.metadata)
        if found.warning:
            result.warnings.append(found.warning)
    elif sniffed.kind in (AUDIO, VIDEO):
        _media(result, reader, raw)
    return result


def _media(result: Analysis, reader: CapturingReader, raw: io.FileIO) -> None:
    # Read back from the still-open original (never a copy); bounded inside media_metadata.
    try:
        raw.seek(0)
        meta, warnings = media_metadata(cast(BinaryIO, raw), reader.name, result.mime, reader.bytes_read)
    except OSError:
        result.warnings.append("audio/video metadata could not be read")
        return
    result.metadata.update(meta)
    result.warnings.extend(warnings)


def _photo(result: Analysis, data: bytes | None) -> None:
    if data is None:
        result.warnings.append(too_large_warning())
        return
    found = examine_photo(data)
    result.metadata.update(found.metadata)
    result.thumbnail = found.thumbnail
    if found.warning:
        result.warnings.append(found.warning)


def _document(result: Analysis, data: bytes | None, raw: io.FileIO, read: Callable[[BinaryIO], TextResult]) -> None:
    if data is not None:
        found = read(io.BytesIO(data))
    else:
        try:
            raw.seek(0)
            # Read back from the already-open file: never from a plaintext copy. Closing the
            # buffer closes the file, which the caller is done with by now.
            found = read(cast(BinaryIO, io.BufferedReader(raw)))
        except OSError:
            result.warnings.append("text could not be extracted")
            return
    result.text = found.text
    result.metadata.update(found.metadata)
    if found.warning:
        result.warnings.append(found.warning)
