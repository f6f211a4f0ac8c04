"""The record source returns only what was asked: one account, one category, the window, the fields."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from records_testkit import LAYOUT, NOW, dump, migrated, oracle
from sqlalchemy.ext.asyncio import AsyncConnection

from gateway.db import Database
from gateway.records import (
    InvalidWindow,
    SqlRecordSource,
    UnknownCategory,
    UnknownField,
    UnknownTargetType,
    seed_demo_data,
)
from gateway.records import tables as t
from policies import RECORD_SCHEMA

SOURCE = SqlRecordSource()
T0 = datetime(2026, 11, 20, 8, 0, tzinfo=UTC)
T1 = datetime(2026, 11, 22, 8, 0, tzinfo=UTC)
US = timedelta(microseconds=1)
EDGES = (T0 - US, T0, T1 - US, T1)  # just before the window, its first instant, its last, just after


def _account(account_id: str, username: str, email: str, phone: str) -> dict[str, object]:
    return {
        "account_id": account_id,
        "username": username,
        "username_key": username.lower(),
        "display_name": f"Name of {account_id}",
        "email": email,
        "email_key": email.lower(),
        "phone": phone,
        "created_at": T0 - timedelta(days=400),
        "account_status": "active",
        "bio": f"bio of {account_id}",
        "date_of_birth": date(1990, 2, 3),
    }


async def _edge_records(conn: AsyncConnection, account_id: str) -> None:
    """One record per category at each edge instant, every value marked with the owning account."""
    for n, when in enumerate(EDGES):
        mark = f"{account_id}-{n}"
        await conn.execute(
            t.ip_events.insert(),
            [{"account_id": account_id, "occurred_at": when, "ip_address": f"198.51.100.{n}", "port": 1000 + n,
              "event": "login", "user_agent": mark}],
        )  # fmt: skip
        await conn.execute(
            t.locations.insert(),
            [{"account_id": account_id, "occurred_at": when, "latitude": 40.0 + n, "longitude": -70.0,
              "accuracy_m": 5.0, "source": mark}],
        )  # fmt: skip
        await conn.execute(
            t.messages.insert(),
            [{"account_id": account_id, "occurred_at": when, "message_id": f"msg-{mark}",
              "conversation_id": f"conv-{account_id}", "direction": "sent", "counterparty_id": "@someone",
              "body": f"body {mark}"}],
        )  # fmt: skip
        await conn.execute(
            t.posts.insert(),
            [{"account_id": account_id, "occurred_at": when, "post_id": f"post-{mark}", "visibility": "public",
              "body": f"post {mark}"}],
        )  # fmt: skip
        await conn.execute(
            t.devices.insert(),
            [{"account_id": account_id, "device_id": f"dev-{mark}", "platform": "ios", "model": mark,
              "os_version": "18", "first_seen": when - timedelta(days=30), "last_seen": when}],
        )  # fmt: skip


@pytest.fixture
async def edges(database_url: str) -> AsyncIterator[Database]:
    db = await migrated(database_url)
    async with db.transaction() as conn:
        await conn.execute(
            t.accounts.insert(),
            [
                _account("acct_x", "Target_X", "Target.X@Example.com", "+14155550123"),
                _account("acct_y", "other_y", "other.y@example.com", "+14155550124"),
            ],
        )
        await _edge_records(conn, "acct_x")
        await _edge_records(conn, "acct_y")
    yield db
    await db.dispose()


async def test_window_is_half_open_and_only_the_targets_rows(edges: Database) -> None:
    async with edges.read() as conn:
        for category, spec in RECORD_SCHEMA.items():
            rows = await SOURCE.fetch(conn, "acct_x", category, T0, T1, spec.field_names)
            blob = json.dumps(rows)
            assert "acct_y" not in blob, category
            if spec.time_field is None:  # subscriber_info: the current record, one per account
                assert [r["account_id"] for r in rows] == ["acct_x"]
                continue
            times = [r[spec.time_field] for r in rows]
            # exactly the record at the first instant and the one a microsecond before the end, in order
            assert times == ["2026-11-20T08:00:00Z", "2026-11-22T07:59:59.999999Z"], category
            assert "acct_x-0" not in blob and "acct_x-3" not in blob
            assert all(set(r) == set(spec.field_names) for r in rows)


async def test_window_edges_offsets_and_empty_windows(edges: Database) -> None:
    async with edges.read() as conn:
        for category in ("ip_logs", "location", "messages", "posts", "device_info"):
            fields = RECORD_SCHEMA[category].field_names
            assert len(await SOURCE.fetch(conn, "acct_x", category, T0 + US, T1, fields)) == 1
            assert await SOURCE.fetch(conn, "acct_x", category, T0 + US, T1 - US, fields) == []
            assert await SOURCE.fetch(conn, "acct_x", category, T1 + US, T1 + 2 * US, fields) == []
            assert await SOURCE.fetch(conn, "acct_x", category, T0, T0, fields) == []
            assert await SOURCE.fetch(conn, "acct_missing", category, T0, T1, fields) == []
        # a window given in another offset means the same instants
        tz = timezone(timedelta(hours=-7))
        utc = await SOURCE.fetch(conn, "acct_x", "posts", T0, T1, ["post_id"])
        local = await SOURCE.fetch(conn, "acct_x", "posts", T0.astimezone(tz), T1.astimezone(tz), ["post_id"])
        assert utc == local == [{"post_id": "post-acct_x-1"}, {"post_id": "post-acct_x-2"}]


async def test_projection_returns_only_the_requested_fields(edges: Database) -> None:
    async with edges.read() as conn:
        rows = await SOURCE.fetch(conn, "acct_x", "messages", T0, T1, ["body", "timestamp"])
        assert rows == [
            {"timestamp": "2026-11-20T08:00:00Z", "body": "body acct_x-1"},
            {"timestamp": "2026-11-22T07:59:59.999999Z", "body": "body acct_x-2"},
        ]
        rows = await SOURCE.fetch(
            conn, "acct_x", "subscriber_info", None, None, ["date_of_birth", "username"]
        )
        assert rows == [{"username": "Target_X", "date_of_birth": "1990-02-03"}]
        rows = await SOURCE.fetch(conn, "acct_x", "device_info", T0, T1, ["first_seen"])
        assert rows == [{"first_seen": "2026-10-21T08:00:00Z"}, {"first_seen": "2026-10-23T07:59:59.999999Z"}]


UNKNOWN_FIELDS: list[tuple[str, object]] = [
    ("ip_logs", ["ip_address", "body"]),  # a field of another category
    ("ip_logs", ["account_id"]),  # a column the table has but the category does not release
    ("messages", ["id"]),
    ("posts", ["timestamp", "text"]),
    ("subscriber_info", ["password"]),
    ("location", []),  # nothing asked
    ("location", "latitude"),  # one string, not a list of names
]


async def test_bad_queries_are_refused(edges: Database) -> None:
    async with edges.read() as conn:
        for category, fields in UNKNOWN_FIELDS:
            with pytest.raises(UnknownField):
                await SOURCE.fetch(conn, "acct_x", category, T0, T1, fields)  # type: ignore[arg-type]
        with pytest.raises(UnknownCategory):
            await SOURCE.fetch(conn, "acct_x", "contacts", T0, T1, ["timestamp"])
        with pytest.raises(InvalidWindow):
            await SOURCE.fetch(conn, "acct_x", "posts", None, T1, ["body"])
        with pytest.raises(InvalidWindow):
            await SOURCE.fetch(conn, "acct_x", "posts", T1, T0, ["body"])
        with pytest.raises(InvalidWindow):
            await SOURCE.fetch(conn, "acct_x", "posts", T0.replace(tzinfo=None), T1, ["body"])


TARGETS: list[tuple[str, str, str | None]] = [
    ("user_id", "acct_x", "acct_x"),
    ("user_id", "ACCT_X", None),
    ("user_id", "acct", None),
    ("username", "Target_X", "acct_x"),
    ("username", "target_x", "acct_x"),
    ("username", "@TARGET_x", "acct_x"),
    ("username", "@@target_x", None),
    ("username", "target", None),
    ("username", "target_%", None),
    ("email", "target.x@example.com", "acct_x"),
    ("email", "TARGET.X@EXAMPLE.COM", "acct_x"),
    ("email", "target.x@example.co", None),
    ("phone", "+14155550123", "acct_x"),
    ("phone", "+14155550124", "acct_y"),
    ("phone", "(415) 555-0123", None),
    ("phone", "14155550123", None),
    ("phone", "+1415555012", None),
]


async def test_resolve_target(edges: Database) -> None:
    async with edges.read() as conn:
        for type_, value, found in TARGETS:
            assert await SOURCE.resolve_target(conn, type_, value) == found, (type_, value)
        with pytest.raises(UnknownTargetType):
            await SOURCE.resolve_target(conn, "ssn", "123-45-6789")


# ---- property: on seeded data, fetch equals an independent oracle for any account, category, window, fields --


def test_fetch_equals_the_oracle(database_url: str) -> None:
    with asyncio.Runner() as runner:
        db = runner.run(migrated(database_url))

        async def setup() -> tuple[list[str], dict[str, list[dict[str, Any]]]]:
            async with db.transaction() as conn:
                await seed_demo_data(conn, users=3, seed=5, now=NOW)
            async with db.read() as conn:
                raw = {c: await dump(conn, LAYOUT[c][0]) for c in LAYOUT}
            return sorted(str(r["account_id"]) for r in raw["subscriber_info"]), raw

        accounts, raw = runner.run(setup())
        instants: list[datetime] = sorted(
            {r[col] for c, (_, _, col) in LAYOUT.items() if col is not None for r in raw[c]}
        )
        near = st.sampled_from(instants).flatmap(lambda x: st.sampled_from([x, x - US, x + US]))
        anywhere = st.datetimes(
            min_value=datetime(2026, 10, 1),  # noqa: DTZ001 - hypothesis bounds are naive
            max_value=datetime(2026, 12, 1),  # noqa: DTZ001
            timezones=st.just(UTC),
        )

        @settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
        @given(
            account=st.sampled_from([*accounts, "acct_nobody"]),
            category=st.sampled_from(list(RECORD_SCHEMA)),
            a=st.one_of(near, anywhere),
            b=st.one_of(near, anywhere),
            data=st.data(),
        )
        def check(account: str, category: str, a: datetime, b: datetime, data: st.DataObject) -> None:
            start, end = min(a, b), max(a, b)
            names = RECORD_SCHEMA[category].field_names
            fields = data.draw(st.lists(st.sampled_from(names), min_size=1, max_size=len(names) + 2))

            async def fetch() -> list[dict[str, object]]:
                async with db.read() as conn:
                    return await SOURCE.fetch(conn, account, category, start, end, fields)

            got = runner.run(fetch())
            seen.append(len(got))
            windowed = RECORD_SCHEMA[category].time_field is not None
            expected = oracle(
                raw[category],
                category,
                account,
                start if windowed else None,
                end if windowed else None,
                fields,
            )
            assert got == expected
            for row in got:
                assert set(row) == set(fields)  # projection: exactly the requested fields
                json.dumps(row)  # JSON-friendly as it is
                time_field = RECORD_SCHEMA[category].time_field
                if time_field and time_field in row:  # clamping: nothing outside [start, end)
                    when = datetime.fromisoformat(str(row[time_field]))
                    assert start <= when < end
                    assert when.tzinfo is not None and when.utcoffset() == timedelta(0)

        seen: list[int] = []
        check()
        runner.run(db.dispose())
        assert sum(1 for n in seen if n > 0) >= 20, "the property must be exercised on non-empty results"
