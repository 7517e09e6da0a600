"""`link`/`unlink` and `import --case` from the command line: JSON counts, exit codes."""

from __future__ import annotations

import json
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

    def run(*args: str, expect: int = 0) -> Any:
        code = main(["--vault", str(tmp_path / "vault"), *args])
        out, err = capsys.readouterr()
        assert code == expect, f"exit {code}, stderr: {err}"
        return json.loads(out) if "--json" in args and out.strip() else (out, err)

    run("init", "--json")
    return run


def test_link_unlink_case_and_person(cli: Any, tmp_path: Path) -> None:
    folder = tmp_path / "Сейтқазиева_допрос"
    folder.mkdir()
    for n in range(3):
        (folder / f"{n}.txt").write_text(f"протокол {n}", encoding="utf-8")
    ids = [i["id"] for i in cli("import", str(folder), "--json")["imported"]]
    case = cli("case", "add", "Дело", "--json")["id"]
    person = cli("person", "add", "Ержан", "--role", "witness", "--json")["id"]
    assert cli("link", *ids, "--case", case, "--json") == {"linked": 3}
    assert cli("link", *ids, "--case", case, "--json") == {"linked": 0}
    assert sorted(r["id"] for r in cli("list", "--case", case, "--json")) == sorted(ids)
    assert cli("unlink", ids[0], "--case", case, "--json") == {"unlinked": 1}
    assert cli("link", ids[0], ids[1], "--person", f"{person}:depicted", "--json") == {"linked": 2}
    shown = cli("show", ids[0], "--json")
    assert [(p["id"], p["role"]) for p in shown["people"]] == [(person, "depicted")]
    assert cli("unlink", *ids, "--person", person, "--json") == {"unlinked": 2}
    log = cli("log", ids[0], "--json")
    assert [e["action"] for e in log][-4:] == ["link", "unlink", "link", "unlink"]
    _out, err = cli("link", ids[0], "--case", "nope", "--json", expect=2)
    assert err.strip() == "evidence-vault: no case with id nope"
    _out, err = cli("link", "nope", "--case", case, expect=2)
    assert "no item with id nope" in err
    with pytest.raises(SystemExit) as usage:  # neither --case nor --person: argparse's usage error
        cli("link", ids[0])
    assert usage.value.code == 2
    cli("unlink", ids[0], "--person", f"{person}:witness", expect=2)


def test_import_into_a_case_reports_what_it_did_to_duplicates(cli: Any, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("показания", encoding="utf-8")
    first = cli("import", str(tmp_path / "a.txt"), "--json")["imported"][0]["id"]
    case = cli("case", "add", "Дело", "--json")["id"]
    doc = cli("import", str(tmp_path / "a.txt"), "--case", case, "--tag", "violation/torture", "--json")
    assert doc["duplicates"] == [
        {"path": str(tmp_path / "a.txt"), "id": first, "linked_case": case, "tags_added": ["violation/torture"]}
    ]
    assert [r["id"] for r in cli("list", "--case", case, "--json")] == [first]
    out, _err = cli("import", str(tmp_path / "a.txt"), "--case", case)
    assert f"duplicate {first}" in out and "linked" not in out


def test_chronology_edit_and_remove(cli: Any) -> None:
    case = cli("case", "add", "Дело", "--json")["id"]
    first = cli("case", "event", case, "2026-03-14", "Задержан", "--kind", "arrest", "--json")["id"]
    second = cli("case", "event", case, "2026-03-16", "Суд", "--kind", "hearing", "--json")["id"]
    assert cli("chronology", "edit", first, "2026-03-13", "Задержан у дома", "--json") == {"id": first}
    assert cli("chronology", "remove", second, "--json") == {"id": second}
    shown = cli("case", "show", case, "--json")["chronology"]
    assert [(e["date"], e["kind"], e["text"]) for e in shown] == [("2026-03-13", "arrest", "Задержан у дома")]
    _out, err = cli("chronology", "remove", second, expect=2)
    assert err.strip() == f"evidence-vault: no chronology entry with id {second}"
    cli("chronology", "edit", first, "13.03.2026", "x", expect=2)
