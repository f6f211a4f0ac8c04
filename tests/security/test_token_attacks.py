"""Token attacks, one table, against every portal route on both deployments.

Each attack is answered 401 problem+json with the same bare body (nothing says which check failed) and leaves
nothing behind: no row in any table (requests, idempotency keys, replay records and, once it exists, the ledger —
the schema is read at run time) and no burnt ``jti`` in Redis.
"""

from __future__ import annotations

import base64
import hashlib
import json
import secrets
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import httpx
import jwt
import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
from jwt.algorithms import ECAlgorithm, HMACAlgorithm, OKPAlgorithm
from kit import Target, assert_problem, now, redis_keys, staff_token, table_counts

from gateway.client import PortalSigner, body_sha256
from gateway.demo import sample_request
from gateway.staff.auth import ROLES

UNAUTHENTICATED = {"type": "/problems/unauthenticated", "title": "Authentication failed", "status": 401}
REQUIRED = ("iss", "aud", "sub", "iat", "exp", "jti", "htm", "htu", "body_sha256")
_DROP = object()


# ---- building tokens by hand --------------------------------------------------------------------------------------
def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def segment(value: dict[str, Any] | str) -> str:
    """A JOSE segment: a dict as compact JSON, or a string taken as the exact JSON text."""
    text = value if isinstance(value, str) else json.dumps(value, separators=(",", ":"))
    return b64(text.encode())


def sign_raw(header: dict[str, Any] | str, payload: dict[str, Any] | str, key: Any, alg: str) -> str:
    """A compact JWS with exactly this header and payload text, signed with ``key`` under ``alg``."""
    signing_input = f"{segment(header)}.{segment(payload)}".encode()
    if alg == "none":
        signature = b""
    elif alg.startswith("HS"):
        digest = {"HS256": HMACAlgorithm.SHA256, "HS512": HMACAlgorithm.SHA512}[alg]
        signature = HMACAlgorithm(digest).sign(signing_input, key)
    elif alg == "EdDSA":
        signature = OKPAlgorithm().sign(signing_input, key)
    elif alg == "ES256":
        signature = ECAlgorithm(ECAlgorithm.SHA256).sign(signing_input, key)
    else:
        raise ValueError(alg)
    return f"{signing_input.decode()}.{b64(signature)}"


def claims_for(signer: PortalSigner, method: str, target: str, body: bytes, **changes: Any) -> dict[str, Any]:
    issued = int(time.time())
    claims: dict[str, Any] = {
        "iss": signer.portal_id,
        "aud": signer.audience,
        "sub": signer.officer,
        "iat": issued,
        "exp": issued + 120,
        "jti": secrets.token_urlsafe(24),
        "htm": method,
        "htu": target,
        "body_sha256": body_sha256(body),
    }
    for name, value in changes.items():
        if value is _DROP:
            claims.pop(name)
        else:
            claims[name] = value
    return claims


def alg_of(signer: PortalSigner) -> str:
    return "EdDSA" if isinstance(signer.private_key, ed25519.Ed25519PrivateKey) else "ES256"


def token(signer: PortalSigner, claims: dict[str, Any], **header: Any) -> str:
    """A token signed by ``signer``'s key; ``header`` entries replace or extend ``{alg, kid, typ}``."""
    alg = alg_of(signer)
    full = {"alg": alg, "kid": signer.kid, "typ": "JWT", **header}
    return sign_raw(full, claims, signer.private_key, alg)


def public_pem(signer: PortalSigner) -> bytes:
    return signer.private_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


# ---- one call ----------------------------------------------------------------------------------------------------
@dataclass
class Call:
    method: str
    target: str
    body: bytes
    headers: list[tuple[str, str]] = field(default_factory=list)
    server: int = 0

    @classmethod
    def bearer(cls, method: str, target: str, body: bytes, tok: str, server: int = 0) -> Call:
        return cls(method, target, body, [("Authorization", "Bearer " + tok)], server)

    def send(self, t: Target) -> httpx.Response:
        headers = list(self.headers)
        if self.body:
            headers.append(("Content-Type", "application/json"))
        with httpx.Client(base_url=t.gw.servers[self.server].base_url, timeout=30) as http:
            return http.request(self.method, self.target, content=self.body, headers=headers)


