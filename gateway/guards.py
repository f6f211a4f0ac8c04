"""Shared guards: the single-use token (``jti``) replay guard and the rate limiter.

With ``GATEWAY_REDIS_URL`` set, both live in Redis and are shared by every worker and replica; an unreachable
Redis makes portal calls fail with 503 (never accepted unguarded). Without Redis, the replay guard is a
unique-keyed table in the gateway's database (correct across worker processes on one host) and the rate limiter
counts in process.

A Redis that restarts without persistence forgets every jti it was guarding. So the Redis guard only answers for a
token its memory covers: one issued (by its own ``iat``, allowing the clock-skew leeway the token checks allow) after
the Redis server started. A token issued before that may have been used before the restart and is refused with 503
(``Retry-After``: when a freshly issued token will be covered). For ``leeway`` seconds after a restart every portal
call is refused; after that only tokens issued before the restart are. Not covered: ``FLUSHALL``/``FLUSHDB``,
eviction (run Redis with ``maxmemory-policy noeviction``) and failover to a replica that missed writes.
"""

from __future__ import annotations

import hashlib
import logging
import math
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol, TypeVar

import redis.asyncio as aioredis
import sqlalchemy as sa
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError
from sqlalchemy.exc import IntegrityError

from gateway.db import Database, token_replay
from gateway.errors import ServiceUnavailable

security_log = logging.getLogger("gateway.security")


def replay_key(issuer: str, jti: str) -> str:
    """A fixed-length key for one (issuer, jti) pair."""
    return hashlib.sha256(f"{issuer}\x00{jti}".encode()).hexdigest()


class ReplayGuard(Protocol):
    async def claim(self, key: str, expires_at: datetime, now: datetime, issued_at: datetime) -> bool:
        """Record a first use; False when the key was used before. Raises ServiceUnavailable if it cannot tell
        (the store is unreachable, or its memory does not reach back to ``issued_at``)."""
        ...


class SqlReplayGuard:
    """Embedded replay guard: an INSERT into a primary-keyed table; a second INSERT of the same key fails."""

    _CLEANUP_EVERY_S = 60.0

    def __init__(self, db: Database) -> None:
        self._db = db
        self._last_cleanup = 0.0

    async def claim(self, key: str, expires_at: datetime, now: datetime, issued_at: datetime) -> bool:
        try:
            async with self._db.transaction() as conn:
                if time.monotonic() - self._last_cleanup > self._CLEANUP_EVERY_S:
                    self._last_cleanup = time.monotonic()
                    await conn.execute(sa.delete(token_replay).where(token_replay.c.expires_at < now))
                await conn.execute(sa.insert(token_replay).values(key=key, expires_at=expires_at))
        except IntegrityError:
            return False
        except (sa.exc.OperationalError, sa.exc.InterfaceError, OSError):
            raise ServiceUnavailable() from None
        return True


T = TypeVar("T")


async def _once_more_on_connection_error(call: Callable[[], Awaitable[T]]) -> T:
    """``call()``, and once more if the connection broke (Redis restarted since the pooled connection was made: the
    first command on it fails; redis-py then drops it and the next command connects afresh). A second failure, or
    any other Redis error, is ServiceUnavailable: the guard never lets a call through without an answer."""
    try:
        return await call()
    except (RedisConnectionError, ConnectionError):  # not timeouts: an outage must not take twice as long
        pass
    except (RedisError, OSError):
        raise ServiceUnavailable() from None
    try:
        return await call()
    except (RedisError, OSError):
        raise ServiceUnavailable() from None


#: First, whether this Redis has been up long enough to have seen every earlier use of the token: ARGV[4] is the
#: seconds of memory it needs (now - iat + leeway), against the server's uptime. Then SET the jti NX with its expiry
#: and, only on a first use and when a counter is given (KEYS[2]), INCR the rate counter (and set its expiry).
#: Returns {1, count} for a first use (count 0 when nothing is counted), {0, 0} for a jti used before, and
#: {2, uptime} when the server is younger than the token needs (it restarted: its memory of jtis is gone).
_CLAIM = """
local up = tonumber(string.match(redis.call('INFO', 'server'), 'uptime_in_seconds:(%d+)'))
if up == nil or up < tonumber(ARGV[4]) then
  return {2, up or -1}
end
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
  if #KEYS < 2 then
    return {1, 0}
  end
  local count = redis.call('INCR', KEYS[2])
  redis.call('EXPIRE', KEYS[2], ARGV[3])
  return {1, count}
end
return {0, 0}
"""


