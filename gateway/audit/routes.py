"""Auditor routes: signed checkpoints, entries, proofs and receipts, for ``ledger verify`` and for people; and the
record of what staff read.

Staff tokens with role ``auditor`` (or ``admin``); read-only. Parameters are parsed strictly (``^(0|[1-9][0-9]*)$``).
"""

from __future__ import annotations

import base64
import re
from typing import Any

import sqlalchemy as sa
from litestar import Controller, Request, Response, get
from litestar.di import NamedDependency, Provide
from litestar.params import FromPath, FromQuery

from gateway.db import staff_reads as reads_table
from gateway.deps import services_of
from gateway.errors import InvalidRequest, NotFound
from gateway.staff.auth import StaffPrincipal
from gateway.staff.deps import authenticated_staff, staff_guard
from ledger import ProofError

AUDIT_ROLES = ("auditor", "admin")
MAX_ENTRIES = 1000
_NUMBER = re.compile(r"(0|[1-9][0-9]{0,17})")


def _number(name: str, raw: str | None) -> int:
    if raw is None or not _NUMBER.fullmatch(raw):
        raise InvalidRequest(f"{name} must be a non-negative integer without sign, spaces or leading zeros.")
    return int(raw)


def _limit(raw: str | None, maximum: int) -> int:
    count = _number("limit", raw)
    if not 1 <= count <= maximum:
        raise InvalidRequest(f"limit must be between 1 and {maximum}.")
    return count


def _b64(hashes: list[bytes]) -> list[str]:
    return [base64.b64encode(h).decode() for h in hashes]


class AuditController(Controller):
    path = "/v1/ledger"
    tags = ["auditor"]
    dependencies = {"staff": Provide(authenticated_staff)}
    guards = [staff_guard]
    security = [{"StaffToken": []}]

    @get("/checkpoint", media_type="text/plain", summary="The latest signed checkpoint (C2SP signed note)")
    async def checkpoint(
        self, request: Request[Any, Any, Any], staff: NamedDependency[StaffPrincipal]
    ) -> str:
        staff.require(*AUDIT_ROLES)
        services = services_of(request)
        async with services.db.transaction() as conn:
            return await services.trail.log.checkpoint(conn)

    @get("/verifier-key", media_type="text/plain", summary="The checkpoint verifier key (vkey)")
    async def verifier_key(
        self, request: Request[Any, Any, Any], staff: NamedDependency[StaffPrincipal]
    ) -> str:
        staff.require(*AUDIT_ROLES)
        return services_of(request).trail.log.verifier_key() + "\n"

    @get("/entries", summary="Entries as canonical JSON leaves")
    async def entries(
        self,
        request: Request[Any, Any, Any],
        staff: NamedDependency[StaffPrincipal],
        start: FromQuery[str] = "0",
        limit: FromQuery[str] = "100",
    ) -> dict[str, list[dict[str, Any]]]:
        staff.require(*AUDIT_ROLES)
        first, count = _number("start", start), _limit(limit, MAX_ENTRIES)
        services = services_of(request)
        async with services.db.read() as conn:
            rows = await services.trail.log.entries(conn, first, count)
        return {"entries": [{"seq": seq, "leaf": leaf} for seq, leaf in rows]}

    @get("/proofs/inclusion", summary="RFC 9162 inclusion proof")
    async def inclusion(
        self,
        request: Request[Any, Any, Any],
        staff: NamedDependency[StaffPrincipal],
        index: FromQuery[str],
        size: FromQuery[str],
    ) -> dict[str, Any]:
        staff.require(*AUDIT_ROLES)
        i, n = _number("index", index), _number("size", size)
        services = services_of(request)
        try:
            async with services.db.read() as conn:
                hashes = await services.trail.log.inclusion_proof(conn, i, n)
        except (
            ProofError
        ):  # a TamperError (stored hashes missing) is a 500 for operators, not the caller's fault
            raise InvalidRequest("index must be below size, and size at most the log's size.") from None
        return {"index": i, "size": n, "hashes": _b64(hashes)}

    @get("/proofs/consistency", summary="RFC 9162 consistency proof")
    async def consistency(
        self,
        request: Request[Any, Any, Any],
        staff: NamedDependency[StaffPrincipal],
        first: FromQuery[str],
        second: FromQuery[str],
    ) -> dict[str, Any]:
        staff.require(*AUDIT_ROLES)
        a, b = _number("first", first), _number("second", second)
        services = services_of(request)
        try:
            async with services.db.read() as conn:
                hashes = await services.trail.log.consistency_proof(conn, a, b)
        except (
            ProofError
        ):  # a TamperError (stored hashes missing) is a 500 for operators, not the caller's fault
            raise InvalidRequest("need 0 < first <= second <= the log's size.") from None
        return {"first": a, "second": b, "hashes": _b64(hashes)}

    @get("/receipts/{seq:str}", media_type="text/plain", summary="C2SP tlog-proof receipt for one entry")
    async def receipt(
        self, request: Request[Any, Any, Any], staff: NamedDependency[StaffPrincipal], seq: FromPath[str]
    ) -> Response[str]:
        staff.require(*AUDIT_ROLES)
        number = _number("seq", seq)
        services = services_of(request)
        try:
            async with services.db.transaction() as conn:
                text = await services.trail.log.receipt(conn, number)
        except ProofError:
            raise NotFound("No entry with that seq.") from None
        return Response(content=text, media_type="text/plain")


MAX_READS = 1000


class StaffReadsController(Controller):
    """What staff looked at: every GET by a reviewer, approver, auditor or admin, recorded before it was served
    (``staff_reads``, append-only), oldest first. Reading this list is itself recorded."""

    path = "/v1/audit/staff-reads"
    tags = ["auditor"]
    dependencies = {"staff": Provide(authenticated_staff)}
    guards = [staff_guard]
    security = [{"StaffToken": []}]

    @get(summary="Staff reads, oldest first (cursor: after)")
    async def list_reads(
        self,
        request: Request[Any, Any, Any],
        staff: NamedDependency[StaffPrincipal],
        after: FromQuery[str] = "0",
        limit: FromQuery[str] = "100",
        sub: FromQuery[str | None] = None,
    ) -> dict[str, Any]:
        """``after``: the last ``id`` already seen (0 for the first page); ``sub``: one staff member only. The answer's
        ``next`` is the ``after`` of the next page, or null when this page is the last so far."""
        staff.require(*AUDIT_ROLES)
        cursor, count = _number("after", after), _limit(limit, MAX_READS)
        if sub is not None and not 1 <= len(sub) <= 320:
            raise InvalidRequest("sub must be 1 to 320 characters.")
        query = sa.select(reads_table).where(reads_table.c.id > cursor)
        if sub is not None:
            query = query.where(reads_table.c.sub == sub)
        query = query.order_by(reads_table.c.id).limit(count + 1)
        async with services_of(request).db.read() as conn:
            rows = (await conn.execute(query)).all()
        page = rows[:count]
        return {
            "reads": [
                {
                    "id": r.id,
                    "at": r.at.isoformat().replace("+00:00", "Z"),
                    "sub": r.sub,
                    "roles": r.roles.split(",") if r.roles else [],
                    "path": r.path,
                    "query": r.query,
                }
                for r in page
            ],
            "next": page[-1].id if len(rows) > count else None,
        }
