"""Cross-cutting Litestar dependencies: the app's services, and authentication with failed-attempt throttling."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from litestar.connection import ASGIConnection

from gateway.errors import RateLimited, Unauthenticated
from gateway.services import Services

T = TypeVar("T")


def services_of(request: ASGIConnection[Any, Any, Any, Any]) -> Services:
    services: Services = request.app.state.services
    return services


async def throttled_authentication(
    request: ASGIConnection[Any, Any, Any, Any], authenticate: Callable[[], Awaitable[T]]
) -> T:
    """Run ``authenticate``; failed attempts are counted per client address and refused (429) past the limit.

    The check runs before any token is looked at, so a flood of bad tokens costs the gateway almost nothing.
    """
    services = services_of(request)
    settings = services.settings
    client = request.client.host if request.client else "unknown"
    fail_key = "authfail:" + client
    throttle = await services.limiter.peek(fail_key, settings.auth_failure_limit, settings.rate_window_s)
    if not throttle.allowed:
        raise RateLimited(headers=throttle.headers())
    try:
        return await authenticate()
    except Unauthenticated:
        await services.limiter.hit(fail_key, settings.auth_failure_limit, settings.rate_window_s)
        raise
