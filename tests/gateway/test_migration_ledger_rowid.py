"""Migration 0007 rebuilds an existing SQLite ledger with rowid keys: same rows, triggers back, still verifies."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy.ext.asyncio import create_async_engine

from gateway.migrate import upgrade
from ledger import Ledger, NoteSigner, guard_ddl, use_immediate_transactions
from ledger.note import parse_verifier_key
from ledger.verify import DatabaseSource, verify_log

ORIGIN = "gateway.test/ledger"
OLD = {  # the ledger tables as 0002 created them before 0007
    "ledger_entries": "seq BIGINT NOT NULL, leaf TEXT NOT NULL, PRIMARY KEY (seq)",
    "ledger_tree_hashes": "idx BIGINT NOT NULL, hash BLOB NOT NULL, PRIMARY KEY (idx)",
    "ledger_checkpoints": "size BIGINT NOT NULL, note TEXT NOT NULL, PRIMARY KEY (size)",
}


def _file(url: str) -> str:
    return url.split(":///", 1)[1]


async def _append(url: str, ledger: Ledger, count: int) -> None:
    engine = create_async_engine(url)
    use_immediate_transactions(engine)
    t0 = datetime(2026, 11, 25, tzinfo=UTC)
    try:
        async with engine.begin() as conn:
            for i in range(count):
                await ledger.append(
                    conn, "request.received", {"request": f"r-{i}"}, time=t0 + timedelta(seconds=i)
                )
            await ledger.checkpoint(conn)
    finally:
        await engine.dispose()


def _as_before_0007(path: str) -> None:
    with sqlite3.connect(path) as db:
        for table, columns in OLD.items():
            for suffix in ("no_update", "no_delete", "no_replace"):
                db.execute(f"DROP TRIGGER {table}_{suffix}")
            db.execute(f"CREATE TABLE {table}_old ({columns})")
            db.execute(f"INSERT INTO {table}_old SELECT * FROM {table}")  # noqa: S608 - fixed names
            db.execute(f"DROP TABLE {table}")
            db.execute(f"ALTER TABLE {table}_old RENAME TO {table}")
        for statement in guard_ddl("sqlite"):
            db.execute(statement)


def _snapshot(path: str) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(path) as db:
        return {t: db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in OLD}  # noqa: S608


def _key_types(path: str) -> dict[str, str]:
    with sqlite3.connect(path) as db:
        return {t: db.execute(f"PRAGMA table_info({t})").fetchone()[2] for t in OLD}


def test_an_old_sqlite_ledger_is_rebuilt_keyed_by_rowid(sqlite_url: str) -> None:
    path = _file(sqlite_url)
    upgrade(sqlite_url, "0006_ledger_append")
    ledger = Ledger(ORIGIN, NoteSigner(ORIGIN, Ed25519PrivateKey.generate()))
    asyncio.run(_append(sqlite_url, ledger, 40))
    _as_before_0007(path)
    assert set(_key_types(path).values()) == {"BIGINT"}
    before = _snapshot(path)

    upgrade(sqlite_url)

    assert set(_key_types(path).values()) == {"INTEGER"}
    assert _snapshot(path) == before
    with sqlite3.connect(path) as db:
        assert db.execute("EXPLAIN QUERY PLAN SELECT leaf FROM ledger_entries WHERE seq >= 3").fetchall()[0][
            3
        ] == ("SEARCH ledger_entries USING INTEGER PRIMARY KEY (rowid>?)")
        for statement in ("UPDATE ledger_entries SET leaf = 'x'", "DELETE FROM ledger_tree_hashes"):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                db.execute(statement)
    source = DatabaseSource(f"sqlite:///{path}")
    try:
        result = verify_log(source, parse_verifier_key(ledger.verifier_key()))
    finally:
        source.close()
    assert result.entries == 40
    asyncio.run(_append(sqlite_url, ledger, 3))  # appends go on after the rebuild
    assert len(_snapshot(path)["ledger_entries"]) == 43


def test_a_fresh_database_needs_no_rebuild(sqlite_url: str) -> None:
    upgrade(sqlite_url)
    assert set(_key_types(_file(sqlite_url)).values()) == {"INTEGER"}