@dataclass
class Ctx:
    """The route under attack and the target's portals."""

    t: Target
    method: str
    target: str
    body: bytes

    def signer(self, name: str = "A") -> PortalSigner:
        signer: PortalSigner = self.t.gw.signers[name]
        return signer

    def claims(self, name: str = "A", **changes: Any) -> dict[str, Any]:
        return claims_for(self.signer(name), self.method, self.target, self.body, **changes)

    def call(self, tok: str, **changes: Any) -> Call:
        fields = {"method": self.method, "target": self.target, "body": self.body, **changes}
        return Call.bearer(tok=tok, **fields)

    def with_claims(self, name: str = "A", **changes: Any) -> list[Call]:
        """One call whose token is correct except for ``changes`` to its claims."""
        return [self.call(token(self.signer(name), self.claims(name, **changes)))]


ROUTES: dict[str, Callable[[Target], tuple[str, str, bytes]]] = {
    "submit": lambda t: ("POST", "/v1/requests", json.dumps(sample_request(now())).encode()),
    "status": lambda t: ("GET", f"/v1/requests/{t.request_a}", b""),
}

# An attack returns the calls to make: all but the last prime the scene (they must succeed, e.g. the first use of
# a token that is then replayed); the last one is the attack, which must fail and leave nothing behind.
Attack = Callable[[Ctx], list[Call]]


def _replayed(c: Ctx, replay_server: int) -> list[Call]:
    tok = token(c.signer(), c.claims())
    return [c.call(tok), c.call(tok, server=replay_server)]


def _jti_reused(c: Ctx) -> list[Call]:
    first = c.claims()
    again = c.claims(jti=first["jti"], iat=first["iat"] - 1)
    return [c.call(token(c.signer(), first)), c.call(token(c.signer(), again))]


def _hs_with_public_key(c: Ctx, alg: str, raw: bool = False) -> list[Call]:
    signer = c.signer()
    key = (
        signer.private_key.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        if raw
        else public_pem(signer)
    )
    header = {"alg": alg, "kid": signer.kid, "typ": "JWT"}
    return [c.call(sign_raw(header, c.claims(), key, alg))]


def _foreign_key(c: Ctx, alg: str, kid_of: str = "A", **extra_header: Any) -> list[Call]:
    """Signed with the attacker's own key under a registered kid."""
    key: Any = (
        ed25519.Ed25519PrivateKey.generate() if alg == "EdDSA" else ec.generate_private_key(ec.SECP256R1())
    )
    header = {"alg": alg, "kid": c.signer(kid_of).kid, "typ": "JWT", **extra_header}
    return [c.call(sign_raw(header, c.claims(kid_of), key, alg))]


def _embedded_jwk(c: Ctx) -> list[Call]:
    key = ed25519.Ed25519PrivateKey.generate()
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    header = {"alg": "EdDSA", "kid": c.signer().kid, "jwk": {"kty": "OKP", "crv": "Ed25519", "x": b64(raw)}}
    return [c.call(sign_raw(header, c.claims(), key, "EdDSA"))]


def _rs256(c: Ctx) -> list[Call]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    tok = jwt.encode(c.claims(), key, algorithm="RS256", headers={"kid": c.signer().kid})
    return [c.call(tok)]


def _duplicate_claim(c: Ctx) -> list[Call]:
    claims = c.claims()
    text = json.dumps({"iss": "ptl_attacker", **claims}, separators=(",", ":"))  # iss first, as an attacker's
    text = text[:-1] + ',"iss":' + json.dumps(claims["iss"]) + "}"  # … then the real one again
    return [c.call(sign_raw({"alg": "EdDSA", "kid": c.signer().kid}, text, c.signer().private_key, "EdDSA"))]


def _duplicate_header(c: Ctx) -> list[Call]:
    header = '{"alg":"HS256","kid":' + json.dumps(c.signer().kid) + ',"alg":"EdDSA"}'
    return [c.call(sign_raw(header, c.claims(), c.signer().private_key, "EdDSA"))]


