"""What must hold after a crash: checked by the parent against the child's journal.

- the vault opens with exactly one passphrase (the old or the new one during a passphrase change);
- `verify_vault` finds no problem once the open has swept what the crash left behind;
- every journaled import and testimony is fully present (row, original blob that decrypts to its
  SHA-256, custody event) or fully absent, and present for sure when the journal says "done";
- tags and revisions the journal calls done are there;
- no `.partial` file and no stale header temp file remain, nothing readable (no marker) anywhere.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vault.errors import WrongPassphrase
from vault.store import Vault
from vault.verify import verify_vault

from .driver import MARKER_PREFIX, SETTINGS


@dataclass
class Outcome:
    """What one kill left and what the next open did about it."""

    partials_before_open: int = 0
    orphans_before_open: int = 0
    header_tmp_before_open: bool = False
    in_flight: str = ""  # the operation the kill interrupted ("" if none had begun)
    in_flight_committed: bool | None = None  # whether that operation's effect is in the vault
    passphrase: str = ""  # the passphrase that opened the vault


def read_journal(path: Path) -> list[dict[str, Any]]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def leftovers(vault_dir: Path) -> tuple[int, bool]:
    partials = sum(1 for p in (vault_dir / "blobs").rglob("*.partial"))
    return partials, (vault_dir / "vault.header.tmp").exists()


def orphans(vault: Vault) -> int:
    """Blob files (not `.partial`) that no row names: what a kill after the rename leaves."""
    known = {r[0] for r in vault.conn.execute("SELECT id FROM blobs")}
    files = {p.name for p in vault.blobs.root.glob("*/*") if not p.name.endswith(".partial")}
    return len(files - known)


def open_exactly_one(vault_dir: Path, candidates: list[str], outcome: Outcome) -> tuple[Vault, str]:
    """Open with whichever candidate works (fail unless exactly one does); the first, probing open
    does not sweep, and counts the orphans the crash left."""
    works = []
    for secret in dict.fromkeys(candidates):
        try:
            probe = Vault.open(vault_dir, secret, settings=SETTINGS, sweep=False)
        except WrongPassphrase:
            continue
        with probe:
            outcome.orphans_before_open = orphans(probe)
        works.append(secret)
    assert len(works) == 1, f"{len(works)} of {len(candidates)} candidate passphrases open the vault"
    return Vault.open(vault_dir, works[0], settings=SETTINGS), works[0]


def _import_state(vault: Vault, sha256: str) -> bool:
    """True if fully present, False if fully absent; fails on anything in between."""
    rows = vault.conn.execute("SELECT id FROM items WHERE sha256 = ?", (sha256,)).fetchall()
    assert len(rows) <= 1, f"{len(rows)} items for one imported file"
    if not rows:
        return False
    item_id = rows[0][0]
    blob = vault.conn.execute(
        "SELECT id FROM blobs WHERE item_id = ? AND purpose = 'original' AND destroyed IS NULL", (item_id,)
    ).fetchone()
    assert blob is not None, f"item {item_id} has no original blob row"
    digest = hashlib.sha256()
    for chunk in vault.blobs.iter_plaintext(blob[0]):
        digest.update(chunk)
    assert digest.hexdigest() == sha256, f"item {item_id}: blob does not decrypt to the intake hash"
    events = vault.conn.execute(
        "SELECT count(*) FROM custody WHERE subject = ? AND action = 'import'", (item_id,)
    ).fetchone()[0]
    assert events == 1, f"item {item_id} has {events} import events"
    return True


def _testimony_state(vault: Vault, sha256: str) -> bool:
    rows = vault.conn.execute("SELECT id FROM items WHERE sha256 = ? AND kind = 'testimony'", (sha256,)).fetchall()
    assert len(rows) <= 1
    if not rows:
        return False
    item_id = rows[0][0]
    assert vault.conn.execute("SELECT 1 FROM revisions WHERE item_id = ? AND rev = 1", (item_id,)).fetchone()
    assert vault.conn.execute("SELECT 1 FROM custody WHERE subject = ?", (item_id,)).fetchone()
    return True


def _bundle_state(vault: Vault, shas: list[str]) -> bool:
    """All of a bundle's items are in the vault, or none is."""
    marks = ",".join("?" * len(shas))
    have = vault.conn.execute(f"SELECT count(DISTINCT sha256) FROM items WHERE sha256 IN ({marks})", shas).fetchone()[0]
    assert have in (0, len(shas)), f"{have} of {len(shas)} bundle items: a half-imported bundle"
    if have:
        assert vault.conn.execute("SELECT 1 FROM custody WHERE action = 'receive'").fetchone(), "no receive event"
    return bool(have)


