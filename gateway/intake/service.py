"""Intake: decode an emergency request strictly, store it and its idempotency record in one transaction."""

from __future__ import annotations

import hashlib
import re
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypeVar

import msgspec
import sqlalchemy as sa
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncConnection

from gateway.db import (
    Database,
    agencies,
    idempotency_keys,
    portal_agencies,
    request_messages,
    request_targets,
    requests,
)
from gateway.errors import IdempotencyKeyReused, InvalidRequest, MalformedRequest, NotFound
from gateway.intake.schemas import (
    Accepted,
    EmergencyRequest,
    Message,
    PlanView,
    RequestStatus,
    validate_request,
)
from gateway.portals.auth import PortalPrincipal
from gateway.services import Services
from gateway.triage import TriageContext, triage
from policies import DisclosurePlan, PlanInput, TargetRef, evaluate, explain

T = TypeVar("T")

#: Status of a request waiting for reviewers (it has been triaged and planned).
PENDING_REVIEW = "pending_review"
IDEMPOTENCY_KEY = re.compile(r"[\x21-\x7e]{1,255}")
_ECHOED_VALUE = re.compile(r"^(Invalid enum value) .*$", re.DOTALL)
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


def decode_strict(body: bytes, type_: type[T], what: str) -> T:
    """Decode a JSON body strictly: unknown fields, wrong types and broken bounds → 422 naming where."""
    try:
        return msgspec.json.decode(body, type=type_, strict=True)
    except msgspec.ValidationError as exc:
        message = str(exc)
        # msgspec names a bad enum value ("Invalid enum value 'x'"): the caller's value is never echoed back.
        detail = _ECHOED_VALUE.sub(r"\1", message.partition(" - at `")[0])
        raise InvalidRequest(
            f"The body does not match the {what} schema.",
            errors=[{"pointer": _pointer(message), "detail": detail}],
        ) from None
    except msgspec.DecodeError:
        raise MalformedRequest() from None


def decode_request(body: bytes, now: datetime) -> EmergencyRequest:
    req = decode_strict(body, EmergencyRequest, "emergency request")
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


def plan_input(req: EmergencyRequest) -> PlanInput:
    """The policy evaluator's view of a request: categories, window and target kinds, no personal values."""
    return PlanInput(
        legal_basis=req.legal_basis,
        category=req.emergency.category,
        data_categories=frozenset(req.data_categories),
        window_start=req.window.start,
        window_end=req.window.end,
        targets=tuple(TargetRef(index=i, type=t.type, role=t.role) for i, t in enumerate(req.targets)),
    )


def _agency_key(req: EmergencyRequest) -> str:
    ident = req.agency.ori or f"{req.agency.country}:{req.agency.name.strip().lower()}"
    return hashlib.sha256(ident.encode()).hexdigest()


async def _triage_context(
    conn: AsyncConnection, portal_id: str, req: EmergencyRequest, commitments: list[str], now: datetime
) -> TriageContext:
    """What triage needs from the database, in one statement (three reads joined by UNION ALL): the agencies the
    portal may speak for, the named agency's email domains, and how many other agencies asked about the same
    targets in the last 24 hours."""
    parts: list[sa.Select[str, str]] = [
        sa.select(
            sa.literal_column("'ori'", sa.Text).label("what"),
            sa.cast(portal_agencies.c.ori, sa.Text).label("value"),
        ).where(portal_agencies.c.portal_id == portal_id)
    ]
    if req.agency.ori:
        parts.append(
            sa.select(
                sa.literal_column("'domains'", sa.Text), sa.cast(agencies.c.email_domains, sa.Text)
            ).where(agencies.c.ori == req.agency.ori)
        )
    parts.append(
        sa.select(
            sa.literal_column("'others'", sa.Text),
            sa.cast(sa.func.count(sa.distinct(request_targets.c.agency_key)), sa.Text),
        ).where(
            request_targets.c.commitment.in_(commitments),
            request_targets.c.received_at >= now - timedelta(hours=24),
            request_targets.c.agency_key != _agency_key(req),
        )
    )
    oris: list[str] = []
    domains: list[str] = []
    others = 0
    for kind, raw in (await conn.execute(sa.union_all(*parts))).all():
        if kind == "ori":
            oris.append(raw)
        elif kind == "domains":
            domains = msgspec.json.decode(raw.encode(), type=list[str]) if raw else []
        else:
            others = int(raw or 0)
    return TriageContext(
        portal_agencies=frozenset(oris),
        agency_domains=frozenset(d.lower() for d in domains),
        other_agencies_same_target=others,
    )


async def _insert_all(conn: AsyncConnection, inserts: list[sa.Insert]) -> None:
    """Run the inserts in order; on PostgreSQL as one statement (data-modifying CTEs, one round trip). Foreign keys
    are checked at the end of that statement, when every row is in; a failure writes none of them."""
    if conn.dialect.name != "postgresql":
        for insert in inserts:
            await conn.execute(insert)
        return
    *first, last = inserts
    await conn.execute(last.add_cte(*(insert.cte(f"insert_{i}") for i, insert in enumerate(first))))


