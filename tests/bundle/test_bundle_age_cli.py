"""The command line end to end, and a partner checking a bundle with stock tools: the shell
steps of docs/verify-a-bundle.md run verbatim with Debian's `age`, `tar` and `sha256sum`."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.bundles import PROTECTED_NAME, SERIAL, TOOL, build_sender, doc_steps
from tests.support.vaults import PASSPHRASE, VaultFactory
from vault import keys
from vault.cli.main import main


def _cli(capsys: pytest.CaptureFixture[str], vault: Path, pw: Path, *args: str) -> tuple[int, object]:
    code = main(["--vault", str(vault), "--passphrase-file", str(pw), "--json", *args])
    out = capsys.readouterr().out
    return code, json.loads(out) if out.strip() else None


@pytest.mark.skipif(shutil.which("age") is None, reason="Debian's age is not installed")
def test_partner_checks_a_bundle_with_stock_tools(
    make_vault: VaultFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a, b = make_vault(tmp_path / "a"), make_vault(tmp_path / "b")
    sender = build_sender(a, tmp_path)
    pub_a, pub_b = keys.public_identity(a), keys.public_identity(b)
    a.close()
    b.close()
    pw = tmp_path / "pw"
    pw.write_text(PASSPHRASE + "\n")
    code, added = _cli(
        capsys, tmp_path / "a", pw, "contact", "add", "HQ", pub_b.recipient, "--signing-key", pub_b.signing_key
    )
    assert code == 0 and isinstance(added, dict)
    work = tmp_path / "partner"
    work.mkdir()
    # A document's original travels under partner only once a person cleared it (logged).
    code, cleared = _cli(
        capsys,
        tmp_path / "a",
        pw,
        "clear",
        sender.doc_id,
        "--for",
        "partner",
        "--reason",
        "court decision, public record",
    )
    assert code == 0 and cleared == {"id": sender.doc_id, "for": "partner"}
    code, exported = _cli(
        capsys,
        tmp_path / "a",
        pw,
        "bundle",
        "export",
        sender.case_id,
        "--to",
        added["id"],
        "--out",
        str(work / "case.age"),
    )
    assert code == 0 and isinstance(exported, dict) and exported["items"] == 3
    code, _ = _cli(capsys, tmp_path / "b", pw, "keys", "export-identity", "--out", str(work / "key.txt"))
    assert code == 0 and stat.S_IMODE((work / "key.txt").stat().st_mode) == 0o600
    shutil.copy(TOOL, work / TOOL.name)

    env = {**os.environ, "SENDER_KEY": pub_a.signing_key, "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}"}
    run = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", doc_steps()], cwd=work, env=env, capture_output=True, text=True, timeout=120
    )
    assert run.returncode == 0, run.stderr + run.stdout
    assert "manifest.json: OK" in run.stdout and run.stdout.count(": OK") == 4  # manifest + 3 files
    assert f"OK: manifest signed by {pub_a.fingerprint}" in run.stdout
    extracted = work / "bundle"
    assert not any(
        PROTECTED_NAME.encode() in p.read_bytes() or SERIAL.encode() in p.read_bytes()
        for p in extracted.rglob("*")
        if p.is_file()
    )

    # The same steps fail when the partner is given another key than the sender's.
    env["SENDER_KEY"] = pub_b.signing_key
    shutil.rmtree(extracted)
    (work / "bundle.tar").unlink()
    bad = subprocess.run(
        ["bash", "-euo", "pipefail", "-c", doc_steps()], cwd=work, env=env, capture_output=True, text=True, timeout=120
    )
    assert bad.returncode == 1 and "FAIL: manifest.sig" in bad.stdout

    # And a flipped byte makes `age -d` itself refuse.
    data = bytearray((work / "case.age").read_bytes())
    data[-100] ^= 1
    (work / "bad.age").write_bytes(bytes(data))
    dec = subprocess.run(
        ["age", "-d", "-i", "key.txt", "-o", "bad.tar", "bad.age"], cwd=work, capture_output=True, timeout=60
    )
    assert dec.returncode != 0

    # The receiver imports through the CLI: unknown sender refused (exit 1), then accepted.
    code, refused = _cli(capsys, tmp_path / "b", pw, "bundle", "import", str(work / "case.age"))
    assert (
        code == 1 and isinstance(refused, dict) and refused["imported"] == 0 and pub_a.fingerprint in refused["error"]
    )
    code, imported = _cli(
        capsys,
        tmp_path / "b",
        pw,
        "bundle",
        "import",
        str(work / "case.age"),
        "--accept-sender",
        "--sender-name",
        "Field office",
    )
    assert code == 0 and isinstance(imported, dict)
    assert (imported["imported"], imported["already_present"], imported["sender"]["fingerprint"]) == (
        3,
        0,
        pub_a.fingerprint,
    )
    code, again = _cli(capsys, tmp_path / "b", pw, "bundle", "import", str(work / "case.age"))
    assert code == 0 and isinstance(again, dict) and (again["imported"], again["already_present"]) == (0, 3)
    code, report = _cli(capsys, tmp_path / "b", pw, "verify")
    assert code == 0 and isinstance(report, dict) and report["ok"]


def test_export_refuses_unknown_contact_and_existing_file(
    make_vault: VaultFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = make_vault(tmp_path / "a")
    sender = build_sender(a, tmp_path)
    a.close()
    pw = tmp_path / "pw"
    pw.write_text(PASSPHRASE + "\n")
    code, _ = _cli(
        capsys,
        tmp_path / "a",
        pw,
        "bundle",
        "export",
        sender.case_id,
        "--to",
        "0123456789abcdef0123",
        "--out",
        str(tmp_path / "x.age"),
    )
    assert code == 2 and not (tmp_path / "x.age").exists()
    (tmp_path / "y.age").write_bytes(b"keep me")
    code, _ = _cli(
        capsys,
        tmp_path / "a",
        pw,
        "bundle",
        "export",
        sender.case_id,
        "--include-self",
        "--out",
        str(tmp_path / "y.age"),
    )
    assert code == 2 and (tmp_path / "y.age").read_bytes() == b"keep me"
    code, doc = _cli(
        capsys,
        tmp_path / "a",
        pw,
        "bundle",
        "export",
        sender.case_id,
        "--include-self",
        "--out",
        str(tmp_path / "z.age"),
    )
    assert code == 0 and isinstance(doc, dict) and doc["path"] == str(tmp_path / "z.age")
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".age", ".partial")) == ["y.age", "z.age"]
