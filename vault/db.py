"""Opening the SQLCipher 4 database with a raw key. The stdlib sqlite3 module is never used."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypeVar

from sqlcipher3 import dbapi2 as sqlcipher

from .errors import VaultDamaged
from .faults import crashpoint

Connection = Any  # sqlcipher3 ships no type information
DatabaseError = sqlcipher.DatabaseError
Row = Any  # sqlcipher3.Row: a value by column name (row["title"]) as well as by position
T = TypeVar("T")


def connect(path: Path, key: bytes, *, create: bool = False) -> Connection:
    """Open (or with create=True, make) the database. A key that does not fit is reported as
    damage: by the time we get here the key slot has already authenticated the master key."""
    if not create and not path.exists():
        raise VaultDamaged("vault database is missing")
    if create:
        # Owner-only from the first byte, whatever the umask (the folder is 0700 too).
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    conn = sqlcipher.connect(str(path), isolation_level=None, check_same_thread=False)
    try:
        # SQLCipher logs its own errors to stderr; ours are reported as one clear line instead.
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA temp_store = MEMORY")
        # 32 MiB of decrypted pages in memory (never on disk): browsing and search over 100,000
        # items would otherwise decrypt the same pages again and again.
        conn.execute("PRAGMA cache_size = -32768")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher.DatabaseError as exc:
        conn.close()
        raise VaultDamaged("vault database is damaged or does not belong to this header") from exc
    return conn


class Transaction:
    """`with Transaction(conn):` — BEGIN IMMEDIATE … COMMIT, ROLLBACK on any exception."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def __enter__(self) -> Connection:
        self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            crashpoint("db-before-commit")
            self.conn.execute("COMMIT")
        else:
            self.conn.execute("ROLLBACK")


def named_rows(conn: Connection, sql: str, params: Sequence[Any] = ()) -> list[Row]:
    """Rows whose values are read by column name, so a reordered SELECT cannot shift fields."""
    cur = conn.cursor()
    cur.row_factory = sqlcipher.Row
    return list(cur.execute(sql, params).fetchall())


def named_row(conn: Connection, sql: str, params: Sequence[Any] = ()) -> Row | None:
    rows = named_rows(conn, sql, params)
    return rows[0] if rows else None


def scalar(conn: Connection, sql: str, params: Sequence[Any] = ()) -> Any:
    """The first column of the first row, or None when there is no row."""
    row = conn.execute(sql, params).fetchone()
    return None if row is None else row[0]


def column(conn: Connection, sql: str, params: Sequence[Any] = ()) -> list[Any]:
    """The first column of every row."""
    return [row[0] for row in conn.execute(sql, params)]


def as_record(cls: type[T], row: Row) -> T:
    """A typed record (dataclass or NamedTuple) from a row whose column names are its field names
    (use `AS` in the SQL where they are not). A missing or extra column is a TypeError."""
    return cls(**dict(row))  # sqlcipher3.Row has keys(): by column name
