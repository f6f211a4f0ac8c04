"""Portal routes: submit an emergency request and follow its status."""

from __future__ import annotations

from typing import Annotated, Any

from litestar import Controller, Request, Response, get, post
from litestar.di import NamedDependency, Provide
from litestar.params import FromPath, HeaderParameter

from gateway.deps import services_of
from gateway.errors import UnsupportedMediaType
from gateway.intake import service
from gateway.intake.schemas import EmergencyRequest, RequestStatus
from gateway.openapi import json_body_operation
from gateway.portals.auth import PortalPrincipal
from gateway.portals.deps import authenticated_portal, authenticated_portal_rechecked
from gateway.release.service import deliver
from gateway.review.schemas import FollowUp
from gateway.review.service import follow_up

PORTAL_SECURITY: list[dict[str, list[str]]] = [{"PortalToken": []}]


class IntakeController(Controller):
    path = "/v1/requests"
    tags = ["portal"]
    dependencies = {"portal": Provide(authenticated_portal)}
    security = PORTAL_SECURITY

    @post(
        "/",
        status_code=202,
        dependencies={"portal": Provide(authenticated_portal_rechecked)},
        summary="Submit an emergency data request",
        operation_class=json_body_operation(
            EmergencyRequest, "The emergency request (unknown fields refused)."
        ),
    )
    async def submit(
        self,
        request: Request[Any, Any, Any],
        portal: NamedDependency[PortalPrincipal],
        idempotency_key: Annotated[
            str | None, HeaderParameter(name="Idempotency-Key", required=False, max_length=255)
        ] = None,
    ) -> Response[bytes]:
        """Accept an emergency request (202) after the portal token, the schema and the rules all pass.

        Send an ``Idempotency-Key`` header to make retries safe: the same key from the same portal returns the
        first answer and creates nothing new.
        """
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type != "application/json":
            raise UnsupportedMediaType("Send the emergency request as application/json.")
        services = services_of(request)
        result = await service.submit(
            services,
            portal,
            await request.body(),
            idempotency_key=service.check_idempotency_key(idempotency_key),
            now=services.clock(),
            recheck_key=True,
        )
        if result.category is not None:
            services.metrics.intake.labels(result.category).inc()
        return Response(
            content=result.body,
            status_code=result.status_code,
            media_type="application/json",
            headers={"Location": f"/v1/requests/{result.request_id}"},
        )

    @get(
        "/{request_id:str}/package",
        summary="Download the sealed package (this portal's own, until it expires)",
    )
    async def package(
        self,
        request: Request[Any, Any, Any],
        portal: NamedDependency[PortalPrincipal],
        request_id: FromPath[str],
    ) -> dict[str, Any]:
        """Ciphertext (base64), its metadata, and a ledger receipt proving ``release.sealed`` was logged.

        Decrypt and verify with ``gateway.client.PortalClient.download``. Another portal's request answers 404;
        an expired package 410.
        """
        return await deliver(services_of(request), portal.portal_id, request_id)

    @post(
        "/{request_id:str}/followups",
        status_code=201,
        summary="Answer the platform's request for more information",
        operation_class=json_body_operation(FollowUp, "The portal's answer."),
    )
    async def follow_up(
        self,
        request: Request[Any, Any, Any],
        portal: NamedDependency[PortalPrincipal],
        request_id: FromPath[str],
    ) -> dict[str, Any]:
        body = service.decode_strict(await request.body(), FollowUp, "follow-up")
        return await follow_up(
            services_of(request), portal.portal_id, request_id, body.message, portal.officer
        )

    @get("/{request_id:str}", summary="Status of one of this portal's requests")
    async def status(
        self,
        request: Request[Any, Any, Any],
        portal: NamedDependency[PortalPrincipal],
        request_id: FromPath[str],
    ) -> RequestStatus:
        """The request as the submitting portal sees it. Another portal's request answers 404."""
        return await service.status_for_portal(services_of(request).db, portal.portal_id, request_id)
