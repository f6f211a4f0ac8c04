"""Litestar dependency for staff routes: a verified staff identity (roles are checked by each handler), and the
record of every staff read."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from litestar import Request

from gateway.db import staff_reads, utcnow
from gateway.deps import services_of, throttled_authentication
from gateway.staff.auth import StaffPrincipal


async def authenticated_staff(request: Request[Any, Any, Any]) -> StaffPrincipal:
    services = services_of(request)

    async def authenticate() -> StaffPrincipal:
        return await services.staff.authenticate(request.headers.getall("authorization", []))

    principal = await throttled_authentication(request, authenticate)
    if request.method == "GET":
        # Recorded before the read is served, in its own transaction: a read that cannot be recorded is not
        # served (the database error answers 503). Writes are recorded in the ledger by the actions themselves.
        async with services.db.transaction() as conn:
            await conn.execute(
                sa.insert(staff_reads).values(
                    at=utcnow(),
                    sub=principal.sub[:320],
                    roles=",".join(sorted(principal.roles))[:200],
                    path=request.url.path[:500],
                    query=request.url.query[:500],
                )
            )
    return principal
