"""`clear ITEM --for partner|public --reason TEXT` and `unclear ITEM`: a person's logged decision
that an item's original may leave under a profile, and its withdrawal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.vaults import PASSPHRASE, VaultFactory
from vault.cases import add_case
from vault.cli.main import main
from vault.exports.clearance import clearances, cleared_items
from vault.intake import import_paths
from vault.verify import verify_vault


@pytest.fixture
def setup(make_vault: VaultFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    vault = make_vault(tmp_path / "v")
    case = add_case(vault, "Дело 3")
    (tmp_path / "decision.txt").write_text("Приговор суда.\n", encoding="utf-8")
    [item] = import_paths(vault, [tmp_path / "decision.txt"], case_id=case).imported
    vault.close()
    monkeypatch.setenv("EVIDENCE_VAULT_PASSPHRASE", PASSPHRASE)
    return tmp_path / "v", item.id


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    got = capsys.readouterr()
    return code, got.out, got.err


def test_clear_and_unclear(
    setup: tuple[Path, str], make_vault: VaultFactory, capsys: pytest.CaptureFixture[str]
) -> None:
    path, item = setup
    v = ["--vault", str(path)]
    code, out, _ = _run(capsys, *v, "clear", item, "--for", "partner", "--reason", "публичный приговор", "--json")
    assert code == 0 and json.loads(out) == {"id": item, "for": "partner"}
    code, out, _ = _run(capsys, *v, "clear", item, "--for", "public", "--reason", "published by the court", "--json")
    assert code == 0
    vault = make_vault.open(path)
    assert item in cleared_items(vault, "partner") and item in cleared_items(vault, "public")
    events = [(e.action, e.details) for e in vault.custody.events(item) if e.action == "clear"]
    assert events == [
        ("clear", {"profile": "partner", "reason": "публичный приговор"}),
        ("clear", {"profile": "public", "reason": "published by the court"}),
    ]
    vault.close()
    code, out, _ = _run(capsys, *v, "unclear", item, "--for", "public", "--json")
    assert code == 0 and json.loads(out) == {"id": item, "for": ["public"]}
    vault = make_vault.open(path)
    assert [c.profile for c in clearances(vault, item)] == ["partner"]
    assert vault.custody.events(item)[-1].details == {"profiles": ["public"]}
    report = verify_vault(vault)  # the new custody actions verify like any other
    assert report.ok, report.to_json()
    vault.close()
    assert _run(capsys, *v, "unclear", item, "--json")[0] == 0
    code, _, err = _run(capsys, *v, "unclear", item)
    assert code == 2 and "not cleared" in err


def test_clear_refuses_bad_input(setup: tuple[Path, str], capsys: pytest.CaptureFixture[str]) -> None:
    path, item = setup
    v = ["--vault", str(path)]
    with pytest.raises(SystemExit) as bad:
        main([*v, "clear", item, "--for", "internal", "--reason", "x"])
    assert bad.value.code == 2
    with pytest.raises(SystemExit) as missing:
        main([*v, "clear", item, "--for", "partner"])
    assert missing.value.code == 2
    code, _, err = _run(capsys, *v, "clear", item, "--for", "partner", "--reason", "   ")
    assert code == 2 and "--reason" in err
    code, _, err = _run(capsys, *v, "clear", "0123456789abcdef0123", "--for", "partner", "--reason", "x")
    assert code == 2 and err.count("\n") == 1
