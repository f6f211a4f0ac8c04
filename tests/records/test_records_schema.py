"""The migration creates exactly the record tables the code describes, on both databases."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from records_testkit import migrated

from gateway.records import tables as t


def _shape(sync_conn: sa.Connection) -> dict[str, Any]:
    inspector = sa.inspect(sync_conn)
    shape: dict[str, Any] = {}
    for table in t.RECORD_TABLES:
        columns = {c["name"]: c["nullable"] for c in inspector.get_columns(table.name)}
        indexes = {
            i["name"]: (tuple(i["column_names"]), bool(i["unique"]))
            for i in inspector.get_indexes(table.name)
        }
        fks = sorted(
            (tuple(fk["constrained_columns"]), fk["referred_table"])
            for fk in inspector.get_foreign_keys(table.name)
        )
        shape[table.name] = (columns, indexes, fks)
    return shape


def _declared() -> dict[str, Any]:
    shape: dict[str, Any] = {}
    for table in t.RECORD_TABLES:
        columns = {c.name: c.nullable for c in table.columns}
        indexes = {i.name: (tuple(c.name for c in i.columns), bool(i.unique)) for i in table.indexes}
        fks = sorted(((fk.parent.name,), fk.column.table.name) for fk in table.foreign_keys)
        shape[table.name] = (columns, indexes, fks)
    return shape


async def test_migration_matches_the_tables(database_url: str) -> None:
    db = await migrated(database_url)
    async with db.read() as conn:
        assert await conn.run_sync(_shape) == _declared()
    await db.dispose()
