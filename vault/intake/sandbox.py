"""PDF text extraction in a limited child process: bounded in time and memory.

pypdf is pure Python and bounded by page count, but a hostile PDF (deep object recursion, a huge
content stream, a pathological xref) can still make it run for minutes or eat gigabytes. So the
parse runs in a worker process started with multiprocessing's "spawn" (never fork: the importer
runs helper threads) under RLIMIT_AS and RLIMIT_CPU, with a wall-clock deadline kept by the
parent. The PDF's bytes reach the worker through a pipe, read from the file already open for
import (never a temp file); the worker answers with plain data (text, metadata, warning).

When the worker overruns, crashes or hits a limit it is killed, the file is still stored as
evidence with a warning, and the next PDF gets a fresh worker. One worker serves a whole import
run (`PdfSandbox`), started lazily on the first PDF; a lock serialises PDFs from the importer's
helper threads. The worker imports only this module and vault.intake.text (pypdf); never Qt, and
it logs nothing.
"""

from __future__ import annotations

import importlib
import json
import logging
import multiprocessing
import os
import threading
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any, BinaryIO

from .text import MAX_TEXT_CHARS, TextResult

log = logging.getLogger(__name__)

TIMEOUT_S = 20.0  # wall clock for one PDF, sending its bytes included
MEMORY_LIMIT = 1 << 30  # RLIMIT_AS of the worker, bytes
CPU_LIMIT_S = 20  # RLIMIT_CPU of the worker, seconds per PDF
MAX_PDF_BYTES = MEMORY_LIMIT // 3  # larger PDFs are not parsed: the worker holds the bytes
CHUNK = 1 << 20
TARGET = "vault.intake.text:pdf_text"  # the function the worker runs; tests point it at a hook
TOO_HARD = "text could not be extracted: the PDF took too long / needed too much memory to read"
UNAVAILABLE = "text could not be extracted: no process could be started to read the PDF"
TOO_LARGE = "text could not be extracted: the PDF is too large to read safely"

_FACTS = frozenset({"has_javascript", "encrypted", "pages", "text_truncated"})  # what pdf_text reports
_EXIT_MEMORY = 3
_EXIT_ERROR = 4


class _Worker:
    def __init__(self) -> None:
        ctx = multiprocessing.get_context("spawn")
        job_r, self.jobs = ctx.Pipe(duplex=False)  # one-way OS pipes: no sockets at all
        self.results, result_w = ctx.Pipe(duplex=False)
        self.proc: BaseProcess = ctx.Process(
            target=_serve, args=(job_r, result_w, MEMORY_LIMIT, CPU_LIMIT_S, TARGET),
            name="pdf-sandbox", daemon=True,
        )  # fmt: skip
        self.proc.start()
        job_r.close()  # the worker holds these ends now; closing ours lets a dead worker read as EOF
        result_w.close()

    def run(self, src: BinaryIO, size: int, raw_javascript: bool) -> TextResult | None:
        """The worker's answer, or None when it overran, crashed or hit a limit (then killed)."""
        overran = threading.Event()

        def expire() -> None:
            overran.set()
            self.kill()

        timer = threading.Timer(TIMEOUT_S, expire)
        timer.daemon = True
        timer.start()
        try:
            self.jobs.send_bytes(json.dumps([size, raw_javascript]).encode())
            sent = 0
            while sent < size:
                chunk = src.read(min(CHUNK, size - sent))
                if not chunk:
                    break
                self.jobs.send_bytes(chunk)
                sent += len(chunk)
            self.jobs.send_bytes(b"")  # end of file
            # JSON, not pickle: a worker subverted by a hostile PDF must not run code in the app.
            text, metadata, warning = json.loads(self.results.recv_bytes(6 * MAX_TEXT_CHARS + (1 << 20)))
            if overran.is_set():  # the deadline passed just as the answer came
                return None
            if not (isinstance(text, str) and isinstance(metadata, dict) and isinstance(warning, str | None)):
                return None
            facts = {k: v for k, v in metadata.items() if k in _FACTS and isinstance(v, bool | int)}
            facts["has_javascript"] = bool(facts.get("has_javascript")) or raw_javascript
            return TextResult(text[:MAX_TEXT_CHARS], facts, warning)
        except (OSError, EOFError, ValueError, TypeError):
            return None
        finally:
            timer.cancel()

    def alive(self) -> bool:
        try:
            return self.proc.is_alive()
        except ValueError:  # closed
            return False

    def kill(self) -> None:
        try:
            self.proc.kill()  # a no-op once it has been reaped
        except ValueError:  # already closed
            pass

    def close(self) -> None:
        if self.jobs.closed:
            return
        try:
            self.jobs.close()  # EOF: the worker leaves its loop
        finally:
            self.proc.join(2.0)
            self.kill()
            self.proc.join()
            self.results.close()
            self.proc.close()


