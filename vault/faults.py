"""Named crash points for fault-injection tests. Inert unless EV_CRASHPOINT is set.

Why: the crash-safety harness (tests/reliability/test_faults_crash.py) must kill a process at exact places
in the write path (between fsync and rename, before COMMIT, ...) to prove that a power cut there
leaves the vault sound. Each such place calls `crashpoint("name")`.

Off (the normal case) it costs one global lookup and a comparison with None: the environment is
read once, at import. On, `EV_CRASHPOINT=name` kills this process with SIGKILL (no cleanup, no
buffers flushed: as close to a power cut as a process can get) the first time `name` is reached;
`EV_CRASHPOINT=name@N` on its N-th time. Nothing is logged, written or read besides that.

Names in use: blob-partial-written, blob-renamed, batch-blobs-synced (an import batch's blobs durable,
no row yet), batch-item-recorded (an item's rows written inside its batch's open transaction),
db-before-commit, atomic-tmp-written (the header's temporary file, fsynced, before its rename;
vault/fsutil.atomic_output), passphrase-logged; field safety (vault/field/): backup-snapshot-written,
backup-blob-copied, backup-db-replaced, travel-logged, travel-marker-removed, duress-travel-started,
wipe-keys-destroyed.
"""

from __future__ import annotations

import os
import signal

_name, _, _nth = os.environ.get("EV_CRASHPOINT", "").partition("@")
_ARMED: str | None = _name or None
_AT = int(_nth) if _nth.isdigit() else 1
_hits = 0


def crashpoint(name: str) -> None:
    """Die here, now, if this is the armed crash point (see the module docstring)."""
    global _hits
    if _ARMED is None or name != _ARMED:
        return
    _hits += 1
    if _hits >= _AT:
        os.kill(os.getpid(), getattr(signal, "SIGKILL", signal.SIGTERM))  # Windows has no SIGKILL
