"""packaging/strip_guard.py: a library whose loadable segments `strip` changed gets its source back;
a library `strip` only trimmed keeps the trimmed copy. ELF files are generated here, byte by byte."""

from __future__ import annotations

import importlib.util
import struct
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]
PT_LOAD, PT_NOTE = 1, 4


def _guard() -> ModuleType:
    # Loaded by path: the folder's name, packaging, is also a PyPI package's.
    spec = importlib.util.spec_from_file_location("strip_guard", ROOT / "packaging" / "strip_guard.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def elf(segments: list[tuple[int, int, int, int, int]], tail: bytes = b"") -> bytes:
    """A 64-bit little-endian ELF header and program headers (type, offset, vaddr, filesz, memsz)."""
    ident = b"\x7fELF" + bytes([2, 1, 1]) + bytes(9)
    header = ident + struct.pack("<HHIQQQIHHHHHH", 3, 62, 1, 0, 64, 0, 0, 64, 56, len(segments), 64, 0, 0)
    table = b"".join(
        struct.pack("<IIQQQQQQ", kind, 6, offset, vaddr, vaddr, filesz, memsz, 0x1000)
        for kind, offset, vaddr, filesz, memsz in segments
    )
    return header + table + tail


GOOD = [(PT_LOAD, 0, 0, 0x2000, 0x2000), (PT_NOTE, 0x100, 0x100, 0x24, 0x24), (PT_LOAD, 0x3000, 0x13000, 0x800, 0x900)]
# What binutils' strip made of PySide6's patchelf-edited FFmpeg: the second segment emptied and moved off its page.
MANGLED = [(PT_LOAD, 0, 0, 0x2000, 0x2000), (PT_NOTE, 0x100, 0x100, 0x24, 0x24), (PT_LOAD, 0x23BC, 0x13000, 0, 0)]


def test_load_segments_reads_only_loadable_segments_and_only_elf(tmp_path: Path) -> None:
    guard = _guard()
    lib = tmp_path / "libx.so"
    lib.write_bytes(elf(GOOD))
    assert guard.load_segments(str(lib)) == [(0, 0x2000, 0x2000, 6, 0), (0x13000, 0x800, 0x900, 6, 0)]
    text = tmp_path / "wordlist.txt"
    text.write_text("academic\nacid\n", encoding="utf-8")
    assert guard.load_segments(str(text)) is None
    assert guard.load_segments(str(tmp_path / "missing.so")) is None


def test_a_mangled_library_gets_its_source_back_a_trimmed_one_stays(tmp_path: Path) -> None:
    guard = _guard()
    src, out = tmp_path / "src", tmp_path / "dist" / "_internal"
    (src / "lib").mkdir(parents=True)
    (out / "lib").mkdir(parents=True)
    original_av = elf(GOOD, tail=b"symbols" * 100)
    original_qt = elf(GOOD, tail=b"debug info" * 100)
    (src / "lib" / "libavutil.so.59").write_bytes(original_av)
    (src / "lib" / "libQt6Core.so.6").write_bytes(original_qt)
    (out / "lib" / "libavutil.so.59").write_bytes(elf(MANGLED))
    trimmed = elf(GOOD)  # symbols gone, segments as they were
    (out / "lib" / "libQt6Core.so.6").write_bytes(trimmed)
    (src / "wordlist.txt").write_text("academic\n", encoding="utf-8")
    (out / "wordlist.txt").write_text("academic\n", encoding="utf-8")
    binaries = [
        ("lib/libavutil.so.59", str(src / "lib" / "libavutil.so.59"), "BINARY"),
        ("lib/libQt6Core.so.6", str(src / "lib" / "libQt6Core.so.6"), "BINARY"),
        ("wordlist.txt", str(src / "wordlist.txt"), "DATA"),
        ("lib/not-collected.so", str(src / "lib" / "absent.so"), "BINARY"),
    ]
    assert guard.restore_misstripped(str(out), binaries) == ["lib/libavutil.so.59"]
    assert (out / "lib" / "libavutil.so.59").read_bytes() == original_av
    assert (out / "lib" / "libQt6Core.so.6").read_bytes() == trimmed
