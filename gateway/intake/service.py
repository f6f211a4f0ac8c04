"""Intake: decode an emergency request strictly, store it and its idempotency record in one transaction."""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime

import msgspec
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection

from gateway.db import Database, idempotency_keys, requests
from gateway.errors import IdempotencyKeyReused, InvalidRequest, MalformedRequest, NotFound
from gateway.intake.schemas import Accepted, EmergencyRequest, RequestStatus, validate_request
from gateway.portals.auth import PortalPrincipal

IDEMPOTENCY_KEY = re.compile(r"[\x21-\x7e]{1,255}")
_PATH_PART = re.compile(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]")


@dataclass(frozen=True, slots=True)
class IntakeResult:
    request_id: str
    status_code: int
    body: bytes
    #: The emergency category of a newly accepted request; None when an earlier answer is replayed.
    category: str | None


def _pointer(message: str) -> str:
    """msgspec's ``- at `$.targets[0].value``` → JSON pointer ``/targets/0/value``."""
    _, _, where = message.rpartition(" - at `")
    if not where.startswith("$"):
        return ""
    return "".join("/" + (name or index) for name, index in _PATH_PART.findall(where.rstrip("`")))


def decode_request(body: bytes, now: datetime) -> EmergencyRequest:
    try:
        req = msgspec.json.decode(body, type=EmergencyRequest, strict=True)
    except msgspec.ValidationError as exc:
        message = str(exc)
        detail = message.partition(" - at `")[0]
        raise InvalidRequest(
            "The request does not match the emergency request schema.",
            errors=[{"pointer": _pointer(message), "detail": detail}],
        ) from None
    except msgspec.DecodeError:
        raise MalformedRequest() from None
    errors = validate_request(req, now)
    if errors:
        raise InvalidRequest("The request breaks a rule of the emergency request.", errors=errors)
    return req


def check_idempotency_key(value: str | None) -> str | None:
    if value is None:
        return None
    if not IDEMPOTENCY_KEY.fullmatch(value):
        raise InvalidRequest("Idempotency-Key must be 1-255 visible ASCII characters.")
    return value


async def _replay_idempotent(
    conn: AsyncConnection, portal_id: str, key: str, body_sha256: str
) -> IntakeResult | None:
    row = (
        await conn.execute(
            sa.select(idempotency_keys).where(
                idempotency_keys.c.portal_id == portal_id, idempotency_keys.c.key == key
            )
        )
    ).one_or_none()
    if row is None:
        return None
    if row.body_sha256 != body_sha256:
        raise IdempotencyKeyReused()
    return IntakeResult(row.request_id, row.status_code, row.response.encode(), category=None)


async def submit(
    db: Database,
    principal: PortalPrincipal,
    body: bytes,
    *,
    idempotency_key: str | None,
    now: datetime,
) -> IntakeResult:
    """Accept one emergency request. With an Idempotency-Key, a repeat returns the first answer unchanged."""
    body_sha256 = hashlib.sha256(body).hexdigest()
    if idempotency_key is not None:
        async with db.read() as conn:
            earlier = await _replay_idempotent(conn, principal.portal_id, idempotency_key, body_sha256)
        if earlier is not None:
            return earlier
    req = decode_request(body, now)
    request_id = "edr_" + secrets.token_hex(12)
    response = msgspec.json.encode(Accepted(id=request_id, status="received", received_at=now))
    try:
        async with db.transaction() as conn:
            await conn.execute(
                sa.insert(requests).values(
                    id=request_id,
                    portal_id=principal.portal_id,
                    status="received",
                    received_at=now,
                    officer_sub=principal.officer[:320],
                    legal_basis=req.legal_basis,
                    category=req.emergency.category,
                    body=body.decode(),
                    body_sha256=body_sha256,
                )
            )
            if idempotency_key is not None:
                await conn.execute(
                    sa.insert(idempotency_keys).values(
                        portal_id=principal.portal_id,
                        key=idempotency_key,
                        body_sha256=body_sha256,
                        request_id=request_id,
                        status_code=202,
                        response=response.decode(),
                        created_at=now,
                    )
                )
    except IntegrityError:
        # A concurrent call with the same Idempotency-Key committed first: answer as it did.
        if idempotency_key is None:
            raise
        async with db.read() as conn:
            earlier = await _replay_idempotent(conn, principal.portal_id, idempotency_key, body_sha256)
        if earlier is None:
            raise
        return earlier
    return IntakeResult(request_id, 202, response, category=req.emergency.category)


async def status_for_portal(db: Database, portal_id: str, request_id: str) -> RequestStatus:
    """The request as its submitting portal sees it; any other portal gets 404 (not 403: no existence leak)."""
    async with db.read() as conn:
        row = (
            await conn.execute(
                sa.select(requests).where(requests.c.id == request_id, requests.c.portal_id == portal_id)
            )
        ).one_or_none()
    if row is None:
        raise NotFound("No such request for this portal.")
    req = msgspec.json.decode(row.body.encode(), type=EmergencyRequest)
    return RequestStatus(
        id=row.id,
        status=row.status,
        received_at=row.received_at,
        legal_basis=row.legal_basis,
        category=row.category,
        data_categories=list(req.data_categories),
        case_number=req.case_number,
        portal_reference=req.portal_reference,
    )
