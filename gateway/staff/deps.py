"""Staff routes: a guard that authenticates the caller (and records every staff read) before anything else about
the call is looked at, and the dependency that hands the verified identity to handlers (roles are checked by each
handler)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from litestar import Request
from litestar.connection import ASGIConnection
from litestar.handlers.base import BaseRouteHandler

from gateway.db import staff_reads, utcnow
from gateway.deps import services_of, throttled_authentication
from gateway.errors import Unauthenticated
from gateway.staff.auth import StaffPrincipal

_STATE_KEY = "staff_principal"


async def staff_guard(connection: ASGIConnection[Any, Any, Any, Any], _handler: BaseRouteHandler) -> None:
    """Authenticate the staff caller. Guards run before query parameters and bodies are parsed, so an anonymous
    or forged call is answered 401 (and throttled) whatever else is wrong with it."""
    services = services_of(connection)

    async def authenticate() -> StaffPrincipal:
        return await services.staff.authenticate(connection.headers.getall("authorization", []))

    principal = await throttled_authentication(connection, authenticate)
    if connection.scope.get("method") == "GET":
        # Recorded before the read is served, in its own transaction: a read that cannot be recorded is not
        # served (the database error answers 503). Writes are recorded in the ledger by the actions themselves.
        async with services.db.transaction() as conn:
            await conn.execute(
                sa.insert(staff_reads).values(
                    at=utcnow(),
                    sub=principal.sub[:320],
                    roles=",".join(sorted(principal.roles))[:200],
                    path=connection.url.path[:500],
                    query=connection.url.query[:500],
                )
            )
    connection.state[_STATE_KEY] = principal


async def authenticated_staff(request: Request[Any, Any, Any]) -> StaffPrincipal:
    """The identity ``staff_guard`` verified; refused (fail closed) on a route that lacks the guard."""
    principal = request.state.get(_STATE_KEY)
    if not isinstance(principal, StaffPrincipal):
        raise Unauthenticated()
    return principal