@dataclass(frozen=True, slots=True)
class RateCount:
    """One event to count against ``key`` (``limit`` per ``window_s``) when a token is accepted."""

    limiter: RateLimiter
    key: str
    limit: int
    window_s: int


async def claim_counted(
    replay: ReplayGuard,
    key: str,
    expires_at: datetime,
    now: datetime,
    issued_at: datetime,
    count: RateCount | None,
) -> tuple[bool, RateDecision | None]:
    """Claim a jti and, when it is a first use, count ``count``: in one Redis round trip when both live in the same
    Redis; otherwise the claim alone (the decision is None and the caller counts)."""
    limiter = count.limiter if count is not None else None
    if (
        count is not None
        and isinstance(replay, RedisReplayGuard)
        and isinstance(limiter, RedisRateLimiter)
        and limiter.client is replay.client
    ):
        return await replay.claim_and_count(key, expires_at, now, issued_at, limiter, count)
    return await replay.claim(key, expires_at, now, issued_at), None


class RedisReplayGuard:
    """Shared replay guard: ``SET key <nonce> NX PX ttl`` — atomic across every worker and replica — in a Lua script
    that first checks the server has been up since before the token was issued (see the module's docstring).

    The value is a fresh nonce, so a retry after a broken connection can tell "I set it just before the connection
    broke" (the stored value is mine: first use) from "someone else used this jti" (a replay)."""

    def __init__(self, client: aioredis.Redis, prefix: str, leeway_s: int) -> None:
        self._redis = client
        self._prefix = prefix + "jti:"
        self._leeway_s = leeway_s
        self._claim = client.register_script(_CLAIM)

    @property
    def client(self) -> aioredis.Redis:
        return self._redis

    async def claim(self, key: str, expires_at: datetime, now: datetime, issued_at: datetime) -> bool:
        claimed, _ = await self._run(key, expires_at, now, issued_at, None)
        return claimed

    async def claim_and_count(
        self,
        key: str,
        expires_at: datetime,
        now: datetime,
        issued_at: datetime,
        limiter: RedisRateLimiter,
        count: RateCount,
    ) -> tuple[bool, RateDecision | None]:
        """``claim``, and on a first use ``limiter.hit(count…)`` too, in one round trip (a replayed jti counts
        nothing). After a retry on a fresh connection the count may be unknown (None): the caller then counts."""
        return await self._run(key, expires_at, now, issued_at, (limiter, count))

    async def _run(
        self,
        key: str,
        expires_at: datetime,
        now: datetime,
        issued_at: datetime,
        counting: tuple[RedisRateLimiter, RateCount] | None,
    ) -> tuple[bool, RateDecision | None]:
        ttl_ms = max(1000, int((expires_at - now).total_seconds() * 1000))
        needs_s = math.ceil((now - issued_at).total_seconds()) + self._leeway_s
        name, nonce = self._prefix + key, secrets.token_bytes(12)
        keys, counter_ttl, limit, reset = [name], 0, 0, 0
        if counting is not None:
            limiter, count = counting
            index, reset = _window(count.window_s)
            keys.append(f"{limiter.prefix}{count.key}:{index}")
            counter_ttl, limit = count.window_s + 1, count.limit
        attempts = 0

        async def run_once() -> tuple[bool, RateDecision | None]:
            nonlocal attempts
            attempts += 1
            status, value = (
                int(x) for x in await self._claim(keys=keys, args=[nonce, ttl_ms, counter_ttl, needs_s])
            )
            if status == 1:
                return True, _decision(value, limit, reset) if counting is not None else None
            if status == 2:
                raise self._too_young(value, needs_s)
            return attempts > 1 and await self._redis.get(name) == nonce, None

        return await _once_more_on_connection_error(run_once)

    def _too_young(self, uptime_s: int, needs_s: int) -> ServiceUnavailable:
        """The Redis server restarted after the token was issued: it cannot tell whether the token was used before."""
        security_log.warning(
            "replay guard younger than the token",
            extra={"event": "replay-guard.restarted", "uptime_s": uptime_s, "needs_s": needs_s},
        )
        retry = max(1, self._leeway_s + 1 - max(0, uptime_s))  # when a freshly issued token is covered
        return ServiceUnavailable(
            "The replay guard restarted; retry with a newly issued token.",
            headers={"Retry-After": str(retry)},
        )

    async def uptime_s(self) -> int:
        """The Redis server's uptime (readiness: the guard answers for fresh tokens once it exceeds the leeway)."""

        async def read() -> int:
            return int((await self._redis.info("server"))["uptime_in_seconds"])

        return await _once_more_on_connection_error(read)  # a stale pooled connection is not "unreachable"

    @property
    def covers_fresh_tokens_after_s(self) -> int:
        return self._leeway_s + 1


