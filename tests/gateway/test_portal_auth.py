"""The portal token contract, attacked claim by claim over real HTTP. Every failure is a bare 401."""

from __future__ import annotations

import base64
import json
import time
from collections.abc import Callable
from typing import Any

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec
from harness import Gateway, assert_problem, count_requests, now

from gateway.client import PortalSigner, body_sha256
from gateway.demo import sample_request
from gateway.portals import service

PATH = "/v1/requests"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


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


REQUIRED = ["iss", "aud", "sub", "iat", "exp", "jti", "htm", "htu", "body_sha256"]


def test_a_correct_token_is_accepted(gateway: Gateway) -> None:
    signer, body = gateway.signers["A"], body_of()
    assert post(gateway, sign(signer, claims_for(signer, body)), body).status_code == 202


@pytest.mark.parametrize("claim", REQUIRED)
def test_each_required_claim_missing_is_401(gateway: Gateway, claim: str) -> None:
    signer, body = gateway.signers["A"], body_of()
    assert_problem(post(gateway, sign(signer, claims_for(signer, body, **{claim: _DROP})), body), 401)
    assert count_requests(gateway) == 0


WRONG: dict[str, Callable[[PortalSigner, bytes], dict[str, Any]]] = {
    "wrong-iss": lambda s, b: {"iss": "ptl_someoneelse"},
    "wrong-aud": lambda s, b: {"aud": "another-gateway"},
    "aud-as-list": lambda s, b: {"aud": [s.audience, "x"]},
    "expired": lambda s, b: {"iat": int(time.time()) - 400, "exp": int(time.time()) - 100},
    "not-yet-valid": lambda s, b: {"iat": int(time.time()) + 120, "exp": int(time.time()) + 300},
    "lifetime-over-300s": lambda s, b: {"exp": int(time.time()) + 301},
    "exp-before-iat": lambda s, b: {"exp": int(time.time()) - 1},
    "short-jti": lambda s, b: {"jti": "abc123"},
    "jti-not-string": lambda s, b: {"jti": 12345678901234567890},
    "empty-sub": lambda s, b: {"sub": ""},
    "wrong-htm": lambda s, b: {"htm": "PUT"},
    "lowercase-htm": lambda s, b: {"htm": "post"},
    "wrong-htu": lambda s, b: {"htu": "/v1/requests/other"},
    "htu-with-host": lambda s, b: {"htu": "http://127.0.0.1/v1/requests"},
    "body-hash-of-other-body": lambda s, b: {"body_sha256": body_sha256(b + b" ")},
    "body-hash-hex": lambda s, b: {"body_sha256": __import__("hashlib").sha256(b).hexdigest()},
    "iat-as-string": lambda s, b: {"iat": str(int(time.time()))},
}


@pytest.mark.parametrize("case", sorted(WRONG))
def test_each_wrong_claim_is_401(gateway: Gateway, case: str) -> None:
    signer, body = gateway.signers["A"], body_of()
    claims = claims_for(signer, body, **WRONG[case](signer, body))
    problem = assert_problem(post(gateway, sign(signer, claims), body), 401, "unauthenticated")
    assert set(problem) == {"type", "title", "status"}  # nothing says which check failed
    assert count_requests(gateway) == 0


def test_replayed_token_is_refused_on_the_same_instance(gateway: Gateway) -> None:
    signer, body = gateway.signers["A"], body_of()
    token = sign(signer, claims_for(signer, body))
    assert post(gateway, token, body).status_code == 202
    assert_problem(post(gateway, token, body), 401)
    assert count_requests(gateway) == 1


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


def test_body_changed_after_signing_is_401(gateway: Gateway) -> None:
    signer, body = gateway.signers["A"], body_of()
    token = sign(signer, claims_for(signer, body))
    tampered = body.replace(b"kidnapping", b"terrorism")
    assert tampered != body
    assert_problem(post(gateway, token, tampered), 401)
    assert count_requests(gateway) == 0


def test_query_string_added_after_signing_is_401(gateway: Gateway) -> None:
    signer, body = gateway.signers["A"], body_of()
    assert_problem(post(gateway, sign(signer, claims_for(signer, body)), body, path=PATH + "?x=1"), 401)


def test_token_for_a_get_cannot_be_used_on_the_post(gateway: Gateway) -> None:
    signer, body = gateway.signers["A"], body_of()
    token = signer.token("GET", PATH, body)
    assert_problem(post(gateway, token, body), 401)


