"""Leak routes 4 and 6: no guessing oracle, no linking.

Route 4: the SHA-256 printed beside a redacted testimony was that of the unredacted text, so a
receiver confirmed a name by hashing guesses. Now a redacted text is identified by the hash of
the redacted text, and its tie to the original is a salted commitment the sender can reveal to
a court. Route 6: ids were the same in every bundle, exported custody events carried file
times and the device id, and a partner dossier showed that an internal one had been made."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import subprocess
from pathlib import Path

import pyrage
import pytest

from tests.support.leaks import befriend, pdf_text
from tests.support.vaults import PASSPHRASE, VaultFactory
from vault import keys
from vault.bundle import export_bundle, import_bundle
from vault.cases import add_case
from vault.cli.main import main
from vault.dossier import build_dossier
from vault.intake import import_paths
from vault.items import get_item, tag_item
from vault.people import add_person, link_person_to_case
from vault.store import Vault
from vault.testimony import add_testimony

NAME = "Гульнара Сейтқазиева"
PSEUDONYM = "Свидетельница К"
TEXT = f"Я, {NAME}, видела, как задержали защитника. Гульнара Сейтқазиева подтверждает."
DEVICE = "laptop-7F3A9C"
# A receiver's guesses: the real name among ordinary Kazakh and Russian names.
GUESSES = [
    NAME,
    "Айгерим Нурланова",
    "Гульнара Сейтказиева",
    "Динара Ахметова",
    "Гульмира Сейтова",
    *(
        f"{first} {last}"
        for first in ("Айгуль", "Жанна", "Сауле", "Мадина", "Гульнара")
        for last in ("Ибраева", "Касымова", "Омарова", "Сейтқазиева", "Жумабаева", "Абенова")
    ),
]


@pytest.fixture
def sender(make_vault: VaultFactory, tmp_path: Path) -> tuple[Vault, str, str, str]:
    vault = make_vault(tmp_path / "sender", owner="Sender NGO")
    vault.settings = dataclasses.replace(vault.settings, device_id=DEVICE)
    witness = add_person(vault, NAME, pseudonym=PSEUDONYM, protected=True, role="witness")
    case = add_case(vault, "Дело 51")
    link_person_to_case(vault, case, witness, "witness")
    item = add_testimony(
        vault, title="Показания", case_id=case, language="ru", text=TEXT, people=[(witness, "witness")]
    )
    (tmp_path / "in").mkdir()
    from PIL import Image

    Image.new("RGB", (30, 20), (1, 2, 3)).save(tmp_path / "in" / "street.jpg", "JPEG")
    assert not import_paths(vault, [tmp_path / "in"], case_id=case).rejected
    return vault, case, item, witness


def _plain(receiver: Vault, bundle: Path) -> bytes:
    return pyrage.decrypt(bundle.read_bytes(), [keys.identity(receiver)])


def _manifest(plain: bytes) -> dict:  # type: ignore[type-arg]
    return json.loads(plain[plain.index(b"{") : plain.index(b"\n}\n") + 2])


def _guess_hashes(shown: str) -> set[str]:
    return {hashlib.sha256(shown.replace(PSEUDONYM, g).encode()).hexdigest() for g in GUESSES}


def test_bundle_offers_no_oracle_and_the_commitment_opens_for_a_court(
    sender: tuple[Vault, str, str, str],
    make_vault: VaultFactory,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault, case, item, _ = sender
    receiver = make_vault(tmp_path / "receiver")
    out = tmp_path / "p.age"
    result = export_bundle(vault, case, [befriend(vault, receiver)], out, profile="partner")
    plain = _plain(receiver, out)
    testimony = next(i for i in _manifest(plain)["items"] if i["kind"] == "testimony")
    shown = plain[plain.index(b"\xd0\xaf, " + PSEUDONYM.encode()) :].split(b"\x00")[0].decode()
    assert hashlib.sha256(shown.encode()).hexdigest() == testimony["sha256"]  # the redacted text's hash
    original = get_item(vault, item).sha256 or ""
    assert hashlib.sha256(shown.replace(PSEUDONYM, NAME).encode()).hexdigest() == original  # guessing works...
    text = plain.decode("latin-1")
    assert original not in text and not _guess_hashes(shown) & set(re.findall(r"[0-9a-f]{64}", text))  # ...on nothing

    # The court: the sender reveals the salt; `printf | sha256sum` recomputes the commitment.
    vault.close()
    monkeypatch.setenv("EVIDENCE_VAULT_PASSPHRASE", PASSPHRASE)
    args = ["--vault", str(tmp_path / "sender"), "commitment", "reveal", result.export_id, testimony["id"], "--json"]
    assert main(args) == 0
    [r] = json.loads(capsys.readouterr().out)
    assert (r["item_id"], r["original_sha256"], r["shown_sha256"]) == (item, original, testimony["sha256"])
    clerk = subprocess.run(["bash", "-c", r["recompute"]], capture_output=True, text=True, check=True).stdout
    assert (
        clerk.split()[0]
        == r["commitment"]
        == testimony["intake_sha256"]
        == testimony["revisions"][0]["recorded_sha256"]
    )


def test_dossier_prints_the_redacted_hash_not_the_original(sender: tuple[Vault, str, str, str], tmp_path: Path) -> None:
    vault, case, item, _ = sender
    result = build_dossier(vault, case, tmp_path / "d.pdf", profile="partner", language="ru")
    text = pdf_text(tmp_path / "d.pdf")
    found = set(re.findall(r"[0-9a-f]{64}", re.sub(r"\s+", "", text)))
    shown = TEXT.replace(NAME, PSEUDONYM).replace("Гульнара Сейтқазиева", PSEUDONYM)
    assert hashlib.sha256(shown.encode()).hexdigest() in re.sub(r"\s+", "", text)
    assert get_item(vault, item).sha256 not in found and not _guess_hashes(shown) & found
    assert result.export_id and vault.custody.events(case)[-1].details["export_id"] == result.export_id


def test_ids_differ_between_recipients_and_stay_for_one(
    sender: tuple[Vault, str, str, str], make_vault: VaultFactory, tmp_path: Path
) -> None:
    vault, case, item, witness = sender
    r1, r2 = make_vault(tmp_path / "r1"), make_vault(tmp_path / "r2")
    to1, to2 = befriend(vault, r1), befriend(vault, r2)
    befriend(r1, vault, "Sender NGO")

    def ids(receiver: Vault, contact: str, name: str) -> tuple[set[str], bytes]:
        export_bundle(vault, case, [contact], tmp_path / name, profile="partner")
        plain = _plain(receiver, tmp_path / name)
        m = _manifest(plain)
        return {m["case"]["id"], *(p["id"] for p in m["people"]), *(i["id"] for i in m["items"])}, plain

    first, plain1 = ids(r1, to1, "1.age")
    other, plain2 = ids(r2, to2, "2.age")
    again, _ = ids(r1, to1, "3.age")
    assert first == again and not first & other  # no join between two recipients' copies
    photo = next(i for i in vault.conn.execute("SELECT id FROM items WHERE kind = 'photo'"))[0]
    for plain in (plain1, plain2):
        text = plain.decode("latin-1")
        for local in (case, item, witness, photo):
            assert local not in text
        assert DEVICE not in text and (get_item(vault, photo).original_mtime or "x") not in text
        assert all(e.get("withheld") for e in _manifest(plain)["custody"])  # checkable, content home
    # Follow-ups to the same recipient are recognised (the receiver keys on the ids).
    got1 = import_bundle(r1, tmp_path / "1.age")
    got3 = import_bundle(r1, tmp_path / "3.age")
    assert (got3.imported, got3.already_present, got3.case_id) == (0, got1.imported, got1.case_id)


def test_partner_dossier_does_not_show_an_earlier_internal_one(
    sender: tuple[Vault, str, str, str], tmp_path: Path
) -> None:
    vault, case, item, _ = sender
    build_dossier(vault, case, tmp_path / "internal.pdf", profile="internal", language="en")
    internal = vault.custody.events(case)[-1]
    assert internal.action == "export" and internal.details["profile"] == "internal"
    tag_item(vault, item, ["violation/detention"])  # the chain head is then not the export itself
    build_dossier(vault, case, tmp_path / "partner.pdf", profile="partner", language="en")
    text = pdf_text(tmp_path / "partner.pdf")
    assert internal.hash[:10] not in text and internal.time[11:19] not in text
    assert DEVICE not in text
    # ...while the internal edition lists its own custody lines in full
    build_dossier(vault, case, tmp_path / "internal2.pdf", profile="internal", language="en")
    assert internal.hash[:10] in pdf_text(tmp_path / "internal2.pdf")