@dataclass(frozen=True, slots=True)
class RateDecision:
    allowed: bool
    limit: int
    remaining: int
    reset_s: int

    def headers(self) -> dict[str, str]:
        headers = {
            "RateLimit-Limit": str(self.limit),
            "RateLimit-Remaining": str(self.remaining),
            "RateLimit-Reset": str(self.reset_s),
        }
        if not self.allowed:
            headers["Retry-After"] = str(self.reset_s)
        return headers


class RateLimiter(Protocol):
    async def hit(self, key: str, limit: int, window_s: int) -> RateDecision:
        """Count one event against ``key``; allowed while the window's count is within ``limit``."""
        ...

    async def peek(self, key: str, limit: int, window_s: int) -> RateDecision:
        """Whether one more event would still be allowed, without counting it."""
        ...


def _window(window_s: int) -> tuple[int, int]:
    now = time.time()
    index = int(now // window_s)
    reset = max(1, int((index + 1) * window_s - now))
    return index, reset


def _decision(count: int, limit: int, reset: int, *, counted: bool = True) -> RateDecision:
    """``counted``: the count includes the event being decided; otherwise it asks about one more."""
    allowed = count <= limit if counted else count < limit
    return RateDecision(allowed, limit, max(0, limit - count), reset)


class MemoryRateLimiter:
    """Fixed-window counters in this process (embedded default, one host)."""

    def __init__(self) -> None:
        self._counts: dict[tuple[str, int], int] = {}

    async def hit(self, key: str, limit: int, window_s: int) -> RateDecision:
        index, reset = _window(window_s)
        if len(self._counts) > 10_000:
            self._counts = {k: v for k, v in self._counts.items() if k[1] >= index}
        count = self._counts.get((key, index), 0) + 1
        self._counts[(key, index)] = count
        return _decision(count, limit, reset)

    async def peek(self, key: str, limit: int, window_s: int) -> RateDecision:
        index, reset = _window(window_s)
        return _decision(self._counts.get((key, index), 0), limit, reset, counted=False)


class RedisRateLimiter:
    """Fixed-window counters in Redis (INCR + EXPIRE in one MULTI), shared by every worker and replica."""

    def __init__(self, client: aioredis.Redis, prefix: str) -> None:
        self._redis = client
        self._prefix = prefix + "rl:"

    @property
    def client(self) -> aioredis.Redis:
        return self._redis

    @property
    def prefix(self) -> str:
        return self._prefix

    async def hit(self, key: str, limit: int, window_s: int) -> RateDecision:
        index, reset = _window(window_s)
        name = f"{self._prefix}{key}:{index}"

        async def count_once() -> int:
            async with self._redis.pipeline(transaction=True) as pipe:
                pipe.incr(name)
                pipe.expire(name, window_s + 1)
                count, _ = await pipe.execute()
            return int(count)

        # A retry after a broken connection may count one call twice: it errs on the side of limiting.
        return _decision(await _once_more_on_connection_error(count_once), limit, reset)

    async def peek(self, key: str, limit: int, window_s: int) -> RateDecision:
        index, reset = _window(window_s)
        name = f"{self._prefix}{key}:{index}"

        async def get_once() -> int:
            return int(await self._redis.get(name) or 0)

        return _decision(await _once_more_on_connection_error(get_once), limit, reset, counted=False)
