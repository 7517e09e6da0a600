"""Shared recovery with SLIP-39 word shares: any K of N set a new passphrase, fewer change
nothing; every combination is tried for small N."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from tests.support.dossier import pdftotext
from tests.support.vaults import PASSPHRASE, TEST_SETTINGS, VaultFactory
from vault.errors import UsageError, WrongPassphrase
from vault.field.shares import combine, read_share, recover, split
from vault.store import Vault


def _split(make_vault: VaultFactory, tmp_path: Path, n: int, k: int) -> tuple[Path, list[Path], bytes]:
    vault = make_vault()
    result = split(vault, n, k, tmp_path / "shares")
    path = vault.path
    events = [e.details for e in vault.custody.events() if e.action == "recovery-split"]
    assert events == [{"shares": n, "threshold": k, "slot": "recovery-shares"}]
    words = [read_share(Path(f)) for f in result.files]
    log_text = json.dumps([e.to_json() for e in vault.custody.events()])
    # No share in the log: a run of its words would be there. (A single word could be a JSON key:
    # "device" is a SLIP-39 word too.)
    assert not any(" ".join(w.split()[3:7]) in log_text for w in words)
    vault.close()
    return path, [Path(f) for f in result.files], (path / "vault.header").read_bytes()


@pytest.mark.parametrize(("n", "k"), [(3, 2), (4, 3)])
def test_every_k_of_n_recovers_and_fewer_change_nothing(
    make_vault: VaultFactory, tmp_path: Path, n: int, k: int
) -> None:
    path, files, header_before = _split(make_vault, tmp_path, n, k)
    assert all(f.stat().st_mode & 0o777 == 0o600 for f in files)
    assert len({read_share(f) for f in files}) == n and all(len(read_share(f).split()) == 20 for f in files)
    for few in itertools.combinations(files, k - 1):
        with pytest.raises(UsageError, match=f"{k} different shares are needed"):
            recover(path, list(few), "никогда", TEST_SETTINGS)
        assert (path / "vault.header").read_bytes() == header_before
    with pytest.raises(UsageError):  # one share given K times is still one share
        recover(path, [files[0]] * k, "никогда", TEST_SETTINGS)
    for size in range(k, n + 1):
        for chosen in itertools.combinations(files, size):
            new = f"фраза-{'-'.join(f.stem[-6:] for f in chosen)}"
            recover(path, list(chosen), new, TEST_SETTINGS)
            with Vault.open(path, new, settings=TEST_SETTINGS) as opened:
                assert opened.custody.events()[-1].action == "recover"
    with pytest.raises(WrongPassphrase):
        Vault.open(path, PASSPHRASE, settings=TEST_SETTINGS)


def test_the_printed_recovery_key_still_works_and_other_vaults_refuse(make_vault: VaultFactory, tmp_path: Path) -> None:
    path, files, _ = _split(make_vault, tmp_path, 3, 2)
    other = make_vault()
    other_path = other.path
    other.close()
    with pytest.raises(WrongPassphrase, match="do not open this vault"):
        recover(other_path, files[:2], "x", TEST_SETTINGS)
    make_vault.open_with_recovery_key(path).close()
    assert combine([read_share(f) for f in files[1:]]) == combine([read_share(f) for f in files[:2]])


def test_bad_arguments_and_damaged_words(make_vault: VaultFactory, tmp_path: Path) -> None:
    vault = make_vault()
    for n, k in ((3, 1), (2, 3), (17, 2)):
        with pytest.raises(UsageError):
            split(vault, n, k, tmp_path / f"s{n}{k}")
    result = split(vault, 3, 2, tmp_path / "ok")
    with pytest.raises(UsageError, match="already exists"):
        split(vault, 3, 2, tmp_path / "ok")
    words = read_share(Path(result.files[0])).split()
    words[3] = "academic" if words[3] != "academic" else "acid"
    bad = tmp_path / "bad.txt"
    bad.write_text(" ".join(words))
    with pytest.raises(UsageError, match="not valid"):
        combine([read_share(bad), read_share(Path(result.files[1]))])


def test_cli_split_and_recover(make_vault: VaultFactory, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from vault.cli.main import main

    vault = make_vault()
    path = vault.path
    vault.close()
    pw, new = tmp_path / "pw", tmp_path / "new"
    pw.write_text(PASSPHRASE + "\n")
    new.write_text("совсем новая\n")
    argv = [
        "--vault",
        str(path),
        "--passphrase-file",
        str(pw),
        "recovery",
        "split",
        "--shares",
        "3",
        "--threshold",
        "2",
        "--out-dir",
        str(tmp_path / "out"),
        "--json",
    ]
    assert main(argv) == 0
    files = json.loads(capsys.readouterr().out)["files"]
    assert len(files) == 3
    rec = ["--vault", str(path), "recover", "--new-passphrase-file", str(new), "--share-file"]
    assert main([*rec, files[0]]) == 2
    assert "2 different shares are needed" in capsys.readouterr().err
    assert main([*rec, files[0], files[2], "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {}
    Vault.open(path, "совсем новая", settings=TEST_SETTINGS).close()


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_share_sheets_embed_dejavu_and_hold_the_words(tmp_path: Path, language: str) -> None:
    from vault.field.share_sheets import write_share_sheet

    words = "tendency industry academic acid angry software evaluate civil industry drift " * 2
    out = write_share_sheet(words.strip(), 2, 5, 3, tmp_path / "sheet.pdf", language)
    data = out.read_bytes()
    assert b"DejaVuSans" in data and b"/Helvetica" not in data  # only embedded fonts
    text = pdftotext(out)
    assert all(w in text for w in words.split())
    assert {"en": "share 2 of 5", "ru": "2 из 5", "kk": "5 бөлігінің 2-сі"}[language] in text
    assert out.stat().st_mode & 0o777 == 0o600
