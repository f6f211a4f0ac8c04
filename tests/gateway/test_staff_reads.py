"""Every staff read is recorded before it is served (DESIGN: the auditors' reads are recorded too), append-only."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from harness import Gateway, assert_problem, now
from sqlalchemy.ext.asyncio import AsyncConnection

from gateway.demo import sample_request


def _reads(gw: Gateway) -> list[tuple[str, str, str, str]]:
    async def rows(conn: AsyncConnection) -> list[Any]:
        result = await conn.execute(sa.text("SELECT sub, roles, path, query FROM staff_reads ORDER BY id"))
        return [tuple(r) for r in result]

    found: list[tuple[str, str, str, str]] = gw.portal_call(rows)
    return found


def test_staff_reads_are_recorded_and_nothing_else_is(gateway: Gateway) -> None:
    with gateway.client("A") as portal:
        accepted = portal.submit(sample_request(now()))
        assert accepted.status_code == 202
        request_id = accepted.json()["id"]
        assert portal.status(request_id).status_code == 200  # a portal's read: not a staff read
    assert _reads(gateway) == []

    with gateway.staff("audrey", "auditor") as auditor:
        assert auditor.get("/v1/ledger/checkpoint").status_code == 200
        assert auditor.get("/v1/ledger/entries", params={"start": "0", "limit": "2"}).status_code == 200
        assert auditor.get("/v1/review/queue").status_code == 200
    with gateway.staff("rene", "reviewer") as reviewer:
        assert reviewer.get(f"/v1/review/requests/{request_id}").status_code == 200
        assert reviewer.get("/v1/ledger/checkpoint").status_code == 403  # refused, yet on record
    with gateway.staff("mallory", "reviewer") as forged:
        forged.headers["Authorization"] = "Bearer not-a-token"
        assert forged.get("/v1/review/queue").status_code == 401  # never authenticated: nothing to record

    assert _reads(gateway) == [
        ("audrey", "auditor", "/v1/ledger/checkpoint", ""),
        ("audrey", "auditor", "/v1/ledger/entries", "start=0&limit=2"),
        ("audrey", "auditor", "/v1/review/queue", ""),
        ("rene", "reviewer", f"/v1/review/requests/{request_id}", ""),
        ("rene", "reviewer", "/v1/ledger/checkpoint", ""),
    ]


@pytest.mark.parametrize(
    "statement", ["UPDATE staff_reads SET sub = 'someone else'", "DELETE FROM staff_reads"]
)
def test_the_record_of_reads_is_append_only(gateway: Gateway, statement: str) -> None:
    with gateway.staff("audrey", "auditor") as auditor:
        assert auditor.get("/v1/ledger/checkpoint").status_code == 200

    async def change(conn: AsyncConnection) -> None:
        await conn.execute(sa.text(statement))

    with pytest.raises(sa.exc.DBAPIError, match="append-only"):
        gateway.portal_call(change)
    assert len(_reads(gateway)) == 1


def test_staff_authentication_comes_before_parameters_and_bodies(gateway: Gateway) -> None:
    # inclusion proofs need index and size; a decision needs a valid body: none of that matters without a token
    with httpx.Client(base_url=gateway.base_url) as anonymous:
        assert_problem(anonymous.get("/v1/ledger/proofs/inclusion"), 401)
        assert_problem(anonymous.post("/v1/review/requests/edr_x/decisions", content=b"{not json"), 401)
    with gateway.staff("audrey", "auditor") as auditor:
        assert_problem(auditor.get("/v1/ledger/proofs/inclusion"), 400)
    assert _reads(gateway) == [("audrey", "auditor", "/v1/ledger/proofs/inclusion", "")]


def test_auditors_read_the_record_a_page_at_a_time(gateway: Gateway) -> None:
    with gateway.staff("rene", "reviewer") as reviewer:
        for _ in range(3):
            assert reviewer.get("/v1/review/queue").status_code == 200
        assert_problem(
            reviewer.get("/v1/audit/staff-reads"), 403
        )  # reviewers do not audit; on record all the same
    with gateway.staff("audrey", "auditor") as auditor:
        first = auditor.get("/v1/audit/staff-reads", params={"limit": "2"})
        assert first.status_code == 200, first.text
        page = first.json()
        assert [(r["sub"], r["path"]) for r in page["reads"]] == [("rene", "/v1/review/queue")] * 2
        assert page["reads"][0]["roles"] == ["reviewer"] and page["reads"][0]["at"].endswith("Z")
        rest = auditor.get("/v1/audit/staff-reads", params={"after": str(page["next"])}).json()
        # the rest: rene's third read, his refused one, and audrey's first page read (recorded before it was served)
        assert [(r["sub"], r["path"], r["query"]) for r in rest["reads"]] == [
            ("rene", "/v1/review/queue", ""),
            ("rene", "/v1/audit/staff-reads", ""),
            ("audrey", "/v1/audit/staff-reads", "limit=2"),
            ("audrey", "/v1/audit/staff-reads", f"after={page['next']}"),
        ]
        assert rest["next"] is None
        only = auditor.get("/v1/audit/staff-reads", params={"sub": "audrey"}).json()["reads"]
        assert {r["sub"] for r in only} == {"audrey"} and len(only) == 3
        for bad in ({"after": "-1"}, {"limit": "0"}, {"limit": "1001"}, {"after": "01"}, {"sub": "x" * 321}):
            assert_problem(auditor.get("/v1/audit/staff-reads", params=bad), 422)
