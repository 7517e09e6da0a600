"""The CLI contract (docs/cli.md) for vault, records, search and extract, driven in-process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from vault.cli.main import main

PASS = "correct horse battery"


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
        if "--json" in args and out.strip():
            return json.loads(out)
        return out, err

    run.vault_dir = vault_dir  # type: ignore[attr-defined]
    run("init", "--json")
    return run


def test_init_prints_recovery_key_and_refuses_non_empty(cli: Any, tmp_path: Path) -> None:
    other = tmp_path / "other"
    other.mkdir()
    (other / "x").write_text("x")
    code = main(["--vault", str(other), "init", "--json"])
    assert code == 2
    doc = json.loads(
        subprocess.run(
            [sys.executable, "-m", "vault.cli.main", "--vault", str(tmp_path / "v2"), "init", "--json"],
            capture_output=True,
            text=True,
            check=True,
            env=os.environ.copy(),
        ).stdout
    )
    assert len(doc["vault_id"]) == 32
    assert len(doc["recovery_key"].split("-")) == 8


def test_records_search_and_extract_round_trip(cli: Any, tmp_path: Path) -> None:
    case = cli("case", "add", "Дело Қазақстан", "--summary", "Сводка", "--json")["id"]
    person = cli(
        "person",
        "add",
        "Айгуль Нурланова",
        "--protected",
        "--pseudonym",
        "Свидетель А",
        "--alias",
        "Айгуль Нурлановой",
        "--role",
        "witness",
        "--json",
    )["id"]
    text = tmp_path / "t.txt"
    text.write_text("Меня избили в ИВС. Ёжик. ҚАЗАҚСТАН азаптау", encoding="utf-8")
    tid = cli(
        "testimony",
        "add",
        "--case",
        case,
        "--title",
        "Показания",
        "--text-file",
        str(text),
        "--language",
        "ru",
        "--person",
        f"{person}:witness",
        "--json",
    )["id"]
    assert cli("tag", tid, "violation/torture", "Место/ИВС", "--json")["tags"] == ["violation/torture", "место/ивс"]
    assert cli("untag", tid, "место/ивс", "--json")["tags"] == ["violation/torture"]
    assert [c["items"] for c in cli("case", "list", "--json")] == [1]
    assert cli("case", "event", case, "2026-03-14", "Задержан", "--kind", "arrest", "--json")["id"]

    for query in ("қазақстан", "ЕЖИК", "ёжик", "избил", "нурланов"):
        hits = cli("search", query, "--json")
        assert [h["id"] for h in hits] == [tid], query
    assert cli("search", "қазақстан", "--case", case, "--json")[0]["snippet"]
    assert cli("search", "nothing-like-this", "--json") == []

    listed = cli("list", "--tag", "violation", "--json")
    assert listed == [
        {
            "id": tid,
            "kind": "testimony",
            "title": "Показания",
            "sha256": listed[0]["sha256"],
            "tags": ["violation/torture"],
        }
    ]
    shown = cli("show", tid, "--json")
    assert shown["people"][0]["protected"] is True
    assert [e["action"] for e in shown["events"]] == ["testimony", "tag", "untag"]
    assert shown["revisions"][0]["text"].startswith("Меня избили")

    out = tmp_path / "out.txt"
    doc = cli("extract", tid, "--out", str(out), "--json")
    assert doc["sha256"] == shown["sha256"]
    assert out.read_text(encoding="utf-8") == text.read_text(encoding="utf-8")
    # extracting is logged, and never overwrites
    assert cli("log", tid, "--json")[-1]["action"] == "extract"
    cli("extract", tid, "--out", str(out), expect=2)


def test_errors_are_one_line_with_exit_2(cli: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    _, err = cli("show", "nope", expect=2)
    assert err.strip() == "evidence-vault: no item with id nope"
    monkeypatch.setenv("EVIDENCE_VAULT_PASSPHRASE", "wrong")
    _, err = cli("list", expect=2)
    assert err.strip() == "evidence-vault: wrong passphrase"
    _, err = cli("list", "--vault", str(tmp_path / "missing"), expect=2)
    assert "no vault at" in err and "Traceback" not in err


def test_passphrase_file_passwd_and_recover(cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EVIDENCE_VAULT_PASSPHRASE")
    v2 = tmp_path / "v2"
    pf = tmp_path / "pass"
    pf.write_text("первый пароль\n", encoding="utf-8")
    keyfile = tmp_path / "recovery.txt"
    doc = cli("init", "--vault", str(v2), "--passphrase-file", str(pf), "--recovery-key-file", str(keyfile), "--json")
    assert keyfile.read_text().strip() == doc["recovery_key"]
    assert oct(keyfile.stat().st_mode & 0o777) == "0o600"
    new = tmp_path / "new"
    new.write_text("второй пароль\n", encoding="utf-8")
    assert (
        cli("passwd", "--vault", str(v2), "--passphrase-file", str(pf), "--new-passphrase-file", str(new), "--json")
        == {}
    )
    cli("list", "--vault", str(v2), "--passphrase-file", str(pf), expect=2)
    cli("list", "--vault", str(v2), "--passphrase-file", str(new), "--json")
    third = tmp_path / "third"
    third.write_text("третий\n", encoding="utf-8")
    assert (
        cli(
            "recover",
            "--vault",
            str(v2),
            "--recovery-key-file",
            str(keyfile),
            "--new-passphrase-file",
            str(third),
            "--json",
        )
        == {}
    )
    cli("list", "--vault", str(v2), "--passphrase-file", str(new), expect=2)
    log = cli("log", "--vault", str(v2), "--passphrase-file", str(third), "--json")
    assert [e["action"] for e in log] == ["create", "passphrase", "recover"]


def test_no_passphrase_without_terminal_is_a_usage_error(cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("EVIDENCE_VAULT_PASSPHRASE")
    monkeypatch.setattr(sys, "stdin", open(os.devnull))  # noqa: SIM115 - closed by pytest's teardown of sys.stdin
    _, err = cli("list", expect=2)
    assert "--passphrase-file" in err
