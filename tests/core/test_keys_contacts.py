"""This vault's public identity, the secret identity export, and contacts (core and CLI)."""

from __future__ import annotations

import base64
import json
import stat
from pathlib import Path

import pyrage
import pytest

from tests.support.vaults import PASSPHRASE, VaultFactory
from vault import keys
from vault.cli.main import main
from vault.custody import fingerprint
from vault.errors import NotFound, UsageError
from vault.store import Vault


def test_public_identity_matches_the_stored_keys(vault: Vault) -> None:
    pub = keys.public_identity(vault)
    assert pub.recipient.startswith("age1")
    assert str(pyrage.x25519.Recipient.from_str(pub.recipient)) == pub.recipient
    assert pub.recipient == str(keys.identity(vault).to_public())
    raw = base64.b64decode(pub.signing_key)
    create = vault.custody.events(vault.vault_id)[0]
    assert create.action == "create" and bytes.fromhex(create.details["signing_key"]) == raw
    assert pub.fingerprint == fingerprint(raw) and len(pub.fingerprint.split()) == 5


def test_contacts_add_list_remove_are_logged(make_vault: VaultFactory) -> None:
    a, b = make_vault(), make_vault()
    pub = keys.public_identity(b)
    hex_key = base64.b64decode(pub.signing_key).hex()
    cid = keys.add_contact(a, "Правозащитный центр «Мемориал»", pub.recipient, hex_key)
    [c] = keys.list_contacts(a)
    assert (c.id, c.name, c.recipient, c.signing_key) == (
        cid,
        "Правозащитный центр «Мемориал»",
        pub.recipient,
        pub.signing_key,
    )
    assert c.fingerprint == pub.fingerprint
    assert keys.find_by_signing_key(a, pub.signing_key) == c
    with pytest.raises(UsageError, match="already exists"):
        keys.add_contact(a, "again", pub.recipient, pub.signing_key)
    keys.remove_contact(a, cid)
    assert keys.list_contacts(a) == []
    assert keys.list_contacts(a, include_removed=True)[0].removed is not None
    assert keys.find_by_signing_key(a, pub.signing_key) is None
    with pytest.raises(NotFound):
        keys.remove_contact(a, cid)
    events = a.custody.events(cid)
    assert [e.details["op"] for e in events] == ["add", "remove"]
    assert all(e.action == "contact" and "Мемориал" not in json.dumps(e.details, ensure_ascii=False) for e in events)


@pytest.mark.parametrize(
    ("recipient", "key", "message"),
    [
        ("age1notarecipient", None, "age X25519 recipient"),
        (None, "AAAA", "32-byte"),
        (None, "zz" * 32, "32-byte"),
        (None, base64.b64encode(b"x" * 31).decode(), "32-byte"),
    ],
)
def test_contact_add_validates_both_keys(vault: Vault, recipient: str | None, key: str | None, message: str) -> None:
    good = keys.public_identity(vault)
    with pytest.raises(UsageError, match=message):
        keys.add_contact(vault, "X", recipient or good.recipient, key or good.signing_key)
    assert keys.list_contacts(vault) == []


def test_export_identity_writes_a_0600_file_age_accepts_and_logs_it(vault: Vault, tmp_path: Path) -> None:
    out = keys.export_identity(vault, tmp_path / "key.txt")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = out.read_text()
    assert "SECRET" in text and str(keys.identity(vault)) in text.splitlines()[-1]
    ciphertext = pyrage.encrypt(b"hello", [keys.identity(vault).to_public()])
    assert pyrage.decrypt(ciphertext, [pyrage.x25519.Identity.from_str(text.splitlines()[-1])]) == b"hello"
    assert vault.custody.events(vault.vault_id)[-1].details == {"secret": "age_identity"}
    with pytest.raises(FileExistsError):
        keys.export_identity(vault, out)


def _cli(capsys: pytest.CaptureFixture[str], vault_dir: Path, pw: Path, *args: str) -> tuple[int, object]:
    code = main(["--vault", str(vault_dir), "--passphrase-file", str(pw), "--json", *args])
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else None


def test_cli_keys_and_contacts(make_vault: VaultFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    a, b = make_vault(tmp_path / "a"), make_vault(tmp_path / "b")
    pub_b = keys.public_identity(b).to_json()
    a.close()
    b.close()
    pw = tmp_path / "pw"
    pw.write_text(PASSPHRASE + "\n")
    code, shown = _cli(capsys, tmp_path / "b", pw, "keys", "show")
    assert code == 0 and shown == pub_b
    code, added = _cli(
        capsys,
        tmp_path / "a",
        pw,
        "contact",
        "add",
        "Partner",
        pub_b["recipient"],
        "--signing-key",
        pub_b["signing_key"],
    )
    assert code == 0 and isinstance(added, dict)
    code, listed = _cli(capsys, tmp_path / "a", pw, "contact", "list")
    assert (
        code == 0
        and isinstance(listed, list)
        and [(c["id"], c["fingerprint"]) for c in listed] == [(added["id"], pub_b["fingerprint"])]
    )
    code, _ = _cli(
        capsys, tmp_path / "a", pw, "contact", "add", "Bad", "age1xyz", "--signing-key", pub_b["signing_key"]
    )
    assert code == 2
    code, _ = _cli(capsys, tmp_path / "a", pw, "contact", "remove", added["id"])
    code2, listed = _cli(capsys, tmp_path / "a", pw, "contact", "list")
    assert (code, code2, listed) == (0, 0, [])
    code, written = _cli(capsys, tmp_path / "a", pw, "keys", "export-identity", "--out", str(tmp_path / "id.txt"))
    assert code == 0 and stat.S_IMODE((tmp_path / "id.txt").stat().st_mode) == 0o600
