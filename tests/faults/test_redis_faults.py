"""Redis dies and comes back (a real redis-server process, SIGKILLed and restarted on the same port)."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from faultkit import RedisProcess
from kit import Gateway, assert_problem, make_settings, now, postgres_database, table_counts

from gateway.bootstrap import prepare
from gateway.demo import sample_request

#: The clock-skew leeway of these gateways: after Redis restarts, the replay guard refuses every token for this long.
LEEWAY_S = 2
#: How long a test waits for the gateway to take calls again after Redis returns.
RESUME_BOUND_S = 20.0


@pytest.fixture
def gw_on_own_redis(redis_process: RedisProcess, tmp_path: Path) -> Iterator[Gateway]:
    with postgres_database() as database_url:
        settings = make_settings(
            {"database_url": database_url, "redis_url": redis_process.url, "clock_skew_s": LEEWAY_S}, tmp_path
        )
        prepare(settings)
        gw = Gateway(settings)
        gw.register("A")
        gw.start_instance()
        try:
            assert _wait_ready(gw) == 200  # a Redis started a moment ago vouches for no token yet
            yield gw
        finally:
            for server in gw.servers:
                server.stop()


def _ready(gw: Gateway) -> int:
    with httpx.Client(base_url=gw.base_url) as http:
        return http.get("/readyz").status_code


def _wait_ready(gw: Gateway) -> int:
    deadline = time.monotonic() + RESUME_BOUND_S
    while (status := _ready(gw)) != 200 and time.monotonic() < deadline:
        time.sleep(0.2)
    return status


def _submit_until_accepted(client: Any) -> tuple[httpx.Response, list[httpx.Response]]:
    """Submit (a fresh token each time) until the gateway takes it, honouring Retry-After; returns the accepted
    answer and every refusal before it."""
    refusals: list[httpx.Response] = []
    deadline = time.monotonic() + RESUME_BOUND_S
    while True:
        answer = client.submit(sample_request(now()))
        if answer.status_code != 503 or time.monotonic() > deadline:
            return answer, refusals
        refusals.append(answer)
        time.sleep(min(float(answer.headers.get("Retry-After", "1")), 1.0) / 2)


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
        again, refusals = _submit_until_accepted(client)
        assert again.status_code == 202, again.text
        for refused in refusals:  # while the restarted guard cannot vouch for tokens: 503 with Retry-After
            assert_problem(refused, 503)
            assert 1 <= int(refused.headers["Retry-After"]) <= LEEWAY_S + 1
        assert client.status(request_id).status_code == 200
    assert _ready(gw) == 200
    after = table_counts(gw.settings.database_url)
    assert after["requests"] == before["requests"] + 1


def test_after_a_redis_restart_the_first_calls_on_stale_connections_are_answered(
    gw_on_own_redis: Gateway, redis_process: RedisProcess
) -> None:
    """Pooled connections made before the restart are dead; the guard retries once on a fresh one (never
    accepting without an answer from Redis), so callers do not see a 503 for each stale connection once the
    restarted guard vouches for fresh tokens again."""
    gw = gw_on_own_redis
    with gw.client("A") as client:
        ids = [client.submit(sample_request(now())).json()["id"] for _ in range(3)]
        redis_process.kill()
        redis_process.start()
        time.sleep(LEEWAY_S + 1.5)  # not /readyz: it would use up a stale connection itself
        for _ in range(3):
            again = client.submit(sample_request(now()))
            assert again.status_code == 202, again.text
        assert client.status(ids[0]).status_code == 200


def test_a_token_used_before_a_redis_restart_is_not_accepted_after_it(
    gw_on_own_redis: Gateway, redis_process: RedisProcess
) -> None:
    """A Redis without persistence forgets every jti when it restarts: the guard refuses any token issued before
    the restart (it may have been used), right after it and once the guard takes fresh tokens again."""
    gw = gw_on_own_redis
    signer = gw.signers["A"]
    with gw.client("A") as client:
        request_id = client.submit(sample_request(now())).json()["id"]
    target = f"/v1/requests/{request_id}"
    token = signer.token("GET", target)
    with httpx.Client(base_url=gw.base_url) as http:
        assert http.get(target, headers={"Authorization": "Bearer " + token}).status_code == 200
        time.sleep(1.1)  # iat has one-second resolution: the restart falls in a later second than the token
        redis_process.kill()
        redis_process.start()
        soon = http.get(target, headers={"Authorization": "Bearer " + token})
        assert_problem(soon, 503)
        ready = http.get(
            "/readyz"
        )  # within the leeway of the restart: reachable, but vouching for no token yet
        assert (ready.status_code, ready.json()["checks"]["redis"]) == (503, "restarted")
        assert _wait_ready(gw) == 200
        fresh = http.get(target, headers={"Authorization": "Bearer " + signer.token("GET", target)})
        assert fresh.status_code == 200, fresh.text
        replay = http.get(target, headers={"Authorization": "Bearer " + token})
    assert_problem(replay, 503)
    assert int(replay.headers["Retry-After"]) >= 1
