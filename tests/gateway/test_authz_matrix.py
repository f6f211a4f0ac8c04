"""Every route × every identity → the expected status, from one table. Nothing of one portal is visible to another."""

from __future__ import annotations

import json
from typing import Any

import httpx
from harness import Gateway, now

from gateway.demo import sample_request

IDENTITIES = ("portal_a", "portal_b", "reviewer", "approver", "auditor", "admin", "anonymous")


def _row(**codes: int) -> dict[str, int]:
    assert set(codes) == set(IDENTITIES), sorted(set(IDENTITIES) ^ set(codes))
    return codes


def _portal(a: int, b: int) -> dict[str, int]:
    return _row(portal_a=a, portal_b=b, reviewer=401, approver=401, auditor=401, admin=401, anonymous=401)


def _staff(reviewer: int, approver: int, auditor: int, admin: int) -> dict[str, int]:
    return _row(
        portal_a=401,
        portal_b=401,
        reviewer=reviewer,
        approver=approver,
        auditor=auditor,
        admin=admin,
        anonymous=401,
    )


def _open() -> dict[str, int]:
    return _row(**dict.fromkeys(IDENTITIES, 200))


# (method, path template, body, expected status per identity). {id} is a request submitted by portal A.
MATRIX: list[tuple[str, str, dict[str, Any] | None, dict[str, int]]] = [
    ("POST", "/v1/requests", {"sample": True}, _portal(202, 202)),
    ("GET", "/v1/requests/{id}", None, _portal(200, 404)),
    ("GET", "/v1/requests/{id}/package", None, _portal(404, 404)),
    ("POST", "/v1/requests/{id}/followups", {"message": "More detail."}, _portal(409, 404)),
    ("GET", "/v1/review/queue", None, _staff(200, 200, 200, 403)),
    ("GET", "/v1/review/requests/{id}", None, _staff(200, 200, 200, 403)),
    ("POST", "/v1/review/requests/{id}/callback", {"outcome": "unreachable"}, _staff(201, 201, 403, 403)),
    (
        "POST",
        "/v1/review/requests/{id}/decisions",
        {"action": "request_info", "message": "Which school?"},
        _staff(201, 201, 403, 403),
    ),
    ("GET", "/v1/review/requests/{id}/preview", None, _staff(200, 200, 403, 403)),
    ("POST", "/v1/review/requests/{id}/release", None, _staff(403, 409, 403, 403)),
    ("GET", "/v1/ledger/checkpoint", None, _staff(403, 403, 200, 200)),
    ("GET", "/v1/ledger/verifier-key", None, _staff(403, 403, 200, 200)),
    ("GET", "/v1/ledger/entries?start=0&limit=10", None, _staff(403, 403, 200, 200)),
    ("GET", "/v1/ledger/proofs/inclusion?index=0&size=1", None, _staff(403, 403, 200, 200)),
    ("GET", "/v1/ledger/proofs/consistency?first=1&second=2", None, _staff(403, 403, 200, 200)),
    ("GET", "/v1/ledger/receipts/0", None, _staff(403, 403, 200, 200)),
    ("GET", "/v1/audit/staff-reads", None, _staff(403, 403, 200, 200)),
    ("GET", "/v1/keys", None, _open()),
    ("GET", "/healthz", None, _open()),
    ("GET", "/readyz", None, _open()),
    ("GET", "/metrics", None, _open()),
]


def _call(gw: Gateway, identity: str, method: str, path: str, body: dict[str, Any] | None) -> httpx.Response:
    if body == {"sample": True}:
        body = sample_request(now())
    raw = json.dumps(body).encode() if body is not None else b""
    if identity.startswith("portal_"):
        with gw.client("A" if identity == "portal_a" else "B") as client:
            return client.send(method, path, raw)
    headers = {"Content-Type": "application/json"} if body is not None else {}
    if identity != "anonymous":
        role = identity
        headers["Authorization"] = "Bearer " + gw.staff_token(f"{role}.person", role)
    with httpx.Client(base_url=gw.base_url, timeout=60) as http:
        return http.request(method, path, content=raw, headers=headers)


def test_authorization_matrix(gateway_factory: Any) -> None:
    gw: Gateway = gateway_factory(auth_failure_limit=10_000, portal_rate_limit=10_000)
    with gw.client("A") as client:
        request_id = client.submit(sample_request(now())).json()["id"]
        client.submit(sample_request(now()))  # the ledger needs two entries beyond the policy for the proofs
    mismatches = []
    cases = 0
    for method, template, body, expected in MATRIX:
        path = template.replace("{id}", request_id)
        for identity in IDENTITIES:
            response = _call(gw, identity, method, path, body)
            cases += 1
            if response.status_code != expected[identity]:
                mismatches.append((method, template, identity, expected[identity], response.status_code))
            if response.status_code >= 400:
                assert response.headers["content-type"].startswith("application/problem+json"), (
                    template,
                    identity,
                )
    assert mismatches == []
    assert cases == len(MATRIX) * len(IDENTITIES)
