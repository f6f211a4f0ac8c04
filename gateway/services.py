"""The objects one app instance works with, built by ``create_app`` (no import-time state)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

import redis.asyncio as aioredis
from cryptography.hazmat.primitives.asymmetric import ed25519

from gateway.audit.trail import Trail
from gateway.db import Database
from gateway.guards import RateLimiter
from gateway.observability import Metrics
from gateway.policy_store import ActivePolicy
from gateway.portals.auth import PortalAuthenticator
from gateway.records.source import RecordSource
from gateway.settings import Settings
from gateway.staff.auth import StaffAuthenticator

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


@dataclass
class Services:
    settings: Settings
    db: Database
    clock: Clock
    authenticator: PortalAuthenticator
    staff: StaffAuthenticator
    limiter: RateLimiter
    metrics: Metrics
    trail: Trail
    policy: ActivePolicy
    package_signer: ed25519.Ed25519PrivateKey
    records: RecordSource
    #: Redaction runs in worker threads; a Redactor is not thread-safe.
    redaction_lock: threading.Lock
    redis: aioredis.Redis | None

    async def close(self) -> None:
        if self.redis is not None:
            await self.redis.aclose()
        await self.db.dispose()
