"""Leak routes 1 and 2 of issue 12: a protected witness is hidden vault-wide, in every form.

Route 1: she is linked to case A only; case B names her in its title, summary, chronology,
testimony and tags. Route 2: case B writes her name every way the issue lists (surname alone,
reversed order, declensions, Kazakh endings, no қ, Latin, soft hyphen, ZWJ, a Latin look-alike
letter, a line-break hyphen, "Гуля Сейтқазиева"). Both failed on the first version: case B went
out with her full name. Checked in the dossier (pdftotext, every decompressed object, outline,
Info), in every byte of the decrypted bundle, and in the receiving vault through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.support.leaks import (
    PSEUDONYM,
    add_witness,
    befriend,
    bundle_leaks,
    leaks,
    other_case_naming_her,
    pdf_leaks,
    pdf_text,
)
from tests.support.vaults import PASSPHRASE, VaultFactory
from vault.bundle import export_bundle, import_bundle
from vault.cli.main import main
from vault.dossier import build_dossier
from vault.store import Vault


@pytest.fixture
def sender(vault: Vault, tmp_path: Path) -> tuple[Vault, str]:
    witness = add_witness(vault)
    return vault, other_case_naming_her(vault, witness, tmp_path / "files")


@pytest.mark.parametrize(("profile", "language"), [("partner", "ru"), ("public", "ru"), ("partner", "kk")])
def test_dossier_of_another_case_never_names_her(
    sender: tuple[Vault, str], tmp_path: Path, profile: str, language: str
) -> None:
    vault, case_b = sender
    out = tmp_path / "b.pdf"
    build_dossier(vault, case_b, out, profile=profile, language=language)
    assert pdf_leaks(out) == []
    text = pdf_text(out)
    assert PSEUDONYM in text  # the mentions became her pseudonym, not blanks
    assert "Мягкий перенос" in text and "Перенос строки" in text  # the rest of the testimony survives


def test_internal_dossier_still_names_her(sender: tuple[Vault, str], tmp_path: Path) -> None:
    vault, case_b = sender
    build_dossier(vault, case_b, tmp_path / "i.pdf", profile="internal", language="ru")
    assert "сеитказиев" in pdf_leaks(tmp_path / "i.pdf")  # the detector does see her when she is there


def _cli(path: Path, capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(["--vault", str(path), *args, "--json"]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("profile", ["partner", "public"])
def test_bundle_of_another_case_never_names_her(
    sender: tuple[Vault, str],
    make_vault: VaultFactory,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    profile: str,
) -> None:
    vault, case_b = sender
    receiver = make_vault(tmp_path / "receiver")
    to_r = befriend(vault, receiver)
    befriend(receiver, vault, "Sender NGO")
    out = tmp_path / "b.age"
    export_bundle(vault, case_b, [to_r], out, profile=profile)
    assert bundle_leaks(receiver, out) == []
    assert import_bundle(receiver, out).imported >= 1
    receiver.close()

    monkeypatch.setenv("EVIDENCE_VAULT_PASSPHRASE", PASSPHRASE)
    r = tmp_path / "receiver"
    listed = _cli(r, capsys, "list")
    seen = [listed, _cli(r, capsys, "log", "--full"), _cli(r, capsys, "case", "list")]
    seen.append(_cli(r, capsys, "person", "list"))
    for row in json.loads(listed):
        seen.append(_cli(r, capsys, "show", row["id"]))
    for query in ("Сейтқазиева", "Сейтказиева", "Гульнара", "Seitqazieva", PSEUDONYM.split()[0]):
        seen.append(_cli(r, capsys, "search", query))
    everything = "\n".join(json.loads(json.dumps(s)) for s in seen)
    assert leaks(json.dumps([json.loads(s) for s in seen], ensure_ascii=False)) == []
    assert leaks(everything) == []
    assert PSEUDONYM in everything
