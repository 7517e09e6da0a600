"""Wrong and hostile secrets (issue 8 point 6): repeated wrong passphrases, a header edited to
weaken its KDF, swapped wrapped keys, edited slot fields, another vault's header. Each is refused
and leaves every byte and every timestamp of the vault folder as it was; there is no lockout.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from vault import kdf
from vault.errors import VaultDamaged, WeakParameters, WrongPassphrase
from vault.store import Vault, VaultSettings
from vault.testimony import add_testimony

PASSPHRASE = "the right one"
STRONGER = kdf.Argon2Params(kdf.FLOOR_MEMORY_KIB, kdf.FLOOR_ITERATIONS + 1, kdf.FLOOR_LANES)
SETTINGS = VaultSettings(kdf_params=kdf.FLOOR, device_id="secrets-test")

Snapshot = dict[str, tuple[str, int, int]]


def snapshot(folder: Path) -> Snapshot:
    """Every file and folder under `folder`: content hash, mtime (ns) and mode."""
    out: Snapshot = {}
    for path in sorted(folder.rglob("*")):
        st = path.lstat()
        digest = hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else "dir"
        out[str(path.relative_to(folder))] = (digest, st.st_mtime_ns, st.st_mode)
    return out


def _seal(path: Path, settings: VaultSettings = SETTINGS) -> tuple[Path, str, Snapshot]:
    vault, recovery = Vault.create(path, PASSPHRASE, settings=settings)
    with vault:
        add_testimony(vault, title="t", text="a testimony")
    return path, recovery, snapshot(path)


@pytest.fixture
def sealed(tmp_path: Path) -> tuple[Path, str, Snapshot]:
    """A closed vault with one testimony; its recovery key; a snapshot of its folder."""
    return _seal(tmp_path / "vault")


def _header(path: Path) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads((path / "vault.header").read_text(encoding="utf-8"))
    return doc


def _write_header(path: Path, doc: dict[str, Any]) -> Snapshot:
    (path / "vault.header").write_text(json.dumps(doc, indent=2), encoding="utf-8")
    return snapshot(path)


def _slot(doc: dict[str, Any], kind: str) -> dict[str, Any]:
    slot: dict[str, Any] = next(s for s in doc["slots"] if s["type"] == kind)
    return slot


def test_twenty_wrong_passphrases_are_refused_change_nothing_and_do_not_lock_out(
    sealed: tuple[Path, str, Snapshot],
) -> None:
    path, _recovery, before = sealed
    for attempt in range(20):
        with pytest.raises(WrongPassphrase):
            Vault.open(path, f"wrong {attempt}", settings=SETTINGS)
        assert snapshot(path) == before, f"attempt {attempt} modified the vault folder"
    with Vault.open(path, PASSPHRASE, settings=SETTINGS) as vault:
        assert vault.conn.execute("SELECT count(*) FROM items").fetchone() == (1,)


def test_a_wrong_recovery_key_is_refused_and_changes_nothing(sealed: tuple[Path, str, Snapshot]) -> None:
    path, recovery, before = sealed
    wrong = recovery[:-1] + ("A" if recovery[-1] != "A" else "B")
    with pytest.raises((WrongPassphrase, VaultDamaged, ValueError)):
        Vault.open_with_recovery_key(path, wrong, settings=SETTINGS)
    assert snapshot(path) == before


@pytest.mark.parametrize(
    "field, value, error",
    [
        ("iterations", 1, WeakParameters),  # below the floor: refused before any work
        ("memory_kib", 1024, WeakParameters),
        ("lanes", 1, WeakParameters),
        ("memory_kib", kdf.FLOOR_MEMORY_KIB * 1024 * 64, WeakParameters),  # absurd: refused too
    ],
)
def test_a_header_edited_to_other_kdf_parameters_is_refused(
    sealed: tuple[Path, str, Snapshot], field: str, value: int, error: type[Exception]
) -> None:
    path, _recovery, _before = sealed
    doc = _header(path)
    _slot(doc, "passphrase")["kdf"][field] = value
    edited = _write_header(path, doc)
    with pytest.raises(error):
        Vault.open(path, PASSPHRASE, settings=SETTINGS)
    assert snapshot(path) == edited


def test_a_header_weakened_within_the_floor_fails_its_authentication(tmp_path: Path) -> None:
    """The slot's KDF parameters are the AEAD's associated data: lowering t from 4 to the floor's
    3 (still allowed) does not open the vault with the cheaper derivation."""
    path, _recovery, _before = _seal(tmp_path / "vault", VaultSettings(kdf_params=STRONGER))
    doc = _header(path)
    _slot(doc, "passphrase")["kdf"]["iterations"] = kdf.FLOOR_ITERATIONS
    edited = _write_header(path, doc)
    with pytest.raises(WrongPassphrase):
        Vault.open(path, PASSPHRASE, settings=SETTINGS)
    assert snapshot(path) == edited


def test_a_header_with_swapped_wrapped_keys_is_refused(sealed: tuple[Path, str, Snapshot]) -> None:
    path, recovery, _before = sealed
    doc = _header(path)
    pw, rk = _slot(doc, "passphrase"), _slot(doc, "recovery")
    pw["wrapped_key"], rk["wrapped_key"] = rk["wrapped_key"], pw["wrapped_key"]
    edited = _write_header(path, doc)
    with pytest.raises(WrongPassphrase):
        Vault.open(path, PASSPHRASE, settings=SETTINGS)
    with pytest.raises(WrongPassphrase):
        Vault.open_with_recovery_key(path, recovery, settings=SETTINGS)
    assert snapshot(path) == edited


@pytest.mark.parametrize("edit", ["salt", "nonce", "slot id", "vault id", "recovery salt"])
def test_a_header_with_edited_slot_fields_is_refused(sealed: tuple[Path, str, Snapshot], edit: str) -> None:
    path, recovery, _before = sealed
    doc = _header(path)
    slot = _slot(doc, "passphrase")
    if edit == "salt":
        slot["kdf"]["salt"] = "A" * len(slot["kdf"]["salt"])
    elif edit == "nonce":
        slot["nonce"] = "B" * len(slot["nonce"])
    elif edit == "slot id":
        slot["id"] = "passphrase-2"
    elif edit == "vault id":
        doc["vault_id"] = "0" * len(doc["vault_id"])
    else:
        _slot(doc, "recovery")["kdf"]["salt"] = "C" * len(_slot(doc, "recovery")["kdf"]["salt"])
    edited = _write_header(path, doc)
    if edit == "recovery salt":
        with pytest.raises(WrongPassphrase):
            Vault.open_with_recovery_key(path, recovery, settings=SETTINGS)
    else:
        with pytest.raises(WrongPassphrase):
            Vault.open(path, PASSPHRASE, settings=SETTINGS)
    assert snapshot(path) == edited


def test_a_header_from_another_vault_is_refused_as_damaged(tmp_path: Path, sealed: tuple[Path, str, Snapshot]) -> None:
    path, _recovery, _before = sealed
    other, _ = Vault.create(tmp_path / "other", "other passphrase", settings=SETTINGS)
    other.close()
    (path / "vault.header").write_bytes((tmp_path / "other" / "vault.header").read_bytes())
    replaced = snapshot(path)
    with pytest.raises(WrongPassphrase):
        Vault.open(path, PASSPHRASE, settings=SETTINGS)
    with pytest.raises(VaultDamaged) as caught:
        Vault.open(path, "other passphrase", settings=SETTINGS)
    assert not isinstance(caught.value, WeakParameters)
    assert snapshot(path) == replaced
