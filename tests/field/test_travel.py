"""Travel mode: escrow the header to a partner with age, destroy it, open nothing, take it back
from the partner's stock `age -d`; refusals change nothing."""

from __future__ import annotations

import base64
import hashlib
import json
import shutil
from pathlib import Path

import pytest

from tests.support.field import age_decrypt, contents, fill, partner
from tests.support.vaults import PASSPHRASE, TEST_SETTINGS, VaultFactory
from vault.errors import UsageError, VaultInTravel, WrongPassphrase
from vault.field.travel import escrow, travel_end, travel_start
from vault.field.travelmark import TRAVEL_FILE
from vault.store import Vault


def wrapped_keys(vault_dir: Path) -> list[bytes]:
    doc = json.loads((vault_dir / "vault.header").read_text())
    raw = [base64.b64decode(s["wrapped_key"]) for s in doc["slots"]]
    return raw + [s["wrapped_key"].encode() for s in doc["slots"]]


def test_escrow_travel_and_back_through_stock_age(make_vault: VaultFactory, tmp_path: Path) -> None:
    assert shutil.which("age"), "stock age must be installed (APT_PACKAGES in ./run)"
    vault = make_vault()
    fill(vault, tmp_path / "src")
    contact, key_file = partner(vault, tmp_path)
    sealed = tmp_path / "header.age"
    header_bytes = (vault.path / "vault.header").read_bytes()
    result = escrow(vault, contact, sealed)
    assert result.header_sha256 == hashlib.sha256(header_bytes).hexdigest()
    assert header_bytes not in sealed.read_bytes()
    event = [e for e in vault.custody.events() if e.action == "escrow"][-1]
    assert event.details == {"contact": contact, "header_sha256": result.header_sha256}
    before, secrets = contents(vault), wrapped_keys(vault.path)
    path = vault.path

    assert travel_start(vault) == result.header_sha256
    assert not vault.is_open and not (path / "vault.header").exists() and (path / TRAVEL_FILE).exists()
    for f in path.rglob("*"):
        if f.is_file():
            assert not any(s in f.read_bytes() for s in secrets), f  # no wrapped key left anywhere
    with pytest.raises(VaultInTravel, match="travel mode"):
        Vault.open(path, PASSPHRASE, settings=TEST_SETTINGS)
    with pytest.raises(VaultInTravel):
        Vault.open_with_recovery_key(path, make_vault.recovery_keys[path], settings=TEST_SETTINGS)

    returned = tmp_path / "returned.header"
    age_decrypt(key_file, sealed, returned)  # the partner's side, with the stock binary
    assert returned.read_bytes() == header_bytes
    with travel_end(path, returned, PASSPHRASE, TEST_SETTINGS) as back:
        assert contents(back) == before
        actions = [e.action for e in back.custody.events()]
        assert actions[-3:] == ["escrow", "travel-start", "travel-end"]
    assert not (path / TRAVEL_FILE).exists()


def test_travel_start_needs_an_escrow_of_the_current_header(make_vault: VaultFactory, tmp_path: Path) -> None:
    vault = make_vault()
    with pytest.raises(UsageError, match="no escrow of the current header"):
        travel_start(vault)
    contact, _ = partner(vault, tmp_path)
    escrow(vault, contact, tmp_path / "old.age")
    vault.change_passphrase("новая фраза")  # the header changes: the escrow is stale
    with pytest.raises(UsageError, match="no escrow of the current header"):
        travel_start(vault)
    assert vault.is_open and (vault.path / "vault.header").exists()
    with pytest.raises(UsageError, match="already exists"):
        escrow(vault, contact, tmp_path / "old.age")


def test_travel_end_refuses_another_vaults_header_and_a_wrong_passphrase(
    make_vault: VaultFactory, tmp_path: Path
) -> None:
    vault, other = make_vault(), make_vault()
    contact, _ = partner(vault, tmp_path)
    keep = tmp_path / "ours.header"
    keep.write_bytes((vault.path / "vault.header").read_bytes())
    escrow(vault, contact, tmp_path / "h.age")
    path = vault.path
    travel_start(vault)
    foreign = tmp_path / "foreign.header"
    foreign.write_bytes((other.path / "vault.header").read_bytes())
    with pytest.raises(UsageError, match="another vault"):
        travel_end(path, foreign, PASSPHRASE, TEST_SETTINGS)
    # Same vault id, other keys (a forged header): the database does not open with it.
    forged = json.loads(foreign.read_text())
    forged["vault_id"] = json.loads(keep.read_text())["vault_id"]
    foreign.write_text(json.dumps(forged))
    with pytest.raises((UsageError, WrongPassphrase)):
        travel_end(path, foreign, PASSPHRASE, TEST_SETTINGS)
    with pytest.raises(WrongPassphrase):
        travel_end(path, keep, "не та фраза", TEST_SETTINGS)
    assert (path / TRAVEL_FILE).exists() and not (path / "vault.header").exists()  # nothing changed
    with travel_end(path, keep, PASSPHRASE, TEST_SETTINGS) as back:
        assert back.vault_id == json.loads(keep.read_text())["vault_id"]


def test_cli_in_travel_mode_every_open_fails_with_one_line(
    make_vault: VaultFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from vault.cli.main import main

    vault = make_vault()
    contact, key_file = partner(vault, tmp_path)
    path = vault.path
    vault.close()
    pw = tmp_path / "pw"
    pw.write_text(PASSPHRASE + "\n")
    common = ["--vault", str(path), "--passphrase-file", str(pw)]
    assert main([*common, "escrow", "--to", contact, "--out", str(tmp_path / "e.age"), "--json"]) == 0
    sha = json.loads(capsys.readouterr().out)["header_sha256"]
    assert main([*common, "travel", "start", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"header_sha256": sha}
    for argv in (["list"], ["verify"], ["backup", "--to", str(tmp_path / "b")], ["passwd"]):
        assert main([*common, *argv]) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "travel mode" in err, err
    key = tmp_path / "rk"
    key.write_text(make_vault.recovery_keys[path] + "\n")
    assert main([*common, "recover", "--recovery-key-file", str(key), "--new-passphrase-file", str(pw)]) == 2
    assert "travel mode" in capsys.readouterr().err
    age_decrypt(key_file, tmp_path / "e.age", tmp_path / "h")
    assert main([*common, "travel", "end", "--header-file", str(tmp_path / "h"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {}
    assert main([*common, "list", "--json"]) == 0
