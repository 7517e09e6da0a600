"""C2PA checks in a limited child process, like PDF text: the native parser meets hostile
manifests there, bounded in memory (RLIMIT_AS), CPU (RLIMIT_CPU) and wall-clock time, and a
crash, hang or limit costs only that file's verdict (`unverifiable`), never the import.

One worker per import run, started on the first file that carries a manifest marker. Requests
and answers are JSON over one-way pipes (no pickle: a subverted worker must not run code here).
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import logging
import multiprocessing
import os
import sys
import threading
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from .verdict import C2PA, UNVERIFIABLE, Verdict

log = logging.getLogger(__name__)

MEMORY_LIMIT = 2 << 30  # RLIMIT_AS of the worker (the native library maps a good deal)
CPU_LIMIT_S = 30  # per file
TIMEOUT_S = 60.0  # wall clock per file, kept by the parent
TARGET = "vault.provenance.c2pa:check_c2pa"  # what the worker runs; tests point it at a hook
CHUNK = 1 << 20
FAILED = "the manifest could not be checked: the check took too long, needed too much memory or crashed"


class C2paSandbox:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._proc: BaseProcess | None = None
        self._jobs: Connection | None = None
        self._results: Connection | None = None
        self._broken = False

    def check(self, data: bytes, mime: str) -> Verdict | None:
        with self._lock:
            if self._broken:
                return Verdict(C2PA, UNVERIFIABLE, reason=FAILED)
            if self._proc is None or not self._proc.is_alive():
                self._stop()
                try:
                    self._start()
                except Exception:  # noqa: BLE001 - out of processes, or a host that cannot spawn
                    log.warning("C2PA worker could not be started")
                    self._stop()
                    self._broken = True  # not retried for every file of this run
                    return Verdict(C2PA, UNVERIFIABLE, reason=FAILED)
            answer = self._ask(data, mime)
            if answer is False:
                log.warning("C2PA worker stopped (limit, timeout or crash); restarting")
                self._stop()
                return Verdict(C2PA, UNVERIFIABLE, reason=FAILED)
            return None if answer is None else Verdict.from_json(answer)

    def _start(self) -> None:
        ctx = multiprocessing.get_context("spawn")
        job_r, self._jobs = ctx.Pipe(duplex=False)
        self._results, result_w = ctx.Pipe(duplex=False)
        self._proc = ctx.Process(
            target=_serve, args=(job_r, result_w, MEMORY_LIMIT, CPU_LIMIT_S, TARGET), name="c2pa-sandbox", daemon=True
        )
        self._proc.start()
        job_r.close()
        result_w.close()

    def _ask(self, data: bytes, mime: str) -> Any:
        """The worker's verdict as JSON, None for no manifest, False when it failed."""
        assert self._jobs is not None and self._results is not None and self._proc is not None
        proc = self._proc
        timer = threading.Timer(TIMEOUT_S, proc.kill)
        timer.daemon = True
        timer.start()
        try:
            self._jobs.send_bytes(json.dumps([mime[:100], len(data)]).encode())
            for at in range(0, len(data), CHUNK):
                self._jobs.send_bytes(data[at : at + CHUNK])
            self._jobs.send_bytes(b"")
            answer = json.loads(self._results.recv_bytes(1 << 20))
            return answer if answer is None or isinstance(answer, dict) else False
        except (OSError, EOFError, ValueError):
            return False
        finally:
            timer.cancel()

    def _stop(self) -> None:
        proc, self._proc = self._proc, None
        for conn in (self._jobs, self._results):
            if conn is not None:
                conn.close()
        self._jobs = self._results = None
        if proc is not None:
            try:
                proc.join(2.0)
                proc.kill()
                proc.join()
                proc.close()
            except (AssertionError, ValueError):  # never started, or already closed
                pass

    def close(self) -> None:
        with self._lock:
            self._stop()

    def __enter__(self) -> C2paSandbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def library_folder() -> str:
    """Where the worker runs from: the c2pa package's own folder (see `_serve`)."""
    spec = importlib.util.find_spec("c2pa")  # finds the package without running it
    if spec is not None and spec.origin:
        return os.path.dirname(os.path.abspath(spec.origin))
    return os.path.dirname(os.path.abspath(sys.executable))


def _serve(jobs: Connection, results: Connection, memory: int, cpu_s: int, target: str) -> None:
    logging.disable(logging.CRITICAL)  # nothing of the content may reach a log
    # c2pa-python looks for its native library in the working directory first (then ./libs,
    # ./artifacts): a libc2pa_c.so left in the folder the app was started from (a download
    # folder, a USB stick) would run here. The worker works from the package's own folder.
    os.chdir(library_folder())
    _limit("RLIMIT_AS", memory)
    module, _, name = target.partition(":")
    check = getattr(importlib.import_module(module), name)
    while True:
        try:
            mime, size = json.loads(jobs.recv_bytes(256))
        except (EOFError, OSError):
            return
        _limit("RLIMIT_CPU", cpu_s, per_job=True)
        try:
            buf = bytearray()
            while chunk := jobs.recv_bytes():
                buf += chunk
            verdict = check(bytes(buf[:size]), str(mime))
            del buf
            results.send_bytes(json.dumps(None if verdict is None else verdict.to_json(), ensure_ascii=False).encode())
        except (EOFError, OSError):
            return
        except BaseException:  # noqa: BLE001 - no traceback: it could quote the content
            os._exit(4)


def _limit(name: str, value: int, *, per_job: bool = False) -> None:
    """As the PDF sandbox does: Linux enforces both; elsewhere only the parent's deadline holds."""
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
