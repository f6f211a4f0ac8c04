"""Redis dies and comes back (a real redis-server process, SIGKILLed and restarted on the same port)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from faultkit import RedisProcess
from kit import Gateway, assert_problem, make_settings, now, postgres_database, table_counts

from gateway.bootstrap import prepare
from gateway.demo import sample_request


@pytest.fixture
def gw_on_own_redis(redis_process: RedisProcess, tmp_path: Path) -> Iterator[Gateway]:
    with postgres_database() as database_url:
        settings = make_settings({"database_url": database_url, "redis_url": redis_process.url}, tmp_path)
        prepare(settings)
        gw = Gateway(settings)
        gw.register("A")
        gw.start_instance()
        try:
            yield gw
        finally:
            for server in gw.servers:
                server.stop()


def _ready(gw: Gateway) -> int:
    with httpx.Client(base_url=gw.base_url) as http:
        return http.get("/readyz").status_code


def test_redis_killed_then_back_503_then_resumes_by_itself(
    gw_on_own_redis: Gateway, redis_process: RedisProcess
) -> None:
    gw = gw_on_own_redis
    with gw.client("A") as client:
        first = client.submit(sample_request(now()))
        assert first.status_code == 202, first.text
        request_id = first.json()["id"]
        before = table_counts(gw.settings.database_url)

        redis_process.kill()
        for _ in range(3):  # repeatedly: never accepted unguarded, whatever the state of the connection pool
            assert_problem(client.submit(sample_request(now())), 503)
            assert_problem(client.status(request_id), 503)
        assert _ready(gw) == 503
        assert table_counts(gw.settings.database_url) == before

        redis_process.start()  # same port, empty (no persistence): the gateway reconnects on its own
        again = client.submit(sample_request(now()))
        assert again.status_code == 202, again.text
        assert client.status(request_id).status_code == 200
    assert _ready(gw) == 200
    after = table_counts(gw.settings.database_url)
    assert after["requests"] == before["requests"] + 1


def test_after_a_redis_restart_the_first_calls_on_stale_connections_are_answered(
    gw_on_own_redis: Gateway, redis_process: RedisProcess
) -> None:
    """Pooled connections made before the restart are dead; the guard retries once on a fresh one (never
    accepting without an answer from Redis), so callers do not see a 503 for each stale connection."""
    gw = gw_on_own_redis
    with gw.client("A") as client:
        ids = [client.submit(sample_request(now())).json()["id"] for _ in range(3)]
        redis_process.kill()
        redis_process.start()
        for _ in range(3):
            again = client.submit(sample_request(now()))
            assert again.status_code == 202, again.text
        assert client.status(ids[0]).status_code == 200


@pytest.mark.xfail(
    strict=True,
    raises=AssertionError,
    reason="finding: the jti guard lives only in Redis; a Redis that restarts without persistence forgets "
    "every jti, so a captured token can be replayed within its lifetime (needs AOF/fsync Redis, or a "
    "durable second guard in the database)",
)
def test_a_token_used_before_a_redis_restart_is_not_accepted_after_it(
    gw_on_own_redis: Gateway, redis_process: RedisProcess
) -> None:
    gw = gw_on_own_redis
    signer = gw.signers["A"]
    request_id = ""
    with gw.client("A") as client:
        request_id = client.submit(sample_request(now())).json()["id"]
    target = f"/v1/requests/{request_id}"
    token = signer.token("GET", target)
    with httpx.Client(base_url=gw.base_url) as http:
        assert http.get(target, headers={"Authorization": "Bearer " + token}).status_code == 200
        redis_process.kill()
        redis_process.start()
        # A pooled connection from before the restart fails once (503, fail closed); the next call reconnects.
        warmup = [http.get(target, headers={"Authorization": "Bearer " + signer.token("GET", target)})]
        if warmup[0].status_code == 503:
            warmup.append(
                http.get(target, headers={"Authorization": "Bearer " + signer.token("GET", target)})
            )
        assert warmup[-1].status_code == 200, [r.status_code for r in warmup]
        replay = http.get(target, headers={"Authorization": "Bearer " + token})
    assert replay.status_code == 401