def _tampered_signature(c: Ctx) -> list[Call]:
    head, payload, signature = token(c.signer(), c.claims()).split(".")
    raw = bytearray(base64.urlsafe_b64decode(signature + "=="))
    raw[0] ^= 0x01
    return [c.call(f"{head}.{payload}.{b64(bytes(raw))}")]


def _payload_swapped(c: Ctx) -> list[Call]:
    """A valid signature over one set of claims, with the claims of another request pasted in."""
    head, _, signature = token(c.signer(), c.claims()).split(".")
    other = segment(c.claims(sub="someone.else@example.gov"))
    return [c.call(f"{head}.{other}.{signature}")]


def _header(c: Ctx, value: str) -> list[Call]:
    return [Call(c.method, c.target, c.body, [("Authorization", value)])]


def _valid(c: Ctx, name: str = "A") -> str:
    return token(c.signer(name), c.claims(name))


def _body_changed(c: Ctx) -> list[Call]:
    tok = _valid(c)
    changed = c.body.replace(b"kidnapping", b"terrorism") if c.body else b"{}"
    assert changed != c.body
    return [c.call(tok, body=changed)]


def _percent_encoded(c: Ctx) -> list[Call]:
    # "/v1/requests" → "/v1/r%65quests": the same route once decoded, not the path that was signed.
    return [c.call(_valid(c), target=c.target.replace("/requests", "/r%65quests", 1))]


def _missing(claim: str) -> Attack:
    return lambda c: c.with_claims(**{claim: _DROP})


def _missing(claim: str) -> Attack:
    return lambda c: c.with_claims(**{claim: _DROP})


def _now() -> int:
    return int(time.time())


