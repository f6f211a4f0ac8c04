"""Input a database refuses (a NUL character) is the caller's error (4xx), never a 503 "dependency down".

Found by the schemathesis run: ``GET /v1/review/queue?status=%00…`` answered 503 on PostgreSQL (SQLSTATE 22021).
"""

from __future__ import annotations

import json

import httpx
from kit import Target, assert_problem, now, staff_token, table_counts

from gateway.demo import sample_request


def test_nul_in_a_query_parameter_is_not_an_outage(target: Target) -> None:
    with httpx.Client(base_url=target.gw.base_url) as http:
        response = http.get(
            "/v1/review/queue",
            params={"status": "pending\x00review"},
            headers={"Authorization": "Bearer " + staff_token(target, "reviewer")},
        )
    assert response.status_code < 500, response.text
    if response.status_code != 200:  # PostgreSQL refuses the value; SQLite just finds nothing
        assert_problem(response, 422)


def test_nul_in_the_officer_claim_is_not_an_outage(target: Target) -> None:
    signer = target.gw.signers["A"]
    body = json.dumps(sample_request(now())).encode()
    token = signer.token("POST", "/v1/requests", body, claims={"sub": "officer\x00@example.gov"})
    before = table_counts(target.database_url)
    with httpx.Client(base_url=target.gw.base_url) as http:
        response = http.post(
            "/v1/requests",
            content=body,
            headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"},
        )
    assert response.status_code < 500, response.text
    if response.status_code != 202:
        assert_problem(response, 401, 422)
        assert table_counts(target.database_url) == before
