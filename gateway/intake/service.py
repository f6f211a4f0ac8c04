"""Intake: decode an emergency request strictly, store it and its idempotency record in one transaction."""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, TypeVar

import asyncpg  # type: ignore[import-untyped]
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
from gateway.errors import (
    GatewayError,
    IdempotencyKeyReused,
    InvalidRequest,
    MalformedRequest,
    NotFound,
    Unauthenticated,
)
from gateway.intake.schemas import (
    Accepted,
    EmergencyRequest,
    Message,
    PlanView,
    RequestStatus,
    validate_request,
)
from gateway.portals.auth import PortalPrincipal, security_log
from gateway.portals.service import active_key
from gateway.services import Services
from gateway.triage import Triage, TriageContext, triage
from ledger.log import append_call
from policies import DisclosurePlan, PlanInput, PolicySet, TargetRef, evaluate, explain

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
    return _triage_from_rows((await conn.execute(sa.union_all(*parts))).all())


def _triage_from_rows(rows: Iterable[Sequence[Any]]) -> TriageContext:
    """The triage context from ``(kind, value)`` rows as both databases' reads return them: ``ori`` (an agency the
    portal may speak for), ``domains`` (the named agency's email domains, a JSON list) and ``others`` (other agencies
    that asked about the same targets: a count on SQLite, 1 per probe that found one on PostgreSQL — triage only
    asks whether there were any)."""
    oris: list[str] = []
    domains: list[str] = []
    others = 0
    for kind, raw in rows:
        if kind == "ori":
            oris.append(raw)
        elif kind == "domains":
            domains = msgspec.json.decode(raw.encode(), type=list[str]) if raw else []
        elif kind == "others":
            others = max(others, int(raw or 0))
        else:
            raise ValueError(f"unexpected triage row kind {kind!r}")
    return TriageContext(
        portal_agencies=frozenset(oris),
        agency_domains=frozenset(d.lower() for d in domains),
        other_agencies_same_target=others,
    )


@dataclass(frozen=True, slots=True)
class _Intake:
    """Everything one accepted request writes, computed before any write."""

    triaged: Triage
    plan: DisclosurePlan
    commitments: list[str]
    agency_key: str
    entries: list[tuple[str, dict[str, object]]]


def _prepare(
    services: Services,
    principal: PortalPrincipal,
    req: EmergencyRequest,
    request_id: str,
    body_sha256: str,
    commitments: list[str],
    context: TriageContext,
    policy: PolicySet,
    now: datetime,
) -> _Intake:
    triaged = triage(req, context, now, services.settings.sla_minutes)
    plan = evaluate(plan_input(req), policy, now=now)
    entries: list[tuple[str, dict[str, object]]] = [
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
    ]
    return _Intake(triaged, plan, commitments, _agency_key(req), entries)


async def submit(
    services: Services,
    principal: PortalPrincipal,
    body: bytes,
    *,
    idempotency_key: str | None,
    now: datetime,
    recheck_key: bool = False,
) -> IntakeResult:
    """Accept one emergency request: store it, triage it, plan it under the active policy, and record
    ``request.received`` and ``plan.made`` in the ledger — all in one transaction, or nothing.

    With an Idempotency-Key, a repeat returns the first answer unchanged and creates nothing. ``recheck_key``: the
    portal's key came from a cache; the request is refused (401) unless key and portal are still active.
    """
    db, trail = services.db, services.trail
    body_sha256 = hashlib.sha256(body).hexdigest()
    if db.is_postgres:
        return await _submit_postgres(
            services, principal, body, body_sha256, idempotency_key, now, recheck_key
        )
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
            if recheck_key and await active_key(conn, principal.kid) is None:
                raise Unauthenticated()
            req = decoded if decoded is not None else decode_request(body, now)
            commitments = [trail.commit_target(t.type, t.value) for t in req.targets]
            policy = await services.policy.get(conn)
            context = await _triage_context(conn, principal.portal_id, req, commitments, now)
            intake = _prepare(
                services, principal, req, request_id, body_sha256, commitments, context, policy, now
            )
            triaged, plan = intake.triaged, intake.plan
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
                            "agency_key": intake.agency_key,
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
            for insert in inserts:
                await conn.execute(insert)
            # Last, right before the commit: the ledger lock is held from here to the end of the transaction.
            await trail.record_many(conn, intake.entries, now)
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


