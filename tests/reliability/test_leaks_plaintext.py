"""No plaintext anywhere (issue 8 point 3). Unique markers go into file bytes, file names, EXIF,
a PDF's text and title, a testimony and its revision, tags, a protected person's name and alias,
a case title, summary and chronology. A full CLI session (tests/faults/session.py: import, show,
search, edit, tag, extract, verify, dossier, bundle to a partner vault and import there, passphrase
change, lock) runs with HOME, XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_CACHE_HOME and TMPDIR inside the
test folder. Afterwards no marker may appear, in UTF-8, UTF-16 or base64, in the vaults, the temp
folder, the config, data and cache folders, the home folder, or the `--debug` log; only the files
the user explicitly exported in the clear (extract --out, an `internal` dossier) may hold them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.faults.scan import needles, scan
from tests.support.leak_session import run_session

pytestmark = pytest.mark.slow  # a harness: minutes of CPU; ./run test still runs it


def test_marker_encodings_cover_every_base64_alignment() -> None:
    import base64

    for pad in range(3):
        blob = base64.b64encode(b"x" * pad + b"zqmarker12345678" + b"y")
        assert any(n in blob for n in needles("zqmarker12345678"))


@pytest.fixture(scope="module")
def session(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], dict[str, str], dict[str, Path], Path]:
    tmp = tmp_path_factory.mktemp("leaks")
    result, markers, dirs = run_session(tmp)
    return result, markers, dirs, tmp


def test_the_session_ran_every_command(session: tuple[dict[str, Any], dict[str, str], dict[str, Path], Path]) -> None:
    result, _markers, _dirs, tmp = session
    assert result["error"] == "", result["error"] + (tmp / "stderr.log").read_text(errors="replace")[-2000:]
    commands = {c["argv"][0] for c in result["commands"]}
    assert {
        "init",
        "import",
        "testimony",
        "tag",
        "search",
        "show",
        "extract",
        "dossier",
        "bundle",
        "passwd",
    } <= commands


def test_no_marker_in_vaults_temp_config_data_cache_or_home(
    session: tuple[dict[str, Any], dict[str, str], dict[str, Path], Path],
) -> None:
    _result, markers, dirs, _tmp = session
    vault_files = list((dirs["data"]).rglob("vault.db"))
    assert len(vault_files) == 2, "both vaults live in the data folder"
    explicit = {dirs["exports"] / "extracted.bin", dirs["exports"] / "dossier-internal.pdf"}
    roots = [dirs[k] for k in ("home", "config", "data", "cache", "tmp", "exports")]
    assert scan(roots, markers, skip=explicit) == []


def test_no_marker_in_the_debug_log(session: tuple[dict[str, Any], dict[str, str], dict[str, Path], Path]) -> None:
    _result, markers, _dirs, tmp = session
    log = tmp / "stderr.log"
    assert log.stat().st_size > 0, "--debug logging reached the captured stderr"
    assert scan([log], markers) == []


def test_the_explicit_exports_do_hold_the_content(
    session: tuple[dict[str, Any], dict[str, str], dict[str, Path], Path],
) -> None:
    """The scan would see a marker if one were there: the clear exports the user asked for have them."""
    _result, markers, dirs, _tmp = session
    hits = scan([dirs["exports"] / "extracted.bin", dirs["exports"] / "dossier-internal.pdf"], markers)
    assert hits, "the scanner found nothing even in the plaintext exports"
