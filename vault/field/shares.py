"""Shared recovery: a recovery secret split into SLIP-39 word shares (any K of N recover).

The library is Trezor's `shamir-mnemonic`, the reference implementation of SLIP-39
(docs/adr/013-slip39-shamir-mnemonic.md): no home-made arithmetic. `split` makes a fresh
128-bit secret with a key slot of its own (`recovery-shares`; the printed recovery key keeps
working); splitting again replaces that slot, so earlier shares stop working. `recover` with K
shares opens that slot and sets a new passphrase; with fewer it refuses and changes nothing.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from pathlib import Path

import shamir_mnemonic
from shamir_mnemonic.share import Share

from .. import header
from ..errors import UsageError, WrongPassphrase
from ..store import HEADER_FILE, Vault, VaultSettings

SHARES_SLOT = "recovery-shares"
MAX_SHARES = 16  # SLIP-39's limit for one group
# 128 bits, the design's floor for a recovery secret: 20 words a share (160 bits would take 23).
SECRET_BYTES = 16


@dataclass(frozen=True)
class SplitResult:
    files: list[str]
    shares: int
    threshold: int


def share_text(mnemonic: str, index: int, count: int, threshold: int) -> str:
    return (
        f"# Evidence Vault recovery share {index} of {count} (any {threshold} of them recover the vault).\n"
        "# Keep it on paper, away from the laptop. It is worth nothing alone.\n"
        f"{mnemonic}\n"
    )


def split(vault: Vault, shares: int, threshold: int, out_dir: Path) -> SplitResult:
    if not 2 <= threshold <= shares <= MAX_SHARES:
        raise UsageError(f"need 2 <= threshold <= shares <= {MAX_SHARES}")
    out_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    names = [out_dir / f"recovery-share-{i}-of-{shares}.txt" for i in range(1, shares + 1)]
    clash = [str(p) for p in names if p.exists()]
    if clash:
        raise UsageError(f"{clash[0]} already exists; refusing to overwrite a share")
    secret = secrets.token_bytes(SECRET_BYTES)
    groups = shamir_mnemonic.generate_mnemonics(1, [(threshold, shares)], secret, b"")
    slot = vault.wrap_master(SHARES_SLOT, header.RECOVERY, secret)
    written: list[str] = []
    try:
        for i, (path, words) in enumerate(zip(names, groups[0], strict=True), start=1):
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write(share_text(words, i, shares, threshold))
                fh.flush()
                os.fsync(fh.fileno())
            written.append(str(path))
    except BaseException:
        for done in written:
            os.unlink(done)
        raise
    new_header = vault.header.with_slot(slot)
    with vault.transaction():
        vault.record("recovery-split", vault.vault_id, {"shares": shares, "threshold": threshold, "slot": SHARES_SLOT})
    header.write_header(vault.path / HEADER_FILE, new_header)
    vault.header = new_header
    return SplitResult(written, shares, threshold)


def read_share(path: Path) -> str:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read the share file {path}") from exc
    words = " ".join(line.strip() for line in lines if line.strip() and not line.lstrip().startswith("#"))
    if not words:
        raise UsageError(f"{path} holds no share")
    return " ".join(words.split())


def combine(mnemonics: list[str]) -> bytes:
    """The secret from K shares; UsageError (nothing changed) with fewer or with bad words."""
    try:
        parsed = [Share.from_mnemonic(m) for m in mnemonics]
    except shamir_mnemonic.MnemonicError as exc:
        raise UsageError(f"a share is not valid ({exc}); check its words") from None
    needed = parsed[0].member_threshold if parsed else 0
    by_index = {p.index: m for p, m in zip(parsed, mnemonics, strict=True)}
    if len(by_index) < needed:
        raise UsageError(f"{needed} different shares are needed, {len(by_index)} given; nothing was changed")
    # The library wants exactly K: more colleagues than needed may come, any K of them do.
    chosen = list(by_index.values())[:needed]
    try:
        return bytes(shamir_mnemonic.combine_mnemonics(chosen, b""))
    except shamir_mnemonic.MnemonicError as exc:
        raise UsageError(f"the shares do not fit together ({exc}); nothing was changed") from None


def recover(vault_dir: Path, share_files: list[Path], new_passphrase: str, settings: VaultSettings) -> None:
    """Set a new passphrase from K share files. Fewer than K, or shares of another vault: refused,
    nothing changed."""
    secret = combine([read_share(p) for p in share_files])
    try:
        vault = Vault.open_with_recovery_secret(vault_dir, secret, settings=settings)
    except WrongPassphrase:
        raise WrongPassphrase("these shares do not open this vault; nothing was changed") from None
    with vault:
        vault.change_passphrase(new_passphrase, via="recover")