@pytest.mark.parametrize(
    "header",
    ["Basic {t}", "bearer  {t}", "Token {t}", "{t}", "Bearer {t} extra"],
)
def test_wrong_authorization_scheme_is_401(gateway: Gateway, header: str) -> None:
    signer, body = gateway.signers["A"], body_of()
    token = sign(signer, claims_for(signer, body))
    assert_problem(post(gateway, token, body, auth=header.format(t=token)), 401)


def test_two_authorization_headers_are_401(gateway: Gateway) -> None:
    signer, body = gateway.signers["A"], body_of()
    token = sign(signer, claims_for(signer, body))
    with httpx.Client(base_url=gateway.base_url) as http:
        response = http.post(
            PATH,
            content=body,
            headers=[
                ("Authorization", f"Bearer {token}"),
                ("Authorization", f"Bearer {token}"),
                ("Content-Type", "application/json"),
            ],
        )
    assert_problem(response, 401)


def test_oversized_token_is_401(gateway: Gateway) -> None:
    signer, body = gateway.signers["A"], body_of()
    token = sign(signer, claims_for(signer, body, padding="x" * 5000))
    assert_problem(post(gateway, token, body), 401)


def test_alg_none_is_401(gateway: Gateway) -> None:
    signer, body = gateway.signers["A"], body_of()
    header = _b64(json.dumps({"alg": "none", "kid": signer.kid}).encode())
    payload = _b64(json.dumps(claims_for(signer, body)).encode())
    assert_problem(post(gateway, f"{header}.{payload}.", body), 401)


def test_hs256_signed_with_the_public_key_is_401(gateway: Gateway) -> None:
    """Algorithm confusion: an HMAC keyed with the portal's (public) PEM."""
    signer, body = gateway.signers["A"], body_of()
    public = signer.private_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    header = _b64(json.dumps({"alg": "HS256", "kid": signer.kid, "typ": "JWT"}).encode())
    payload = _b64(json.dumps(claims_for(signer, body)).encode())
    import hashlib
    import hmac

    signature = _b64(hmac.new(public, f"{header}.{payload}".encode(), hashlib.sha256).digest())
    assert_problem(post(gateway, f"{header}.{payload}.{signature}", body), 401)


def test_es256_header_on_an_ed25519_key_is_401(gateway: Gateway) -> None:
    signer, body = gateway.signers["A"], body_of()
    other = ec.generate_private_key(ec.SECP256R1())
    token = jwt.encode(claims_for(signer, body), other, algorithm="ES256", headers={"kid": signer.kid})
    assert_problem(post(gateway, token, body), 401)


def test_es256_portal_keys_work(gateway: Gateway) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    signer = gateway.register("ES", key=key)
    with gateway.client("ES") as client:
        assert client.submit(sample_request(now())).status_code == 202
    assert signer.kid


def test_unknown_kid_and_another_portals_kid_are_401(gateway: Gateway) -> None:
    a, b, body = gateway.signers["A"], gateway.signers["B"], body_of()
    assert_problem(post(gateway, sign(a, claims_for(a, body), headers={"kid": "no-such-kid"}), body), 401)
    # A's claims (iss = A) under B's kid, signed with A's key: the kid does not belong to the issuer.
    assert_problem(post(gateway, sign(a, claims_for(a, body), headers={"kid": b.kid}), body), 401)
    # Signed by B's key with B's kid, but claiming to be A.
    assert_problem(post(gateway, sign(b, claims_for(b, body, iss=a.portal_id)), body), 401)


def test_duplicate_json_keys_in_the_token_are_401(gateway: Gateway) -> None:
    signer, body = gateway.signers["A"], body_of()
    claims = claims_for(signer, body)
    text = json.dumps(claims)[:-1] + ', "iss": "' + signer.portal_id + '"}'
    header = _b64(json.dumps({"alg": "EdDSA", "kid": signer.kid}).encode())
    payload = _b64(text.encode())
    signature = _b64(signer.private_key.sign(f"{header}.{payload}".encode()))  # type: ignore[call-arg]
    assert_problem(post(gateway, f"{header}.{payload}.{signature}", body), 401)


def test_unexpected_critical_header_is_401(gateway: Gateway) -> None:
    signer, body = gateway.signers["A"], body_of()
    token = sign(signer, claims_for(signer, body), headers={"crit": ["exp"], "jku": "http://x"})
    assert_problem(post(gateway, token, body), 401)


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
