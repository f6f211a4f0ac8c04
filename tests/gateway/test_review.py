"""Review, release and delivery end to end over HTTP: the officer, two approvers, the package, the ledger."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import httpx
import pytest
import sqlalchemy as sa
from harness import Gateway, assert_problem, now, run
from test_intake import ledger_leaves

from gateway.client import PackageError, PinnedKeys, download_package
from gateway.db import Database
from gateway.demo import sample_request
from gateway.records import planted_values, seed_demo_data
from gateway.records.source import SqlRecordSource


@pytest.fixture
def gw(gateway_factory: Any) -> Iterator[Gateway]:
    """A gateway with synthetic platform users (demo_user_1 is the sample request's target).

    After every test on it, whatever path the test took, the ledger must hold none of the personal data planted in
    the demo records, nor the request's own personal data.
    """
    gateway: Gateway = gateway_factory()
    gateway.portal_call(lambda conn: seed_demo_data(conn, users=3, seed=7, now=now()))
    yield gateway
    text = json.dumps(ledger_leaves(gateway))
    request = sample_request(now())
    personal = [*planted(gateway), request["officer"]["email"], request["officer"]["name"], "demo_user_1"]
    assert [value for value in personal if value in text] == []


def submit(gw: Gateway, **overrides: Any) -> str:
    with gw.client("A") as client:
        response = client.submit(sample_request(now(), **overrides))
        assert response.status_code == 202, response.text
        return str(response.json()["id"])


def post(client: httpx.Client, path: str, body: dict[str, Any]) -> httpx.Response:
    return client.post(path, content=json.dumps(body), headers={"Content-Type": "application/json"})


def callback(gw: Gateway, request_id: str, who: str = "rita", outcome: str = "confirmed") -> None:
    with gw.staff(who, "reviewer") as reviewer:
        response = post(reviewer, f"/v1/review/requests/{request_id}/callback", {"outcome": outcome})
        assert response.status_code == 201, response.text


def approve(gw: Gateway, request_id: str, who: str, **body: Any) -> httpx.Response:
    body.setdefault("categories", ["subscriber_info", "ip_logs", "messages"])
    with gw.staff(who, "approver") as approver:
        return post(approver, f"/v1/review/requests/{request_id}/decisions", {"action": "approve", **body})


def kinds(gw: Gateway) -> list[str]:
    return [leaf["kind"] for leaf in ledger_leaves(gw)]


def planted(gw: Gateway) -> list[str]:
    """The third parties' personal values planted in the demo records (the target's own identifiers excluded)."""

    async def work() -> list[str]:
        db = Database(gw.settings.database_url)
        try:
            async with db.read() as conn:
                target = await SqlRecordSource().resolve_target(conn, "username", "demo_user_1")
                return [p.value for p in await planted_values(conn) if p.value != target]
        finally:
            await db.dispose()

    values: list[str] = run(work())
    return values


def open_download(gw: Gateway, request_id: str, portal: str = "A") -> dict[str, Any]:
    pinned = PinnedKeys.fetch(gw.base_url)
    with gw.client(portal) as client:
        return download_package(client, request_id, gw.encryption_keys[portal], pinned)


def test_happy_path_two_approvals_sealed_downloaded_verified(gw: Gateway) -> None:
    request_id = submit(gw)
    with gw.staff("rita", "reviewer") as reviewer:
        queue = reviewer.get("/v1/review/queue").json()
        assert [item["id"] for item in queue] == [request_id]
        assert queue[0]["priority"] == "P0"
        detail = reviewer.get(f"/v1/review/requests/{request_id}").json()
        assert detail["agency_registry"]["callback_phone"] == "+15555550199"
        assert detail["approvals_required"] == 2
        assert detail["sla"]["overdue"] is False
        preview = reviewer.get(f"/v1/review/requests/{request_id}/preview")
        assert preview.status_code == 200, preview.text
        assert preview.json()["redaction"]["texts"] > 0
    callback(gw, request_id)
    first = approve(gw, request_id, "alice")
    assert first.status_code == 201, first.text
    assert first.json()["status"] == "awaiting_second_approval"
    second = approve(gw, request_id, "bob")
    assert second.status_code == 201, second.text
    assert second.json()["status"] == "released"

    package = open_download(gw, request_id)
    assert package["request_id"] == request_id
    assert package["categories"] == ["subscriber_info", "ip_logs", "messages"]
    records = package["records"][0]
    assert records["found"] is True
    assert set(records["categories"]) == {"subscriber_info", "ip_logs", "messages"}
    assert "bio" not in records["categories"]["subscriber_info"][0]  # withheld by the policy
    for message in records["categories"]["messages"]:
        assert message["counterparty_id"].startswith("<USER_ID_")
    text = json.dumps(package)
    leaked = [value for value in planted(gw) if value in text]
    assert leaked == [], [text[max(0, text.find(v) - 150) : text.find(v) + 60] for v in leaked[:3]]
    assert "<PERSON_" in text

    with gw.client("A") as client:
        assert client.status(request_id).json()["status"] == "delivered"
    assert kinds(gw) == [
        "policy.published",
        "request.received",
        "plan.made",
        "callback.recorded",
        "decision.recorded",
        "decision.recorded",
        "release.sealed",
        "release.delivered",
    ]
    ledger_text = json.dumps(ledger_leaves(gw))
    assert [value for value in planted(gw) if value in ledger_text] == []
    assert "demo_user_1" not in ledger_text


def test_records_are_limited_to_the_approved_window(gw: Gateway) -> None:
    request_id = submit(gw)
    callback(gw, request_id)
    start, end = now() - timedelta(hours=12), now() - timedelta(minutes=1)
    window = {"start": start.isoformat(), "end": end.isoformat()}
    assert approve(gw, request_id, "alice", categories=["ip_logs"], window=window).status_code == 201
    assert approve(gw, request_id, "bob", categories=["ip_logs"]).json()["status"] == "released"
    package = open_download(gw, request_id)
    assert package["categories"] == ["ip_logs"]
    logs = package["records"][0]["categories"]["ip_logs"]
    from datetime import datetime

    assert all(start <= datetime.fromisoformat(row["timestamp"]) < end for row in logs)
    assert set(package["records"][0]["categories"]) == {"ip_logs"}


def test_denial_is_final(gw: Gateway) -> None:
    request_id = submit(gw)
    with gw.staff("rita", "reviewer") as reviewer:
        body = {
            "action": "deny",
            "reason_code": "requester_not_verified",
            "text": "Callback did not confirm.",
        }
        response = post(reviewer, f"/v1/review/requests/{request_id}/decisions", body)
        assert response.status_code == 201, response.text
        assert response.json()["status"] == "denied"
    assert_problem(approve(gw, request_id, "alice"), 409, "conflict")
    with gw.client("A") as client:
        assert client.status(request_id).json()["status"] == "denied"
        assert_problem(client.send("GET", f"/v1/requests/{request_id}/package"), 404)
    assert kinds(gw)[-1] == "decision.recorded"


def test_request_info_then_follow_up_keeps_history(gw: Gateway) -> None:
    request_id = submit(gw)
    with gw.staff("rita", "reviewer") as reviewer:
        body = {
            "action": "request_info",
            "message": "Please give the case number of the missing-person report.",
        }
        assert (
            post(reviewer, f"/v1/review/requests/{request_id}/decisions", body).json()["status"]
            == "info_requested"
        )
    with gw.client("A") as client:
        question = client.status(request_id).json()
        assert question["status"] == "info_requested"
        assert [m["direction"] for m in question["messages"]] == ["to_portal"]
        assert "case number" in question["messages"][0]["text"]
        followup = json.dumps({"message": "Report MP-2026-0042, filed today."}).encode()
        response = client.send("POST", f"/v1/requests/{request_id}/followups", followup)
        assert response.status_code == 201, response.text
        assert client.status(request_id).json()["status"] == "pending_review"
        # A second follow-up without a question is refused.
        assert_problem(client.send("POST", f"/v1/requests/{request_id}/followups", followup), 409)
    with gw.staff("rita", "reviewer") as reviewer:
        history = reviewer.get(f"/v1/review/requests/{request_id}").json()["history"]
        assert [m["direction"] for m in history["messages"]] == ["to_portal", "from_portal"]
    assert kinds(gw)[-2:] == ["decision.recorded", "request.updated"]


def test_two_person_rule_and_separation_of_duties(gw: Gateway) -> None:
    request_id = submit(gw)
    callback(gw, request_id, who="carol")
    assert approve(gw, request_id, "alice").status_code == 201
    # The same person twice: refused.
    assert_problem(approve(gw, request_id, "alice"), 409)
    # Who recorded the confirming callback may not give the final approval.
    with gw.staff("carol", "approver") as carol:
        response = post(
            carol,
            f"/v1/review/requests/{request_id}/decisions",
            {"action": "approve", "categories": ["subscriber_info", "ip_logs", "messages"]},
        )
    assert_problem(response, 409)
    assert approve(gw, request_id, "bob").json()["status"] == "released"


def test_roles_reviewers_cannot_approve_and_auditors_cannot_act(gw: Gateway) -> None:
    request_id = submit(gw)
    callback(gw, request_id)
    with gw.staff("rita", "reviewer") as reviewer:
        body = {"action": "approve", "categories": ["ip_logs"]}
        assert_problem(post(reviewer, f"/v1/review/requests/{request_id}/decisions", body), 403, "forbidden")
    with gw.staff("audrey", "auditor") as auditor:
        assert auditor.get(f"/v1/review/requests/{request_id}").status_code == 200
        assert_problem(
            post(auditor, f"/v1/review/requests/{request_id}/callback", {"outcome": "confirmed"}), 403
        )
        body = {"action": "deny", "reason_code": "other", "text": "no"}
        assert_problem(post(auditor, f"/v1/review/requests/{request_id}/decisions", body), 403)


def test_content_needs_a_confirmed_callback(gw: Gateway) -> None:
    request_id = submit(gw)
    assert_problem(approve(gw, request_id, "alice"), 409)
    callback(gw, request_id, outcome="unreachable")
    assert_problem(approve(gw, request_id, "alice"), 409)
    # Non-content can be approved without one.
    assert approve(gw, request_id, "alice", categories=["ip_logs"]).status_code == 201


@pytest.mark.parametrize(
    "body",
    [
        {"categories": ["posts"]},  # not requested
        {
            "categories": ["ip_logs"],
            "window": {"start": "2020-01-01T00:00:00Z", "end": "2020-01-02T00:00:00Z"},
        },
        {"categories": ["ip_logs"], "fields": {"ip_logs": ["ip_address", "password"]}},
        {"categories": ["subscriber_info"], "fields": {"subscriber_info": ["bio"]}},  # withheld by policy
    ],
)
def test_an_approval_wider_than_the_plan_is_422(gw: Gateway, body: dict[str, Any]) -> None:
    request_id = submit(gw)
    callback(gw, request_id)
    assert_problem(approve(gw, request_id, "alice", **body), 422)
    assert kinds(gw)[-1] == "callback.recorded"  # nothing recorded for the refused approval


def test_other_portal_cannot_fetch_the_package(gw: Gateway) -> None:
    request_id = submit(gw)
    callback(gw, request_id)
    approve(gw, request_id, "alice")
    approve(gw, request_id, "bob")
    with gw.client("B") as other:
        assert_problem(other.send("GET", f"/v1/requests/{request_id}/package"), 404)
    with pytest.raises(PackageError):  # and A's package does not open with B's key
        pinned = PinnedKeys.fetch(gw.base_url)
        with gw.client("A") as client:
            download_package(client, request_id, gw.encryption_keys["B"], pinned)


def test_expired_package_is_410(gateway_factory: Any) -> None:
    gw: Gateway = gateway_factory(package_retention_hours=0)
    gw.portal_call(lambda conn: seed_demo_data(conn, users=2, seed=7, now=now()))
    request_id = submit(gw)
    callback(gw, request_id)
    approve(gw, request_id, "alice")
    assert approve(gw, request_id, "bob").json()["status"] == "released"
    with gw.client("A") as client:
        assert_problem(client.send("GET", f"/v1/requests/{request_id}/package"), 410, "gone")
    assert gw.scalar("SELECT count(*) FROM releases WHERE ciphertext IS NOT NULL") == 0


def test_a_redaction_failure_withholds_the_field(gw: Gateway) -> None:
    async def plant_oversized(conn: Any) -> None:
        from gateway.records.tables import messages

        account = await SqlRecordSource().resolve_target(conn, "username", "demo_user_1")
        await conn.execute(
            sa.insert(messages).values(
                account_id=account,
                occurred_at=now() - timedelta(hours=1),
                message_id="msg_oversized",
                conversation_id="conv_oversized",
                direction="received",
                counterparty_id="acct_third_party",
                # Beyond the redactor's size limit, so analysing it fails: the field must be withheld.
                body="Call Jane Roe at 415-555-0134. " * 8000,
            )
        )

    gw.portal_call(plant_oversized)
    request_id = submit(gw)
    callback(gw, request_id)
    approve(gw, request_id, "alice")
    assert approve(gw, request_id, "bob").json()["status"] == "released"
    package = open_download(gw, request_id)
    messages = package["records"][0]["categories"]["messages"]
    withheld = [m for m in messages if m.get("withheld")]
    assert len(withheld) == 1
    assert withheld[0]["body"] is None
    assert withheld[0]["withheld"] == [{"field": "body", "reason": "redaction_failed"}]
    assert "Jane Roe" not in json.dumps(package)
    assert package["redaction"]["withheld"] == 1
