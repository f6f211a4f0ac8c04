"""Staff identity: JWTs from the company's identity provider, verified against its published keys (JWKS).

Claims: ``iss`` (the IdP), ``aud`` (this gateway's staff audience), ``sub`` (the person), ``exp`` and ``iat``,
``roles`` — a list drawn from reviewer, approver, auditor, admin. A token naming any other role, or none, is
refused (fail closed: a role this gateway does not know grants nothing). In the embedded default a development
IdP key lives in ``var/keys/staff-idp.pem`` and ``gateway staff-token`` mints tokens with it.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Protocol

import httpx
import jwt
from jwt import PyJWK

from gateway.errors import ConfigurationError, Forbidden, ServiceUnavailable, Unauthenticated
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


class KeySource(Protocol):
    async def get(self, kid: str) -> PyJWK | None:
        """The IdP key named ``kid``, or None. Raises ServiceUnavailable when the IdP's keys cannot be had."""


def _parse_jwks(data: Any, where: str) -> dict[str, PyJWK]:
    try:
        keys = {k["kid"]: PyJWK(k) for k in data["keys"]}
    except (KeyError, TypeError, jwt.PyJWKError) as exc:
        raise ConfigurationError(f"staff key set {where} is invalid ({type(exc).__name__})") from None
    if not keys:
        raise ConfigurationError(f"staff key set {where} has no keys")
    return keys


class FileKeys:
    """A JWKS file, read once at start-up. A missing or empty key set refuses to start (fail closed)."""

    def __init__(self, path: Path) -> None:
        try:
            data = json.loads(path.read_text())
        except (OSError, ValueError) as exc:
            raise ConfigurationError(
                f"staff key set {path} is missing or invalid ({type(exc).__name__})"
            ) from None
        self._keys = _parse_jwks(data, str(path))

    async def get(self, kid: str) -> PyJWK | None:
        return self._keys.get(kid)


class UrlKeys:
    """The IdP's published JWKS, fetched over HTTPS and cached; an unknown kid triggers at most one refetch a
    minute (key rotation). If the IdP cannot be reached and no cached key matches, staff calls answer 503."""

    _REFRESH_S = 60.0

    def __init__(self, url: str, timeout_s: float = 5.0) -> None:
        self.url = url
        self.timeout_s = timeout_s
        self._keys: dict[str, PyJWK] = {}
        self._fetched = -self._REFRESH_S
        self._lock = asyncio.Lock()

    async def get(self, kid: str) -> PyJWK | None:
        if kid in self._keys:
            return self._keys[kid]
        async with self._lock:
            if kid not in self._keys and time.monotonic() - self._fetched >= self._REFRESH_S:
                try:
                    async with httpx.AsyncClient(timeout=self.timeout_s) as client:
                        response = await client.get(self.url)
                        response.raise_for_status()
                        keys = _parse_jwks(response.json(), self.url)
                except (httpx.HTTPError, ValueError, ConfigurationError):
                    raise ServiceUnavailable() from None
                self._keys, self._fetched = keys, time.monotonic()
        return self._keys.get(kid)


def key_source(setting: str) -> KeySource:
    """The staff key set named by ``GATEWAY_STAFF_JWKS``: a URL, or a file."""
    if setting.startswith(("https://", "http://")):
        return UrlKeys(setting)
    return FileKeys(Path(setting))


class StaffAuthenticator:
    def __init__(self, *, keys: KeySource, issuer: str, audience: str, leeway_s: int, max_token_bytes: int):
        self.keys = keys
        self.issuer = issuer
        self.audience = audience
        self.leeway_s = leeway_s
        self.max_token_bytes = max_token_bytes

    async def authenticate(self, authorization: list[str]) -> StaffPrincipal:
        try:
            token = bearer_token(authorization, self.max_token_bytes)
            try:
                header = jwt.get_unverified_header(token)
            except jwt.InvalidTokenError:
                raise AuthFailure("malformed-token") from None
            kid = header.get("kid")
            key = await self.keys.get(kid) if isinstance(kid, str) and kid else None
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
