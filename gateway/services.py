"""The objects one app instance works with, built by ``create_app`` (no import-time state)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import redis.asyncio as aioredis

from gateway.db import Database
from gateway.guards import RateLimiter
from gateway.observability import Metrics
from gateway.portals.auth import PortalAuthenticator
from gateway.settings import Settings

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


@dataclass
class Services:
    settings: Settings
    db: Database
    clock: Clock
    authenticator: PortalAuthenticator
    limiter: RateLimiter
    metrics: Metrics
    redis: aioredis.Redis | None

    async def close(self) -> None:
        if self.redis is not None:
            await self.redis.aclose()
        await self.db.dispose()
