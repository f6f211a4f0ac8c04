"""Litestar dependency for staff routes: a verified staff identity (roles are checked by each handler)."""

from __future__ import annotations

from typing import Any

from litestar import Request

from gateway.deps import services_of, throttled_authentication
from gateway.staff.auth import StaffPrincipal


async def authenticated_staff(request: Request[Any, Any, Any]) -> StaffPrincipal:
    services = services_of(request)

    async def authenticate() -> StaffPrincipal:
        return await services.staff.authenticate(request.headers.getall("authorization", []))

    return await throttled_authentication(request, authenticate)
