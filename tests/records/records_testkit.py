"""Helpers for the record-source tests: a migrated database, raw table dumps, an independent oracle."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from gateway.db import Database
from gateway.migrate import upgrade
from gateway.records import tables as t
from policies import RECORD_SCHEMA

NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)

#: Category -> (table, schema field -> column name, window column or None). Written out independently of
#: gateway.records.source so the oracle does not share its mapping.
LAYOUT: dict[str, tuple[sa.Table, dict[str, str], str | None]] = {
    "subscriber_info": (t.accounts, {f: f for f in RECORD_SCHEMA["subscriber_info"].field_names}, None),
    "ip_logs": (
        t.ip_events,
        {"timestamp": "occurred_at", "ip_address": "ip_address", "port": "port", "event": "event",
         "user_agent": "user_agent"},
        "occurred_at",
    ),
    "location": (
        t.locations,
        {"timestamp": "occurred_at", "latitude": "latitude", "longitude": "longitude",
         "accuracy_m": "accuracy_m", "source": "source"},
        "occurred_at",
    ),
    "messages": (
        t.messages,
        {"timestamp": "occurred_at", "message_id": "message_id", "conversation_id": "conversation_id",
         "direction": "direction", "counterparty_id": "counterparty_id", "body": "body"},
        "occurred_at",
    ),
    "posts": (
        t.posts,
        {"timestamp": "occurred_at", "post_id": "post_id", "visibility": "visibility", "body": "body"},
        "occurred_at",
    ),
    "device_info": (
        t.devices,
        {f: f for f in RECORD_SCHEMA["device_info"].field_names},
        "last_seen",
    ),
}  # fmt: skip


async def migrated(url: str) -> Database:
    upgrade(url)
    return Database(url)


async def dump(conn: AsyncConnection, table: sa.Table) -> list[dict[str, Any]]:
    """Every row of a table, every column."""
    return [dict(row._mapping) for row in await conn.execute(sa.select(table))]


def as_json(value: object) -> object:
    if isinstance(value, datetime):
        assert value.tzinfo is not None
        return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S") + (
            f".{value.microsecond:06d}Z" if value.microsecond else "Z"
        )
    if isinstance(value, date):
        return value.strftime("%Y-%m-%d")
    return value


def oracle(
    raw: list[dict[str, Any]],
    category: str,
    account_id: str,
    start: datetime | None,
    end: datetime | None,
    fields: list[str],
) -> list[dict[str, object]]:
    """What fetch must return, computed in Python from a raw dump of the category's table."""
    _table, columns, time_col = LAYOUT[category]
    rows = [r for r in raw if r["account_id"] == account_id]
    if time_col is not None:
        assert start is not None and end is not None
        rows = [r for r in rows if start <= r[time_col] < end]
        rows.sort(key=lambda r: (r[time_col], r["id"]))
    order = [f for f in RECORD_SCHEMA[category].field_names if f in fields]
    return [{f: as_json(r[columns[f]]) for f in order} for r in rows]
