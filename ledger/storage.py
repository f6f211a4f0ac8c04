"""The ledger's tables, the append-only triggers, and SQLite transaction set-up."""

from __future__ import annotations

from typing import Any

from sqlalchemy import BigInteger, Column, LargeBinary, MetaData, Table, Text, event
from sqlalchemy.ext.asyncio import AsyncEngine

metadata = MetaData()

entries_table = Table(
    "ledger_entries",
    metadata,
    Column("seq", BigInteger, primary_key=True, autoincrement=False),
    Column("leaf", Text, nullable=False),
)

tree_hashes_table = Table(
    "ledger_tree_hashes",
    metadata,
    # Go sumdb tlog's flattened stored-hash index (ledger.merkle.stored_hash_index).
    Column("idx", BigInteger, primary_key=True, autoincrement=False),
    Column("hash", LargeBinary(32), nullable=False),
)

checkpoints_table = Table(
    "ledger_checkpoints",
    metadata,
    Column("size", BigInteger, primary_key=True, autoincrement=False),
    Column("note", Text, nullable=False),
)

LEDGER_TABLES = (entries_table, tree_hashes_table, checkpoints_table)
_KEYS = {"ledger_entries": "seq", "ledger_tree_hashes": "idx", "ledger_checkpoints": "size"}


def guard_ddl(dialect_name: str) -> list[str]:
    """SQL creating triggers that refuse UPDATE and DELETE (and TRUNCATE, and SQLite's REPLACE) on the tables.

    Run after ``metadata.create_all``; each statement is idempotent.
    """
    if dialect_name == "postgresql":
        function = (
            "CREATE OR REPLACE FUNCTION ledger_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$ "
            "BEGIN RAISE EXCEPTION 'ledger table % is append-only: % refused', TG_TABLE_NAME, TG_OP "
            "USING ERRCODE = 'insufficient_privilege'; END $$"
        )
        out = [function]
        for table in _KEYS:
            row_trigger = f"{table}_append_only BEFORE UPDATE OR DELETE ON {table} FOR EACH ROW"
            truncate_trigger = f"{table}_no_truncate BEFORE TRUNCATE ON {table} FOR EACH STATEMENT"
            out += [
                f"DROP TRIGGER IF EXISTS {table}_append_only ON {table}",
                f"CREATE TRIGGER {row_trigger} EXECUTE FUNCTION ledger_refuse_change()",
                f"DROP TRIGGER IF EXISTS {table}_no_truncate ON {table}",
                f"CREATE TRIGGER {truncate_trigger} EXECUTE FUNCTION ledger_refuse_change()",
            ]
        return out
    if dialect_name == "sqlite":
        out = []
        for table, key in _KEYS.items():
            refuse = f"BEGIN SELECT RAISE(ABORT, 'ledger table {table} is append-only'); END"
            # INSERT OR REPLACE deletes the old row without firing delete triggers (unless
            # recursive_triggers is on): refuse any insert that would meet an existing key.
            exists = f"EXISTS (SELECT 1 FROM {table} WHERE {key} = NEW.{key})"  # noqa: S608 - fixed names
            out += [
                f"CREATE TRIGGER IF NOT EXISTS {table}_no_update BEFORE UPDATE ON {table} {refuse}",
                f"CREATE TRIGGER IF NOT EXISTS {table}_no_delete BEFORE DELETE ON {table} {refuse}",
                f"CREATE TRIGGER IF NOT EXISTS {table}_no_replace BEFORE INSERT ON {table} WHEN {exists} {refuse}",
            ]
        return out
    raise ValueError(f"no append-only triggers for dialect {dialect_name!r}")


def use_immediate_transactions(engine: AsyncEngine, busy_timeout_ms: int = 30_000) -> None:
    """On SQLite, start every transaction with ``BEGIN IMMEDIATE`` (and wait up to ``busy_timeout_ms`` for the
    write lock), so appends from several processes are serialised; a no-op on other databases.

    This replaces the sqlite3 driver's own deferred BEGIN (the recipe in SQLAlchemy's aiosqlite docs).
    """
    if engine.dialect.name != "sqlite":
        return
    sync_engine = engine.sync_engine

    @event.listens_for(sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {int(busy_timeout_ms)}")
        cursor.close()

    @event.listens_for(sync_engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")
