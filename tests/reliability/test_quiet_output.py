"""A damaged TIFF makes Pillow warn hundreds of times; the command line still prints nothing but
its own result, and the file is reported with a warning of the import's own."""

from __future__ import annotations

import io
import json
import os
import random
import subprocess
import sys
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
PROBE = "import sys\nfrom PIL import Image\ntry:\n    Image.open(sys.argv[1]).load()\nexcept Exception:\n    pass\n"


def _damaged_tiffs(folder: Path, count: int = 6) -> None:
    buf = io.BytesIO()
    Image.new("RGB", (64, 64), (1, 2, 3)).save(buf, "TIFF", compression="tiff_lzw")
    rnd = random.Random(3)
    folder.mkdir()
    for n in range(count):
        data = bytearray(buf.getvalue())
        for _ in range(40):
            data[rnd.randrange(8, len(data))] = rnd.randrange(256)
        (folder / f"bad{n}.tif").write_bytes(bytes(data))


def _damaged_fax_tiff(path: Path) -> None:
    """A CCITT Group 4 TIFF whose strip is garbled: libtiff itself writes to descriptor 2."""
    im = Image.new("1", (256, 256), 1)
    for x in range(0, 256, 3):
        for y in range(0, 256, 5):
            im.putpixel((x, y), 0)
    buf = io.BytesIO()
    im.save(buf, "TIFF", compression="group4")
    data = bytearray(buf.getvalue())
    for i in range(8, min(len(data) - 200, 400)):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))


def _cli(vault: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "EVIDENCE_VAULT_PASSPHRASE": "pw", "EVIDENCE_VAULT_KDF_TARGET": "0", "PYTHONWARNINGS": ""}
    return subprocess.run(
        [sys.executable, "-m", "vault.cli.main", "--vault", str(vault), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_hostile_tiffs_leave_stderr_silent(tmp_path: Path) -> None:
    _damaged_tiffs(tmp_path / "in")
    assert _cli(tmp_path / "v", "init").returncode == 0
    run = _cli(tmp_path / "v", "import", str(tmp_path / "in"), "--json")
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
    imported = json.loads(run.stdout)["imported"]
    assert len(imported) == 6 and all(item["warning"] for item in imported)


def test_libtiff_writing_to_descriptor_2_is_kept_off_the_terminal(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    _damaged_fax_tiff(tmp_path / "in" / "fax.tif")
    probe = subprocess.run(
        [sys.executable, "-c", PROBE, str(tmp_path / "in" / "fax.tif")], capture_output=True, text=True, timeout=60
    )
    assert "Fax4Decode" in probe.stderr  # the library does print, when nobody stops it
    assert _cli(tmp_path / "v", "init").returncode == 0
    run = _cli(tmp_path / "v", "import", str(tmp_path / "in"), "--json")
    assert run.returncode == 0 and run.stderr == ""
    assert len(json.loads(run.stdout)["imported"]) == 1


def test_debug_logs_the_warning_kind_but_never_its_text(tmp_path: Path) -> None:
    _damaged_tiffs(tmp_path / "in")
    assert _cli(tmp_path / "v", "init").returncode == 0
    run = _cli(tmp_path / "v", "--debug", "import", str(tmp_path / "in"))
    assert "library warning UserWarning from TiffImagePlugin.py" in run.stderr
    assert "site-packages" not in run.stderr and "Skipping tag" not in run.stderr
