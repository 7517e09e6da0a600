"""PDF text extraction in a limited child process (issue 8 point 2): a normal PDF's text still
reaches search; a worker that overruns its deadline, its CPU or memory limit, or crashes is
killed and restarted while the file is still stored with a warning and the import goes on; the
PDF reaches the worker through a pipe, never a temp file; the worker never loads Qt."""

from __future__ import annotations

import hashlib
import io
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.intake import PDF_TEXT, text_pdf, write
from tests.support.sandbox_hooks import CRASH, FACTS, HANG, HOG, MODULES, SPIN
from vault import search
from vault.intake import ImportedFile, import_paths, sandbox
from vault.intake.sandbox import TOO_HARD, PdfSandbox
from vault.store import Vault

HOOK = "tests.support.sandbox_hooks:hostile_pdf_text"


@pytest.fixture
def private_tmp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A temp directory of this test's own (inherited by the worker), to prove nothing lands there."""
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    monkeypatch.setenv("TMPDIR", str(tmp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    assert tempfile.gettempdir() == str(tmp)
    yield tmp
    monkeypatch.setattr(tempfile, "tempdir", None)


@pytest.fixture
def hooked(monkeypatch: pytest.MonkeyPatch) -> None:
    """The worker runs the test hook (limits are passed to it when it starts)."""
    monkeypatch.setattr(sandbox, "TARGET", HOOK)


def _pdf(marker: bytes = b"", lines: list[str] = PDF_TEXT) -> bytes:
    return text_pdf(lines) + marker


def _by_name(imported: list[ImportedFile]) -> dict[str, ImportedFile]:
    return {Path(f.path).name: f for f in imported}


def _found(vault: Vault, query: str) -> set[str]:
    return {hit.id for hit in search.search(vault.conn, query)}


def test_cyrillic_pdf_text_goes_through_the_sandbox_with_no_temp_file(
    vault: Vault, tmp_path: Path, private_tmp: Path
) -> None:
    folder = tmp_path / "in"
    write(folder / "court.pdf", _pdf())
    write(folder / "appeal.pdf", _pdf(lines=["Апелляционная жалоба защитника"]))
    report = import_paths(vault, [folder])
    files = _by_name(report.imported)
    assert set(files) == {"court.pdf", "appeal.pdf"} and not report.rejected
    assert all(f.warning is None and f.kind == "document" for f in files.values())
    assert _found(vault, "правозащитника") == {files["court.pdf"].id}
    assert _found(vault, "жалоба") == {files["appeal.pdf"].id}
    assert list(private_tmp.iterdir()) == []


@pytest.mark.parametrize(
    ("marker", "limits"),
    [
        (HANG, {"TIMEOUT_S": 5.0}),  # deadline (generous: the restarted worker gets it too, on a loaded machine)
        (SPIN, {"CPU_LIMIT_S": 1}),  # RLIMIT_CPU (the deadline stays at 20 s)
        (HOG, {}),  # RLIMIT_AS: 2 GiB asked under a 1 GiB limit
        (CRASH, {}),
    ],
    ids=["timeout", "cpu", "memory", "crash"],
)
def test_a_pdf_that_breaks_the_worker_is_stored_with_a_warning_and_the_import_goes_on(
    vault: Vault,
    tmp_path: Path,
    private_tmp: Path,
    hooked: None,
    monkeypatch: pytest.MonkeyPatch,
    marker: bytes,
    limits: dict[str, float],
) -> None:
    for name, value in limits.items():
        monkeypatch.setattr(sandbox, name, value)
    folder = tmp_path / "in"
    hostile = write(folder / "a-hostile.pdf", _pdf(marker))
    write(folder / "b-court.pdf", _pdf())
    write(folder / "c-note.txt", "Заметка о задержании".encode())
    report = import_paths(vault, [folder])
    files = _by_name(report.imported)
    assert set(files) == {"a-hostile.pdf", "b-court.pdf", "c-note.txt"} and not report.rejected
    assert files["a-hostile.pdf"].warning == TOO_HARD
    assert files["a-hostile.pdf"].sha256 == hashlib.sha256(hostile.read_bytes()).hexdigest()
    assert files["a-hostile.pdf"].kind == "document"
    assert files["b-court.pdf"].warning is None
    assert _found(vault, "правозащитника") == {files["b-court.pdf"].id}
    assert _found(vault, "задержании") == {files["c-note.txt"].id}
    row = vault.conn.execute("SELECT warning FROM items WHERE id = ?", (files["a-hostile.pdf"].id,)).fetchone()
    assert row[0] == TOO_HARD
    assert list(private_tmp.iterdir()) == []


def test_the_worker_is_reused_and_restarted_after_a_crash(hooked: None) -> None:
    with PdfSandbox() as box:
        first = box.pdf_text(io.BytesIO(_pdf()))
        worker = box._worker
        assert worker is not None and first.text.startswith("Решение суда") and first.metadata["pages"] == 1
        box.pdf_text(io.BytesIO(_pdf(lines=["Второй документ"])))
        assert box._worker is worker  # one worker for many PDFs
        crashed = box.pdf_text(io.BytesIO(_pdf(CRASH)), raw_javascript=True)
        assert crashed.warning == TOO_HARD and crashed.text == "" and crashed.metadata == {"has_javascript": True}
        assert box._worker is None and not worker.alive()
        again = box.pdf_text(io.BytesIO(_pdf(lines=["Третий документ"])))
        assert again.warning is None and "Третий документ" in again.text
        assert box._worker is not None and box._worker is not worker
        last = box._worker
    assert not last.alive() and box._worker is None  # closed at the end


def test_the_worker_never_loads_qt_or_sqlite3(hooked: None) -> None:
    with PdfSandbox() as box:
        found = box.pdf_text(io.BytesIO(_pdf(MODULES)))
    assert found.warning is None and found.text == "loaded: "


def test_a_pdf_too_large_for_the_worker_is_not_sent(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sandbox, "MAX_PDF_BYTES", 100)
    with PdfSandbox() as box:
        found = box.pdf_text(io.BytesIO(_pdf()))
        assert found.warning == sandbox.TOO_LARGE and box._worker is None


def test_only_known_facts_come_back_and_the_raw_javascript_flag_holds(hooked: None) -> None:
    with PdfSandbox() as box:
        found = box.pdf_text(io.BytesIO(_pdf(FACTS)), raw_javascript=True)
    assert found.text == "x" and found.metadata == {"pages": 2, "has_javascript": True}


def test_no_worker_process_means_a_warning_not_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse() -> None:
        raise OSError("no more processes")

    monkeypatch.setattr(sandbox, "_Worker", refuse)
    with PdfSandbox() as box:
        found = box.pdf_text(io.BytesIO(_pdf()))
    assert found.warning == sandbox.UNAVAILABLE and found.text == ""
