"""Litestar dependencies for portal routes: authentication and the per-portal rate limit."""

from __future__ import annotations

from typing import Any

from litestar import Request

from gateway.deps import services_of, throttled_authentication
from gateway.errors import RateLimited
from gateway.guards import RateCount
from gateway.portals.auth import KeyLookup, PortalPrincipal
from gateway.portals.service import PortalKey, active_key


def request_target(request: Request[Any, Any, Any]) -> str:
    """The path and query exactly as the client sent them (what ``htu`` signs)."""
    raw_path = request.scope.get("raw_path")
    path = raw_path.decode("latin-1") if raw_path else request.scope["path"]
    query = request.scope.get("query_string", b"")
    return path + ("?" + query.decode("latin-1") if query else "")


async def authenticated_portal(request: Request[Any, Any, Any]) -> PortalPrincipal:
    """Authenticate a portal call (throttled on failure), then count it against the portal's rate limit."""
    services = services_of(request)

    async def keys(kid: str) -> PortalKey | None:
        async with services.db.lookup() as conn:  # one statement: the key by kid, with its portal's status
            return await active_key(conn, kid)

    return await _authenticated(request, keys)


async def authenticated_portal_rechecked(request: Request[Any, Any, Any]) -> PortalPrincipal:
    """``authenticated_portal`` with the key from the authenticator's short-lived cache: only for handlers that
    re-check the key in the database before they change anything (``submit`` with ``recheck_key=True``)."""
    services = services_of(request)
    return await _authenticated(request, services.authenticator.key_cache.lookup(services.db.lookup))


async def _authenticated(request: Request[Any, Any, Any], keys: KeyLookup) -> PortalPrincipal:
    services = services_of(request)
    settings = services.settings

    async def authenticate() -> PortalPrincipal:
        return await services.authenticator.authenticate(
            keys,
            authorization=request.headers.getall("authorization", []),
            method=request.method,
            target=request_target(request),
            body=await request.body(),
            now=services.clock(),
            count_for=count_for,
        )

    def count_for(portal_id: str) -> RateCount:
        return RateCount(
            services.limiter, "portal:" + portal_id, settings.portal_rate_limit, settings.rate_window_s
        )

    principal = await throttled_authentication(request, authenticate)
    # Counted with the jti claim (one Redis round trip) when both live in Redis; otherwise here.
    decision = principal.rate or await services.limiter.hit(
        "portal:" + principal.portal_id, settings.portal_rate_limit, settings.rate_window_s
    )
    if not decision.allowed:
        raise RateLimited(headers=decision.headers())
    request.scope["state"]["rate_headers"] = decision.headers()
    return principal