def check_journal(vault: Vault, journal: list[dict[str, Any]], outcome: Outcome) -> None:
    """Replay the journal: done operations are in the vault, the interrupted one all or nothing."""
    tags: dict[tuple[str, str], bool | None] = {}
    revs: dict[str, int] = {}
    bundle_shas: list[str] = []
    bundle_done = False
    for entry in journal:
        op, done = entry["op"], entry["phase"] == "done"
        if op == "import" and not done:
            present = [_import_state(vault, f["sha256"]) for f in entry["files"]]
            outcome.in_flight, outcome.in_flight_committed = "import", any(present)
        elif op == "import":
            for sha in entry["imported"]:
                assert _import_state(vault, sha), "an import reported done is missing"
        elif op == "testimony_add" and not done:
            outcome.in_flight = op
            outcome.in_flight_committed = _testimony_state(vault, entry["sha256"])
        elif op == "testimony_add":
            assert vault.conn.execute("SELECT 1 FROM items WHERE id = ?", (entry["id"],)).fetchone()
        elif op == "testimony_revise" and done:
            revs[entry["id"]] = max(revs.get(entry["id"], 0), entry["rev"])
        elif op in ("tag", "untag"):
            tags[(entry["id"], entry["tag"])] = (op == "tag") if done else None
            if not done:
                outcome.in_flight = op
        elif op == "bundle_import":
            if not done:
                outcome.in_flight, outcome.in_flight_committed = op, _bundle_state(vault, entry["shas"])
            bundle_shas = entry.get("shas", bundle_shas)
            bundle_done = bundle_done or done
        elif op in ("passwd", "testimony_revise") and not done:
            outcome.in_flight = op
        if done and outcome.in_flight == op:
            outcome.in_flight, outcome.in_flight_committed = "", None
    if bundle_done:
        assert _bundle_state(vault, bundle_shas), "a bundle import reported done is missing"
    for item_id, rev in revs.items():
        have = vault.conn.execute("SELECT max(rev) FROM revisions WHERE item_id = ?", (item_id,)).fetchone()[0]
        assert have >= rev, f"testimony {item_id}: revision {rev} reported done is missing"
    for (item_id, tag), expected in tags.items():
        if expected is None:
            continue
        have = vault.conn.execute("SELECT 1 FROM item_tags WHERE item_id = ? AND tag = ?", (item_id, tag)).fetchone()
        assert bool(have) == expected, f"tag change on {item_id} reported done is not in the vault"


def passphrase_candidates(journal: list[dict[str, Any]], current: str) -> list[str]:
    """The passphrase in force before the run's last passphrase operation, and its new one."""
    candidates = [current]
    for entry in journal:
        if entry["op"] == "passwd":
            candidates = [entry["new"]] if entry["phase"] == "done" else [entry["old"], entry["new"]]
    return candidates


def plaintext_files(vault_dir: Path) -> list[str]:
    """Files in the vault folder that hold a planted marker in the clear."""
    needle = MARKER_PREFIX.encode()
    found = []
    for path in sorted(vault_dir.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with open(path, "rb") as fh:
                if needle in fh.read():
                    found.append(str(path.relative_to(vault_dir)))
    return found


@dataclass
class Tally:
    runs: int = 0
    kills: int = 0
    named: Counter[str] = field(default_factory=Counter)
    interrupted: Counter[str] = field(default_factory=Counter)
    committed: Counter[str] = field(default_factory=Counter)
    partials_swept: int = 0
    orphans_swept: int = 0
    header_tmp_swept: int = 0

    def add(self, outcome: Outcome) -> None:
        self.partials_swept += outcome.partials_before_open
        self.orphans_swept += outcome.orphans_before_open
        self.header_tmp_swept += int(outcome.header_tmp_before_open)
        key = outcome.in_flight or "(between operations)"
        self.interrupted[key] += 1
        if outcome.in_flight_committed:
            self.committed[key] += 1


def after_kill(vault_dir: Path, journal_path: Path, current: str) -> tuple[Outcome, str]:
    """All checks after one kill; returns the outcome and the passphrase now in force."""
    journal = read_journal(journal_path)
    outcome = Outcome()
    outcome.partials_before_open, outcome.header_tmp_before_open = leftovers(vault_dir)
    candidates = passphrase_candidates(journal, current)
    vault, secret = open_exactly_one(vault_dir, candidates, outcome)
    outcome.passphrase = secret
    with vault:
        assert leftovers(vault_dir) == (0, False), "the open did not sweep what the crash left"
        assert orphans(vault) == 0, "the open did not sweep orphan blobs"
        report = verify_vault(vault)
        assert report.ok, [p.to_json() for p in report.problems]
        check_journal(vault, journal, outcome)
    if outcome.in_flight == "passwd":
        outcome.in_flight_committed = secret == candidates[-1]
    assert plaintext_files(vault_dir) == [], "plaintext marker in the vault folder"
    return outcome, secret
