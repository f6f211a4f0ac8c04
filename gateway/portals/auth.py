"""Portal authentication: a single-use JWT per request, bound to method, path, query and body.

The contract (README, "Portal token"): header ``alg`` EdDSA or ES256 and a registered ``kid``; claims ``iss`` (portal
id), ``aud``, ``sub`` (officer), ``iat``/``exp`` (lifetime at most 300 s, 30 s leeway), ``jti`` (16+ characters,
single use across every worker), ``htm``, ``htu`` (path and query exactly as sent), ``body_sha256`` (base64url,
unpadded). Every failure raises :class:`Unauthenticated` with no hint of which check failed; the reason goes to
the security log.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import jwt
from sqlalchemy.ext.asyncio import AsyncConnection

from gateway.errors import Unauthenticated
from gateway.guards import ReplayGuard, replay_key
from gateway.portals.service import active_key

security_log = logging.getLogger("gateway.security")

ALLOWED_ALGS = frozenset({"EdDSA", "ES256"})
REQUIRED_CLAIMS = ("iss", "aud", "sub", "iat", "exp", "jti", "htm", "htu", "body_sha256")
MIN_JTI_LENGTH = 16
MAX_JTI_LENGTH = 128


@dataclass(frozen=True, slots=True)
class PortalPrincipal:
    """An authenticated portal call."""

    portal_id: str
    kid: str
    officer: str
    jti: str


class AuthFailure(Exception):
    """Internal: why authentication failed (for the security log only)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def body_digest(body: bytes) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(body).digest()).rstrip(b"=").decode()


def _reject_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    seen: dict[str, Any] = {}
    for key, value in pairs:
        if key in seen:
            raise AuthFailure("duplicate-json-key")
        seen[key] = value
    return seen


def _decode_segment(segment: str) -> dict[str, Any]:
    try:
        raw = base64.urlsafe_b64decode(segment + "=" * (-len(segment) % 4))
        value = json.loads(raw, object_pairs_hook=_reject_duplicates)
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise AuthFailure("malformed-token") from None
    if not isinstance(value, dict):
        raise AuthFailure("malformed-token")
    return value


def bearer_token(authorization: list[str], max_bytes: int) -> str:
    """The token from exactly one ``Authorization: Bearer`` header."""
    if len(authorization) != 1:
        raise AuthFailure("authorization-header-count")
    scheme, _, token = authorization[0].partition(" ")
    if scheme.lower() != "bearer" or not token or " " in token:
        raise AuthFailure("authorization-scheme")
    if len(token) > max_bytes:
        raise AuthFailure("token-too-large")
    return token


class PortalAuthenticator:
    def __init__(
        self,
        *,
        audience: str,
        replay: ReplayGuard,
        max_lifetime_s: int = 300,
        leeway_s: int = 30,
        max_token_bytes: int = 4096,
    ) -> None:
        self.audience = audience
        self.replay = replay
        self.max_lifetime_s = max_lifetime_s
        self.leeway_s = leeway_s
        self.max_token_bytes = max_token_bytes

    async def authenticate(
        self,
        conn: AsyncConnection,
        *,
        authorization: list[str],
        method: str,
        target: str,
        body: bytes,
        now: datetime,
    ) -> PortalPrincipal:
        """Verify one portal call; raises :class:`Unauthenticated` (reason logged, never returned)."""
        kid: str | None = None
        try:
            token = bearer_token(authorization, self.max_token_bytes)
            parts = token.split(".")
            if len(parts) != 3:
                raise AuthFailure("malformed-token")
            header = _decode_segment(parts[0])
            _decode_segment(parts[1])  # duplicate keys in the claims are refused too
            alg = header.get("alg")
            if alg not in ALLOWED_ALGS:
                raise AuthFailure("alg-not-allowed")
            if set(header) - {"alg", "kid", "typ"}:
                raise AuthFailure("unexpected-header")
            kid = header.get("kid")
            if not isinstance(kid, str) or not kid:
                raise AuthFailure("missing-kid")
            key = await active_key(conn, kid)
            if key is None:
                raise AuthFailure("unknown-or-inactive-kid")
            if key.alg != alg:
                raise AuthFailure("alg-key-mismatch")
            claims = self._verify(token, key.public_key_pem, alg, key.portal_id, now)
            self._check_binding(claims, method, target, body)
            expires_at = datetime.fromtimestamp(claims["exp"], UTC) + timedelta(seconds=self.leeway_s)
            if not await self.replay.claim(replay_key(key.portal_id, claims["jti"]), expires_at, now):
                raise AuthFailure("replayed-jti")
        except AuthFailure as failure:
            security_log.warning(
                "portal authentication failed",
                extra={"event": "auth.failed", "reason": failure.reason, "kid": kid, "method": method},
            )
            raise Unauthenticated() from None
        return PortalPrincipal(key.portal_id, kid, claims["sub"], claims["jti"])

    def _verify(self, token: str, pem: str, alg: str, portal_id: str, now: datetime) -> dict[str, Any]:
        try:
            claims: dict[str, Any] = jwt.decode(
                token,
                pem,
                algorithms=[alg],
                audience=self.audience,
                issuer=portal_id,
                leeway=self.leeway_s,
                options={"require": list(REQUIRED_CLAIMS), "verify_iat": True, "strict_aud": True},
            )
        except jwt.InvalidTokenError as exc:
            raise AuthFailure("jwt:" + type(exc).__name__) from None
        iat, exp = claims["iat"], claims["exp"]
        if not all(isinstance(v, int) and not isinstance(v, bool) for v in (iat, exp)):
            raise AuthFailure("non-integer-time")
        if exp - iat > self.max_lifetime_s or exp <= iat:
            raise AuthFailure("lifetime")
        # PyJWT checks exp/iat against its own clock; check against ours too (injected in tests).
        stamp = int(now.timestamp())
        if iat > stamp + self.leeway_s or exp < stamp - self.leeway_s:
            raise AuthFailure("time-window")
        for name in ("sub", "jti", "htm", "htu", "body_sha256"):
            if not isinstance(claims[name], str) or not claims[name]:
                raise AuthFailure(f"bad-{name}")
        if not MIN_JTI_LENGTH <= len(claims["jti"]) <= MAX_JTI_LENGTH:
            raise AuthFailure("jti-length")
        return claims

    @staticmethod
    def _check_binding(claims: dict[str, Any], method: str, target: str, body: bytes) -> None:
        if claims["htm"] != method:
            raise AuthFailure("htm-mismatch")
        if claims["htu"] != target:
            raise AuthFailure("htu-mismatch")
        if not hmac.compare_digest(claims["body_sha256"], body_digest(body)):
            raise AuthFailure("body-mismatch")
