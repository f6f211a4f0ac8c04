"""A 202 means on disk: every intake on PostgreSQL commits with ``synchronous_commit`` on, so its commit waits for
the WAL flush (an asynchronous commit could answer 202 for a request that a crash then takes back).

A trigger on ``requests`` notes the setting in force inside each intake's own transaction (whatever set it: the
session, ``SET LOCAL``, the connection's options)."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
import sqlalchemy as sa
from harness import Gateway, now
from sqlalchemy.ext.asyncio import AsyncConnection

from gateway.demo import sample_request

PROBE = [
    "CREATE TABLE commit_modes (request_id text NOT NULL, mode text NOT NULL)",
    (
        "CREATE FUNCTION note_commit_mode() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "INSERT INTO commit_modes VALUES (NEW.id, current_setting('synchronous_commit')); RETURN NEW; END $$"
    ),
    "CREATE TRIGGER note_commit_mode AFTER INSERT ON requests FOR EACH ROW EXECUTE FUNCTION note_commit_mode()",
]


@pytest.fixture
def stack(postgres_url: str, redis_url: str, redis_prefix: str) -> dict[str, Any]:
    """PostgreSQL only: SQLite has no asynchronous commit to guard against."""
    return {"database_url": postgres_url, "redis_url": redis_url, "redis_prefix": redis_prefix}


async def _install_probe(conn: AsyncConnection) -> None:
    for statement in PROBE:
        await conn.execute(sa.text(statement))


async def _modes(conn: AsyncConnection) -> list[tuple[str, str]]:
    return [tuple(r) for r in await conn.execute(sa.text("SELECT request_id, mode FROM commit_modes"))]


async def _mode_under_set_local_off(conn: AsyncConnection) -> str:
    await conn.execute(sa.text("SET LOCAL synchronous_commit = off"))
    return str((await conn.execute(sa.text("SELECT current_setting('synchronous_commit')"))).scalar_one())


def test_the_probe_sees_an_asynchronous_commit(gateway: Gateway) -> None:
    assert gateway.portal_call(_mode_under_set_local_off) == "off"


def test_every_accepted_intake_commits_synchronously(gateway: Gateway) -> None:
    gateway.portal_call(_install_probe)

    def submit(_: int) -> str:
        with gateway.client("A") as portal:
            answer = portal.submit(sample_request(now()))
        assert answer.status_code == 202, answer.text
        return str(answer.json()["id"])

    accepted = [submit(i) for i in range(3)]  # one at a time
    with ThreadPoolExecutor(8) as pool:  # and concurrently
        accepted += list(pool.map(submit, range(16)))
    assert sorted(gateway.portal_call(_modes)) == sorted((request_id, "on") for request_id in accepted)
