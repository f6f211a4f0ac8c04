"""Published policy versions: stored in the database, exactly one active; each publication is a ledger entry.

A request is planned with the version active at intake and keeps it (its plan names the policy hash). The
gateway re-reads the active hash on every intake, so a version published by ``gateway policy publish`` from
another process applies to the next request without a restart.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime

import msgspec
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from gateway.audit.trail import Trail
from gateway.db import policy_versions
from gateway.errors import ConfigurationError
from policies import PolicySet


async def publish(conn: AsyncConnection, policy: PolicySet, trail: Trail, now: datetime) -> int | None:
    """Make ``policy`` the active version; returns the ledger seq, or None when it already was active."""
    digest = policy.content_hash
    current = await conn.scalar(sa.select(policy_versions.c.content_hash).where(policy_versions.c.active))
    if current == digest:
        return None
    await conn.execute(sa.update(policy_versions).where(policy_versions.c.active).values(active=False))
    known = await conn.scalar(
        sa.select(policy_versions.c.content_hash).where(policy_versions.c.content_hash == digest)
    )
    if known:
        await conn.execute(
            sa.update(policy_versions).where(policy_versions.c.content_hash == digest).values(active=True)
        )
    else:
        await conn.execute(
            sa.insert(policy_versions).values(
                content_hash=digest,
                policy_id=policy.id,
                version=policy.version,
                content=msgspec.json.encode(policy).decode(),
                published_at=now,
                active=True,
            )
        )
    return await trail.record(
        conn,
        "policy.published",
        {"policy_id": policy.id, "version": policy.version, "hash": digest},
        now,
    )


class _PinnedPolicySet(PolicySet, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """A loaded policy set that knows its content hash (verified when loaded), so planning does not re-encode the
    whole set on every request. The extra field is not part of the canonical form."""

    pinned_hash: str = ""

    @property
    def content_hash(self) -> str:
        return self.pinned_hash or super().content_hash


def _pinned(policy: PolicySet, digest: str) -> PolicySet:
    fields = {name: getattr(policy, name) for name in policy.__struct_fields__}
    return _PinnedPolicySet(**fields, pinned_hash=digest)


@dataclass
class ActivePolicy:
    """The active policy set, re-read only when its hash changes."""

    _cached: PolicySet | None = field(default=None)
    _cached_digest: str | None = field(default=None)

    async def get(self, conn: AsyncConnection) -> PolicySet:
        digest = await conn.scalar(sa.select(policy_versions.c.content_hash).where(policy_versions.c.active))

        async def content(d: str) -> str | None:
            return await conn.scalar(
                sa.select(policy_versions.c.content).where(policy_versions.c.content_hash == d)
            )

        return await self.for_digest(digest, content)

    async def for_digest(
        self, digest: str | None, content: Callable[[str], Awaitable[str | None]]
    ) -> PolicySet:
        """The policy set whose hash is ``digest`` (the active one, read by the caller); ``content`` loads its stored
        text when it is not the one already cached."""
        if digest is None:
            raise ConfigurationError("no policy set is published; run `gateway policy publish`")
        if self._cached is not None and self._cached_digest == digest:
            return self._cached  # verified against its hash when it was loaded
        text = await content(digest)
        policy = msgspec.json.decode(str(text).encode(), type=PolicySet)
        if policy.content_hash != digest:
            raise ConfigurationError("the stored policy set does not match its hash")
        pinned = _pinned(policy, digest)
        self._cached, self._cached_digest = pinned, digest
        return pinned
