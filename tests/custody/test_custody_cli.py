"""`log`, `show` and `verify` through the command line, and the stand-alone re-verification script
printed in docs/custody.md run against real `log --json --full` output."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from vault.cli.main import main

PASS = "correct horse battery"
DOCS = Path(__file__).resolve().parents[2] / "docs" / "custody.md"


@pytest.fixture()
def cli(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> Any:
    monkeypatch.setenv("EVIDENCE_VAULT_PASSPHRASE", PASS)
    monkeypatch.setenv("EVIDENCE_VAULT_KDF_TARGET", "0")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    vault_dir = tmp_path / "vault"

    def run(*args: str, expect: int = 0) -> Any:
        code = main(["--vault", str(vault_dir), *args])
        out, err = capsys.readouterr()
        assert code == expect, f"exit {code}, stderr: {err}"
        if "--json" in args:
            return json.loads(out)
        return out, err

    run.vault_dir = vault_dir  # type: ignore[attr-defined]
    run("init", "--owner", "юрист центра", "--json")
    return run


@pytest.fixture()
def item(cli: Any, tmp_path: Path) -> str:
    case = cli("case", "add", "Дело", "--json")["id"]
    text = tmp_path / "t.txt"
    text.write_text("Мені ұстады. Меня задержали.", encoding="utf-8")
    item_id: str = cli("testimony", "add", "--case", case, "--title", "Показания", "--text-file", str(text), "--json")[
        "id"
    ]
    cli("tag", item_id, "violation/torture", "--json")
    return item_id


def test_verify_json_clean_vault_exits_0(cli: Any, item: str) -> None:
    doc = cli("verify", "--json")
    assert doc["ok"] is True and doc["problems"] == [] and doc["notes"] == []
    assert doc["stats"]["events_checked"] == 4 and doc["stats"]["items_checked"] == 1
    log = cli("log", "--json")
    assert doc["head"] == {"seq": log[-1]["seq"], "hash": log[-1]["hash"]}


def test_verify_names_tampering_and_exits_1(cli: Any, item: str, tmp_path: Path) -> None:
    stray = cli.vault_dir / "blobs" / "readme.txt"
    stray.write_text("not a blob")
    doc = cli("verify", "--json", expect=1)
    assert doc["ok"] is False
    assert doc["problems"] == [
        {"kind": "blob-stray", "subject": "blobs/readme.txt", "detail": doc["problems"][0]["detail"]}
    ]
    out, _ = cli("verify", expect=1)
    assert "blob-stray: blobs/readme.txt" in out and "FAILED: 1 problem(s)" in out
    assert stray.exists()  # never repaired


def test_verify_head_option(cli: Any, item: str) -> None:
    head = cli("verify", "--json")["head"]
    cli("untag", item, "violation/torture", "--json")
    assert cli("verify", "--head", f"{head['seq']}:{head['hash']}", "--json")["ok"] is True
    forged = "0" * 64
    doc = cli("verify", "--head", f"{head['seq']}:{forged}", "--json", expect=1)
    assert [p["kind"] for p in doc["problems"]] == ["head-missing"]
    doc = cli("verify", "--head", f"{head['seq'] + 50}:{head['hash']}", "--json", expect=1)
    assert [(p["kind"], p["subject"]) for p in doc["problems"]] == [("head-missing", f"event {head['seq'] + 50}")]
    cli("verify", "--head", "nonsense", expect=2)


def test_log_all_and_log_item(cli: Any, item: str) -> None:
    log = cli("log", "--json")
    assert [e["action"] for e in log] == ["create", "case", "testimony", "tag"]
    assert [e["seq"] for e in log] == [1, 2, 3, 4]
    for e in log:
        assert {"seq", "time", "actor", "action", "subject", "hash"} <= set(e)
        assert e["actor"] == "юрист центра" and e["time"].endswith("Z") and len(e["hash"]) == 64
    mine = cli("log", item, "--json")
    assert [e["action"] for e in mine] == ["testimony", "tag"]
    assert all(e["subject"] == item for e in mine)
    out, _ = cli("log", item)
    assert "testimony" in out and "tag" in out and item in out


def test_show_includes_events(cli: Any, item: str) -> None:
    doc = cli("show", item, "--json")
    assert [e["action"] for e in doc["events"]] == ["testimony", "tag"]
    assert all({"prev_hash", "hash", "signature", "key_id"} <= set(e) for e in doc["events"])
    assert doc["events"][0]["details"]["sha256"] == doc["sha256"]


def _docs_script(tmp_path: Path) -> Path:
    text = DOCS.read_text(encoding="utf-8")
    match = re.search(r"<!-- verify_custody.py -->\n```python\n(.*?)```", text, re.S)
    assert match, "docs/custody.md lost its verify_custody.py block"
    script = tmp_path / "verify_custody.py"
    script.write_text(match.group(1), encoding="utf-8")
    return script


def test_docs_script_reverifies_exported_events(cli: Any, item: str, tmp_path: Path) -> None:
    events = cli("log", "--full", "--json")
    assert len(events) == 4 and all("signature" in e for e in events)
    vault_id = events[0]["subject"]
    public_hex = events[0]["details"]["signing_key"]
    script = _docs_script(tmp_path)
    good = tmp_path / "events.json"
    good.write_text(json.dumps(events, ensure_ascii=False), encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    ok = subprocess.run(
        [sys.executable, str(script), str(good), public_hex, vault_id], capture_output=True, text=True, env=env
    )
    assert ok.returncode == 0, ok.stdout + ok.stderr
    assert "all events verified" in ok.stdout
    keys = cli("keys", "show", "--json") if _has_keys_command() else None
    if keys is not None:  # the base64 key `keys show` prints works the same
        again = subprocess.run(
            [sys.executable, str(script), str(good), keys["signing_key"]], capture_output=True, text=True
        )
        assert again.returncode == 0, again.stdout + again.stderr

    events[2]["details"]["sha256"] = "f" * 64  # an altered intake hash
    bad = tmp_path / "tampered.json"
    bad.write_text(json.dumps(events, ensure_ascii=False), encoding="utf-8")
    failed = subprocess.run(
        [sys.executable, str(script), str(bad), public_hex, vault_id], capture_output=True, text=True, env=env
    )
    assert failed.returncode == 1
    assert "3 testimony FAILED: content does not match its hash" in failed.stdout
    assert "1 event(s) FAILED" in failed.stdout


def _has_keys_command() -> bool:
    from vault.cli.main import build_parser

    try:
        build_parser().parse_args(["keys", "show"])
    except SystemExit:
        return False
    return True
