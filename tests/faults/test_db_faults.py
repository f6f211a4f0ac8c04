"""PostgreSQL unreachable, and PostgreSQL killing the gateway's connection in the middle of an intake transaction.

Either way the caller gets 503 problem+json and the database holds all of a request (row, targets, idempotency
key, ledger entries) or none of it; a retry with the same Idempotency-Key then stores it exactly once.
"""

from __future__ import annotations

import json
import secrets
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import psycopg
import pytest
from faultkit import TcpPath, wait_until
from kit import (
    Gateway,
    assert_problem,
    ledger_mentions,
    make_settings,
    now,
    pg_dsn,
    postgres_database,
    redis_namespace,
    table_counts,
    verify_ledger,
)

from gateway.bootstrap import prepare
from gateway.client import PortalClient
from gateway.demo import sample_request


@pytest.fixture
def pg_gateway(tmp_path: Path) -> Iterator[Gateway]:
    """PostgreSQL + Redis; the gateway reaches PostgreSQL through a TCP path the test can cut."""
    with postgres_database() as database_url, redis_namespace() as (redis_url, prefix):
        direct = make_settings(
            {"database_url": database_url, "redis_url": redis_url, "redis_prefix": prefix}, tmp_path
        )
        prepare(direct)
        path = TcpPath(5432).restore()
        gw = Gateway(direct)
        gw.register("A")
        gw.start_instance(database_url=database_url.replace(":5432/", f":{path.port}/"))
        gw.tcp_path = path  # type: ignore[attr-defined]
        try:
            yield gw
        finally:
            for server in gw.servers:
                server.stop()
            path.cut()


def body_of() -> bytes:
    return json.dumps(sample_request(now())).encode()


def submit(client: PortalClient, body: bytes, key: str) -> httpx.Response:
    return client.send("POST", "/v1/requests", body, headers={"Idempotency-Key": key})


def test_database_unreachable_gives_503_and_service_resumes(pg_gateway: Gateway) -> None:
    gw, path = pg_gateway, pg_gateway.tcp_path  # type: ignore[attr-defined]
    db = gw.settings.database_url
    with gw.client("A") as client:
        first = submit(client, body_of(), "k-first")
        assert first.status_code == 202, first.text
        before = table_counts(db)

        path.cut()
        body = body_of()
        for _ in range(3):
            assert_problem(submit(client, body, "k-during-outage"), 503)
            assert_problem(client.status(first.json()["id"]), 503)
        with httpx.Client(base_url=gw.base_url) as http:
            assert http.get("/readyz").status_code == 503
        assert table_counts(db) == before  # checked on a direct connection: nothing half-written

        path.restore()
        retried = submit(client, body, "k-during-outage")
        assert retried.status_code == 202, retried.text
        assert submit(client, body, "k-during-outage").json()["id"] == retried.json()["id"]
    after = table_counts(db)
    assert after["requests"] == before["requests"] + 1
    assert ledger_mentions(db, retried.json()["id"], "request.received") == 1


def _submit_into(answer: list[httpx.Response], client: PortalClient, body: bytes, key: str) -> None:
    answer.append(submit(client, body, key))


def _blocked_backend(dsn: str, dbname: str) -> int | None:
    with psycopg.connect(dsn, autocommit=True) as conn:
        row = conn.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = %s AND wait_event_type = 'Lock'", (dbname,)
        ).fetchone()
    return int(row[0]) if row else None


def test_connection_killed_mid_transaction_leaves_nothing_half_written(
    pg_gateway: Gateway, tmp_path: Path
) -> None:
    """For each table an intake writes, in turn: hold a lock on it so the intake transaction stops right there,
    terminate that backend (as a crash, failover or admin kill would), and look at what is left."""
    gw = pg_gateway
    db = gw.settings.database_url
    dsn = pg_dsn(db)
    dbname = dsn.rsplit("/", 1)[1]
    with gw.client("A") as client:
        before = table_counts(db)
        assert submit(client, body_of(), "k-probe").status_code == 202
        normal = {t: n - before[t] for t, n in table_counts(db).items() if n != before[t]}
        assert "requests" in normal
        assert "ledger_entries" in normal
        print("intake writes:", normal)

        for table in sorted(normal):
            before = table_counts(db)
            key = "k-" + secrets.token_hex(6)
            body = body_of()
            answer: list[httpx.Response] = []
            with psycopg.connect(dsn) as locker:
                # EXCLUSIVE lets the reads of the transaction through and stops its first write to `table`.
                locker.execute(f'LOCK TABLE "{table}" IN EXCLUSIVE MODE')
                worker = threading.Thread(target=_submit_into, args=(answer, client, body, key))
                worker.start()
                wait_until(lambda: _blocked_backend(dsn, dbname) is not None, f"an intake blocked on {table}")
                pid = _blocked_backend(dsn, dbname)
                with psycopg.connect(dsn, autocommit=True) as admin:
                    assert admin.execute("SELECT pg_terminate_backend(%s)", (pid,)).fetchone() == (True,)
                locker.rollback()
            worker.join(30)
            assert answer, f"no answer when the transaction was killed at {table}"
            assert_problem(answer[0], 503)
            assert table_counts(db) == before, f"half-written after a kill at {table}"

            retried = submit(client, body, key)
            assert retried.status_code == 202, retried.text
            assert submit(client, body, key).json()["id"] == retried.json()["id"]
            after = table_counts(db)
            # Merkle tree node rows grow by a size-dependent number per leaf: the verifier checks those.
            fixed = {t: n for t, n in normal.items() if t != "ledger_tree_hashes"}
            assert {t: after[t] - before[t] for t in fixed} == fixed, table

    result = verify_ledger(gw.base_url, gw.settings, tmp_path / "verify")
    assert result.returncode == 0, result.stdout + result.stderr