class PdfSandbox:
    """`pdf_text` (same call as vault.intake.text.pdf_text) through one reusable worker."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._worker: _Worker | None = None

    def pdf_text(self, src: BinaryIO, *, raw_javascript: bool = False, size: int | None = None) -> TextResult:
        if size is None:
            size = _remaining(src)
        if size > MAX_PDF_BYTES:
            return TextResult(metadata={"has_javascript": raw_javascript}, warning=TOO_LARGE)
        with self._lock:
            worker = self._worker
            if worker is None or not worker.alive():
                if worker is not None:
                    worker.close()
                self._worker = None
                try:
                    worker = self._worker = _Worker()
                except OSError:  # no process could be started (out of processes or memory)
                    log.warning("PDF text worker could not be started")
                    return TextResult(metadata={"has_javascript": raw_javascript}, warning=UNAVAILABLE)
            found = worker.run(src, size, raw_javascript)
            if found is None:
                log.warning("PDF text worker %s stopped (limit, timeout or crash); restarting", worker.proc.pid)
                self._worker = None
                worker.kill()
                worker.close()
                return TextResult(metadata={"has_javascript": raw_javascript}, warning=TOO_HARD)
        return found

    def close(self) -> None:
        with self._lock:
            worker, self._worker = self._worker, None
        if worker is not None:
            worker.close()

    def __enter__(self) -> PdfSandbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _remaining(src: BinaryIO) -> int:
    here = src.tell()
    end = src.seek(0, os.SEEK_END)
    src.seek(here)
    return end - here


# --- the worker process ------------------------------------------------------------------------


def _serve(jobs: Connection, results: Connection, memory: int, cpu_s: int, target: str) -> None:
    """Worker main loop: a job is (size, raw_javascript), the bytes in chunks, then b""."""
    import io

    logging.disable(logging.CRITICAL)  # nothing of the content may reach a log
    _limit("RLIMIT_AS", memory)
    module, _, name = target.partition(":")
    extract = getattr(importlib.import_module(module), name)
    while True:
        try:
            size, raw_javascript = json.loads(jobs.recv_bytes(256))
        except (EOFError, OSError):
            return
        _limit("RLIMIT_CPU", cpu_s, per_job=True)
        try:
            buf = bytearray(size)
            view = memoryview(buf)
            got = 0
            while chunk := jobs.recv_bytes():
                view[got : got + len(chunk)] = chunk
                got += len(chunk)
            data = io.BytesIO(view[:got])
            del view, buf
            found = extract(data, raw_javascript=bool(raw_javascript))
            del data
            answer: list[Any] = [found.text, found.metadata, found.warning]
            results.send_bytes(json.dumps(answer, ensure_ascii=False).encode())
        except MemoryError:
            os._exit(_EXIT_MEMORY)
        except (EOFError, OSError):
            return
        except BaseException:  # noqa: BLE001 - no traceback: it could quote the content
            os._exit(_EXIT_ERROR)


def _limit(name: str, value: int, *, per_job: bool = False) -> None:
    """Set a resource limit where the platform has it (Linux; RLIMIT_AS is not enforced on macOS,
    and Windows has no `resource`: there only the parent's deadline applies). A per-job CPU limit
    counts from the CPU time the worker has used so far and leaves the hard limit alone."""
    try:
        import resource

        which = getattr(resource, name)
        if per_job:
            used = resource.getrusage(resource.RUSAGE_SELF)
            value += int(used.ru_utime + used.ru_stime) + 1
        _soft, hard = resource.getrlimit(which)
        if hard != resource.RLIM_INFINITY and value > hard:
            value = hard
        resource.setrlimit(which, (value, hard if per_job else value))
    except (ImportError, AttributeError, ValueError, OSError):
        pass
