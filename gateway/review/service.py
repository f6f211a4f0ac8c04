"""Review: the queue, callbacks, decisions (approve / deny / request_info), the two-person rule, follow-ups.

Roles and separation of duties (README, "Review"):
- ``reviewer``: reads, records callbacks, asks for information, denies. Cannot approve.
- ``approver``: everything a reviewer does, and approves.
- ``auditor``: reads only. ``admin``: operates the gateway; does not act on requests.
- Nobody approves the same request twice in one round; where the plan needs two approvals they come from two
  different people, and the person who recorded the confirming callback may not give the final approval of a
  two-approval release (the second person checks the first's verification).
- Content (messages, posts) is approved only after a confirmed callback.
Every state change is a ledger entry written in the same transaction.
"""

from __future__ import annotations

from typing import Any

import msgspec
import sqlalchemy as sa
from sqlalchemy.ext.asyncio import AsyncConnection

from gateway.db import agencies, callbacks, decisions, request_messages, requests
from gateway.errors import Conflict, InvalidRequest, NotFound
from gateway.intake.schemas import EmergencyRequest
from gateway.review.schemas import Approve, CallbackBody, Decision, Deny, QueueItem, RequestInfo
from gateway.services import Services
from gateway.staff.auth import StaffPrincipal
from gateway.triage import Triage
from policies import CONTENT_CATEGORIES, DisclosurePlan, WiderThanPlanError, Window, explain, narrow_plan

PENDING_REVIEW = "pending_review"
AWAITING_SECOND = "awaiting_second_approval"
INFO_REQUESTED = "info_requested"
APPROVED, RELEASED, DELIVERED, DENIED = "approved", "released", "delivered", "denied"
OPEN = (PENDING_REVIEW, AWAITING_SECOND, INFO_REQUESTED)
READERS = ("reviewer", "approver", "auditor")
ACTORS = ("reviewer", "approver")


async def _request_row(conn: AsyncConnection, request_id: str) -> Any:
    row = (await conn.execute(sa.select(requests).where(requests.c.id == request_id))).one_or_none()
    if row is None:
        raise NotFound("No such request.")
    return row


async def _decisions(conn: AsyncConnection, request_id: str) -> list[Any]:
    return list(
        (
            await conn.execute(
                sa.select(decisions).where(decisions.c.request_id == request_id).order_by(decisions.c.id)
            )
        ).all()
    )


def _round(rows: list[Any]) -> list[Any]:
    """The approvals of the current round (a request for information starts a new one)."""
    current: list[Any] = []
    for row in rows:
        if row.action == "request_info":
            current = []
        elif row.action == "approve":
            current.append(row)
    return current


def _plan(row: Any) -> DisclosurePlan:
    return msgspec.json.decode(row.plan.encode(), type=DisclosurePlan)


def _scope(request_row: Any, approvals: list[Any]) -> DisclosurePlan:
    """What is approved so far: the last approval's narrowed plan, or the plan itself."""
    if approvals:
        detail = msgspec.json.decode(approvals[-1].detail.encode())
        return msgspec.convert(detail["plan"], DisclosurePlan)
    return _plan(request_row)


async def queue(
    services: Services, staff: StaffPrincipal, *, status: str | None, category: str | None
) -> list[QueueItem]:
    staff.require(*READERS)
    query = sa.select(requests)
    # By default: everything still needing staff, including approvals whose sealing must be retried.
    waiting = (*OPEN, APPROVED)
    query = (
        query.where(requests.c.status == status) if status else query.where(requests.c.status.in_(waiting))
    )
    if category:
        query = query.where(requests.c.category == category)
    query = query.order_by(requests.c.priority, requests.c.due_at, requests.c.received_at).limit(500)
    now = services.clock()
    async with services.db.read() as conn:
        rows = (await conn.execute(query)).all()
        counts: dict[str, int] = dict(
            (
                await conn.execute(
                    sa.select(decisions.c.request_id, sa.func.count())
                    .where(decisions.c.action == "approve", decisions.c.request_id.in_([r.id for r in rows]))
                    .group_by(decisions.c.request_id)
                )
            ).all()
        )
    return [
        QueueItem(
            id=r.id,
            status=r.status,
            priority=r.priority,
            category=r.category,
            legal_basis=r.legal_basis,
            received_at=r.received_at,
            due_at=r.due_at,
            overdue=r.due_at is not None and now > r.due_at,
            risk_score=r.risk_score,
            approvals=int(counts.get(r.id, 0)),
            approvals_required=_plan(r).approvals_required if r.plan else None,
        )
        for r in rows
    ]


