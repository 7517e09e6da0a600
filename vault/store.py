"""A vault on disk: create, unlock, lock. Holds the open database, blob store and custody log.

Unlocking authenticates a key slot before SQLCipher is touched, so a wrong secret changes no
byte and creates no file. Nothing here re-creates or repairs a vault.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pyrage
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from . import db, filelock, header, kdf, schema
from .blobs import BLOB_ID, PARTIAL_SUFFIX, BlobStore
from .custody import CustodyLog, Event, public_key_bytes
from .env import DEFAULT_ENV, Environment
from .errors import UsageError, VaultDamaged, VaultExists, VaultLocked, VaultNotFound, WrongPassphrase
from .faults import crashpoint
from .field import duress, travelmark
from .fsutil import fsync_dir
from .recovery_key import RECOVERY_BYTES, format_recovery_key, parse_recovery_key

log = logging.getLogger(__name__)

HEADER_FILE = "vault.header"
DB_FILE = "vault.db"
BLOBS_DIR = "blobs"
LOCK_FILE = "vault.lock"


@dataclass(frozen=True)
class VaultSettings:
    """Per-machine settings passed in by the caller (CLI or GUI); none is stored in the vault."""

    device_id: str = "unknown-device"
    kdf_params: kdf.Argon2Params | None = None  # None: calibrate at creation
    kdf_target_seconds: float = 1.0


def _subkey(master: bytes, purpose: str) -> bytes:
    return HKDF(hashes.SHA256(), 32, None, f"evidence-vault {purpose} v1".encode()).derive(master)


def is_vault(path: Path) -> bool:
    """A vault folder, also in travel mode (its header away): opening it then says why it can't."""
    return (path / HEADER_FILE).is_file() or (path / travelmark.TRAVEL_FILE).is_file()


