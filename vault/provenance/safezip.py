"""A zip read into memory under limits, never extracted to disk.

Declared sizes are not trusted: every member is read through a bounded stream, so a bomb stops
at the limit. Member names are reduced to their last component; a name that tried to leave the
archive (absolute, `..`) is kept under its last component and reported, never used as a path.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from dataclasses import dataclass, field

MAX_MEMBERS = 200
MAX_MEDIA_BYTES = 512 * 1024 * 1024  # what read_original holds in memory for a photo or video
MAX_SMALL_BYTES = 4 * 1024 * 1024  # signatures, keys, proof JSON/CSV, timestamps
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed, beyond which a member is a bomb
_CHUNK = 1 << 20


@dataclass
class Member:
    name: str  # last path component only
    data: bytes


@dataclass
class ZipContents:
    members: list[Member] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)  # what was refused and why


def small_member(name: str) -> bool:
    lower = name.lower()
    return lower.endswith((".asc", ".json", ".csv", ".ots", ".gst", ".sig", ".txt")) or lower == "pubkey.asc"


def read_zip(data: bytes) -> ZipContents:
    """The members of the zip in `data`; raises zipfile.BadZipFile when it is not a zip."""
    out = ZipContents()
    total = 0
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        infos = [i for i in archive.infolist() if not i.is_dir()]
        if len(infos) > MAX_MEMBERS:
            out.problems.append(f"{len(infos)} members; only the first {MAX_MEMBERS} were read")
            infos = infos[:MAX_MEMBERS]
        for info in infos:
            name = posixpath.basename(info.filename.replace("\\", "/"))
            if name != info.filename:
                out.problems.append(f"member path {info.filename[:200]!r} reduced to {name!r}")
            if not name or name.startswith("."):
                continue
            limit = MAX_SMALL_BYTES if small_member(name) else MAX_MEDIA_BYTES
            if info.compress_size and info.file_size > MAX_RATIO * info.compress_size and info.file_size > _CHUNK:
                out.problems.append(f"{name}: refused (compression ratio of a zip bomb)")
                continue
            try:
                body = _bounded(archive, info, min(limit, MAX_TOTAL_BYTES - total))
            except (zipfile.BadZipFile, OSError, RuntimeError, NotImplementedError, EOFError) as exc:
                out.problems.append(f"{name}: unreadable ({type(exc).__name__})")
                continue
            if body is None:
                out.problems.append(f"{name}: refused (larger than the limit)")
                continue
            total += len(body)
            out.members.append(Member(name, body))
    return out


def _bounded(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes | None:
    buf = bytearray()
    with archive.open(info) as stream:
        while True:
            chunk = stream.read(_CHUNK)
            if not chunk:
                return bytes(buf)
            buf += chunk
            if len(buf) > limit:
                return None