async def detail(services: Services, staff: StaffPrincipal, request_id: str) -> dict[str, Any]:
    """Everything a reviewer needs: the request, plan (and its explanation), risk signals, SLA clock, history."""
    staff.require(*READERS)
    now = services.clock()
    async with services.db.read() as conn:
        row = await _request_row(conn, request_id)
        req = msgspec.json.decode(row.body.encode(), type=EmergencyRequest)
        agency = None
        if req.agency.ori:
            agency = (
                await conn.execute(sa.select(agencies).where(agencies.c.ori == req.agency.ori))
            ).one_or_none()
        calls = (
            await conn.execute(
                sa.select(callbacks).where(callbacks.c.request_id == request_id).order_by(callbacks.c.id)
            )
        ).all()
        made = await _decisions(conn, request_id)
        messages = (
            await conn.execute(
                sa.select(request_messages)
                .where(request_messages.c.request_id == request_id)
                .order_by(request_messages.c.id)
            )
        ).all()
    plan = _plan(row)
    approvals = _round(made)
    scope = _scope(row, approvals)
    triaged = msgspec.json.decode(row.triage.encode(), type=Triage)
    return {
        "id": row.id,
        "status": row.status,
        "portal_id": row.portal_id,
        "officer": row.officer_sub,
        "received_at": row.received_at,
        "request": msgspec.to_builtins(req),
        "triage": msgspec.to_builtins(triaged),
        "sla": {
            "due_at": row.due_at,
            "seconds_left": int((row.due_at - now).total_seconds()) if row.due_at else None,
            "overdue": bool(row.due_at and now > row.due_at),
        },
        "agency_registry": None
        if agency is None
        else {"ori": agency.ori, "name": agency.name, "callback_phone": agency.callback_phone},
        "plan": msgspec.to_builtins(plan),
        "plan_explanation": explain(plan),
        "approved_scope": msgspec.to_builtins(scope) if approvals else None,
        "approvals": [{"by": a.staff_sub, "at": a.created_at} for a in approvals],
        "approvals_required": scope.approvals_required,
        "history": {
            "callbacks": [
                {"by": c.staff_sub, "outcome": c.outcome, "phone_source": c.phone_source, "at": c.called_at}
                for c in calls
            ],
            "decisions": [
                {"by": d.staff_sub, "action": d.action, "at": d.created_at, "ledger_seq": d.ledger_seq}
                for d in made
            ],
            "messages": [{"direction": m.direction, "text": m.text, "at": m.created_at} for m in messages],
        },
    }


