"""What a dossier carries inside it as PDF/A-3 associated files, and how the originals get there.

- `hash-list.csv` (file, size, SHA-256, SHA-1, MD5, intake time, custody seq) and
  `custody.json` (the custody events of the exhibits) are small: built in memory and added with
  pikepdf (AFRelationship /Data). Under partner/public they hold only what the profile allows:
  no withheld exhibit, no hash of an original (the salted commitment instead), the already
  filtered and redacted custody lines.
- Internal, unencrypted: the originals themselves (AFRelationship /Source). They are never held in
  memory: pikepdf writes an empty placeholder stream per original, and after the base PDF is on
  disk `append_originals` writes an incremental update that redefines each placeholder with the
  blob decrypted chunk by chunk and deflated on the fly (its /Length an indirect object written
  after the data). The SHA-256 of what was streamed must equal the intake hash, or the export
  fails (fail closed).
A password-protected dossier carries the hash list and custody JSON but not the originals: the
streaming writer does not encrypt, and qpdf would buffer each stream to encrypt it.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, BinaryIO

import pikepdf

from .. import items
from ..errors import IntegrityError
from ..store import Vault
from .collect import DossierContent

HASH_LIST = "hash-list.csv"
CUSTODY_JSON = "custody.json"
CSV_HEADER = ("file", "size", "sha256", "sha1", "md5", "intake_time", "custody_seq", "commitment")


@dataclass(frozen=True)
class Original:
    name: str  # the attachment's file name in the PDF
    item_id: str
    blob_id: str
    size: int
    sha256: str
    mime: str


@dataclass
class Plan:
    small: list[tuple[str, bytes, str]]  # name, data, mime
    originals: list[Original]


def pdf_name(mime: str) -> str:
    """A MIME type as a PDF name (/Subtype of an embedded file): '/' as #2F, nothing unusual."""
    return "/" + re.sub(r"[^A-Za-z0-9.+-]", lambda m: f"#{ord(m.group()):02X}", mime[:100])


def _safe(name: str) -> str:
    return re.sub(r"[\x00-\x1f/\\]", "_", name).strip() or "file"


def _digests(vault: Vault, blob_id: str) -> tuple[int, str, str, str]:
    size, s256, s1, m5 = 0, hashlib.sha256(), hashlib.sha1(usedforsecurity=False), hashlib.md5(usedforsecurity=False)
    for chunk in vault.blobs.iter_plaintext(blob_id):
        size += len(chunk)
        s256.update(chunk)
        s1.update(chunk)
        m5.update(chunk)
    return size, s256.hexdigest(), s1.hexdigest(), m5.hexdigest()


def plan(vault: Vault, content: DossierContent, *, with_originals: bool) -> Plan:
    """Hash list, custody JSON and (internal, when asked) the originals to stream. Internal
    hashes are computed from the sealed blob in one streaming pass and must match intake."""
    internal = content.profile == "internal"
    rows: list[tuple[str, ...]] = []
    originals: list[Original] = []
    events: list[dict[str, Any]] = []
    for e in content.appendix:
        if e.withheld:
            continue
        seq = str(e.events[0].seq) if e.events else ""
        blob_id = items.blob_of(vault, e.item_id) if internal else None
        label = f"exhibit-{e.number:03d}"
        if e.original_name:
            label += "-" + _safe(e.original_name)
        if internal and blob_id is not None:
            size, s256, s1, m5 = _digests(vault, blob_id)
            if e.sha256 and s256 != e.sha256:
                raise IntegrityError(f"item {e.item_id}: stored bytes do not match the intake hash; run verify")
            rows.append((label, str(size), s256, s1, m5, e.intake, seq, ""))
            if with_originals:
                mime = items.get_item(vault, e.item_id).mime or "application/octet-stream"
                originals.append(Original(label, e.item_id, blob_id, size, s256, mime))
        else:
            rows.append((label, "", e.sha256, "", "", e.intake, seq, e.commitment or e.shown_sha256))
        if internal:
            events += [ev.to_json() for ev in vault.custody.events(e.item_id)]
        else:
            events += [
                {
                    "exhibit": e.number,
                    "seq": x.seq,
                    "time": x.time,
                    "action": x.action,
                    "actor": x.actor,
                    "hash": x.hash,
                }
                for x in e.events
            ]
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    writer.writerows(rows)
    seen: set[tuple[Any, ...]] = set()
    unique = []
    for ev in sorted(events, key=lambda x: int(x["seq"])):
        key = (ev.get("exhibit"), ev["seq"])
        if key not in seen:
            seen.add(key)
            unique.append(ev)
    doc = {"profile": content.profile, "case": content.case_id if internal else "", "events": unique}
    custody_json = json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")
    small = [(HASH_LIST, buf.getvalue().encode("utf-8"), "text/csv"), (CUSTODY_JSON, custody_json, "application/json")]
    return Plan(small, originals)


def _filespec(pdf: pikepdf.Pdf, name: str, stream: pikepdf.Stream, mime: str, rel: str, desc: str) -> pikepdf.Object:
    stream.Type = pikepdf.Name.EmbeddedFile
    stream.Subtype = pikepdf.Name(pdf_name(mime))
    spec = pikepdf.Dictionary(
        Type=pikepdf.Name.Filespec,
        F=pikepdf.String(name),
        UF=pikepdf.String(name),
        Desc=pikepdf.String(desc),
        AFRelationship=pikepdf.Name("/" + rel),
        EF=pikepdf.Dictionary(F=stream, UF=stream),
    )
    return pdf.make_indirect(spec)


