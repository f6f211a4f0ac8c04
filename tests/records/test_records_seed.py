"""``gateway demo-data``: deterministic, idempotent synthetic users whose texts carry third parties' data."""

from __future__ import annotations

import asyncio
import json
import re
from datetime import timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from records_testkit import LAYOUT, NOW, dump, migrated

from gateway.cli import main
from gateway.records import DEMO_TARGET_USERNAME, SqlRecordSource, planted_values, seed_demo_data
from gateway.records import tables as t
from policies import RECORD_SCHEMA

SOURCE = SqlRecordSource()


def _luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


async def _snapshot(url: str) -> dict[str, list[object]]:
    """Every record of every account through the source (no row ids), for comparing two databases."""
    db = await migrated(url)
    out: dict[str, list[object]] = {}
    async with db.read() as conn:
        ids = sorted((await conn.execute(sa.select(t.accounts.c.account_id))).scalars())
        for account_id in ids:
            for category, spec in RECORD_SCHEMA.items():
                rows = await SOURCE.fetch(
                    conn, account_id, category, NOW - timedelta(days=365), NOW, spec.field_names
                )
                out.setdefault(category, []).extend(rows)
        out["planted"] = [[p.account_id, p.kind, p.value] for p in await planted_values(conn)]
    await db.dispose()
    return out


async def test_same_seed_same_data_and_idempotent(database_url: str, tmp_path: Path) -> None:
    db = await migrated(database_url)
    async with db.transaction() as conn:
        first = await seed_demo_data(conn, users=3, seed=42, now=NOW)
    async with db.transaction() as conn:
        again = await seed_demo_data(conn, users=3, seed=42, now=NOW)
    assert (first.users_created, first.users_existing) == (3, 0)
    assert (again.users_created, again.users_existing) == (0, 3)
    assert set(again.rows.values()) == {0} and again.planted == ()
    async with db.read() as conn:
        for table in t.RECORD_TABLES:
            count = (await conn.execute(sa.select(sa.func.count()).select_from(table))).scalar_one()
            assert count == first.rows[table.name], table.name
        assert len(await planted_values(conn)) == len(first.planted)
    await db.dispose()

    other = f"sqlite+aiosqlite:///{tmp_path / 'other.db'}"  # the same seed on another (SQLite) database
    odb = await migrated(other)
    async with odb.transaction() as conn:
        await seed_demo_data(conn, users=3, seed=42, now=NOW)
    await odb.dispose()
    assert await _snapshot(database_url) == await _snapshot(other)

    db = await migrated(database_url)  # more users later: only the new ones are added
    async with db.transaction() as conn:
        more = await seed_demo_data(conn, users=4, seed=42, now=NOW)
    assert (more.users_created, more.users_existing) == (1, 3)
    async with db.read() as conn:
        names = sorted((await conn.execute(sa.select(t.accounts.c.username))).scalars())
    assert names == ["demo_user_1", "demo_user_2", "demo_user_3", "demo_user_4"]
    await db.dispose()


async def test_demo_target_has_recent_records_in_every_category(database_url: str) -> None:
    db = await migrated(database_url)
    async with db.transaction() as conn:
        await seed_demo_data(conn, users=2, seed=1, now=NOW)
    async with db.read() as conn:
        account_id = await SOURCE.resolve_target(conn, "username", "@" + DEMO_TARGET_USERNAME.upper())
        assert account_id is not None
        for category, spec in RECORD_SCHEMA.items():
            rows = await SOURCE.fetch(
                conn, account_id, category, NOW - timedelta(days=3), NOW, spec.field_names
            )
            assert rows, category
        (account,) = await SOURCE.fetch(conn, account_id, "subscriber_info", None, None, ["email", "phone"])
        assert await SOURCE.resolve_target(conn, "email", str(account["email"]).upper()) == account_id
        assert await SOURCE.resolve_target(conn, "phone", str(account["phone"])) == account_id
    await db.dispose()


async def test_planted_third_party_values_are_in_the_texts(sqlite_url: str) -> None:
    db = await migrated(sqlite_url)
    async with db.transaction() as conn:
        summary = await seed_demo_data(conn, users=12, seed=7, now=NOW)
    async with db.read() as conn:
        stored = await planted_values(conn)
        raw = {c: await dump(conn, LAYOUT[c][0]) for c in ("subscriber_info", "messages", "posts")}
    assert stored == list(summary.planted)
    texts: dict[str, list[str]] = {}
    for r in raw["subscriber_info"]:
        texts.setdefault(r["account_id"], []).append(r["bio"])
    for r in raw["messages"]:
        texts.setdefault(r["account_id"], []).extend([r["body"], r["counterparty_id"]])
    for r in raw["posts"]:
        texts.setdefault(r["account_id"], []).append(r["body"])
    for p in stored:  # every planted value really is in that account's free text or counterparty fields
        assert any(p.value in text for text in texts[p.account_id]), p.kind

    by_kind: dict[str, set[str]] = {}
    for p in stored:
        by_kind.setdefault(p.kind, set()).add(p.value)
    assert set(by_kind) == {
        "person", "email", "phone", "address", "ssn", "card", "ip", "url", "handle", "counterparty",
        "counterparty_account"
    }  # fmt: skip
    assert all(re.fullmatch(r"\d{3}-\d{2}-\d{4}", v) for v in by_kind["ssn"])
    cards = [re.sub(r"[ -]", "", v) for v in by_kind["card"]]
    assert all(_luhn_ok(c) and len(c) in (15, 16) for c in cards)
    assert any(2221 <= int(c[:4]) <= 2720 for c in cards), "a Mastercard 2-series number"
    shapes = {re.sub(r"\d", "9", v) for v in by_kind["phone"]}
    assert len(shapes) >= 4, shapes  # varied US formats
    assert all(v.startswith("@") for v in by_kind["handle"])
    assert all(v.startswith("https://") for v in by_kind["url"])
    assert all(re.search(r", [A-Z]{2} \d{5}$", v) for v in by_kind["address"])
    # third parties, not the account holders: no planted value is a seeded account's own identifier
    own = {str(v) for r in raw["subscriber_info"] for v in (r["username"], r["email"], r["phone"])}
    assert own.isdisjoint(p.value for p in stored)
    account_ids = {r["account_id"] for r in raw["subscriber_info"]}
    for p in stored:  # another account's id is planted only as a counterparty, never as one's own
        assert (p.value in account_ids) == (p.kind == "counterparty_account")
        assert p.value != p.account_id
    await db.dispose()


def test_cli_demo_data(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("GATEWAY_DATABASE_URL", sqlite_url)
    monkeypatch.setenv("GATEWAY_VAR_DIR", str(tmp_path / "var"))
    monkeypatch.setenv("GATEWAY_KEYS_DIR", str(tmp_path / "var" / "keys"))
    assert main(["demo-data", "--users", "2", "--seed", "3", "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["users_created"] == 2 and out["rows"]["record_accounts"] == 2
    assert main(["demo-data", "--users", "2", "--seed", "3"]) == 0
    text = capsys.readouterr().out
    assert "0 user(s) created, 2 already present" in text

    async def personal() -> list[str]:
        db = await migrated(sqlite_url)
        async with db.read() as conn:
            values = [p.value for p in await planted_values(conn)]
            for r in await dump(conn, t.accounts):
                values += [r["email"], r["phone"], r["display_name"]]
        await db.dispose()
        return values

    values = asyncio.run(personal())
    assert values
    assert not [v for v in values if v in text]  # counts only, never personal data
    assert main(["demo-data", "--users", "0"]) == 2
