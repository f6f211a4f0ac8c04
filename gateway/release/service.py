"""Sealing a release after the final approval, and delivering it to the portal that asked.

Sealing runs in three steps so that no database lock is held while text is redacted: read and build (read-only
connection), seal (CPU, no database), then one transaction that stores the ciphertext, appends
``release.sealed`` and marks the request released. Only the ciphertext is stored; it expires after
``GATEWAY_PACKAGE_RETENTION_HOURS`` and is then purged (the download answers 410).
"""

from __future__ import annotations

import base64
import functools
import secrets
from datetime import timedelta
from typing import Any

import msgspec
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from gateway.db import releases, requests
from gateway.errors import Conflict, Gone, NotFound
from gateway.intake.schemas import EmergencyRequest
from gateway.portals.service import get_encryption_key
from gateway.release.builder import BuiltRelease, build_release
from gateway.release.sealing import PolicyRef, make_package, seal
from gateway.services import Services
from policies import DisclosurePlan
from redaction import Redactor

APPROVED, RELEASED, DELIVERED = "approved", "released", "delivered"


@functools.cache
def shared_redactor() -> Redactor:
    """One Redactor per process (the model loads once). Its root key is random: every release also draws a fresh
    release key, so placeholders are consistent within a release and unlinkable across releases."""
    return Redactor(secrets.token_bytes(32))


async def build(
    services: Services, conn: AsyncConnection, req: EmergencyRequest, plan: DisclosurePlan
) -> BuiltRelease:
    session = shared_redactor().session(secrets.token_bytes(32))
    return await build_release(conn, services.records, req, plan, session, services.redaction_lock)


async def seal_release(services: Services, request_id: str, plan: DisclosurePlan, decision_seq: int) -> int:
    """Build, seal and store the package for an approved request; returns the ``release.sealed`` seq."""
    async with services.db.read() as conn:
        row = (await conn.execute(sa.select(requests).where(requests.c.id == request_id))).one()
        req = msgspec.json.decode(row.body.encode(), type=EmergencyRequest)
        recipient = await get_encryption_key(conn, row.portal_id)
        built = await build(services, conn, req, plan)
    now = services.clock()
    package = make_package(
        request_id=request_id,
        portal_id=row.portal_id,
        categories=built.categories,
        records=built.records,
        redaction=built.redaction,
        policy=PolicyRef(plan.policy_id, plan.policy_version, plan.policy_hash),
        decision_seq=decision_seq,
        sealed_at=now,
    )
    sealed = seal(
        package,
        signer=services.package_signer,
        recipient=recipient,
        request_id=request_id,
        portal_id=row.portal_id,
    )
    meta = sealed.metadata.as_dict()
    async with services.db.transaction() as conn:
        status = await conn.scalar(sa.select(requests.c.status).where(requests.c.id == request_id))
        if status != APPROVED:
            raise Conflict("The request is not awaiting release.")
        seq = await services.trail.record(
            conn,
            "release.sealed",
            {
                "request": request_id,
                "portal": row.portal_id,
                "package_sha256": meta["package_sha256"],
                "ciphertext_sha256": meta["ciphertext_sha256"],
                "suite": meta["suite"],
                "categories": built.categories,
                "counts": built.counts,
                "decision_seq": decision_seq,
            },
            now,
        )
        await conn.execute(
            sa.insert(releases).values(
                request_id=request_id,
                ciphertext=sealed.ciphertext,
                metadata=msgspec.json.encode(meta).decode(),
                digest=meta["package_sha256"],
                ledger_seq=seq,
                sealed_at=now,
                expires_at=now + timedelta(hours=services.settings.package_retention_hours),
            )
        )
        await conn.execute(
            sa.update(requests).where(requests.c.id == request_id).values(status=RELEASED, updated_at=now)
        )
    return seq


async def deliver(services: Services, portal_id: str, request_id: str) -> dict[str, Any]:
    """The sealed package for its own portal, with a ledger receipt for ``release.sealed``; records the delivery."""
    now = services.clock()
    async with services.db.transaction() as conn:
        row = (
            await conn.execute(
                sa.select(releases, requests.c.portal_id)
                .join(requests, requests.c.id == releases.c.request_id)
                .where(releases.c.request_id == request_id, requests.c.portal_id == portal_id)
            )
        ).one_or_none()
        if row is None:
            owned = await conn.scalar(
                sa.select(requests.c.id).where(requests.c.id == request_id, requests.c.portal_id == portal_id)
            )
            if owned is None:
                raise NotFound("No such request for this portal.")
            raise NotFound("No package has been released for this request (yet).")
        expired = row.ciphertext is None or now >= row.expires_at
        if expired and row.ciphertext is not None:
            await conn.execute(
                sa.update(releases).where(releases.c.request_id == request_id).values(ciphertext=None)
            )
        if not expired:
            meta = msgspec.json.decode(row.metadata.encode())
            await services.trail.record(
                conn,
                "release.delivered",
                {"request": request_id, "portal": portal_id, "package_sha256": row.digest},
                now,
            )
            await conn.execute(
                sa.update(releases).where(releases.c.request_id == request_id).values(delivered_at=now)
            )
            await conn.execute(
                sa.update(requests)
                .where(requests.c.id == request_id)
                .values(status=DELIVERED, updated_at=now)
            )
            receipt = await services.trail.log.receipt(conn, int(row.ledger_seq))
    if expired:  # the purge above is committed before answering
        raise Gone("The package expired and was deleted; ask the platform to re-release if still needed.")
    return {
        "request_id": request_id,
        "metadata": meta,
        "ciphertext": base64.b64encode(row.ciphertext).decode(),
        "expires_at": row.expires_at,
        "ledger": {"seq": int(row.ledger_seq), "receipt": receipt},
    }
