"""The portal token contract over real HTTP: replicas sharing the replay store, ES256 keys, suspension, rotation.

The full table of token attacks (claims missing or wrong, algorithm confusion, replays, schemes …) lives in
tests/security/test_token_attacks.py."""

from __future__ import annotations

import base64
import json
import time
from typing import Any

import httpx
import jwt
from cryptography.hazmat.primitives.asymmetric import ec
from harness import Gateway, assert_problem, count_requests, now

from gateway.client import PortalSigner, body_sha256
from gateway.demo import sample_request
from gateway.portals import service

PATH = "/v1/requests"


def claims_for(signer: PortalSigner, body: bytes, **changes: Any) -> dict[str, Any]:
    issued = int(time.time())
    claims: dict[str, Any] = {
        "iss": signer.portal_id,
        "aud": signer.audience,
        "sub": signer.officer,
        "iat": issued,
        "exp": issued + 120,
        "jti": base64.urlsafe_b64encode(__import__("os").urandom(18)).decode(),
        "htm": "POST",
        "htu": PATH,
        "body_sha256": body_sha256(body),
    }
    for name, value in changes.items():
        if value is _DROP:
            claims.pop(name)
        else:
            claims[name] = value
    return claims


_DROP = object()


def sign(signer: PortalSigner, claims: dict[str, Any], headers: dict[str, Any] | None = None) -> str:
    return jwt.encode(
        claims, signer.private_key, algorithm="EdDSA", headers={"kid": signer.kid, **(headers or {})}
    )


def post(
    gw: Gateway, token: str, body: bytes, *, path: str = PATH, auth: str | None = None
) -> httpx.Response:
    with httpx.Client(base_url=gw.base_url) as http:
        return http.post(
            path,
            content=body,
            headers={"Authorization": auth or f"Bearer {token}", "Content-Type": "application/json"},
        )


def body_of() -> bytes:
    return json.dumps(sample_request(now())).encode()


def test_a_correct_token_is_accepted(gateway: Gateway) -> None:
    signer, body = gateway.signers["A"], body_of()
    assert post(gateway, sign(signer, claims_for(signer, body)), body).status_code == 202


def test_replay_across_two_instances_sharing_the_store(gateway: Gateway) -> None:
    """Two app instances (replicas) on one database and one Redis (or one SQLite file)."""
    second = gateway.start_instance()
    signer, body = gateway.signers["A"], body_of()
    token = sign(signer, claims_for(signer, body))
    assert post(gateway, token, body).status_code == 202
    with httpx.Client(base_url=second.base_url) as http:
        replay = http.post(
            PATH,
            content=body,
            headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
        )
    assert_problem(replay, 401)
    assert count_requests(gateway) == 1


def test_es256_portal_keys_work(gateway: Gateway) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    signer = gateway.register("ES", key=key)
    with gateway.client("ES") as client:
        assert client.submit(sample_request(now())).status_code == 202
    assert signer.kid


def test_suspended_portal_and_retired_key_are_401(gateway: Gateway) -> None:
    a, b = gateway.signers["A"], gateway.signers["B"]
    gateway.portal_call(service.set_status, a.portal_id, service.SUSPENDED)
    with gateway.client("A") as client:
        assert_problem(client.submit(sample_request(now())), 401)
    gateway.portal_call(service.set_status, a.portal_id, service.ACTIVE)
    with gateway.client("A") as client:
        assert client.submit(sample_request(now())).status_code == 202
    gateway.portal_call(service.retire_key, b.kid)
    with gateway.client("B") as client:
        assert_problem(client.submit(sample_request(now())), 401)


def test_key_rotation_accepts_both_keys_until_the_old_one_is_retired(gateway: Gateway) -> None:
    from harness import new_key, pem_of

    old = gateway.signers["A"]
    key = new_key()
    kid = gateway.portal_call(service.add_key, old.portal_id, pem_of(key), now())
    new = PortalSigner(old.portal_id, kid, key, old.officer, old.audience)
    gateway.signers["A2"] = new
    with gateway.client("A") as client_old, gateway.client("A2") as client_new:
        assert client_old.submit(sample_request(now())).status_code == 202
        assert client_new.submit(sample_request(now())).status_code == 202
        gateway.portal_call(service.retire_key, old.kid)
        assert_problem(client_old.submit(sample_request(now())), 401)
        assert client_new.submit(sample_request(now())).status_code == 202


def test_intake_refuses_a_key_suspended_after_it_was_cached(gateway: Gateway) -> None:
    """Intake takes the portal key from a short-lived cache, then re-checks it in the database before writing: a
    suspension or a retired key applies to the very next intake, with nothing stored."""
    a = gateway.signers["A"]
    with gateway.client("A") as client:
        assert client.submit(sample_request(now())).status_code == 202  # the key is cached now
        stored = count_requests(gateway)
        entries = int(gateway.scalar("SELECT count(*) FROM ledger_entries"))
        gateway.portal_call(service.set_status, a.portal_id, service.SUSPENDED)
        assert_problem(client.submit(sample_request(now())), 401)
        assert_problem(client.send("POST", PATH, b"{not json", headers={"Idempotency-Key": "k-bad"}), 401)
        assert count_requests(gateway) == stored
        assert int(gateway.scalar("SELECT count(*) FROM ledger_entries")) == entries
        gateway.portal_call(service.set_status, a.portal_id, service.ACTIVE)
        assert client.submit(sample_request(now())).status_code == 202
        gateway.portal_call(service.retire_key, a.kid)
        assert_problem(client.submit(sample_request(now())), 401)
    assert count_requests(gateway) == stored + 1