ATTACKS: dict[str, Attack] = {
    # --- algorithms and keys
    "alg-none-unsigned": lambda c: [
        c.call(sign_raw({"alg": "none", "kid": c.signer().kid}, c.claims(), None, "none"))
    ],
    "alg-None-capitalised": lambda c: [
        c.call(sign_raw({"alg": "None", "kid": c.signer().kid}, c.claims(), None, "none"))
    ],
    "alg-none-with-a-real-signature": lambda c: [
        c.call(sign_raw({"alg": "none", "kid": c.signer().kid}, c.claims(), c.signer().private_key, "EdDSA"))
    ],
    "hs256-keyed-with-public-pem": lambda c: _hs_with_public_key(c, "HS256"),
    "hs512-keyed-with-public-pem": lambda c: _hs_with_public_key(c, "HS512"),
    "hs256-keyed-with-raw-public-key": lambda c: _hs_with_public_key(c, "HS256", raw=True),
    "es256-header-on-ed25519-kid": lambda c: _foreign_key(c, "ES256"),
    "eddsa-header-on-es256-kid": lambda c: _foreign_key(c, "EdDSA", kid_of="ES"),
    "rs256-attacker-key": _rs256,
    "attacker-ed25519-key-under-victim-kid": lambda c: _foreign_key(c, "EdDSA"),
    "embedded-jwk-header": _embedded_jwk,
    "jku-header": lambda c: [c.call(token(c.signer(), c.claims(), jku="http://127.0.0.1:9/jwks"))],
    "x5u-header": lambda c: [c.call(token(c.signer(), c.claims(), x5u="http://127.0.0.1:9/cert"))],
    "crit-header": lambda c: [c.call(token(c.signer(), c.claims(), crit=["exp"]))],
    "cty-nested-jwt-header": lambda c: [c.call(token(c.signer(), c.claims(), cty="JWT"))],
    "tampered-signature": _tampered_signature,
    "signature-stripped": lambda c: [c.call(_valid(c).rsplit(".", 1)[0] + ".")],
    "claims-swapped-under-a-valid-signature": _payload_swapped,
    # --- kid
    "unknown-kid": lambda c: [c.call(token(c.signer(), c.claims(), kid="no-such-kid"))],
    "missing-kid": lambda c: [
        c.call(sign_raw({"alg": "EdDSA", "typ": "JWT"}, c.claims(), c.signer().private_key, "EdDSA"))
    ],
    "kid-sql-injection": lambda c: [c.call(token(c.signer(), c.claims(), kid="' OR '1'='1"))],
    "kid-not-a-string": lambda c: [c.call(token(c.signer(), c.claims(), kid=["x"]))],
    "another-portals-kid": lambda c: [c.call(token(c.signer(), c.claims(), kid=c.signer("B").kid))],
    "portal-b-claims-to-be-a": lambda c: [
        c.call(token(c.signer("B"), c.claims("B", iss=c.signer().portal_id)))
    ],
    "suspended-portal": lambda c: [c.call(_valid(c, "S"))],
    "retired-key": lambda c: [c.call(_valid(c, "R"))],
    # --- time
    "expired": lambda c: c.with_claims(iat=_now() - 400, exp=_now() - 100),
    "expired-just-beyond-leeway": lambda c: c.with_claims(iat=_now() - 200, exp=_now() - 31),
    "not-yet-valid": lambda c: c.with_claims(iat=_now() + 120, exp=_now() + 300),
    "lifetime-over-300s": lambda c: c.with_claims(exp=_now() + 301),
    "lifetime-a-year": lambda c: c.with_claims(exp=_now() + 365 * 86400),
    "exp-before-iat": lambda c: c.with_claims(exp=_now() - 1),
    "iat-as-string": lambda c: c.with_claims(iat=str(_now())),
    "iat-as-boolean": lambda c: c.with_claims(iat=True),
    "exp-as-float": lambda c: c.with_claims(exp=_now() + 60.5),
    # --- audience, issuer, subject, jti
    "wrong-aud": lambda c: c.with_claims(aud="another-gateway"),
    "aud-as-list": lambda c: c.with_claims(aud=[c.signer().audience, "another-gateway"]),
    "wrong-iss": lambda c: c.with_claims(iss="ptl_someoneelse"),
    "sub-empty": lambda c: c.with_claims(sub=""),
    "sub-not-a-string": lambda c: c.with_claims(sub={"email": "x@example.gov"}),
    "jti-15-characters": lambda c: c.with_claims(jti="a" * 15),
    "jti-129-characters": lambda c: c.with_claims(jti="a" * 129),
    **{f"missing-{claim}": _missing(claim) for claim in REQUIRED},
    # --- replay
    "replayed-on-the-same-instance": lambda c: _replayed(c, 0),
    "replayed-on-another-instance": lambda c: _replayed(c, 1),
    "jti-reused-in-a-new-token": _jti_reused,
    # --- binding to method, path, query and body
    "body-changed-after-signing": _body_changed,
    "body-hash-as-hex": lambda c: c.with_claims(body_sha256=hashlib.sha256(c.body).hexdigest()),
    "body-hash-padded": lambda c: c.with_claims(
        body_sha256=base64.urlsafe_b64encode(hashlib.sha256(c.body).digest()).decode()
    ),
    "htm-other-method": lambda c: c.with_claims(htm="PUT"),
    "htm-lower-case": lambda c: c.with_claims(htm=c.method.lower()),
    "htu-other-path": lambda c: c.with_claims(htu="/v1/requests/edr_other"),
    "htu-with-scheme-and-host": lambda c: c.with_claims(htu="http://127.0.0.1" + c.target),
    "query-string-added": lambda c: [c.call(_valid(c), target=c.target + "?x=1")],
    "query-string-removed": lambda c: c.with_claims(htu=c.target + "?x=1"),
    "path-percent-encoded": _percent_encoded,
    # --- transport of the token
    "no-authorization-header": lambda c: [Call(c.method, c.target, c.body)],
    "bare-bearer-word": lambda c: _header(c, "Bearer"),
    "basic-scheme": lambda c: _header(c, "Basic " + _valid(c)),
    "no-scheme": lambda c: _header(c, _valid(c)),
    "bearer-with-two-spaces": lambda c: _header(c, "Bearer  " + _valid(c)),
    "two-authorization-headers": lambda c: [
        Call(c.method, c.target, c.body, [("Authorization", "Bearer " + _valid(c))] * 2)
    ],
    "a-valid-and-a-junk-authorization-header": lambda c: [
        Call(
            c.method,
            c.target,
            c.body,
            [("Authorization", "Bearer " + _valid(c)), ("Authorization", "Bearer x.y.z")],
        )
    ],
    "token-in-the-query-string": lambda c: [Call(c.method, c.target + "?access_token=" + _valid(c), c.body)],
    "oversized-token": lambda c: c.with_claims(padding="x" * 5000),
    "four-segments": lambda c: [c.call(_valid(c) + ".AAAA")],
    "jwe-five-segments": lambda c: [c.call("eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..AAAA.AAAA.AAAA")],
    "jws-json-serialization": lambda c: [
        c.call(json.dumps({"payload": "e30", "signatures": [{"protected": "e30", "signature": "AA"}]}))
    ],
    "payload-not-an-object": lambda c: [
        c.call(sign_raw({"alg": "EdDSA", "kid": c.signer().kid}, "[1,2,3]", c.signer().private_key, "EdDSA"))
    ],
    "duplicate-key-in-claims": _duplicate_claim,
    "duplicate-key-in-header": _duplicate_header,
}


