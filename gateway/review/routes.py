"""Staff routes: the review queue, one request in full, callbacks, decisions, the release preview."""

from __future__ import annotations

from typing import Any

from litestar import Controller, Request, get, post
from litestar.di import NamedDependency, Provide
from litestar.params import FromPath, FromQuery

from gateway.deps import services_of
from gateway.intake.schemas import EmergencyCategory
from gateway.intake.service import decode_strict
from gateway.openapi import json_body_operation
from gateway.release.service import seal_release
from gateway.review import service
from gateway.review.schemas import CallbackBody, Decision, QueueItem
from gateway.staff.auth import StaffPrincipal
from gateway.staff.deps import authenticated_staff, staff_guard


class ReviewController(Controller):
    path = "/v1/review"
    tags = ["review"]
    dependencies = {"staff": Provide(authenticated_staff)}
    guards = [staff_guard]
    security = [{"StaffToken": []}]

    @get("/queue", summary="Open requests by priority, then SLA deadline")
    async def queue(
        self,
        request: Request[Any, Any, Any],
        staff: NamedDependency[StaffPrincipal],
        status: FromQuery[str | None] = None,
        category: FromQuery[EmergencyCategory | None] = None,
    ) -> list[QueueItem]:
        return await service.queue(services_of(request), staff, status=status, category=category)

    @get("/requests/{request_id:str}", summary="One request: body, plan, risk signals, SLA clock, history")
    async def detail(
        self,
        request: Request[Any, Any, Any],
        staff: NamedDependency[StaffPrincipal],
        request_id: FromPath[str],
    ) -> dict[str, Any]:
        return await service.detail(services_of(request), staff, request_id)

    @post(
        "/requests/{request_id:str}/callback",
        status_code=201,
        summary="Record the callback that verified (or failed to verify) the requester",
        operation_class=json_body_operation(CallbackBody, "The callback's outcome."),
    )
    async def callback(
        self,
        request: Request[Any, Any, Any],
        staff: NamedDependency[StaffPrincipal],
        request_id: FromPath[str],
    ) -> dict[str, Any]:
        body = decode_strict(await request.body(), CallbackBody, "callback")
        return await service.record_callback(services_of(request), staff, request_id, body)

    @post(
        "/requests/{request_id:str}/decisions",
        status_code=201,
        summary="Approve (possibly narrower), deny, or ask the portal for more information",
        operation_class=json_body_operation(Decision, "One decision, tagged by `action`."),
    )
    async def decide(
        self,
        request: Request[Any, Any, Any],
        staff: NamedDependency[StaffPrincipal],
        request_id: FromPath[str],
    ) -> dict[str, Any]:
        services = services_of(request)
        body: Decision = decode_strict(await request.body(), Decision, "decision")  # type: ignore[arg-type]
        result = await service.decide(services, staff, request_id, body)
        plan = result.pop("plan", None)
        if plan is not None:  # the final approval: seal now
            result["release_seq"] = await seal_release(services, request_id, plan, result["ledger_seq"])
            result["status"] = "released"
        return result

    @post(
        "/requests/{request_id:str}/release",
        status_code=201,
        summary="Retry sealing an approved request whose sealing failed",
    )
    async def retry_release(
        self,
        request: Request[Any, Any, Any],
        staff: NamedDependency[StaffPrincipal],
        request_id: FromPath[str],
    ) -> dict[str, Any]:
        staff.require("approver")
        services = services_of(request)
        plan, seq = await service.approved_plan(services, request_id)
        return {
            "request_id": request_id,
            "status": "released",
            "release_seq": await seal_release(services, request_id, plan, seq),
        }

    @get("/requests/{request_id:str}/preview", summary="The redacted release exactly as it would be sealed")
    async def preview(
        self,
        request: Request[Any, Any, Any],
        staff: NamedDependency[StaffPrincipal],
        request_id: FromPath[str],
    ) -> dict[str, Any]:
        return await service.preview(services_of(request), staff, request_id)
