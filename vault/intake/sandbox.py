"""Reading documents in a limited child process: bounded in time and memory.

PDFium (C++) and the office parsers see hostile files: a crafted PDF may crash or hang PDFium, a
DOCX may be a zip bomb. So the parse runs in a worker process started with multiprocessing's
"spawn" (never fork: the importer runs helper threads) under RLIMIT_AS and RLIMIT_CPU, with a
wall-clock deadline kept by the parent. The file's bytes reach the worker through a pipe, read
from the file already open for import (never a temp file); the worker answers with JSON only
(text, metadata, warning; page images as base64), which the parent checks before use.

When the worker overruns, crashes or hits a limit it is killed, the file is still stored as
evidence with a warning, and the next file gets a fresh worker. One worker serves a whole import
run (`PdfSandbox`), started lazily on the first document; a lock serialises documents from the
importer's helper threads. The worker runs only the operations named in OPERATIONS (PDF text,
office text, page images, document facts); it never imports Qt or sqlite3, and it logs nothing.
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
TARGET = "vault.intake.pdf:pdf_text"  # the function the worker runs for "pdf"; tests point it at a hook
# What else the worker runs, by name (the parent sends only the name: no code crosses the pipe;
# the worker gets this table when it starts, so tests can point an operation at a hook).
OPERATIONS = {
    "office": "vault.intake.office:office_text",
    "render": "vault.documents.render:render_in_child",
    "facts": "vault.documents.facts:facts_in_child",
}
MAX_ANSWER_BYTES = 6 * MAX_TEXT_CHARS + (32 << 20)  # text as JSON, or page images as base64
TOO_HARD = "text could not be extracted: the document took too long / needed too much memory to read"
UNAVAILABLE = "text could not be extracted: no process could be started to read the document"
TOO_LARGE = "text could not be extracted: the document is too large to read safely"

# flags and counts (body_chars: where an office document's body ends in its text, office.py)
_FACTS = frozenset({"has_javascript", "encrypted", "pages", "text_truncated", "embedded_images", "body_chars"})
_META = frozenset(
    {
        "author",
        "creator",
        "producer",
        "title",
        "subject",
        "keywords",
        "created",
        "modified",
        "last_modified_by",
        "description",
        "company",
    }
)
MAX_META_CHARS = 2000
_FAILED = object()
_EXIT_MEMORY = 3
_EXIT_ERROR = 4


class _Worker:
    def __init__(self) -> None:
        ctx = multiprocessing.get_context("spawn")
        job_r, self.jobs = ctx.Pipe(duplex=False)  # one-way OS pipes: no sockets at all
        self.results, result_w = ctx.Pipe(duplex=False)
        self.proc: BaseProcess = ctx.Process(
            target=_serve,
            args=(job_r, result_w, MEMORY_LIMIT, CPU_LIMIT_S, {**OPERATIONS, "pdf": TARGET}),
            name="pdf-sandbox",
            daemon=True,
        )
        self.proc.start()
        job_r.close()  # the worker holds these ends now; closing ours lets a dead worker read as EOF
        result_w.close()

    def call(self, op: str, args: dict[str, Any], src: BinaryIO, size: int) -> Any:
        """The worker's JSON answer, or _FAILED when it overran, crashed or hit a limit (then killed)."""
        overran = threading.Event()

        def expire() -> None:
            overran.set()
            self.kill()

        timer = threading.Timer(TIMEOUT_S, expire)
        timer.daemon = True
        timer.start()
        try:
            self.jobs.send_bytes(json.dumps([size, op, args]).encode())
            sent = 0
            while sent < size:
                chunk = src.read(min(CHUNK, size - sent))
                if not chunk:
                    break
                self.jobs.send_bytes(chunk)
                sent += len(chunk)
            self.jobs.send_bytes(b"")  # end of file
            # JSON, not pickle: a worker subverted by a hostile PDF must not run code in the app.
            answer = json.loads(self.results.recv_bytes(MAX_ANSWER_BYTES))
            return _FAILED if overran.is_set() else answer  # the deadline passed just as it came
        except (OSError, EOFError, ValueError, TypeError):
            return _FAILED
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
    """One reusable worker for a whole run: `pdf_text` (as vault.intake.pdf.pdf_text),
    `office_text` (as vault.intake.office.office_text) and `call` for page images and facts."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._worker: _Worker | None = None

    def pdf_text(self, src: BinaryIO, *, raw_javascript: bool = False, size: int | None = None) -> TextResult:
        fallback = TextResult(metadata={"has_javascript": raw_javascript})
        answer = self._text("pdf", {"raw_javascript": raw_javascript}, src, size, fallback)
        if isinstance(answer, TextResult):
            return answer
        text, metadata, warning = answer
        facts = {k: v for k, v in metadata.items() if k in _FACTS and isinstance(v, bool | int)}
        facts.update({k: v[:MAX_META_CHARS] for k, v in metadata.items() if k in _META and isinstance(v, str)})
        facts["has_javascript"] = bool(facts.get("has_javascript")) or raw_javascript
        return TextResult(text[:MAX_TEXT_CHARS], facts, warning)

    def office_text(self, src: BinaryIO, *, mime: str, size: int | None = None) -> TextResult:
        answer = self._text("office", {"mime": mime}, src, size, TextResult())
        if isinstance(answer, TextResult):
            return answer
        text, metadata, warning = answer
        facts: dict[str, Any] = {k: v for k, v in metadata.items() if k in _FACTS and isinstance(v, bool | int)}
        facts.update({k: v[:MAX_META_CHARS] for k, v in metadata.items() if k in _META and isinstance(v, str)})
        return TextResult(text[:MAX_TEXT_CHARS], facts, warning)

    def _text(self, op: str, args: dict[str, Any], src: BinaryIO, size: int | None, fallback: TextResult) -> Any:
        """The worker's [text, metadata, warning], or `fallback` carrying the warning why not."""
        answer = self.call(op, args, src, size)
        if isinstance(answer, str):
            fallback.warning = answer
            return fallback
        if not (isinstance(answer, list) and len(answer) == 3):
            fallback.warning = TOO_HARD
            return fallback
        text, metadata, warning = answer
        if not (isinstance(text, str) and isinstance(metadata, dict) and isinstance(warning, str | None)):
            fallback.warning = TOO_HARD
            return fallback
        return answer

    def call(self, op: str, args: dict[str, Any], src: BinaryIO, size: int | None = None) -> Any:
        """Run `op` (a key of OPERATIONS) on the file's bytes in the worker: its JSON answer
        wrapped in a one-item dict, or a warning string when it could not be had."""
        if size is None:
            size = _remaining(src)
        if size > MAX_PDF_BYTES:
            return TOO_LARGE
        with self._lock:
            worker = self._worker
            if worker is None or not worker.alive():
                if worker is not None:
                    worker.close()
                self._worker = None
                try:
                    worker = self._worker = _Worker()
                except OSError:  # no process could be started (out of processes or memory)
                    log.warning("document worker could not be started")
                    return UNAVAILABLE
            found = worker.call(op, args, src, size)
            if found is _FAILED or not isinstance(found, dict) or "ok" not in found:
                log.warning("document worker %s stopped (limit, timeout or crash); restarting", worker.proc.pid)
                self._worker = None
                worker.kill()
                worker.close()
                return TOO_HARD
        return found["ok"]

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


def _serve(jobs: Connection, results: Connection, memory: int, cpu_s: int, targets: dict[str, str]) -> None:
    """Worker main loop: a job is [size, op, args], the bytes in chunks, then b""."""
    import io

    logging.disable(logging.CRITICAL)  # nothing of the content may reach a log
    _limit("RLIMIT_AS", memory)
    while True:
        try:
            size, op, args = json.loads(jobs.recv_bytes(4096))
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
            module, _, name = targets[op].partition(":")
            found = getattr(importlib.import_module(module), name)(data, **args)
            del data
            answer = [found.text, found.metadata, found.warning] if op in ("pdf", "office") else found
            results.send_bytes(json.dumps({"ok": answer}, ensure_ascii=False).encode())
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
