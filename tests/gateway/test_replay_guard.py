"""The Redis replay guard on a real Redis: single use, and no answer for tokens older than the server's memory."""

from __future__ import annotations

import secrets
from datetime import UTC, datetime, timedelta

import pytest
import redis.asyncio as aioredis

from gateway.errors import ServiceUnavailable
from gateway.guards import RateCount, RedisRateLimiter, RedisReplayGuard, claim_counted

LEEWAY_S = 30


async def _guard(redis_url: str, prefix: str) -> tuple[aioredis.Redis, RedisReplayGuard, int]:
    client = aioredis.Redis.from_url(redis_url)
    guard = RedisReplayGuard(client, prefix, LEEWAY_S)
    return client, guard, await guard.uptime_s()


async def test_a_jti_is_claimed_once(redis_url: str, redis_prefix: str) -> None:
    client, guard, uptime = await _guard(redis_url, redis_prefix)
    if uptime < LEEWAY_S + 5:
        pytest.fail(f"the shared Redis restarted {uptime} s ago: it cannot vouch for any token yet")
    now = datetime.now(UTC)
    key = secrets.token_hex(8)
    try:
        assert await guard.claim(key, now + timedelta(seconds=60), now, now - timedelta(seconds=2)) is True
        assert await guard.claim(key, now + timedelta(seconds=60), now, now - timedelta(seconds=2)) is False
    finally:
        await client.aclose()


async def test_a_token_issued_before_the_server_started_is_refused_and_nothing_is_written(
    redis_url: str, redis_prefix: str
) -> None:
    """Issued before this Redis started (as after a restart that lost every jti): no answer, 503 with Retry-After,
    and neither the jti nor the rate counter is written."""
    client, guard, uptime = await _guard(redis_url, redis_prefix)
    now = datetime.now(UTC)
    issued = now - timedelta(seconds=uptime + 5)
    limiter = RedisRateLimiter(client, redis_prefix)
    count = RateCount(limiter, "portal-x", 100, 60)
    try:
        with pytest.raises(ServiceUnavailable) as refused:
            await claim_counted(
                guard, "k" + secrets.token_hex(8), now + timedelta(seconds=60), now, issued, count
            )
        assert 1 <= int(refused.value.headers["Retry-After"]) <= LEEWAY_S + 1
        # Within the leeway of the server's start: the token's own clock may run ahead of ours.
        issued_near_start = now - timedelta(seconds=max(0, uptime - LEEWAY_S + 3))
        with pytest.raises(ServiceUnavailable):
            await guard.claim("k" + secrets.token_hex(8), now + timedelta(seconds=60), now, issued_near_start)
        assert [k async for k in client.scan_iter(match=redis_prefix + "*")] == []
    finally:
        await client.aclose()
