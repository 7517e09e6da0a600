"""Text a DOCX or ODT holds outside its body: read so that a hidden name there is found.

The body reader (vault.intake.office) reads paragraphs. A whole-job red team put the witness's
name where it does not look, and the export review then said only "office documents cannot be
rendered" (a weaker reason a person may clear) and search could not find the file: the author
of a tracked change or a comment (attributes), word/people.xml, custom properties, SmartArt and
chart text, alt text of a picture, field codes ("AUTHOR …"), document variables, the glossary,
a hyperlink's mailto: target, ODT headers and footers (styles.xml), tracked-change authors and
user-defined properties. Every XML part is read once more here: its text outside what the body
already holds, and the attributes that carry people's words. The result is appended to the
item's extracted text (searchable, checked by every export below `internal`).
"""

from __future__ import annotations

from collections.abc import Callable

from .safexml import SafeZip

MAX_PARTS = 400  # XML parts read; the archive's own limits cap their size
MAX_CHARS = 200_000
# Attributes (local names) that hold words a person wrote or a name, anywhere: authors and their
# initials (tracked changes, comments, people.xml), alt text and titles of pictures, field codes.
TEXT_ATTRIBUTES = frozenset({"author", "initials", "descr", "title", "instr", "userId"})
# Attributes that do so only on one element (w:val is on every formatting element too).
ELEMENT_ATTRIBUTES = {("docVar", "val")}
_LINK_PREFIXES = ("mailto:", "http://", "https://", "tel:")


def extra_text(archive: SafeZip, held: dict[str, frozenset[str]]) -> str:
    """The text of every XML part outside what `held` says the body has read (part → local
    names of the elements whose text it holds), plus the attributes above, one per line."""
    out: list[str] = []
    size = [0]

    def keep(value: str) -> None:
        value = value.strip()
        if value and size[0] < MAX_CHARS and any(ch.isalpha() for ch in value):
            out.append(value)
            size[0] += len(value) + 1

    for part in sorted(n for n in archive.names if n.endswith((".xml", ".rels")))[:MAX_PARTS]:
        _read_part(archive, part, held.get(part, frozenset()), keep)
    return "\n".join(out)[:MAX_CHARS]


def _read_part(archive: SafeZip, part: str, skip: frozenset[str], keep: Callable[[str], None]) -> None:
    inside = [0]
    buffer: list[str] = []  # expat may cut one text node in pieces: a name must stay whole

    def flush() -> None:
        if buffer:
            keep("".join(buffer))
            buffer.clear()

    def start(name: str, attrs: dict[str, str]) -> None:
        flush()
        local = name.rsplit("}", 1)[-1]
        if local in skip:
            inside[0] += 1
        for key, value in attrs.items():
            attr = key.rsplit("}", 1)[-1]
            link = attr == "Target" and value.startswith(_LINK_PREFIXES)
            if link or attr in TEXT_ATTRIBUTES or (local, attr) in ELEMENT_ATTRIBUTES:
                keep(value)

    def end(name: str) -> None:
        flush()
        if name.rsplit("}", 1)[-1] in skip:
            inside[0] -= 1

    def text(data: str) -> None:
        if inside[0] <= 0:
            buffer.append(data)

    archive.parse(part, start, end, text)
    flush()