def add_to_pdf(pdf: pikepdf.Pdf, p: Plan) -> None:
    """Add the small files with their data and each original as an empty placeholder stream."""
    specs: list[tuple[str, pikepdf.Object]] = []
    for name, data, mime in p.small:
        st = pikepdf.Stream(pdf, data)
        st.Params = pikepdf.Dictionary(Size=len(data))
        specs.append((name, _filespec(pdf, name, pdf.make_indirect(st), mime, "Data", name)))
    for o in p.originals:
        st = pikepdf.Stream(pdf, b"")
        specs.append((o.name, _filespec(pdf, o.name, pdf.make_indirect(st), o.mime, "Source", "original")))
    specs.sort(key=lambda s: s[0].encode("utf-16-be"))
    names = pikepdf.Array()
    for name, spec in specs:
        names.append(pikepdf.String(name))
        names.append(spec)
    pdf.Root.Names = pikepdf.Dictionary(EmbeddedFiles=pikepdf.Dictionary(Names=names))
    pdf.Root.AF = pikepdf.Array([spec for _, spec in specs])


def _placeholders(base: BinaryIO) -> tuple[dict[str, int], int, int, str]:
    """Object numbers of the originals' placeholder streams, the trailer /Size, the offset of the
    base xref (for /Prev) and the trailer entries the update must repeat (/Root, /Info, /ID).
    Read before anything is appended, while the file still ends in a complete trailer."""
    base.seek(0)
    with pikepdf.open(base) as pdf:
        size = int(pdf.trailer.Size)
        found: dict[str, int] = {}
        arr = pdf.Root.Names.EmbeddedFiles.Names
        for i in range(0, len(arr), 2):
            spec = arr[i + 1]
            if str(spec.get("/AFRelationship")) == "/Source":
                found[str(arr[i])] = spec.EF.F.objgen[0]
        root = pdf.trailer.Root.objgen
        keep = f"/Root {root[0]} {root[1]} R"
        info = pdf.trailer.get("/Info")
        if info is not None and info.is_indirect:
            keep += f" /Info {info.objgen[0]} {info.objgen[1]} R"
        ids = pdf.trailer.get("/ID")
        if ids is not None:
            keep += f" /ID [<{bytes(ids[0]).hex()}> <{bytes(ids[1]).hex()}>]"
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", _tail(base))
    if m is None:
        raise IntegrityError("base PDF has no startxref")
    return found, size, int(m.group(1)), keep


def _tail(fh: BinaryIO) -> bytes:
    end = fh.seek(0, io.SEEK_END)
    fh.seek(max(0, end - 1024))
    return fh.read()


def _chunks(vault: Vault, o: Original) -> Iterator[bytes]:
    digest = hashlib.sha256()
    for chunk in vault.blobs.iter_plaintext(o.blob_id):
        digest.update(chunk)
        yield chunk
    if digest.hexdigest() != o.sha256:
        raise IntegrityError(f"item {o.item_id}: stored bytes changed while attaching; run verify")


def append_originals(
    vault: Vault, fh: BinaryIO, originals: list[Original], on_bytes: Callable[[int], None] | None = None
) -> None:
    """Append to `fh` (the unencrypted base PDF, opened r+b) the incremental update holding the
    originals. Memory stays at one decrypted chunk plus zlib's window."""
    if not originals:
        return
    where, next_num, prev, keep = _placeholders(fh)
    fh.seek(0, io.SEEK_END)
    offsets: dict[int, int] = {}

    def begin(num: int) -> None:
        offsets[num] = fh.tell()

    fh.write(b"\n")
    for o in originals:
        num = where[o.name]
        length_num, params_num = next_num, next_num + 1
        next_num += 2
        begin(num)
        head = (
            f"{num} 0 obj\n<< /Type /EmbeddedFile /Subtype {pdf_name(o.mime)} /Filter /FlateDecode "
            f"/Length {length_num} 0 R /Params {params_num} 0 R >>\nstream\n"
        )
        fh.write(head.encode("ascii"))
        comp = zlib.compressobj(6)
        written, md5 = 0, hashlib.md5(usedforsecurity=False)
        for chunk in _chunks(vault, o):
            md5.update(chunk)
            out = comp.compress(chunk)
            written += len(out)
            fh.write(out)
            if on_bytes is not None:
                on_bytes(len(chunk))
        out = comp.flush()
        written += len(out)
        fh.write(out)
        fh.write(b"\nendstream\nendobj\n")
        begin(length_num)
        fh.write(f"{length_num} 0 obj\n{written}\nendobj\n".encode("ascii"))
        begin(params_num)
        fh.write(f"{params_num} 0 obj\n<< /Size {o.size} /CheckSum <{md5.hexdigest()}> >>\nendobj\n".encode("ascii"))
    xref_at = fh.tell()
    lines = [b"xref\n"]
    for num in sorted(offsets):
        lines.append(f"{num} 1\n{offsets[num]:010d} 00000 n\r\n".encode("ascii"))
    fh.write(b"".join(lines))
    trailer = f"trailer\n<< /Size {next_num} {keep} /Prev {prev} >>\nstartxref\n{xref_at}\n%%EOF\n"
    fh.write(trailer.encode("ascii"))
