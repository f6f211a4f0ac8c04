"""Litestar dependencies for portal routes: authentication, failed-auth throttling and the per-portal rate limit."""

from __future__ import annotations

from typing import Any

from litestar import Request

from gateway.errors import RateLimited, Unauthenticated
from gateway.portals.auth import PortalPrincipal
from gateway.services import Services


def services_of(request: Request[Any, Any, Any]) -> Services:
    services: Services = request.app.state.services
    return services


def request_target(request: Request[Any, Any, Any]) -> str:
    """The path and query exactly as the client sent them (what ``htu`` signs)."""
    raw_path = request.scope.get("raw_path")
    path = raw_path.decode("latin-1") if raw_path else request.scope["path"]
    query = request.scope.get("query_string", b"")
    return path + ("?" + query.decode("latin-1") if query else "")


async def authenticated_portal(request: Request[Any, Any, Any]) -> PortalPrincipal:
    """Authenticate a portal call, throttling failed attempts per client address (before the auth check)."""
    services = services_of(request)
    settings = services.settings
    client = request.client.host if request.client else "unknown"
    fail_key = "authfail:" + client
    throttle = await services.limiter.peek(fail_key, settings.auth_failure_limit, settings.rate_window_s)
    if not throttle.allowed:
        raise RateLimited(headers=throttle.headers())
    body = await request.body()
    try:
        async with services.db.read() as conn:
            principal = await services.authenticator.authenticate(
                conn,
                authorization=request.headers.getall("authorization", []),
                method=request.method,
                target=request_target(request),
                body=body,
                now=services.clock(),
            )
    except Unauthenticated:
        await services.limiter.hit(fail_key, settings.auth_failure_limit, settings.rate_window_s)
        raise
    decision = await services.limiter.hit(
        "portal:" + principal.portal_id, settings.portal_rate_limit, settings.rate_window_s
    )
    if not decision.allowed:
        raise RateLimited(headers=decision.headers())
    request.scope["state"]["rate_headers"] = decision.headers()
    return principal
