"""Undo `strip` where it broke a library (used by the spec on Linux, after COLLECT).

`strip` (binutils 2.40) mangles ELF files that patchelf edited: the FFmpeg libraries in the
PySide6 wheel carry extra PT_LOAD segments added by patchelf, and after `strip` those segments
are empty and misaligned ("ELF load command address/offset not page-aligned"), so the FFmpeg
media plugin does not load and the app can play no recording. Stripping must never change what
the loader maps, so: for every collected ELF file whose loadable segments differ from its
source's, the unstripped source is copied back. It costs only the symbols of those files.
"""

from __future__ import annotations

import os
import shutil
import struct
from collections.abc import Iterable

PT_LOAD = 1
Load = tuple[int, int, int, int, int]  # vaddr, file size, memory size, flags, offset mod alignment


def load_segments(path: str) -> list[Load] | None:
    """The PT_LOAD program headers of a 64-bit little-endian ELF file; None for anything else."""
    try:
        with open(path, "rb") as f:
            head = f.read(64)
            if len(head) < 64 or head[:4] != b"\x7fELF" or head[4] != 2 or head[5] != 1:
                return None
            (phoff,) = struct.unpack_from("<Q", head, 0x20)
            phentsize, phnum = struct.unpack_from("<HH", head, 0x36)
            f.seek(phoff)
            table = f.read(phentsize * phnum)
    except OSError:
        return None
    out = []
    for i in range(phnum):
        fields = struct.unpack_from("<IIQQQQQQ", table, i * phentsize)
        p_type, flags, offset, vaddr, _paddr, filesz, memsz, align = fields
        if p_type == PT_LOAD:
            out.append((vaddr, filesz, memsz, flags, offset % align if align else offset))
    return out


def restore_misstripped(collected: str, binaries: Iterable[tuple[str, str, str]]) -> list[str]:
    """Copy back the source of each collected binary whose PT_LOAD segments `strip` changed.

    `collected` is the COLLECT folder, `binaries` PyInstaller's (destination, source, typecode)
    entries. Returns the destinations restored."""
    restored = []
    for dest, src, _kind in binaries:
        target = os.path.join(collected, dest)
        if not (os.path.isfile(target) and os.path.isfile(src)):
            continue
        built, original = load_segments(target), load_segments(src)
        if built is not None and original is not None and built != original:
            shutil.copy2(src, target)
            restored.append(dest)
    return restored