async def record_callback(
    services: Services, staff: StaffPrincipal, request_id: str, body: CallbackBody
) -> dict[str, Any]:
    staff.require(*ACTORS)
    now = services.clock()
    async with services.db.transaction() as conn:
        row = await _request_row(conn, request_id)
        if row.status not in OPEN:
            raise Conflict("The request is no longer open for review.")
        req = msgspec.json.decode(row.body.encode(), type=EmergencyRequest)
        phone = None
        if req.agency.ori:
            phone = await conn.scalar(
                sa.select(agencies.c.callback_phone).where(agencies.c.ori == req.agency.ori)
            )
        if phone is None:
            raise Conflict(
                "The agency registry has no callback number for this agency. Verify the requester out of band "
                "and register the agency (gateway agencies add) before recording a callback; numbers given in "
                "the request itself are never used."
            )
        await conn.execute(
            sa.insert(callbacks).values(
                request_id=request_id,
                staff_sub=staff.sub,
                outcome=body.outcome,
                phone_source="agency_registry",
                notes=body.notes,
                called_at=now,
            )
        )
        seq = await services.trail.record(
            conn,
            "callback.recorded",
            {
                "request": request_id,
                "staff": staff.sub,
                "outcome": body.outcome,
                "phone_source": "agency_registry",
            },
            now,
        )
        await conn.execute(sa.update(requests).where(requests.c.id == request_id).values(updated_at=now))
    return {"request_id": request_id, "outcome": body.outcome, "ledger_seq": seq}


def _window(approve: Approve) -> Window | None:
    if approve.window is None:
        return None
    return Window(start=approve.window.start, end=approve.window.end)


async def decide(
    services: Services, staff: StaffPrincipal, request_id: str, body: Decision
) -> dict[str, Any]:
    """Record one decision. Returns the new status; after the final approval the caller seals the release."""
    staff.require(*ACTORS)
    now = services.clock()
    async with services.db.transaction() as conn:
        # Serialise decisions on one request: row lock on PostgreSQL; SQLite transactions are BEGIN IMMEDIATE.
        row = (
            await conn.execute(sa.select(requests).where(requests.c.id == request_id).with_for_update())
        ).one_or_none()
        if row is None:
            raise NotFound("No such request.")
        if row.status not in OPEN:
            raise Conflict(f"The request is {row.status.replace('_', ' ')}; no further decision can be made.")
        made = await _decisions(conn, request_id)
        approvals = _round(made)
        status: str
        detail: dict[str, Any]
        ledger_data: dict[str, Any] = {
            "request": request_id,
            "staff": staff.sub,
            "action": body.__struct_config__.tag,
        }
        message: tuple[str, str] | None = None
        if isinstance(body, Approve):
            staff.require("approver")
            if any(a.staff_sub == staff.sub for a in approvals):
                raise Conflict(
                    "You have already approved this request; a second approval must come from someone else."
                )
            base = _scope(row, approvals)
            try:
                fields = {str(k): v for k, v in body.fields.items()} if body.fields else None
                narrowed = narrow_plan(base, body.categories, _window(body), fields)
            except WiderThanPlanError as exc:
                raise InvalidRequest(
                    "The approval is wider than the plan allows.",
                    errors=[{"pointer": "", "detail": reason} for reason in exc.reasons],
                ) from None
            released = set(narrowed.released_categories())
            confirmations = (
                (
                    await conn.execute(
                        sa.select(callbacks.c.staff_sub).where(
                            callbacks.c.request_id == request_id, callbacks.c.outcome == "confirmed"
                        )
                    )
                )
                .scalars()
                .all()
            )
            if released & set(CONTENT_CATEGORIES) and not confirmations:
                raise Conflict("Content can be approved only after a confirmed callback to the agency.")
            count = len(approvals) + 1
            required = narrowed.approvals_required
            if required >= 2 and count >= required and set(confirmations) == {staff.sub}:
                raise Conflict(
                    "Separation of duties: who recorded the confirming callback may not give the final approval."
                )
            status = APPROVED if count >= required else AWAITING_SECOND
            detail = {"plan": msgspec.to_builtins(narrowed), "note": body.note}
            ledger_data.update(
                {
                    "categories": sorted(released),
                    "approval": count,
                    "approvals_required": required,
                    "window_start": _iso(narrowed.decisions, "start"),
                    "window_end": _iso(narrowed.decisions, "end"),
                }
            )
        elif isinstance(body, Deny):
            status = DENIED
            detail = {"reason_code": body.reason_code, "text": body.text}
            ledger_data["reason_code"] = body.reason_code
        elif isinstance(body, RequestInfo):
            status = INFO_REQUESTED
            detail = {"message": body.message}
            message = ("to_portal", body.message)
        else:  # pragma: no cover - the Decision union has three members
            raise InvalidRequest("Unknown decision.")
        seq = await services.trail.record(conn, "decision.recorded", ledger_data, now)
        await conn.execute(
            sa.insert(decisions).values(
                request_id=request_id,
                staff_sub=staff.sub,
                action=ledger_data["action"],
                detail=msgspec.json.encode(detail).decode(),
                ledger_seq=seq,
                created_at=now,
            )
        )
        if message is not None:
            await conn.execute(
                sa.insert(request_messages).values(
                    request_id=request_id,
                    direction=message[0],
                    author=staff.sub,
                    text=message[1],
                    created_at=now,
                )
            )
        await conn.execute(
            sa.update(requests).where(requests.c.id == request_id).values(status=status, updated_at=now)
        )
    result: dict[str, Any] = {"request_id": request_id, "status": status, "ledger_seq": seq}
    if status == APPROVED:
        result["plan"] = narrowed
    return result