# ---- staff identities on portal routes ---------------------------------------------------------------------------
def _staff_on_portal_route(role: str) -> Attack:
    return lambda c: [c.call(staff_token(c.t, role))]


ATTACKS.update({f"staff-token-{role}": _staff_on_portal_route(role) for role in sorted(ROLES)})
ATTACKS["staff-token-every-role"] = lambda c: [c.call(staff_token(c.t, *sorted(ROLES)))]

#: Every staff operation → the roles that may perform it, and a valid body for it (so that the role, not the
#: body, is what is refused). Every staff operation in the OpenAPI schema must have a row: a new staff route fails
#: the tests below until its roles are written here.
LEDGER_READERS = frozenset({"auditor", "admin"})
REVIEW_READERS = frozenset({"reviewer", "approver", "auditor"})
REVIEW_ACTORS = frozenset({"reviewer", "approver"})
STAFF_OPERATIONS: dict[tuple[str, str], tuple[frozenset[str], dict[str, Any] | None]] = {
    **{
        ("GET", "/v1/ledger/" + p): (LEDGER_READERS, None)
        for p in (
            "checkpoint",
            "verifier-key",
            "entries",
            "proofs/inclusion",
            "proofs/consistency",
            "receipts/{seq}",
        )
    },
    ("GET", "/v1/audit/staff-reads"): (LEDGER_READERS, None),
    ("GET", "/v1/review/queue"): (REVIEW_READERS, None),
    ("GET", "/v1/review/requests/{request_id}"): (REVIEW_READERS, None),
    ("GET", "/v1/review/requests/{request_id}/preview"): (REVIEW_ACTORS, None),
    ("POST", "/v1/review/requests/{request_id}/callback"): (REVIEW_ACTORS, {"outcome": "confirmed"}),
    # Role escalation: only an approver approves (a reviewer or an auditor trying is refused).
    ("POST", "/v1/review/requests/{request_id}/decisions"): (
        frozenset({"approver"}),
        {"action": "approve", "categories": ["subscriber_info"]},
    ),
    ("POST", "/v1/review/requests/{request_id}/release"): (frozenset({"approver"}), None),
}


def test_the_table_is_big_enough() -> None:
    assert len(ATTACKS) >= 25


@pytest.mark.parametrize("route", sorted(ROUTES))
@pytest.mark.parametrize("attack", sorted(ATTACKS))
def test_attack_is_refused_and_leaves_nothing(target: Target, route: str, attack: str) -> None:
    method, path, body = ROUTES[route](target)
    calls = ATTACKS[attack](Ctx(target, method, path, body))
    for priming in calls[:-1]:
        response = priming.send(target)
        assert response.status_code < 300, response.text
    before = _state(target)
    problem = assert_problem(calls[-1].send(target), 401)
    assert problem == UNAUTHENTICATED  # the same bare answer whatever failed
    assert _state(target) == before


