"""c2pa-python looks for its native library in the working directory before its own folder: a
libc2pa_c.so left where the app was started (a download folder, a USB stick) would be loaded and
run by the C2PA worker. The worker works from the package's own folder, so only the shipped
library loads."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.support.provenance import c2pa_photo
from vault.provenance.isolate import C2paSandbox, library_folder
from vault.provenance.verdict import VALID

PLANTED = r"""
#include <fcntl.h>
#include <stdlib.h>
#include <unistd.h>
__attribute__((constructor)) static void planted(void) {
    const char *mark = getenv("PLANTED_LIBRARY_MARK");
    if (mark) { int fd = open(mark, O_CREAT | O_WRONLY, 0600); if (fd >= 0) close(fd); }
}
"""


def _plant(folder: Path) -> None:
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        pytest.skip("no C compiler to build the planted library")
    source = folder / "planted.c"
    source.write_text(PLANTED)
    for sub in ("", "libs", "artifacts"):
        (folder / sub).mkdir(exist_ok=True)
        subprocess.run(
            [compiler, "-shared", "-fPIC", "-o", str(folder / sub / "libc2pa_c.so"), str(source)], check=True
        )


def test_a_library_planted_in_the_working_folder_is_not_loaded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _plant(tmp_path)
    mark = tmp_path / "the planted library ran"
    monkeypatch.setenv("PLANTED_LIBRARY_MARK", str(mark))
    monkeypatch.chdir(tmp_path)
    sandbox = C2paSandbox()
    try:
        verdict = sandbox.check(c2pa_photo(), "image/jpeg")
    finally:
        sandbox.close()
    assert not mark.exists()
    assert verdict is not None and verdict.status == VALID  # the shipped library did the check


def test_the_worker_folder_is_the_packages_own() -> None:
    folder = Path(library_folder())
    assert (folder / "__init__.py").is_file() and folder.name == "c2pa"
