"""Shared guards: the single-use token (``jti``) replay guard and the rate limiter.

With ``GATEWAY_REDIS_URL`` set, both live in Redis and are shared by every worker and replica; an unreachable
Redis makes portal calls fail with 503 (never accepted unguarded). Without Redis, the replay guard is a
unique-keyed table in the gateway's database (correct across worker processes on one host) and the rate limiter
counts in process.
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

import redis.asyncio as aioredis
import sqlalchemy as sa
from redis.exceptions import RedisError
from sqlalchemy.exc import IntegrityError

from gateway.db import Database, token_replay
from gateway.errors import ServiceUnavailable


def replay_key(issuer: str, jti: str) -> str:
    """A fixed-length key for one (issuer, jti) pair."""
    return hashlib.sha256(f"{issuer}\x00{jti}".encode()).hexdigest()


class ReplayGuard(Protocol):
    async def claim(self, key: str, expires_at: datetime, now: datetime) -> bool:
        """Record a first use; False when the key was used before. Raises ServiceUnavailable if it cannot tell."""
        ...


class SqlReplayGuard:
    """Embedded replay guard: an INSERT into a primary-keyed table; a second INSERT of the same key fails."""

    _CLEANUP_EVERY_S = 60.0

    def __init__(self, db: Database) -> None:
        self._db = db
        self._last_cleanup = 0.0

    async def claim(self, key: str, expires_at: datetime, now: datetime) -> bool:
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


class RedisReplayGuard:
    """Shared replay guard: ``SET key 1 NX PXAT expiry`` — atomic across every worker and replica."""

    def __init__(self, client: aioredis.Redis, prefix: str) -> None:
        self._redis = client
        self._prefix = prefix + "jti:"

    async def claim(self, key: str, expires_at: datetime, now: datetime) -> bool:
        ttl_ms = max(1000, int((expires_at - now).total_seconds() * 1000))
        try:
            created = await self._redis.set(self._prefix + key, b"1", nx=True, px=ttl_ms)
        except (RedisError, OSError):
            raise ServiceUnavailable() from None
        return bool(created)


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

    async def hit(self, key: str, limit: int, window_s: int) -> RateDecision:
        index, reset = _window(window_s)
        name = f"{self._prefix}{key}:{index}"
        try:
            async with self._redis.pipeline(transaction=True) as pipe:
                pipe.incr(name)
                pipe.expire(name, window_s + 1)
                count, _ = await pipe.execute()
        except (RedisError, OSError):
            raise ServiceUnavailable() from None
        return _decision(int(count), limit, reset)

    async def peek(self, key: str, limit: int, window_s: int) -> RateDecision:
        index, reset = _window(window_s)
        try:
            raw = await self._redis.get(f"{self._prefix}{key}:{index}")
        except (RedisError, OSError):
            raise ServiceUnavailable() from None
        return _decision(int(raw or 0), limit, reset, counted=False)
