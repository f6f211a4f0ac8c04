"""SQLite: the ledger tables keyed by their rowid.

Declared ``BIGINT PRIMARY KEY``, a SQLite table keeps a hidden rowid and a separate index on the key, so reading
entries in seq order costs an index step and a second B-tree lookup per row. Declared ``INTEGER`` (as
``ledger.storage`` now does on SQLite) the key is the rowid itself. This rebuilds the three ledger tables of an
existing SQLite database that way: every row is copied unchanged (the leaves, hashes and notes are the same bytes;
``ledger verify`` proves it afterwards), then the append-only triggers are put back. PostgreSQL is unchanged.

Revision ID: 0007_ledger_rowid_keys
Revises: 0006_ledger_append
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import ledger

revision = "0007_ledger_rowid_keys"
down_revision = "0006_ledger_append"
branch_labels = None
depends_on = None

_TABLES = {
    "ledger_entries": ("seq", "leaf TEXT NOT NULL", "leaf"),
    "ledger_tree_hashes": ("idx", "hash BLOB NOT NULL", "hash"),
    "ledger_checkpoints": ("size", "note TEXT NOT NULL", "note"),
}


def _key_type(bind: sa.Connection, table: str, key: str) -> str:
    rows = bind.exec_driver_sql(f"PRAGMA table_info({table})").fetchall()
    return next(str(row[2]).upper() for row in rows if row[1] == key)


def upgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name != "sqlite":
        return
    pending = {t: spec for t, spec in _TABLES.items() if _key_type(bind, t, spec[0]) != "INTEGER"}
    if not pending:
        return  # created by 0002 with the current definitions
    for table, (key, column, name) in pending.items():
        for suffix in ("no_update", "no_delete", "no_replace"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_{suffix}")
        op.execute(f"CREATE TABLE {table}_rowid ({key} INTEGER NOT NULL, {column}, PRIMARY KEY ({key}))")
        op.execute(
            f"INSERT INTO {table}_rowid ({key}, {name}) SELECT {key}, {name} FROM {table} ORDER BY {key}"  # noqa: S608 - fixed names
        )
        op.execute(f"DROP TABLE {table}")
        op.execute(f"ALTER TABLE {table}_rowid RENAME TO {table}")
    for statement in ledger.guard_ddl("sqlite"):
        op.execute(statement)


def downgrade() -> None:
    raise NotImplementedError("the ledger is append-only and kept forever; it is never rebuilt backwards")
