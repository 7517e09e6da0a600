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


def _cli(vault: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "EVIDENCE_VAULT_PASSPHRASE": "pw", "EVIDENCE_VAULT_KDF_TARGET": "0", "PYTHONWARNINGS": ""}
    return subprocess.run(
        [sys.executable, "-m", "vault.cli.main", "--vault", str(vault), *args],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip


def test_hostile_tiffs_leave_stderr_silent(tmp_path: Path) -> None:
    _damaged_tiffs(tmp_path / "in")
    assert _cli(tmp_path / "v", "init").returncode == 0
    run = _cli(tmp_path / "v", "import", str(tmp_path / "in"), "--json")
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
    imported = json.loads(run.stdout)["imported"]
    assert len(imported) == 6 and all(item["warning"] for item in imported)


def test_debug_logs_the_warning_kind_but_never_its_text(tmp_path: Path) -> None:
    _damaged_tiffs(tmp_path / "in", count=1)
    assert _cli(tmp_path / "v", "init").returncode == 0
    run = _cli(tmp_path / "v", "--debug", "import", str(tmp_path / "in"))
    assert "library warning UserWarning from TiffImagePlugin.py" in run.stderr
    assert "site-packages" not in run.stderr and "Skipping tag" not in run.stderr
