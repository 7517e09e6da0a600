"""A whole CLI session in a child process with HOME, XDG folders and TMPDIR inside a test folder,
with unique markers planted in every kind of content (shared by the plaintext-leak and the
no-network tests)."""

from __future__ import annotations

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.faults.runner import ROOT

KINDS = (
    "bytes",
    "filename",
    "exif",
    "pdf",
    "testimony",
    "revision",
    "cyrillic",
    "tag",
    "tag2",
    "person",
    "alias",
    "case",
    "summary",
    "event",
    "title",
)


def run_session(tmp: Path) -> tuple[dict[str, Any], dict[str, str], dict[str, Path]]:
    token = secrets.token_hex(4)
    markers = {k: f"zq{k}{token}" for k in KINDS}
    markers["cyrillic"] = f"жёлтыймаркер{token}"
    dirs = {name: tmp / name for name in ("home", "config", "data", "cache", "tmp", "exports")}
    for d in dirs.values():
        d.mkdir()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("EVIDENCE_VAULT", "XDG_"))}
    env.update(
        HOME=str(dirs["home"]),
        XDG_CONFIG_HOME=str(dirs["config"]),
        XDG_DATA_HOME=str(dirs["data"]),
        XDG_CACHE_HOME=str(dirs["cache"]),
        TMPDIR=str(dirs["tmp"]),
        EVIDENCE_VAULT_KDF_TARGET="0",
        QT_QPA_PLATFORM="offscreen",
    )
    spec = {
        "markers": markers,
        "inputs": str(tmp / "inputs"),
        "exports": str(dirs["exports"]),
        "vault2": str(dirs["data"] / "partner-vault"),
        "out": str(tmp / "session.json"),
    }
    (tmp / "spec.json").write_text(json.dumps(spec), encoding="utf-8")
    with open(tmp / "stderr.log", "wb") as err:
        proc = subprocess.run(
            [sys.executable, "-m", "tests.faults.session", str(tmp / "spec.json")],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=err,
            timeout=600,
        )
    assert proc.returncode == 0, (tmp / "stderr.log").read_text(errors="replace")[-3000:]
    result: dict[str, Any] = json.loads((tmp / "session.json").read_text(encoding="utf-8"))
    return result, markers, dirs
