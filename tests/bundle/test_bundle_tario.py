"""The strict tar reader: reads what the bundle writer writes (and stock tarfile reads it too);
refuses everything else."""

from __future__ import annotations

import io
import tarfile

import pytest

from vault.bundle import tario

NAMES = ["manifest.json", "files/0123abcd/Фото задержания — Алматы.jpg", "files/0123abcd/" + "д" * 59 + ".txt"]


def _ours(entries: list[tuple[str, bytes]]) -> bytes:
    out, written = [], 0
    for name, data in entries:
        block = tario.member_header(name, len(data), 1_700_000_000) + data + tario.padding(len(data))
        written += len(block)
        out.append(block)
    out.append(tario.end_of_archive(written))
    return b"".join(out)


def _read(data: bytes) -> list[tuple[str, bytes]]:
    reader = tario.TarReader(io.BytesIO(data))
    got = []
    for entry in reader.entries():
        chunks = []
        while chunk := reader.read(7):
            chunks.append(chunk)
        got.append((entry.name, b"".join(chunks)))
    assert reader.finished
    return got


def test_round_trip_and_stock_tarfile_agree() -> None:
    entries = [(n, (n * 3).encode()) for n in NAMES] + [("files/empty/zero.bin", b"")]
    data = _ours(entries)
    assert len(data) % tario.RECORD == 0
    assert _read(data) == entries
    with tarfile.open(fileobj=io.BytesIO(data), mode="r:") as tar:
        assert [(m.name, tar.extractfile(m).read()) for m in tar.getmembers()] == entries  # type: ignore[union-attr]


def _stock(add: object) -> bytes:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT) as tar:
        info = tarfile.TarInfo("ok.txt")
        info.size = 2
        tar.addfile(info, io.BytesIO(b"ok"))
        add(tar)  # type: ignore[operator]
    return buf.getvalue()


def _special(kind: bytes, **attrs: object) -> object:
    def add(tar: tarfile.TarFile) -> None:
        info = tarfile.TarInfo("x")
        info.type = kind
        for k, v in attrs.items():
            setattr(info, k, v)
        tar.addfile(info)

    return add


@pytest.mark.parametrize(
    "add",
    [
        _special(tarfile.SYMTYPE, linkname="/etc/passwd"),
        _special(tarfile.LNKTYPE, linkname="ok.txt"),
        _special(tarfile.DIRTYPE),
        _special(tarfile.CHRTYPE, devmajor=1, devminor=3),
        _special(tarfile.FIFOTYPE),
    ],
    ids=["symlink", "hardlink", "directory", "device", "fifo"],
)
def test_only_regular_files(add: object) -> None:
    with pytest.raises(tario.TarError, match="not a regular file"):
        _read(_stock(add))


def test_gnu_long_names_and_global_headers_refused() -> None:
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.GNU_FORMAT) as tar:
        info = tarfile.TarInfo("a" * 150)
        tar.addfile(info, io.BytesIO(b""))
    with pytest.raises(tario.TarError):
        _read(buf.getvalue())
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.PAX_FORMAT, pax_headers={"comment": "x"}) as tar:
        tar.addfile(tarfile.TarInfo("a"), io.BytesIO(b""))
    with pytest.raises(tario.TarError, match="not a regular file"):
        _read(buf.getvalue())


def test_damage_is_refused() -> None:
    data = bytearray(_ours([("a.txt", b"hello")]))
    bad_sum = bytearray(data)
    bad_sum[0] = ord("b")
    with pytest.raises(tario.TarError, match="checksum"):
        _read(bytes(bad_sum))
    with pytest.raises(tario.TarError, match="truncated|ends in the middle"):
        _read(bytes(data[:520]))
    with pytest.raises(tario.TarError, match="truncated"):
        _read(bytes(data[:1024]))  # no end-of-archive marker
    with pytest.raises(tario.TarError, match="after the end"):
        _read(bytes(data) + b"garbage")


def test_oversize_pax_header_refused_before_reading_it() -> None:
    header = tario.member_header("a", 0, 0)
    big = bytearray(header[:512])
    big[124:136] = b"%011o\0" % (10 * 1024 * 1024)
    big[156] = ord("x")  # a pax extended header claiming 10 MiB
    big[148:156] = b"        "
    big[148:156] = b"%06o\0 " % sum(big)
    with pytest.raises(tario.TarError, match="oversize pax"):
        _read(bytes(big) + b"\0" * 2048)
