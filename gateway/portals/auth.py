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
import functools
import hashlib
import hmac
import json
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import jwt
from cryptography.hazmat.primitives import serialization

from gateway.errors import Unauthenticated
from gateway.guards import RateCount, RateDecision, ReplayGuard, claim_counted, replay_key
from gateway.portals.service import PortalKey, active_key

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
    #: The portal's rate-limit decision when it was counted together with the jti claim (else None).
    rate: RateDecision | None = None


#: Looks up a portal key by kid: the key when both it and its portal are active, else None.
KeyLookup = Callable[[str], Awaitable[PortalKey | None]]


class KeyCache:
    """Active portal keys by kid, kept for ``ttl_s`` seconds (positive answers only, at most ``size`` of them).

    Only for calls that re-check the key in the database before they change anything (intake does, in the statement
    that reads its context): a key retired or a portal suspended is then refused at once all the same, and within
    ``ttl_s`` also before the token's ``jti`` is spent. A kid names one public key for ever (it is the key's
    thumbprint), so what is cached never goes wrong, only stale in status.
    """

    def __init__(self, ttl_s: float = 10.0, size: int = 4096) -> None:
        self.ttl_s = ttl_s
        self.size = size
        self._keys: dict[str, tuple[float, PortalKey]] = {}

    def lookup(self, conn_factory: Callable[[], Any]) -> KeyLookup:
        """A lookup answering from the cache, else from a connection made by ``conn_factory`` (then cached)."""

        async def lookup(kid: str) -> PortalKey | None:
            hit = self._keys.get(kid)
            now = time.monotonic()
            if hit is not None and now - hit[0] < self.ttl_s:
                return hit[1]
            async with conn_factory() as conn:
                key = await active_key(conn, kid)
            if key is None:
                self._keys.pop(kid, None)
                return None
            if len(self._keys) >= self.size:
                self._keys.clear()
            self._keys[kid] = (now, key)
            return key

        return lookup


@functools.lru_cache(maxsize=1024)
def _public_key(pem: str) -> Any:
    """The parsed public key of a PEM (PyJWT would parse the PEM again on every call)."""
    return serialization.load_pem_public_key(pem.encode())


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
        key_cache_ttl_s: float = 10.0,
    ) -> None:
        self.audience = audience
        self.replay = replay
        self.max_lifetime_s = max_lifetime_s
        self.leeway_s = leeway_s
        self.max_token_bytes = max_token_bytes
        self.key_cache = KeyCache(key_cache_ttl_s)

    async def authenticate(
        self,
        keys: KeyLookup,
        *,
        authorization: list[str],
        method: str,
        target: str,
        body: bytes,
        now: datetime,
        count_for: Callable[[str], RateCount] | None = None,
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
            key = await keys(kid)
            if key is None:
                raise AuthFailure("unknown-or-inactive-kid")
            if key.alg != alg:
                raise AuthFailure("alg-key-mismatch")
            claims = self._verify(token, _public_key(key.public_key_pem), alg, key.portal_id, now)
            self._check_binding(claims, method, target, body)
            expires_at = datetime.fromtimestamp(claims["exp"], UTC) + timedelta(seconds=self.leeway_s)
            count = count_for(key.portal_id) if count_for is not None else None
            issued_at = datetime.fromtimestamp(claims["iat"], UTC)
            claimed, rate = await claim_counted(
                self.replay, replay_key(key.portal_id, claims["jti"]), expires_at, now, issued_at, count
            )
            if not claimed:
                raise AuthFailure("replayed-jti")
        except AuthFailure as failure:
            security_log.warning(
                "portal authentication failed",
                extra={"event": "auth.failed", "reason": failure.reason, "kid": kid, "method": method},
            )
            raise Unauthenticated() from None
        return PortalPrincipal(key.portal_id, kid, claims["sub"], claims["jti"], rate)

    def _verify(self, token: str, key: Any, alg: str, portal_id: str, now: datetime) -> dict[str, Any]:
        try:
            claims: dict[str, Any] = jwt.decode(
                token,
                key,
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