class Vault:
    """An unlocked vault. Use as a context manager or call close() (= lock)."""

    def __init__(
        self,
        path: Path,
        hdr: header.VaultHeader,
        master: bytes,
        conn: db.Connection,
        lock_fd: int,
        env: Environment,
        settings: VaultSettings,
    ) -> None:
        self.path = path
        self.header = hdr
        self.env = env
        self.settings = settings
        self._master = master
        self._conn: db.Connection | None = conn
        self._lock_fd = lock_fd
        # The passphrase slot that opened this vault (None after the recovery key): a passphrase
        # change replaces that slot, and only that one (a duress slot stays as it is).
        self.unlocked_slot: str | None = None
        self.swept_on_open = 0  # files an interrupted write left, removed by this open
        self.blobs = BlobStore(path / BLOBS_DIR, _subkey(master, "blobs"), env)
        signing = Ed25519PrivateKey.from_private_bytes(self.secret("signing_key"))
        self.custody = CustodyLog(conn, signing, hdr.vault_id)

    # ----- lifecycle -------------------------------------------------------------------------

    @classmethod
    def create(
        cls,
        path: Path,
        passphrase: str,
        *,
        owner: str = "",
        env: Environment = DEFAULT_ENV,
        settings: VaultSettings = VaultSettings(),
    ) -> tuple[Vault, str]:
        """Make a new vault in an empty or absent folder. Returns the vault and the recovery key,
        which is shown once and never stored."""
        if not passphrase:
            raise UsageError("the passphrase must not be empty")
        if path.exists() and (not path.is_dir() or any(path.iterdir())):
            raise VaultExists(f"{path} is not an empty folder; refusing to create a vault there")
        path.mkdir(parents=True, exist_ok=True, mode=0o700)
        params = settings.kdf_params or kdf.calibrate(settings.kdf_target_seconds)
        master = env.random_bytes(32)
        recovery_raw = env.random_bytes(RECOVERY_BYTES)
        vault_id = env.new_id(16)
        rnd = env.random_bytes
        hdr = header.VaultHeader(
            vault_id,
            (
                header.make_slot(vault_id, "passphrase-1", header.PASSPHRASE, passphrase, master, rnd, params),
                header.make_slot(vault_id, "recovery-1", header.RECOVERY, recovery_raw, master, rnd, None),
            ),
        )
        (path / BLOBS_DIR).mkdir(mode=0o700)
        lock_fd = os.open(path / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
        filelock.lock_shared(lock_fd)
        conn = db.connect(path / DB_FILE, _subkey(master, "database"), create=True)
        schema.migrate(conn)
        signing = Ed25519PrivateKey.generate()
        from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat

        with db.Transaction(conn):
            conn.execute(
                "INSERT INTO secrets VALUES ('signing_key', ?)",
                (signing.private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption()),),
            )
            age_identity = str(pyrage.x25519.Identity.generate()).encode()
            conn.execute("INSERT INTO secrets VALUES ('age_identity', ?)", (age_identity,))
            conn.execute("INSERT INTO meta VALUES ('vault_id', ?)", (vault_id,))
            conn.execute("INSERT INTO meta VALUES ('owner', ?)", (owner,))
        # The header goes last: a crash before this leaves a folder that is not yet a vault.
        header.write_header(path / HEADER_FILE, hdr)
        fsync_dir(path)
        vault = cls(path, hdr, master, conn, lock_fd, env, settings)
        vault.unlocked_slot = "passphrase-1"
        from .tags import install_default_vocabulary

        with vault.transaction():
            install_default_vocabulary(conn)
            vault.record(
                "create",
                vault_id,
                {"format": header.VERSION, "schema": schema.SCHEMA_VERSION,
                 "signing_key": public_key_bytes(signing.public_key()).hex()},
            )  # fmt: skip
        return vault, format_recovery_key(recovery_raw)

    @classmethod
    def open(
        cls,
        path: Path,
        passphrase: str,
        *,
        env: Environment = DEFAULT_ENV,
        settings: VaultSettings = VaultSettings(),
        sweep: bool = True,
    ) -> Vault:
        hdr = cls._read_header(path)
        if hdr.slot(header.PASSPHRASE) is None:
            raise VaultDamaged("vault header has no passphrase slot")
        # Every passphrase slot is tried; a duress passphrase starts travel mode, then fails
        # like a wrong one (vault/field/duress.py).
        slot_id, master = duress.unlock(path, hdr, passphrase)
        vault = cls._unlock(path, hdr, master, env, settings, sweep)
        vault.unlocked_slot = slot_id
        return vault

    @classmethod
    def open_with_recovery_key(
        cls,
        path: Path,
        recovery_key: str,
        *,
        env: Environment = DEFAULT_ENV,
        settings: VaultSettings = VaultSettings(),
    ) -> Vault:
        return cls.open_with_recovery_secret(path, parse_recovery_key(recovery_key), env=env, settings=settings)

    @classmethod
    def open_with_recovery_secret(
        cls, path: Path, secret: bytes, *, env: Environment = DEFAULT_ENV, settings: VaultSettings = VaultSettings(),
    ) -> Vault:  # fmt: skip
        """The recovery key's raw bytes, or a secret rebuilt from recovery shares: every
        recovery slot is tried (the printed key's and the shares' slot)."""
        hdr = cls._read_header(path)
        slots = [s for s in hdr.slots if s.kind == header.RECOVERY]
        if not slots:
            raise VaultDamaged("vault header has no recovery slot")
        for slot in slots:
            try:
                master = header.open_slot(hdr.vault_id, slot, secret)
            except WrongPassphrase:
                continue
            return cls._unlock(path, hdr, master, env, settings, sweep=True)
        raise WrongPassphrase("wrong recovery key")

    @staticmethod
    def _read_header(path: Path) -> header.VaultHeader:
        if not path.is_dir():
            raise VaultNotFound(f"no vault at {path}")
        travelmark.refuse_if_travelling(path)
        try:
            return header.read_header(path / HEADER_FILE)
        except FileNotFoundError:
            if (path / DB_FILE).exists():
                raise VaultDamaged("vault header is missing") from None
            raise VaultNotFound(f"no vault at {path}") from None

    @classmethod
    def _unlock(
        cls, path: Path, hdr: header.VaultHeader, master: bytes, env: Environment,
        settings: VaultSettings, sweep: bool,
    ) -> Vault:  # fmt: skip
        if not (path / DB_FILE).is_file():
            raise VaultDamaged("vault database is missing")
        try:
            lock_fd = os.open(path / LOCK_FILE, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            raise VaultDamaged(f"vault folder is not writable: {exc.strerror}") from exc
        conn = None
        try:
            conn = db.connect(path / DB_FILE, _subkey(master, "database"))
            if db.scalar(conn, "SELECT value FROM meta WHERE key='vault_id'") != hdr.vault_id:
                raise VaultDamaged("vault database does not belong to this header")
            schema.migrate(conn)
            swept = 0
            if sweep:
                swept = cls._sweep_if_alone(path, conn, lock_fd)
            filelock.lock_shared(lock_fd)
            vault = cls(path, hdr, master, conn, lock_fd, env, settings)
        except BaseException:
            if conn is not None:
                conn.close()
            os.close(lock_fd)
            raise
        vault.swept_on_open = swept  # the GUI tells the user calmly what an interruption left
        if swept:
            log.info("swept %d interrupted blob writes", swept)
        return vault

    @staticmethod
    def _sweep_if_alone(path: Path, conn: db.Connection, lock_fd: int) -> int:
        """Remove blob files a crash left behind, but only when no other process has the vault
        open (one of them could be mid-import)."""
        if not filelock.try_lock_exclusive(lock_fd):
            return 0
        known = set(db.column(conn, "SELECT id FROM blobs WHERE destroyed IS NULL"))
        removed = 0
        # A header write cut short (passphrase change): the temp file holds a slot for a
        # passphrase that never took effect; it must not outlive the crash.
        stale_header = path / (HEADER_FILE + ".tmp")
        if stale_header.is_file() and not stale_header.is_symlink():
            stale_header.unlink()
            removed += 1
        root = path / BLOBS_DIR
        for sub in root.iterdir() if root.is_dir() else ():
            if not sub.is_dir() or sub.is_symlink():
                continue
            for entry in sub.iterdir():
                name = entry.name
                orphan = name.endswith(PARTIAL_SUFFIX) and bool(BLOB_ID.match(name[: -len(PARTIAL_SUFFIX)]))
                orphan = orphan or (bool(BLOB_ID.match(name)) and name not in known and name[:2] == sub.name)
                if orphan and entry.is_file() and not entry.is_symlink():
                    entry.unlink()
                    removed += 1
        return removed

    def close(self) -> None:
        """Lock: close the database, forget the keys."""
        if self._conn is None:
            return
        self.blobs.close()
        try:
            self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        except db.DatabaseError:
            pass
        self._conn.close()
        self._conn = None
        self._master = b""
        filelock.unlock(self._lock_fd)
        os.close(self._lock_fd)

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----- access ----------------------------------------------------------------------------

    @property
    def conn(self) -> db.Connection:
        if self._conn is None:
            raise VaultLocked("the vault is locked")
        return self._conn

    @property
    def vault_id(self) -> str:
        return self.header.vault_id

    @property
    def is_open(self) -> bool:
        return self._conn is not None

    def wrap_master(self, slot_id: str, kind: str, secret: str | bytes) -> header.KeySlot:
        """A new key slot wrapping this vault's master key under `secret` (recovery shares)."""
        if self._conn is None:
            raise VaultLocked("the vault is locked")
        params = None if kind == header.RECOVERY else (self.settings.kdf_params or kdf.calibrate())
        return header.make_slot(self.vault_id, slot_id, kind, secret, self._master, self.env.random_bytes, params)

    def database_key(self) -> bytes:
        """The SQLCipher key, for a snapshot through the backup API (vault/field/backup.py)."""
        if self._conn is None:
            raise VaultLocked("the vault is locked")
        return _subkey(self._master, "database")

    def secret(self, name: str) -> bytes:
        value = db.scalar(self.conn, "SELECT value FROM secrets WHERE name = ?", (name,))
        if value is None:
            raise VaultDamaged(f"vault database lacks its {name}")
        return bytes(value)

    def meta(self, key: str, default: str = "") -> str:
        value = db.scalar(self.conn, "SELECT value FROM meta WHERE key = ?", (key,))
        return default if value is None else str(value)

    def set_meta(self, key: str, value: str) -> None:
        self.conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    @property
    def actor(self) -> str:
        return self.meta("owner") or "vault owner"

    @contextmanager
    def transaction(self) -> Iterator[db.Connection]:
        with db.Transaction(self.conn) as conn:
            yield conn

    def record(
        self, action: str, subject: str, details: dict[str, Any] | None = None, also: tuple[str, ...] = ()
    ) -> Event:
        """Append a custody event. Call inside `transaction()` with the change it records."""
        return self.custody.append(
            time=self.env.now_iso(), actor=self.actor, device=self.settings.device_id,
            action=action, subject=subject, details=details, also=also,
        )  # fmt: skip

    # ----- secrets ---------------------------------------------------------------------------

    def change_passphrase(self, new_passphrase: str, *, via: str = "passphrase") -> None:
        """Rewrite the passphrase slot atomically; no data is re-encrypted."""
        if not new_passphrase:
            raise UsageError("the passphrase must not be empty")
        old = next((s for s in self.header.slots if s.slot_id == self.unlocked_slot), None)
        params = self.settings.kdf_params or kdf.calibrate(self.settings.kdf_target_seconds)
        if old is not None and old.argon2 is not None and self.settings.kdf_params is None:
            params = max(params, old.argon2, key=lambda p: p.memory_kib * p.iterations)
        slot = header.make_slot(
            self.vault_id, old.slot_id if old else "passphrase-1", header.PASSPHRASE,
            new_passphrase, self._master, self.env.random_bytes, params,
        )  # fmt: skip
        base = self.header
        if old is None:
            # Opened with the recovery key: which passphrase slot is the real one cannot be
            # known, so all go (a duress passphrase too) and one new slot takes their place.
            base = replace(base, slots=tuple(s for s in base.slots if s.kind != header.PASSPHRASE))
        new_header = base.with_slot(slot)
        # Log first: if the header write then fails, the log says an attempt was made, which is
        # true; the reverse order could leave a changed passphrase with no record of it.
        with self.transaction():
            self.record(via, self.vault_id, {"slot": slot.slot_id})
        crashpoint("passphrase-logged")
        header.write_header(self.path / HEADER_FILE, new_header)
        self.header = new_header
        self.unlocked_slot = slot.slot_id