def _iso(items: Any, end: str) -> str:
    """The widest approved window edge across categories (for the ledger; "" when no category has a window)."""
    values = [getattr(d.window, end) for d in items if d.released and d.window is not None]
    if not values:
        return ""
    edge = min(values) if end == "start" else max(values)
    return str(edge.isoformat())


async def follow_up(
    services: Services, portal_id: str, request_id: str, message: str, officer: str
) -> dict[str, Any]:
    """The portal answers a request for information; the request returns to the queue with its history."""
    now = services.clock()
    async with services.db.transaction() as conn:
        row = (
            await conn.execute(
                sa.select(requests).where(requests.c.id == request_id, requests.c.portal_id == portal_id)
            )
        ).one_or_none()
        if row is None:
            raise NotFound("No such request for this portal.")
        if row.status != INFO_REQUESTED:
            raise Conflict("The platform has not asked for more information on this request.")
        await conn.execute(
            sa.insert(request_messages).values(
                request_id=request_id,
                direction="from_portal",
                author=officer[:320],
                text=message,
                created_at=now,
            )
        )
        seq = await services.trail.record(
            conn, "request.updated", {"request": request_id, "portal": portal_id, "change": "follow_up"}, now
        )
        await conn.execute(
            sa.update(requests)
            .where(requests.c.id == request_id)
            .values(status=PENDING_REVIEW, updated_at=now)
        )
    return {"id": request_id, "status": PENDING_REVIEW, "ledger_seq": seq}


async def approved_plan(services: Services, request_id: str) -> tuple[DisclosurePlan, int]:
    """The final approved scope and the ledger seq of the decision that completed it."""
    async with services.db.read() as conn:
        row = await _request_row(conn, request_id)
        approvals = _round(await _decisions(conn, request_id))
    if row.status != APPROVED or not approvals:
        raise Conflict("The request is not approved and awaiting release.")
    return _scope(row, approvals), int(approvals[-1].ledger_seq)


async def preview(services: Services, staff: StaffPrincipal, request_id: str) -> dict[str, Any]:
    """The release exactly as it would be sealed now (approved scope, or the plan before any approval), with the
    redaction manifest. Nothing is stored or recorded."""
    from gateway.release.service import build

    staff.require(*ACTORS)
    async with services.db.read() as conn:
        row = await _request_row(conn, request_id)
        scope = _scope(row, _round(await _decisions(conn, request_id)))
        req = msgspec.json.decode(row.body.encode(), type=EmergencyRequest)
        built = await build(services, conn, req, scope)
    return {
        "request_id": request_id,
        "categories": built.categories,
        "records": built.records,
        "redaction": built.redaction,
        "manifest": built.manifests,
        "counts": built.counts,
    }