# ---- PostgreSQL: two statements on the driver connection ---------------------------------------------------------
#: Everything intake reads, in one statement: an earlier answer for the Idempotency-Key, whether the portal's key is
#: still active, the active policy's hash, and the triage context (see ``_triage_context``; triage only asks
#: whether another agency asked about a target: two range scans of ix_request_targets_commitment_agency around the
#: asking agency's key, each stopping at its first row, instead of counting over all of the target's rows).
_PG_READ = """
SELECT 'idem' AS what, i.body_sha256 AS a, i.request_id AS b, i.status_code::text AS c, i.response AS d
  FROM idempotency_keys AS i WHERE i.portal_id = $1::text AND i.key = $4::text
UNION ALL
SELECT 'key', k.kid, NULL, NULL, NULL FROM portal_keys AS k JOIN portals AS p ON p.id = k.portal_id
  WHERE k.kid = $2::text AND k.portal_id = $1::text AND k.status = 'active' AND p.status = 'active'
UNION ALL
SELECT 'policy', v.content_hash, NULL, NULL, NULL FROM policy_versions AS v WHERE v.active
UNION ALL
SELECT 'ori', pa.ori, NULL, NULL, NULL FROM portal_agencies AS pa WHERE pa.portal_id = $1::text
UNION ALL
SELECT 'domains', ag.email_domains, NULL, NULL, NULL FROM agencies AS ag WHERE ag.ori = $3::text
UNION ALL
(SELECT 'others', '1', NULL, NULL, NULL FROM request_targets AS t
  WHERE t.commitment = ANY($5::text[]) AND t.agency_key < $7::text AND t.received_at >= $6::timestamptz LIMIT 1)
UNION ALL
(SELECT 'others', '1', NULL, NULL, NULL FROM request_targets AS t
  WHERE t.commitment = ANY($5::text[]) AND t.agency_key > $7::text AND t.received_at >= $6::timestamptz LIMIT 1)
"""

#: Everything intake writes, in one statement and so one transaction: the request, its target commitments, the
#: Idempotency-Key's answer (when there is a key) and the two ledger entries (``ledger_append``, which holds the
#: ledger lock only until this statement commits — no round trip to the gateway in between). Foreign keys are
#: checked at the end of the statement, when every row is in; any failure writes none of them.
#:
#: The commit waits for its WAL flush (PostgreSQL's default, never turned off here): a 202 means the request and its
#: ledger entries are on disk. (Committing asynchronously and then running a synchronous ``SELECT txid_current()`` to
#: wait for the flush was tried for throughput: it does not wait — a transaction that writes no WAL before its commit
#: record is not flushed at commit, which ``pg_current_wal_flush_lsn()`` shows — so it would answer 202 for intakes a
#: crash could still take back.)
_PG_WRITE = f"""
WITH r AS (
  INSERT INTO requests (id, portal_id, status, received_at, updated_at, officer_sub, legal_basis, category, body,
                        body_sha256, priority, due_at, risk_score, triage, plan, policy_hash)
  VALUES ($1::text, $2::text, $3::text, $4::timestamptz, $4::timestamptz, $5::text, $6::text, $7::text, $8::text,
          $9::text, $10::text, $11::timestamptz, $12::integer, $13::text, $14::text, $15::text)
), t AS (
  INSERT INTO request_targets (request_id, idx, commitment, agency_key, received_at)
  SELECT $1::text, (u.n - 1)::integer, u.c, $16::text, $4::timestamptz
    FROM unnest($17::text[]) WITH ORDINALITY AS u(c, n)
), k AS (
  INSERT INTO idempotency_keys (portal_id, key, body_sha256, request_id, status_code, response, created_at)
  SELECT $2::text, $18::text, $9::text, $1::text, 202, $19::text, $4::timestamptz WHERE $18::text IS NOT NULL
)
SELECT a.seq FROM {append_call(20)} AS a
"""  # noqa: S608 - fixed text, every value a parameter

_PG_EARLIER = (
    "SELECT body_sha256, request_id, status_code, response FROM idempotency_keys "
    "WHERE portal_id = $1::text AND key = $2::text"
)
_PG_KEY_ACTIVE = (
    "SELECT 1 FROM portal_keys AS k JOIN portals AS p ON p.id = k.portal_id "
    "WHERE k.kid = $1::text AND k.portal_id = $2::text AND k.status = 'active' AND p.status = 'active'"
)
_PG_POLICY = "SELECT content FROM policy_versions WHERE content_hash = $1::text"