async def submit(
    services: Services,
    principal: PortalPrincipal,
    body: bytes,
    *,
    idempotency_key: str | None,
    now: datetime,
) -> IntakeResult:
    """Accept one emergency request: store it, triage it, plan it under the active policy, and record
    ``request.received`` and ``plan.made`` in the ledger — all in one transaction, or nothing.

    With an Idempotency-Key, a repeat returns the first answer unchanged and creates nothing.
    """
    db, trail = services.db, services.trail
    body_sha256 = hashlib.sha256(body).hexdigest()
    # Without a key a bad body is refused before any database work; with one, an earlier answer is looked up first
    # (in the transaction below, saving a connection checkout) and replayed even if the body no longer validates.
    decoded = decode_request(body, now) if idempotency_key is None else None
    request_id = "edr_" + secrets.token_hex(12)
    response = msgspec.json.encode(Accepted(id=request_id, status="received", received_at=now))
    try:
        async with db.transaction() as conn:
            if idempotency_key is not None:
                earlier = await _replay_idempotent(conn, principal.portal_id, idempotency_key, body_sha256)
                if earlier is not None:
                    return earlier
            req = decoded if decoded is not None else decode_request(body, now)
            commitments = [trail.commit_target(t.type, t.value) for t in req.targets]
            policy = await services.policy.get(conn)
            context = await _triage_context(conn, principal.portal_id, req, commitments, now)
            triaged = triage(req, context, now, services.settings.sla_minutes)
            plan = evaluate(plan_input(req), policy, now=now)
            agency_key = _agency_key(req)
            inserts: list[sa.Insert] = [
                sa.insert(requests).values(
                    id=request_id,
                    portal_id=principal.portal_id,
                    status=PENDING_REVIEW,
                    received_at=now,
                    updated_at=now,
                    officer_sub=principal.officer[:320],
                    legal_basis=req.legal_basis,
                    category=req.emergency.category,
                    body=body.decode(),
                    body_sha256=body_sha256,
                    priority=triaged.priority,
                    due_at=triaged.due_at,
                    risk_score=triaged.risk_score,
                    triage=msgspec.json.encode(triaged).decode(),
                    plan=msgspec.json.encode(plan).decode(),
                    policy_hash=plan.policy_hash,
                ),
                sa.insert(request_targets).values(
                    [
                        {
                            "request_id": request_id,
                            "idx": i,
                            "commitment": c,
                            "agency_key": agency_key,
                            "received_at": now,
                        }
                        for i, c in enumerate(commitments)
                    ]
                ),
            ]
            if idempotency_key is not None:
                inserts.append(
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
            await _insert_all(conn, inserts)
            # Last, right before the commit: the ledger lock is held from here to the end of the transaction.
            await trail.record_many(
                conn,
                [
                    (
                        "request.received",
                        {
                            "request": request_id,
                            "portal": principal.portal_id,
                            "legal_basis": req.legal_basis,
                            "category": req.emergency.category,
                            "priority": triaged.priority,
                            "data_categories": sorted(req.data_categories),
                            "targets": commitments,
                            "risk_score": triaged.risk_score,
                            "body_sha256": body_sha256,
                        },
                    ),
                    (
                        "plan.made",
                        {
                            "request": request_id,
                            "policy_id": plan.policy_id,
                            "policy_version": plan.policy_version,
                            "policy_hash": plan.policy_hash,
                            "rule": plan.rule_id,
                            "outcomes": plan.outcome_summary(),
                            "approvals_required": plan.approvals_required,
                        },
                    ),
                ],
                now,
            )
    except IntegrityError:
        # A concurrent call with the same Idempotency-Key committed first: answer as it did.
        if idempotency_key is None:
            raise
        async with db.lookup() as conn:
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
        messages = (
            []
            if row is None
            else (
                await conn.execute(
                    sa.select(
                        request_messages.c.direction, request_messages.c.text, request_messages.c.created_at
                    )
                    .where(request_messages.c.request_id == request_id)
                    .order_by(request_messages.c.id)
                )
            ).all()
        )
    if row is None:
        raise NotFound("No such request for this portal.")
    req = msgspec.json.decode(row.body.encode(), type=EmergencyRequest)
    plan_view = None
    if row.plan:
        plan = msgspec.json.decode(row.plan.encode(), type=DisclosurePlan)
        plan_view = PlanView(
            policy=f"{plan.policy_id} {plan.policy_version}",
            policy_hash=plan.policy_hash,
            approvals_required=plan.approvals_required,
            outcomes=plan.outcome_summary(),
            explanation=explain(plan),
        )
    return RequestStatus(
        id=row.id,
        status=row.status,
        received_at=row.received_at,
        legal_basis=row.legal_basis,
        category=row.category,
        priority=row.priority,
        data_categories=list(req.data_categories),
        plan=plan_view,
        messages=[Message(direction=m.direction, text=m.text, at=m.created_at) for m in messages],
        case_number=req.case_number,
        portal_reference=req.portal_reference,
    )
