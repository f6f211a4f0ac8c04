"""Staff identity: JWTs from the company's identity provider, verified against its published keys (JWKS).

Claims: ``iss`` (the IdP), ``aud`` (this gateway's staff audience), ``sub`` (the person), ``exp`` and ``iat``,
``roles`` — a list drawn from reviewer, approver, auditor, admin. A token naming any other role, or none, is
refused (fail closed: a role this gateway does not know grants nothing). In the embedded default a development
IdP key lives in ``var/keys/staff-idp.pem`` and ``gateway staff-token`` mints tokens with it.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jwt
from jwt import PyJWK

from gateway.errors import ConfigurationError, Forbidden, Unauthenticated
from gateway.portals.auth import AuthFailure, bearer_token

security_log = logging.getLogger("gateway.security")

ROLES = frozenset({"reviewer", "approver", "auditor", "admin"})
STAFF_ALGS = ("EdDSA", "ES256", "RS256")


@dataclass(frozen=True, slots=True)
class StaffPrincipal:
    sub: str
    roles: frozenset[str]

    def require(self, *roles: str) -> None:
        """Forbidden unless the person holds one of ``roles``."""
        if not self.roles.intersection(roles):
            raise Forbidden("Your role does not allow this.")


def load_jwks(path: Path) -> dict[str, PyJWK]:
    """The IdP's public keys by ``kid``. A missing or empty key set refuses to start (fail closed)."""
    try:
        data = json.loads(path.read_text())
        keys = {k["kid"]: PyJWK(k) for k in data["keys"]}
    except (OSError, ValueError, KeyError, TypeError, jwt.PyJWKError) as exc:
        raise ConfigurationError(
            f"staff key set {path} is missing or invalid ({type(exc).__name__})"
        ) from None
    if not keys:
        raise ConfigurationError(f"staff key set {path} has no keys")
    return keys


class StaffAuthenticator:
    def __init__(
        self, *, keys: dict[str, PyJWK], issuer: str, audience: str, leeway_s: int, max_token_bytes: int
    ):
        self.keys = keys
        self.issuer = issuer
        self.audience = audience
        self.leeway_s = leeway_s
        self.max_token_bytes = max_token_bytes

    def authenticate(self, authorization: list[str]) -> StaffPrincipal:
        try:
            token = bearer_token(authorization, self.max_token_bytes)
            try:
                header = jwt.get_unverified_header(token)
            except jwt.InvalidTokenError:
                raise AuthFailure("malformed-token") from None
            key = self.keys.get(header.get("kid", ""))
            if key is None:
                raise AuthFailure("unknown-kid")
            if header.get("alg") not in STAFF_ALGS or header.get("alg") != key.algorithm_name:
                raise AuthFailure("alg-not-allowed")
            try:
                claims: dict[str, Any] = jwt.decode(
                    token,
                    key,
                    algorithms=[key.algorithm_name],
                    audience=self.audience,
                    issuer=self.issuer,
                    leeway=self.leeway_s,
                    options={"require": ["iss", "aud", "sub", "exp", "iat"], "strict_aud": True},
                )
            except jwt.InvalidTokenError as exc:
                raise AuthFailure("jwt:" + type(exc).__name__) from None
            if "htm" in claims or "body_sha256" in claims:
                raise AuthFailure("portal-token-on-staff-route")
            roles = claims.get("roles")
            if not isinstance(roles, list) or not roles or not all(isinstance(r, str) for r in roles):
                raise AuthFailure("roles")
            if not set(roles) <= ROLES:
                raise AuthFailure("unknown-role")
            sub = claims["sub"]
            if not isinstance(sub, str) or not sub or len(sub) > 200:
                raise AuthFailure("bad-sub")
        except AuthFailure as failure:
            security_log.warning(
                "staff authentication failed", extra={"event": "auth.failed", "reason": failure.reason}
            )
            raise Unauthenticated() from None
        return StaffPrincipal(sub=sub, roles=frozenset(roles))