def _replay(row: Sequence[Any], body_sha256: str) -> IntakeResult:
    """The earlier answer (body_sha256, request_id, status_code, response row) to the same Idempotency-Key."""
    if row[0] != body_sha256:
        raise IdempotencyKeyReused()
    return IntakeResult(str(row[1]), int(row[2]), str(row[3]).encode(), category=None)


def _key_gone(principal: PortalPrincipal) -> Unauthenticated:
    security_log.warning(
        "portal authentication failed",
        extra={
            "event": "auth.failed",
            "reason": "inactive-kid-at-intake",
            "kid": principal.kid,
            "method": "POST",
        },
    )
    return Unauthenticated()


async def _submit_postgres(
    services: Services,
    principal: PortalPrincipal,
    body: bytes,
    body_sha256: str,
    idempotency_key: str | None,
    now: datetime,
    recheck_key: bool,
) -> IntakeResult:
    """``submit`` on PostgreSQL: one read statement, then one write statement that is its own transaction.

    The read needs no transaction around it: a concurrent first use of the same Idempotency-Key makes the write
    fail on the key's primary key (then the earlier answer is replayed), and a policy published in between only
    means this request was planned with the version active a moment before — as it would inside a transaction.
    """
    db, trail = services.db, services.trail
    portal_id = principal.portal_id
    async with db.driver() as pg:
        try:
            req = decode_request(body, now)
        except GatewayError:
            if recheck_key and await pg.fetchval(_PG_KEY_ACTIVE, principal.kid, portal_id) is None:
                raise _key_gone(principal) from None
            # A bad body is still answered by an earlier answer to its Idempotency-Key (a retry of a replayed call).
            if idempotency_key is not None:
                row = await pg.fetchrow(_PG_EARLIER, portal_id, idempotency_key)
                if row is not None:
                    return _replay(row, body_sha256)
            raise
        commitments = [trail.commit_target(t.type, t.value) for t in req.targets]
        agency_key = _agency_key(req)
        rows = await pg.fetch(
            _PG_READ,
            portal_id,
            principal.kid,
            req.agency.ori,
            idempotency_key,
            commitments,
            now - timedelta(hours=24),
            agency_key,
        )
        digest, key_active = None, False
        earlier: tuple[Any, ...] | None = None
        triage_rows: list[tuple[str, Any]] = []
        for what, a, b, c, d in rows:
            if what == "idem":
                earlier = (a, b, c, d)
            elif what == "key":
                key_active = True
            elif what == "policy":
                digest = a
            else:
                triage_rows.append((what, a))
        if recheck_key and not key_active:
            raise _key_gone(principal)
        if earlier is not None:
            return _replay(earlier, body_sha256)
        policy = await services.policy.for_digest(digest, lambda d: pg.fetchval(_PG_POLICY, d))
        context = _triage_from_rows(triage_rows)
        request_id = "edr_" + secrets.token_hex(12)
        response = msgspec.json.encode(Accepted(id=request_id, status="received", received_at=now))
        intake = _prepare(
            services, principal, req, request_id, body_sha256, commitments, context, policy, now
        )
        triaged, plan = intake.triaged, intake.plan
        batch = trail.log.append_batch(intake.entries, time=now)
        try:
            await pg.fetch(
                _PG_WRITE,
                request_id,
                portal_id,
                PENDING_REVIEW,
                now,
                principal.officer[:320],
                req.legal_basis,
                req.emergency.category,
                body.decode(),
                body_sha256,
                triaged.priority,
                triaged.due_at,
                triaged.risk_score,
                msgspec.json.encode(triaged).decode(),
                msgspec.json.encode(plan).decode(),
                plan.policy_hash,
                agency_key,
                commitments,
                idempotency_key,
                response.decode(),
                *batch.params(),
            )
        except asyncpg.UniqueViolationError:
            # A concurrent call with the same Idempotency-Key committed first: answer as it did.
            if idempotency_key is None:
                raise
            row = await pg.fetchrow(_PG_EARLIER, portal_id, idempotency_key)
            if row is None:
                raise
            return _replay(row, body_sha256)
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
