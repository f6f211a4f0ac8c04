"""Litestar dependencies for portal routes: authentication and the per-portal rate limit."""

from __future__ import annotations

from typing import Any

from litestar import Request

from gateway.deps import services_of, throttled_authentication
from gateway.errors import RateLimited
from gateway.portals.auth import PortalPrincipal


def request_target(request: Request[Any, Any, Any]) -> str:
    """The path and query exactly as the client sent them (what ``htu`` signs)."""
    raw_path = request.scope.get("raw_path")
    path = raw_path.decode("latin-1") if raw_path else request.scope["path"]
    query = request.scope.get("query_string", b"")
    return path + ("?" + query.decode("latin-1") if query else "")


async def authenticated_portal(request: Request[Any, Any, Any]) -> PortalPrincipal:
    """Authenticate a portal call (throttled on failure), then count it against the portal's rate limit."""
    services = services_of(request)
    settings = services.settings

    async def authenticate() -> PortalPrincipal:
        body = await request.body()
        async with services.db.lookup() as conn:  # one statement: the key by kid, with its portal's status
            return await services.authenticator.authenticate(
                conn,
                authorization=request.headers.getall("authorization", []),
                method=request.method,
                target=request_target(request),
                body=body,
                now=services.clock(),
            )

    principal = await throttled_authentication(request, authenticate)
    decision = await services.limiter.hit(
        "portal:" + principal.portal_id, settings.portal_rate_limit, settings.rate_window_s
    )
    if not decision.allowed:
        raise RateLimited(headers=decision.headers())
    request.scope["state"]["rate_headers"] = decision.headers()
    return principal