def _state(t: Target) -> dict[str, int]:
    state = table_counts(t.database_url)
    if t.redis_url:
        state["redis jti keys"] = redis_keys(t.redis_url, t.redis_prefix + "jti:*")
    return state


@pytest.mark.parametrize("route", sorted(ROUTES))
def test_a_correct_token_passes_on_each_route(target: Target, route: str) -> None:
    """The control: the same construction without the flaw is accepted, so the attacks fail for their flaw."""
    method, path, body = ROUTES[route](target)
    c = Ctx(target, method, path, body)
    for name in ("A", "ES"):
        if route == "status" and name != "A":
            continue
        response = c.call(_valid(c, name)).send(target)
        assert response.status_code in (200, 202), response.text


def test_concurrent_replay_of_one_token_is_accepted_once(target: Target) -> None:
    """Eight connections race the same token across both instances: exactly one wins."""
    method, path, body = ROUTES["submit"](target)
    c = Ctx(target, method, path, body)
    tok = _valid(c)
    before = table_counts(target.database_url)["requests"]
    calls = [c.call(tok, server=i % 2) for i in range(8)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = sorted(r.status_code for r in pool.map(lambda call: call.send(target), calls))
    assert statuses == [202] + [401] * 7
    assert table_counts(target.database_url)["requests"] == before + 1


@dataclass
class StaffCall:
    method: str
    template: str
    target: str
    body: bytes


def staff_operations(t: Target) -> list[StaffCall]:
    """Every operation the schema marks as needing a staff token, filled in with real parameters."""
    with httpx.Client(base_url=t.gw.base_url) as http:
        schema = http.get("/openapi.json").json()
    found = []
    for template, operations in schema["paths"].items():
        for method, operation in operations.items():
            if not any("StaffToken" in s for s in operation.get("security", [])):
                continue
            key = (method.upper(), template)
            assert key in STAFF_OPERATIONS, f"{key} has no row in STAFF_OPERATIONS"
            # Required query parameters get a harmless value, so parameter checks cannot answer first.
            query = "&".join(
                f"{p['name']}=1"
                for p in operation.get("parameters", [])
                if p["in"] == "query" and p.get("required")
            )
            path = template.replace("{seq}", "0").replace("{request_id}", t.request_a)
            body = STAFF_OPERATIONS[key][1]
            found.append(
                StaffCall(
                    method.upper(),
                    template,
                    path + ("?" + query if query else ""),
                    json.dumps(body).encode() if body is not None else b"",
                )
            )
    return found


def test_portal_tokens_are_refused_on_staff_routes(target: Target) -> None:
    operations = staff_operations(target)
    assert operations
    for op in operations:
        before = _state(target)
        c = Ctx(target, op.method, op.target, op.body)
        assert_problem(c.call(_valid(c)).send(target), 401)
        assert _state(target) == before, op.template


def test_staff_roles_outside_an_operation_are_forbidden(target: Target) -> None:
    """Role escalation: every role not allowed on a staff operation gets 403 and changes nothing."""
    for op in staff_operations(target):
        allowed = STAFF_OPERATIONS[(op.method, op.template)][0]
        for role in sorted(ROLES - allowed):
            before = _state(target)
            call = Call.bearer(op.method, op.target, op.body, staff_token(target, role))
            assert_problem(call.send(target), 403)
            after = _state(target)
            if op.method == "GET":  # the authenticated attempt is on record as a staff read, and nothing else
                assert after.pop("staff_reads") == before.pop("staff_reads") + 1, (op.template, role)
            assert after == before, (op.template, role)


def test_an_allowed_role_gets_past_the_role_check(target: Target) -> None:
    """The control for the test above: for each GET, an allowed role is not refused."""
    for op in staff_operations(target):
        if op.method == "GET":
            allowed = STAFF_OPERATIONS[(op.method, op.template)][0]
            response = Call.bearer(op.method, op.target, op.body, staff_token(target, min(allowed))).send(
                target
            )
            assert response.status_code not in (401, 403), (op.template, response.text)
