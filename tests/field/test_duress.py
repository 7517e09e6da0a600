"""The duress passphrase: a slot nobody can tell from the passphrase slot by reading the header;
entered at unlock it starts travel mode and answers exactly like a wrong passphrase."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.field import contents, fill, partner
from tests.support.vaults import PASSPHRASE, TEST_SETTINGS, VaultFactory
from vault.errors import UsageError, VaultInTravel, WrongPassphrase
from vault.field.travel import escrow, set_duress, travel_end
from vault.field.travelmark import TRAVEL_FILE
from vault.store import Vault

DURESS = "ничего нет"


def _slot_shape(slot: dict) -> dict:  # type: ignore[type-arg]
    """Everything about a slot except its random values: names, types, KDF parameters, sizes."""
    kdf = {k: (len(v) if k == "salt" else v) for k, v in slot["kdf"].items()}
    return {
        "keys": sorted(slot),
        "type": slot["type"],
        "kdf": kdf,
        "nonce": len(slot["nonce"]),
        "wrapped_key": len(slot["wrapped_key"]),
    }


def _with_duress(make_vault: VaultFactory, tmp_path: Path) -> tuple[Vault, Path]:
    vault = make_vault()
    fill(vault, tmp_path / "src", count=2)
    contact, _ = partner(vault, tmp_path)
    escrowed = tmp_path / "escrowed.header"
    escrowed.write_bytes((vault.path / "vault.header").read_bytes())  # what the partner would return
    escrow(vault, contact, tmp_path / "h.age")
    set_duress(vault, PASSPHRASE, DURESS)
    return vault, escrowed


def test_duress_is_refused_without_an_escrow(make_vault: VaultFactory) -> None:
    vault = make_vault()
    before = (vault.path / "vault.header").read_bytes()
    with pytest.raises(UsageError, match="no escrow"):
        set_duress(vault, PASSPHRASE, DURESS)
    assert (vault.path / "vault.header").read_bytes() == before


def test_the_duress_slot_looks_like_the_passphrase_slot(
    make_vault: VaultFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault, _ = _with_duress(make_vault, tmp_path)
    doc = json.loads((vault.path / "vault.header").read_text())
    slots = [s for s in doc["slots"] if s["type"] == "passphrase"]
    assert [s["id"] for s in slots] == ["passphrase-1", "passphrase-2"]
    assert _slot_shape(slots[0]) == _slot_shape(slots[1])
    assert slots[0]["kdf"]["salt"] != slots[1]["kdf"]["salt"]
    assert [e.details for e in vault.custody.events() if e.action == "duress-set"] == [{}]
    # Which id is the real one is drawn at random (one secret bit): both draws give a valid header.
    from vault.field import duress

    real_ids = set()
    for bit in (0, 1):
        monkeypatch.setattr(duress.secrets, "randbits", lambda _n, b=bit: b)
        real_ids.add(duress.with_duress(vault.header, b"k" * 32, PASSPHRASE, DURESS)[1])
    assert real_ids == {"passphrase-1", "passphrase-2"}


def test_the_real_passphrase_still_opens_and_can_be_changed(make_vault: VaultFactory, tmp_path: Path) -> None:
    vault, _ = _with_duress(make_vault, tmp_path)
    path = vault.path
    vault.close()
    with make_vault.open(path) as again:
        again.change_passphrase("новый пароль")
    with pytest.raises(WrongPassphrase):
        Vault.open(path, PASSPHRASE, settings=TEST_SETTINGS)
    assert not (path / TRAVEL_FILE).exists()
    make_vault.open(path, "новый пароль").close()
    with pytest.raises(WrongPassphrase):  # the duress slot survived the change
        Vault.open(path, DURESS, settings=TEST_SETTINGS)
    assert (path / TRAVEL_FILE).exists()


def test_duress_answers_like_a_wrong_passphrase_and_starts_travel_mode(
    make_vault: VaultFactory, tmp_path: Path
) -> None:
    vault, escrowed = _with_duress(make_vault, tmp_path)
    path, before = vault.path, contents(vault)
    vault.close()
    with pytest.raises(WrongPassphrase) as wrong:
        Vault.open(path, "просто неверно", settings=TEST_SETTINGS)
    assert not (path / TRAVEL_FILE).exists()  # a plain wrong passphrase changes nothing
    with pytest.raises(WrongPassphrase) as duress:
        Vault.open(path, DURESS, settings=TEST_SETTINGS)
    assert type(duress.value) is type(wrong.value) and str(duress.value) == str(wrong.value)
    assert not (path / "vault.header").exists() and (path / TRAVEL_FILE).exists()
    with pytest.raises(VaultInTravel):
        Vault.open(path, PASSPHRASE, settings=TEST_SETTINGS)
    # The partner returns the header escrowed before the duress slot existed.
    with travel_end(path, escrowed, PASSPHRASE, TEST_SETTINGS) as back:
        assert contents(back) == before
        late = [e.details for e in back.custody.events() if e.action == "travel-start"]
        assert late and late[-1]["logged_late"] is True


def test_cli_duress_is_the_same_wrong_passphrase_line(
    make_vault: VaultFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from vault.cli.main import main

    vault = make_vault()
    contact, _ = partner(vault, tmp_path)
    escrow(vault, contact, tmp_path / "h.age")
    path = vault.path
    vault.close()
    files = {}
    for name, text in {"pw": PASSPHRASE, "duress": DURESS, "wrong": "мимо"}.items():
        files[name] = tmp_path / name
        files[name].write_text(text + "\n")
    common = ["--vault", str(path)]
    argv = [*common, "--passphrase-file", str(files["pw"]), "duress", "set", "--new-passphrase-file"]
    assert main([*argv, str(files["duress"]), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {}
    assert main([*common, "--passphrase-file", str(files["wrong"]), "list"]) == 2
    wrong = capsys.readouterr().err
    assert main([*common, "--passphrase-file", str(files["duress"]), "list"]) == 2
    assert capsys.readouterr().err == wrong == "evidence-vault: wrong passphrase\n"
    assert main([*common, "--passphrase-file", str(files["pw"]), "list"]) == 2
    assert "travel mode" in capsys.readouterr().err


def test_no_secret_reaches_the_custody_log(make_vault: VaultFactory, tmp_path: Path) -> None:
    """Every field-safety action is an event; none carries a passphrase, key or share word."""
    from vault.field.backup import backup
    from vault.field.shares import read_share, split

    vault, _ = _with_duress(make_vault, tmp_path)
    backup(vault, tmp_path / "bk")
    shares = split(vault, 3, 2, tmp_path / "shares")
    mnemonics = [read_share(Path(f)).split() for f in shares.files]
    header = json.loads((vault.path / "vault.header").read_text())
    secrets = {PASSPHRASE, DURESS, make_vault.recovery_keys[vault.path]}
    secrets |= {s["wrapped_key"] for s in header["slots"]} | {s["kdf"]["salt"] for s in header["slots"]}
    events = vault.custody.events()
    assert {"escrow", "duress-set", "backup", "recovery-split"} <= {e.action for e in events}
    text = json.dumps([e.to_json() for e in events], ensure_ascii=False)
    assert not [s for s in secrets if s in text]
    runs = {" ".join(m[i : i + 3]) for m in mnemonics for i in range(len(m) - 2)}
    assert not [r for r in runs if r in text]  # not even three words of a share in a row
