"""Travel mode and duress under SIGKILL at their named crash points: a cut start leaves a vault
that either still opens or is fully in travel mode; a cut end is finished by running it again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.faults.driver import SETTINGS
from tests.faults.runner import ROOT
from tests.support.field import contents, fill, partner
from vault.errors import VaultDamaged, VaultInTravel, WrongPassphrase
from vault.field.travel import escrow, set_duress, travel_end
from vault.field.travelmark import TRAVEL_FILE
from vault.store import Vault

PASS = "дорожная фраза"
DURESS = "принуждение"
CHILD = """
import sys
from pathlib import Path
from tests.faults.driver import SETTINGS
from vault.store import Vault
from vault.field.travel import travel_end, travel_start
action, path, secret = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
if action == "start":
    travel_start(Vault.open(path, secret, settings=SETTINGS))
elif action == "duress":
    try:
        Vault.open(path, secret, settings=SETTINGS)
    except Exception:
        pass
else:
    travel_end(path, Path(sys.argv[4]), secret, SETTINGS).close()
"""


def _kill_at(point: str, *args: str) -> None:
    env = {**os.environ, "EV_CRASHPOINT": point}
    proc = subprocess.run([sys.executable, "-c", CHILD, *args], cwd=ROOT, env=env, capture_output=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode(errors="replace")


@pytest.fixture
def prepared(tmp_path: Path) -> tuple[Path, Path, dict[str, tuple[str, str]]]:
    path = tmp_path / "vault"
    vault, _ = Vault.create(path, PASS, settings=SETTINGS)
    with vault:
        fill(vault, tmp_path / "src", count=2)
        contact, _ = partner(vault, tmp_path)
        escrow(vault, contact, tmp_path / "e.age")
        saved = tmp_path / "returned.header"
        saved.write_bytes((path / "vault.header").read_bytes())
        set_duress(vault, PASS, DURESS)
        escrow(vault, contact, tmp_path / "e2.age")  # the current header, duress slot included
        saved.write_bytes((path / "vault.header").read_bytes())
        before = contents(vault)
    return path, saved, before


def test_a_start_cut_after_its_log_entry_leaves_the_vault_openable(prepared: tuple) -> None:  # type: ignore[type-arg]
    path, _saved, before = prepared
    _kill_at("travel-logged", "start", str(path), PASS)
    with Vault.open(path, PASS, settings=SETTINGS) as vault:  # the header was never touched
        assert contents(vault) == before
        assert vault.custody.events()[-1].action == "travel-start"


def test_a_start_cut_before_or_after_the_marker(prepared: tuple) -> None:  # type: ignore[type-arg]
    path, saved, before = prepared
    _kill_at("atomic-tmp-written", "start", str(path), PASS)  # the marker's temporary file, not renamed
    assert not (path / TRAVEL_FILE).exists() and (path / "vault.header").exists()
    Vault.open(path, PASS, settings=SETTINGS).close()  # not in travel mode: the vault opens
    # A cut after the marker but before the header is destroyed: the next open finishes the job.
    import json

    from vault.fsutil import atomic_write

    vault_id = json.loads(saved.read_text())["vault_id"]
    atomic_write(path / TRAVEL_FILE, json.dumps({"format": "evidence-vault/travel", "vault_id": vault_id}).encode())
    with pytest.raises(VaultInTravel):
        Vault.open(path, PASS, settings=SETTINGS)
    assert not (path / "vault.header").exists()
    with travel_end(path, saved, PASS, SETTINGS) as vault:
        assert contents(vault) == before


def test_duress_cut_right_after_travel_started_is_travel_mode(prepared: tuple) -> None:  # type: ignore[type-arg]
    path, saved, before = prepared
    _kill_at("duress-travel-started", "duress", str(path), DURESS)
    with pytest.raises(VaultInTravel):
        Vault.open(path, PASS, settings=SETTINGS)
    with pytest.raises(WrongPassphrase):
        travel_end(path, saved, DURESS, SETTINGS)
    with travel_end(path, saved, PASS, SETTINGS) as vault:
        assert contents(vault) == before


def test_an_end_cut_between_marker_and_header_is_finished_by_running_it_again(prepared: tuple) -> None:  # type: ignore[type-arg]
    path, saved, before = prepared
    with Vault.open(path, PASS, settings=SETTINGS) as vault:
        from vault.field.travel import travel_start

        travel_start(vault)
    _kill_at("travel-marker-removed", "end", str(path), PASS, str(saved))
    assert not (path / TRAVEL_FILE).exists() and not (path / "vault.header").exists()
    with pytest.raises(VaultDamaged, match="header is missing"):
        Vault.open(path, PASS, settings=SETTINGS)
    with travel_end(path, saved, PASS, SETTINGS) as vault:
        assert contents(vault) == before
