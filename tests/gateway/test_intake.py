"""Intake over real HTTP: strict decoding, storage, idempotency, portal isolation, limits."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from typing import Any

import httpx
import pytest
from harness import Gateway, assert_problem, count_requests, now

from gateway.demo import sample_request


def test_happy_path_accepts_stores_and_reports_status(gateway: Gateway) -> None:
    with gateway.client("A") as client:
        response = client.submit(sample_request(now()))
        assert response.status_code == 202, response.text
        body = response.json()
        assert body["status"] == "received"
        assert body["id"].startswith("edr_")
        assert response.headers["location"] == f"/v1/requests/{body['id']}"
        assert datetime.fromisoformat(body["received_at"]).tzinfo is not None
        assert int(response.headers["ratelimit-remaining"]) >= 0

        status = client.status(body["id"])
        assert status.status_code == 200, status.text
        assert status.json()["id"] == body["id"]
        view = status.json()
        assert view["status"] == "pending_review"
        assert view["priority"] == "P0"  # kidnapping
        assert view["data_categories"] == ["subscriber_info", "ip_logs", "messages"]
        # The plan, in words an officer understands: the bio is withheld, so subscriber info is narrowed.
        assert view["plan"]["outcomes"] == {
            "subscriber_info": "narrow",
            "ip_logs": "allow",
            "messages": "allow",
        }
        assert view["plan"]["approvals_required"] == 2
        assert "Not released: profile text (bio)" in view["plan"]["explanation"]
    assert count_requests(gateway) == 1


def test_other_portal_gets_404_for_a_request_it_did_not_submit(gateway: Gateway) -> None:
    with gateway.client("A") as a, gateway.client("B") as b:
        request_id = a.submit(sample_request(now())).json()["id"]
        assert_problem(b.status(request_id), 404, "not-found")
        assert_problem(a.status("edr_doesnotexist"), 404, "not-found")
        assert a.status(request_id).status_code == 200


@pytest.mark.parametrize(
    ("mutate", "pointer"),
    [
        (lambda r: r.update(unexpected="x"), ""),
        (lambda r: r["agency"].update(extra=1), ""),
        (lambda r: r["attestation"].update(good_faith="true"), "/attestation/good_faith"),
        (lambda r: r["attestation"].update(good_faith=False), "/attestation/good_faith"),
        (lambda r: r["agency"].update(ori="12345"), "/agency/ori"),
        (lambda r: r["officer"].update(phone="555-0100"), "/officer/phone"),
        (lambda r: r["officer"].update(email="not-an-email"), "/officer/email"),
        (lambda r: r.update(legal_basis="us_18_2703_d"), "/legal_basis"),
        (lambda r: r["emergency"].update(category="burglary"), "/emergency/category"),
        (lambda r: r["emergency"].update(narrative="too short"), "/emergency/narrative"),
        (lambda r: r["emergency"].update(imminence="soon"), "/emergency/imminence"),
        (lambda r: r.update(targets=[]), "/targets"),
        (lambda r: r.update(data_categories=[]), "/data_categories"),
        (lambda r: r.update(data_categories=["messages", "messages"]), "/data_categories"),
        (lambda r: r.update(data_categories=["browsing_history"]), "/data_categories/0"),
        (lambda r: r["window"].update(start=r["window"]["end"]), "/window"),
        (lambda r: r["window"].update(start="2026-01-01T00:00:00"), "/window/start"),
        (lambda r: r["window"].update(end=(now() + timedelta(days=3)).isoformat()), "/window/end"),
        (lambda r: r["targets"][0].update(type="email", value="nobody"), "/targets/0/value"),
        (lambda r: r["targets"][0].update(role="bystander"), "/targets/0/role"),
        (lambda r: r.update(case_number="x" * 65), "/case_number"),
        (lambda r: r["officer"].update(name="x" * 201), "/officer/name"),
    ],
)
def test_invalid_requests_answer_422_and_store_nothing(gateway: Gateway, mutate: Any, pointer: str) -> None:
    request = sample_request(now())
    mutate(request)
    with gateway.client("A") as client:
        problem = assert_problem(client.submit(request), 422, "invalid-request")
    if pointer:
        assert any(e["pointer"].startswith(pointer) for e in problem["errors"]), problem
    assert count_requests(gateway) == 0
    # The answer names where, never echoes what was sent.
    assert "Det. Alex Example" not in json.dumps(problem)


def test_too_many_targets_is_422(gateway: Gateway) -> None:
    targets = [{"type": "user_id", "value": f"u{i}", "role": "associate"} for i in range(26)]
    with gateway.client("A") as client:
        assert_problem(client.submit(sample_request(now(), targets=targets)), 422)
        targets = targets[:25]
        assert client.submit(sample_request(now(), targets=targets)).status_code == 202


def test_malformed_json_is_400_and_wrong_media_type_is_415(gateway: Gateway) -> None:
    with gateway.client("A") as client:
        assert_problem(client.send("POST", "/v1/requests", b'{"agency": '), 400, "malformed-request")
        body = json.dumps(sample_request(now())).encode()
        response = client.send("POST", "/v1/requests", body, headers={"Content-Type": "text/plain"})
        assert_problem(response, 415, "unsupported-media-type")
    assert count_requests(gateway) == 0


def test_oversized_body_is_413(gateway: Gateway) -> None:
    request = sample_request(now())
    request["emergency"]["narrative"] = "x" * (300 * 1024)
    with gateway.client("A") as client:
        assert_problem(client.submit(request), 413, "payload-too-large")
    assert count_requests(gateway) == 0


def test_idempotency_key_returns_the_first_answer_and_creates_nothing_new(gateway: Gateway) -> None:
    request = sample_request(now())
    with gateway.client("A") as a, gateway.client("B") as b:
        first = a.submit(request, idempotency_key="retry-key-0001")
        second = a.submit(request, idempotency_key="retry-key-0001")
        assert first.status_code == second.status_code == 202
        assert first.json() == second.json()
        assert first.headers["location"] == second.headers["location"]
        # The same key from another portal is that portal's own key.
        other = b.submit(request, idempotency_key="retry-key-0001")
        assert other.status_code == 202
        assert other.json()["id"] != first.json()["id"]
        # Reusing a key with a different body is refused.
        changed = sample_request(now(), case_number="2026-999999")
        assert_problem(a.submit(changed, idempotency_key="retry-key-0001"), 422, "idempotency-key-reused")
        assert_problem(a.submit(request, idempotency_key="bad key with spaces"), 422)
    assert count_requests(gateway) == 2


def test_portal_rate_limit_answers_429_with_headers(gateway_factory: Any) -> None:
    gw: Gateway = gateway_factory(portal_rate_limit=3)
    with gw.client("A") as client:
        statuses = [client.status("edr_unknown").status_code for _ in range(3)]
        assert statuses == [404, 404, 404]
        limited = client.status("edr_unknown")
        problem = assert_problem(limited, 429, "rate-limited")
        assert problem["status"] == 429
        assert int(limited.headers["retry-after"]) >= 1
        assert limited.headers["ratelimit-limit"] == "3"
        assert limited.headers["ratelimit-remaining"] == "0"
    with gw.client("B") as other:  # limits are per portal
        assert other.status("edr_unknown").status_code == 404


def test_failed_authentication_is_throttled_per_client(gateway_factory: Any) -> None:
    gw: Gateway = gateway_factory(auth_failure_limit=3)
    with httpx.Client(base_url=gw.base_url) as anonymous:
        for _ in range(3):
            assert_problem(anonymous.get("/v1/requests/x", headers={"Authorization": "Bearer x.y.z"}), 401)
        assert_problem(anonymous.get("/v1/requests/x", headers={"Authorization": "Bearer x.y.z"}), 429)
        # Even a valid token from the throttled address waits.
        with gw.client("A") as client:
            assert_problem(client.status("edr_x"), 429)


def test_every_error_is_problem_json(gateway: Gateway) -> None:
    with httpx.Client(base_url=gateway.base_url) as anonymous:
        assert_problem(anonymous.get("/no/such/route"), 404, "not-found")
        assert_problem(anonymous.delete("/healthz"), 405, "method-not-allowed")
        assert_problem(anonymous.post("/v1/requests", content=b"{}"), 401, "unauthenticated")
        doc = anonymous.get("/problems/unauthenticated")
        assert doc.status_code == 200
        assert "token" in doc.text


def ledger_leaves(gw: Gateway) -> list[dict[str, Any]]:
    async def work() -> list[str]:
        import sqlalchemy as sa

        from gateway.db import Database

        db = Database(gw.settings.database_url)
        try:
            async with db.read() as conn:
                return list(
                    (await conn.scalars(sa.text("SELECT leaf FROM ledger_entries ORDER BY seq"))).all()
                )
        finally:
            await db.dispose()

    import asyncio

    return [json.loads(leaf) for leaf in asyncio.run(work())]


def test_intake_is_recorded_in_the_ledger_without_personal_data(gateway: Gateway) -> None:
    request = sample_request(now())
    with gateway.client("A") as client:
        request_id = client.submit(request).json()["id"]
    leaves = ledger_leaves(gateway)
    assert [leaf["kind"] for leaf in leaves] == ["policy.published", "request.received", "plan.made"]
    received, plan = leaves[1]["data"], leaves[2]["data"]
    assert received["request"] == plan["request"] == request_id
    assert received["portal"] == gateway.signers["A"].portal_id
    assert plan["outcomes"] == {"subscriber_info": "narrow", "ip_logs": "allow", "messages": "allow"}
    assert plan["policy_hash"] == leaves[0]["data"]["hash"]
    text = json.dumps(leaves)
    for personal in (
        request["officer"]["name"],
        request["officer"]["email"],
        request["officer"]["phone"],
        request["targets"][0]["value"],
        request["emergency"]["narrative"][:30],
        request["case_number"],
    ):
        assert personal not in text
    # The target appears only as a keyed commitment: 64 hex characters.
    assert all(len(c) == 64 for c in received["targets"])


def test_a_rejected_request_leaves_no_ledger_entry(gateway: Gateway) -> None:
    with gateway.client("A") as client:
        assert client.submit(sample_request(now(), legal_basis="nope")).status_code == 422
    assert [leaf["kind"] for leaf in ledger_leaves(gateway)] == ["policy.published"]
