"""XML from untrusted zip members (DOCX, ODT), parsed with the care defusedxml takes and bounded.

No DTD at all (so no entity expansion, internal or external: billion laughs and XXE are refused
before any entity is declared), no network, members read as a stream with a cap on the bytes
really inflated (a zip header's sizes are not trusted), a cap on members, and text collected
only up to a limit. Everything raises XmlRefused/ZipRefused, which callers turn into warnings.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterator
from typing import BinaryIO
from xml.parsers import expat

MAX_MEMBERS = 5000  # of the archive
MAX_MEMBER_BYTES = 64 * 1024 * 1024  # inflated bytes of one XML member
MAX_TOTAL_BYTES = 256 * 1024 * 1024  # inflated bytes read from one archive
MAX_RATIO = 200  # inflated / compressed, for members over 1 MiB: a zip bomb
CHUNK = 256 * 1024

StartFn = Callable[[str, dict[str, str]], None]
EndFn = Callable[[str], None]
TextFn = Callable[[str], None]


class XmlRefused(Exception):
    """The XML declares a DTD or entities, or is not well formed."""


class ZipRefused(Exception):
    """The archive is too large, too deep, or inflates like a bomb."""


def _refuse(*_args: object) -> int:
    raise XmlRefused("DTDs and entities are not accepted")


class SafeZip:
    def __init__(self, src: BinaryIO) -> None:
        try:
            self.zf = zipfile.ZipFile(src)
        except (zipfile.BadZipFile, OSError, ValueError) as error:
            raise ZipRefused("not a readable zip archive") from error
        self.infos = self.zf.infolist()
        if len(self.infos) > MAX_MEMBERS:
            raise ZipRefused("too many members")
        self.names = {i.filename for i in self.infos}
        self.read_total = 0

    def member_chunks(self, name: str) -> Iterator[bytes]:
        info = self.zf.getinfo(name)
        if info.file_size > MAX_MEMBER_BYTES:
            raise ZipRefused("a member is too large")
        if info.file_size > (1 << 20) and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise ZipRefused("a member inflates like a zip bomb")
        got = 0
        try:
            with self.zf.open(info) as member:
                while chunk := member.read(CHUNK):
                    got += len(chunk)  # what really inflates, whatever the header says
                    self.read_total += len(chunk)
                    if got > MAX_MEMBER_BYTES or self.read_total > MAX_TOTAL_BYTES:
                        raise ZipRefused("a member inflates beyond the limit")
                    yield chunk
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError) as error:
            raise ZipRefused("a member cannot be read") from error

    def parse(self, name: str, start: StartFn | None, end: EndFn | None, text: TextFn | None) -> None:
        parse_xml(self.member_chunks(name), start, end, text)


def parse_xml(chunks: Iterator[bytes], start: StartFn | None, end: EndFn | None, text: TextFn | None) -> None:
    """Stream the chunks through expat with namespaces as '{uri}local', refusing any DTD."""
    parser = expat.ParserCreate(namespace_separator="}")
    parser.StartDoctypeDeclHandler = _refuse
    parser.EntityDeclHandler = _refuse
    parser.UnparsedEntityDeclHandler = _refuse
    parser.ExternalEntityRefHandler = _refuse
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.buffer_text = True
    if start is not None:
        parser.StartElementHandler = lambda n, a: start(_qname(n), {_qname(k): v for k, v in a.items()})
    if end is not None:
        parser.EndElementHandler = lambda n: end(_qname(n))
    if text is not None:
        parser.CharacterDataHandler = text
    try:
        for chunk in chunks:
            parser.Parse(chunk, False)
        parser.Parse(b"", True)
    except expat.ExpatError as error:
        raise XmlRefused("not well-formed XML") from error


def _qname(name: str) -> str:
    return "{" + name if "}" in name else name
